#pragma once

// Drafts shared by the pool tests: one per case the writer and the validator must get right.

#include "pool/PoolDraft.h"

#include <QFile>
#include <QString>
#include <QTest>

namespace lunscope::testdrafts {

using namespace Qt::StringLiterals;

inline PoolDraft plain()
{
    PoolDraft draft;
    draft.name = u"disks"_s;
    draft.uuid = u"6f1f9c52-0d43-4a8e-9a55-2b1c3f6d7e80"_s;
    draft.host = u"san.example.org"_s;
    draft.port = 3260;
    draft.targetIqn = u"iqn.2026-11.org.lunscope.test:disks"_s;
    draft.initiatorIqn = u"iqn.2026-11.org.lunscope:workstation"_s;
    return draft;
}

inline PoolDraft ipv6Host()
{
    PoolDraft draft = plain();
    draft.name = u"lab"_s;
    draft.uuid.clear();
    draft.host = u"fd00:5::10"_s;
    draft.port = 3261;
    return draft;
}

inline PoolDraft chapWithUsage()
{
    PoolDraft draft = plain();
    PoolChap chap;
    chap.userName = u"alice"_s;
    chap.secretBy = PoolChap::SecretBy::Usage;
    chap.secret = u"lunscope-disks"_s;
    draft.chap = chap;
    return draft;
}

inline PoolDraft chapWithUuid()
{
    PoolDraft draft = plain();
    PoolChap chap;
    chap.userName = u"bob"_s;
    chap.secretBy = PoolChap::SecretBy::Uuid;
    chap.secret = u"0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f"_s;
    draft.chap = chap;
    return draft;
}

// Every character XML escapes, where a user could type it.
inline PoolDraft specialCharacters()
{
    PoolDraft draft = chapWithUsage();
    draft.name = u"a<b>&c'd\"e"_s;
    draft.targetIqn = u"iqn.2026-11.org.lunscope.test:x&y<z>'\""_s;
    draft.initiatorIqn = u"iqn.2026-11.org.lunscope:i<>&'\""_s;
    draft.chap->userName = u"bob <&> \"o'neil\""_s;
    draft.chap->secret = u"lunscope-a<b>&c'd\"e"_s;
    return draft;
}

// A copy of draft, changed by change: rows of data-driven tests read as "base, but …".
template <typename Change>
PoolDraft changed(PoolDraft draft, Change change)
{
    change(draft);
    return draft;
}

inline QString dataPath(const QString &name)
{
    return QStringLiteral(LUNSCOPE_SOURCE_DIR "/tests/pool/data/") + name;
}

inline QString readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

} // namespace lunscope::testdrafts
