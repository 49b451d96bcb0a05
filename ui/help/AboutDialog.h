#pragma once

#include <QDialog>

namespace lunscope {

// Help → About LunScope: the version, the versions of the libraries that do the work (what a bug
// report needs), the licence and where the documentation is.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The facts shown, as plain text (the Copy button's content; tests read it).
    QString versionsText() const;
};

} // namespace lunscope
