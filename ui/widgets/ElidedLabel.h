#pragma once

#include <QLabel>

namespace lunscope {

// A one-line label for a long name (an IQN, a URI) that is shortened in the middle only when the
// space is too narrow, so both the naming authority and the target's own part stay readable. The
// text is selectable; copying (Ctrl+C or the context menu) always gives the whole name, and the
// tooltip shows it while it is shortened.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(const QString &text = {}, QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    bool isElided() const { return text() != m_fullText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void elide();
    void copyFullText() const;

    QString m_fullText;
};

} // namespace lunscope
