#include "PoolVirshScript.h"

#include "PoolSecret.h"
#include "PoolXml.h"
#include "SecretXml.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

// One shell word, single-quoted: nothing inside is expanded.
QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', u"'\\''"_s);
    return u'\'' + escaped + u'\'';
}

// A here-document delimiter that no line of `text` equals.
QString delimiter(const QString &base, const QString &text)
{
    QString candidate = base;
    const QStringList lines = text.split(u'\n');
    for (int n = 2; lines.contains(candidate); ++n)
        candidate = base + u'_' + QString::number(n);
    return candidate;
}

} // namespace

QString PoolVirshScript::write(const PoolDraft &draft, const QStringList &uris, bool start, bool autostart)
{
    // The script is for other tools: its comments stay English, like the virsh commands.
    QString text;
    QTextStream out(&text);
    const QString poolXml = PoolXml::write(draft);
    out << "#!/usr/bin/env bash\n"
        << "# Storage pool \"" << draft.name << "\" (iscsi-direct: " << draft.targetIqn << " at " << draft.host << ':'
        << draft.port << ") on every host below,\n"
        << "# as LunScope " << QCoreApplication::applicationVersion() << " defines it (lunscope --define-pool).\n";
    if (draft.chap)
        out << "# The CHAP secret of user \"" << draft.chap->userName << "\" is not in this file: run it with\n"
            << "#   LUNSCOPE_CHAP_SECRET_FILE=/path/to/file (its first line is the secret).\n";
    out << "# Stops at the first failing command; what earlier hosts got stays there.\n"
        << "set -euo pipefail\n";
    if (draft.chap)
        out << ": \"${LUNSCOPE_CHAP_SECRET_FILE:?set LUNSCOPE_CHAP_SECRET_FILE to a file holding the CHAP secret}\"\n";
    out << "work=$(mktemp -d)\n"
        << "trap 'rm -rf \"$work\"' EXIT\n";
    const QString poolEnd = delimiter(u"LUNSCOPE_POOL_XML"_s, poolXml);
    out << "cat > \"$work/pool.xml\" <<'" << poolEnd << "'\n" << poolXml;
    if (!poolXml.endsWith(u'\n'))
        out << '\n';
    out << poolEnd << '\n';
    if (draft.chap) {
        const SecretDraft secret = poolSecretDraft(draft);
        const QString secretXml = SecretXml::write(secret);
        const QString secretEnd = delimiter(u"LUNSCOPE_SECRET_XML"_s, secretXml);
        out << "cat > \"$work/secret.xml\" <<'" << secretEnd << "'\n" << secretXml;
        if (!secretXml.endsWith(u'\n'))
            out << '\n';
        out << secretEnd << '\n'
            // virsh reads the value as base64 from a file: made here, never on a command line.
            << "head -n 1 \"$LUNSCOPE_CHAP_SECRET_FILE\" | tr -d '\\n' | base64 -w 0 > \"$work/secret.b64\"\n"
            << "usage=" << quoted(draft.chap->secret) << '\n';
    }
    out << "hosts=(";
    for (qsizetype i = 0; i < uris.size(); ++i)
        out << (i ? " " : "") << quoted(uris.at(i));
    out << ")\n"
        // Like --define-pool: every host is checked before any host gets anything.
        << "for uri in \"${hosts[@]}\"; do\n"
        << "    if virsh -c \"$uri\" pool-info " << quoted(draft.name) << " >/dev/null 2>&1; then\n"
        << "        echo \"$uri: a storage pool named \"" << quoted(draft.name)
        << "\" exists already; nothing was defined.\" >&2\n"
        << "        exit 1\n"
        << "    fi\n"
        << "done\n"
        << "for uri in \"${hosts[@]}\"; do\n";
    if (draft.chap)
        out << "    # The secret for this usage, reused when the host has one.\n"
            << "    uuid=$(virsh -c \"$uri\" secret-list | awk -v usage=\"$usage\" '$2 == \"iscsi\" && $3 == usage "
               "{ print $1 }')\n"
            << "    if [[ -z $uuid ]]; then\n"
            << "        uuid=$(virsh -c \"$uri\" secret-define --file \"$work/secret.xml\" | awk '/^Secret / { print $2 "
               "}')\n"
            << "    fi\n"
            << "    virsh -c \"$uri\" secret-set-value --secret \"$uuid\" --file \"$work/secret.b64\"\n";
    out << "    virsh -c \"$uri\" pool-define --file \"$work/pool.xml\"\n";
    if (start)
        out << "    virsh -c \"$uri\" pool-start " << quoted(draft.name) << '\n';
    if (autostart)
        out << "    virsh -c \"$uri\" pool-autostart " << quoted(draft.name) << '\n';
    out << "done\n";
    out.flush();
    return text;
}

} // namespace lunscope
