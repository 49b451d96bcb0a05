#include "CliDefinePool.h"
#include "ConnectHosts.h"
#include "HeadlessMain.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// lunscope-libvirt: the headless requests that talk to hypervisors (--scan … --connect,
// --define-pool), and every other headless request as `lunscope` runs them. Started by `lunscope`
// (execv, same arguments), which does not link libvirt (ProgramLauncher.h).
int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"LunScope"_s);
    QCoreApplication::setApplicationName(u"LunScope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LUNSCOPE_VERSION));
    lunscope::LibvirtCommands libvirt;
    libvirt.definePool = &lunscope::CliDefinePool::run;
    libvirt.readHosts = [](const QStringList &uris, QObject *context,
                           std::function<void(const QList<lunscope::HostInventory> &)> done) {
        auto *reader = new lunscope::ConnectHosts(uris, context);
        QObject::connect(reader, &lunscope::ConnectHosts::finished, context, std::move(done));
        reader->start();
    };
    return lunscope::runHeadless(argc, argv, libvirt);
}
