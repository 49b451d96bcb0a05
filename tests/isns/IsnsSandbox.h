#pragma once

// A private iSNS server for one test: isnsd on its own 127.0.0.1 port, with its own config,
// database and control socket in a temporary directory, run by scripts/isns-sandbox (which also
// registers and deregisters entities through isnsadm --local). Stopped by pid when the fixture
// ends; nothing else is ever touched.

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace lunscope::test {

class IsnsSandbox
{
public:
    IsnsSandbox() = default;
    ~IsnsSandbox(); // stops isnsd and removes its files
    IsnsSandbox(const IsnsSandbox &) = delete;
    IsnsSandbox &operator=(const IsnsSandbox &) = delete;

    // isnsd and isnsadm are installed.
    static bool available();

    // false + errorString() when isnsd cannot be started.
    bool start();
    // Registers `entity` with one portal ("127.0.0.1:3260") and a portal group on it for each target.
    bool registerEntity(const QString &entity, const QString &portal, const QStringList &targets);
    // The same with several portals, each target registered at every one of them (its paths).
    bool registerEntity(const QString &entity, const QStringList &portals, const QStringList &targets);
    // Removes the entity and everything it registered.
    bool deregisterEntity(const QString &entity);
    void stop();

    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    QString server() const; // "isns://127.0.0.1:PORT"

private:
    bool script(const QStringList &arguments, QString *output = nullptr);

    QTemporaryDir m_parent;
    QString m_directory;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace lunscope::test
