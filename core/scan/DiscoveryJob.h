#pragma once

#include "ScanOptions.h"
#include "common/TargetInfo.h"
#include "common/Error.h"

#include <QObject>
#include <QPointer>

namespace lunscope {

class IscsiSession;

// SendTargets discovery on one portal: connect, log in to a discovery session, ask for all
// targets, log out. finished() is emitted exactly once, never from inside start() or cancel().
class DiscoveryJob : public QObject
{
    Q_OBJECT
public:
    DiscoveryJob(PortalAddress portal, ScanOptions options, QObject *parent = nullptr);
    ~DiscoveryJob() override;

    void start();
    void cancel();

    const QList<TargetInfo> &targets() const { return m_targets; }
    const Error &error() const { return m_error; }

Q_SIGNALS:
    void logLine(const QString &line);
    void finished(const lunscope::Error &error);

private:
    void finish(const Error &error);

    PortalAddress m_portal;
    ScanOptions m_options;
    IscsiSession *m_session = nullptr;
    QList<TargetInfo> m_targets;
    Error m_error;
    bool m_done = false;
};

} // namespace lunscope
