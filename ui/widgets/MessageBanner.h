#pragma once

#include <QWidget>

class QVBoxLayout;

namespace lunscope {

class BannerMessages;
struct BannerMessage;

// Draws the messages of a BannerMessages above the tree: one row per message with an icon, the
// text (detail as tooltip), its action buttons and a close button. Hidden while there are none.
class MessageBanner : public QWidget
{
    Q_OBJECT
public:
    explicit MessageBanner(BannerMessages *messages, QWidget *parent = nullptr);

private:
    void rebuild();
    QWidget *createRow(const BannerMessage &message);

    BannerMessages *m_messages;
    QVBoxLayout *m_layout;
};

} // namespace lunscope
