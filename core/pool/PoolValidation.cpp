#include "PoolValidation.h"

#include "PoolNames.h"
#include "PortalHost.h"

#include "common/CoreTr.h"
#include "common/IscsiName.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

// Where the rules come from (libvirt 9.0 as packaged in Debian 12, and its source):
//  - pool name: src/conf/storage_conf.c virStoragePoolDefParseXML() refuses a missing/empty name
//    and '/'; src/storage/storage_driver.c storagePoolDefineXML() refuses '\n'
//    (virXMLCheckIllegalChars); storagepool.rng's objectName is [^/\n]+; src/conf/virstorageobj.c
//    virStoragePoolObjSaveDef() stores the pool as <configDir>/<name>.xml, so a name is at most
//    NAME_MAX (255) − 4 bytes. LunScope also refuses "." and "..": libvirt takes them, but they
//    read as directories wherever a pool name stands next to paths.
//  - uuid: basictypes.rng UUID (32 hex digits, or 8-4-4-4-12).
//  - host: storagepool.rng sourceinfohost = dnsName [a-zA-Z0-9.-]+ or ipAddr (IPv4 dotted quad,
//    IPv6 without brackets or zone); src/storage/storage_backend_iscsi_direct.c
//    virStorageBackendISCSIDirectPortal() wants exactly one host and brackets an IPv6 one itself.
//  - target: storagepool.rng sourceinfodeviscsidirect accepts IscsiQualifiedName only:
//    iqn\.[0-9]{4}-(0[1-9]|1[0-2])\.[a-zA-Z0-9\.\-]+(:.+)?
//  - initiator: virStoragePoolDefParseXML() refuses an iscsi-direct pool without one.
//  - CHAP: src/conf/storage_source_conf.c virStorageAuthDefParse() needs a username and a
//    <secret>; secret.rng's iSCSI usage target is an objectName; the iscsi-direct backend calls
//    only iscsi_set_initiator_username_pwd(), i.e. one-way CHAP.

