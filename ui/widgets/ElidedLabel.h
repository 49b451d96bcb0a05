#pragma once

#include <QLabel>

namespace lunscope {

// A one-line label that shows as much of its text as fits, elided in the middle (IQNs and
// designators share their start and differ at the end), with the whole text in its tooltip. Its
// minimum width is a few characters, so a narrow pane shows the text shortened instead of pushing
// the widgets beside it (copy buttons) out of view.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(const QString &text, QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    bool isElided() const { return QLabel::text() != m_fullText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateShown();

    QString m_fullText;
};

} // namespace lunscope
