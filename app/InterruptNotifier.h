#pragma once

#include <QObject>

class QSocketNotifier;

namespace lunscope {

// Turns SIGINT, SIGTERM and SIGHUP into a Qt signal (self-pipe trick), so Ctrl-C cancels a scan
// cleanly — sockets closed, partial results printed — instead of killing the process mid-write,
// and the window closes the normal way (its geometry and columns kept) when killed or when its
// terminal goes away.
// One instance at a time; the previous handlers are restored on destruction.
class InterruptNotifier : public QObject
{
    Q_OBJECT
public:
    explicit InterruptNotifier(QObject *parent = nullptr);
    ~InterruptNotifier() override;

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace lunscope