namespace lunscope::PoolValidation {

namespace {

using Field = PoolProblem::Field;

const QRegularExpression &uuidPattern()
{
    static const QRegularExpression pattern(
        u"\\A(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12})\\z"_s);
    return pattern;
}

// What XML 1.0 cannot carry, plus the C0 controls it can (tab, line feed, carriage return),
// which none of these fields can sensibly hold.
bool hasControlOrNonXmlCharacter(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0xfffe || c.unicode() == 0xffff)
            return true;
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return true;
            ++i;
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

void checkName(const QString &name, QList<PoolProblem> &problems)
{
    auto add = [&](const QString &message) { problems.append({Field::Name, message}); };
    if (name.isEmpty())
        add(CoreTr::tr("Enter a name for the pool."));
    else if (name.contains(u'/'))
        add(CoreTr::tr("A pool name cannot contain '/'."));
    else if (hasControlOrNonXmlCharacter(name))
        add(CoreTr::tr("A pool name cannot contain line breaks, tabs or other control characters."));
    else if (name.trimmed().isEmpty())
        add(CoreTr::tr("A pool name cannot be only spaces; enter a name."));
    else if (name.trimmed() != name)
        // libvirt keeps them: the pool is then " web" for virsh and in file names, a trap for
        // every script that names it without quotes.
        add(CoreTr::tr("Remove the spaces at the start or end of the pool name."));
    else if (name == u"."_s || name == u".."_s)
        add(CoreTr::tr("\".\" and \"..\" cannot be pool names; choose another name."));
    else if (const qsizetype bytes = name.toUtf8().size(); bytes > MaxPoolNameBytes)
        add(CoreTr::tr("The pool name is %1 bytes long; libvirt stores the pool in a file named after it, "
                       "so use at most %2 bytes.").arg(bytes).arg(MaxPoolNameBytes));
}

void checkUuid(const QString &uuid, QList<PoolProblem> &problems)
{
    if (!uuid.isEmpty() && !uuidPattern().match(uuid).hasMatch())
        problems.append({Field::Uuid, CoreTr::tr("The UUID must look like 0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f; "
                                                 "leave it empty and libvirt generates one.")});
}

void checkHost(const QString &host, QList<PoolProblem> &problems)
{
    if (const Error error = PortalHost::validate(host))
        problems.append({Field::Host, error.message()});
}

void checkPort(quint16 port, QList<PoolProblem> &problems)
{
    if (port == 0)
        problems.append({Field::Port, CoreTr::tr("Enter a port from 1 to 65535; iSCSI portals usually listen on %1.")
                                          .arg(DefaultIscsiPort)});
}

void checkTargetIqn(const QString &iqn, QList<PoolProblem> &problems)
{
    auto add = [&](const QString &message) { problems.append({Field::TargetIqn, message}); };
    if (iqn.isEmpty()) {
        add(CoreTr::tr("Enter the IQN of the target the pool uses."));
        return;
    }
    if (const Error error = IscsiName::validate(iqn)) {
        add(error.message());
        return;
    }
    if (!iqn.startsWith(u"iqn."_s)) {
        add(CoreTr::tr("libvirt takes only iqn. names for an iscsi-direct pool's target, not \"%1\".").arg(iqn));
        return;
    }
    if (iqn.endsWith(u':'))
        add(CoreTr::tr("Remove the ':' at the end of \"%1\", or add the target's name after it.").arg(iqn));
}

void checkInitiatorIqn(const QString &iqn, QList<PoolProblem> &problems)
{
    if (iqn.isEmpty()) {
        problems.append({Field::InitiatorIqn, CoreTr::tr("Enter the initiator IQN; libvirt logs in to the target "
                                                         "with it.")});
        return;
    }
    if (const Error error = IscsiName::validate(iqn))
        problems.append({Field::InitiatorIqn, error.message()});
}

void checkChap(const PoolDraft &draft, bool chapSecretGiven, QList<PoolProblem> &problems)
{
    auto addUser = [&](const QString &message) { problems.append({Field::ChapUser, message}); };
    auto addSecret = [&](const QString &message) { problems.append({Field::ChapSecret, message}); };

    if (!draft.chap) {
        if (chapSecretGiven)
            addUser(CoreTr::tr("Enter the CHAP user name that goes with the secret, or clear the secret."));
        return;
    }
    const PoolChap &chap = *draft.chap;
    if (chap.userName.isEmpty()) {
        addUser(chapSecretGiven || !chap.secret.isEmpty()
                    ? CoreTr::tr("Enter the CHAP user name that goes with the secret.")
                    : CoreTr::tr("Enter the CHAP user name, or turn CHAP off."));
        return;
    }
    if (hasControlOrNonXmlCharacter(chap.userName))
        addUser(CoreTr::tr("The CHAP user name cannot contain line breaks, tabs or other control characters."));

    if (!chapSecretGiven)
        addSecret(CoreTr::tr("Enter the CHAP secret for user \"%1\".").arg(chap.userName));
    if (chap.secretBy == PoolChap::SecretBy::Uuid) {
        if (chap.secret.isEmpty())
            addSecret(CoreTr::tr("Enter the UUID of the libvirt secret that holds the CHAP secret."));
        else if (!uuidPattern().match(chap.secret).hasMatch())
            addSecret(CoreTr::tr("The secret's UUID must look like 0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f."));
    } else {
        if (chap.secret.isEmpty())
            addSecret(CoreTr::tr("Enter the usage id of the libvirt secret that holds the CHAP secret, "
                                 "for example \"%1\".").arg(defaultSecretUsage(draft.name)));
        else if (chap.secret.contains(u'/') || hasControlOrNonXmlCharacter(chap.secret))
            addSecret(CoreTr::tr("A secret's usage id cannot contain '/', line breaks or other control characters."));
    }
}

// Elements that libvirt reads once: a second one in the XML is kept by PoolXml but ignored by
// libvirt, except a second <host>, which makes the iscsi-direct backend refuse to start.
void checkExtras(const PoolDraft &draft, QList<PoolProblem> &problems)
{
    auto add = [&](const QString &message) { problems.append({Field::Xml, message}); };
    const QStringList sourceExtras = draft.extras.source.elementNames();
    if (sourceExtras.contains(u"host"_s))
        add(CoreTr::tr("An iscsi-direct pool uses exactly one <host>; remove the others from the XML."));
    for (const QString &once : {u"device"_s, u"initiator"_s, u"auth"_s}) {
        if (sourceExtras.contains(once))
            add(CoreTr::tr("libvirt only reads the first <%1>; remove the others from the XML.").arg(once));
    }
    const QStringList poolExtras = draft.extras.pool.elementNames();
    for (const QString &once : {u"name"_s, u"uuid"_s, u"source"_s}) {
        if (poolExtras.contains(once))
            add(CoreTr::tr("libvirt only reads the first <%1>; remove the others from the XML.").arg(once));
    }
}

} // namespace

QList<PoolProblem> check(const PoolDraft &draft, bool chapSecretGiven)
{
    QList<PoolProblem> problems;
    checkName(draft.name, problems);
    checkUuid(draft.uuid, problems);
    checkHost(draft.host, problems);
    checkPort(draft.port, problems);
    checkTargetIqn(draft.targetIqn, problems);
    checkInitiatorIqn(draft.initiatorIqn, problems);
    checkChap(draft, chapSecretGiven, problems);
    checkExtras(draft, problems);
    return problems;
}

std::optional<PoolProblem> mutualChapProblem(const ChapCredentials &credentials)
{
    if (!credentials.isMutual())
        return std::nullopt;
    return PoolProblem{Field::ChapUser,
                       CoreTr::tr("libvirt's iscsi-direct pools log in with one-way CHAP only, so the pool cannot "
                                  "check the target's mutual CHAP name \"%1\". Turn mutual CHAP off for this "
                                  "initiator on the target, or use the target without a pool.")
                           .arg(credentials.mutualUser)};
}

} // namespace lunscope::PoolValidation
