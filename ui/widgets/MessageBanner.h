#pragma once

#include <QPointer>
#include <QSet>
#include <QWidget>

class QVBoxLayout;

namespace lunscope {

class BannerMessages;
struct BannerMessage;

// Draws the messages of a BannerMessages above the tree: one row per message with an icon, the
// text (detail as tooltip), its action buttons and a close button. Hidden while there are none.
// A message with a focus action takes the keyboard when it appears and gives it back when it goes.
class MessageBanner : public QWidget
{
    Q_OBJECT
public:
    explicit MessageBanner(BannerMessages *messages, QWidget *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    QWidget *createRow(const BannerMessage &message);

    BannerMessages *m_messages;
    QVBoxLayout *m_layout;
    QSet<QString> m_shown;              // ids drawn by the last rebuild
    QPointer<QWidget> m_returnFocus;    // where the keyboard was before a message took it
};

} // namespace lunscope
