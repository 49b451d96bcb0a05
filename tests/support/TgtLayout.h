#pragma once

// The "test" layout of scripts/tgt-sandbox (the one place that builds it), as named constants:
// tests assert against these, never against literals of their own.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>

namespace lunscope::test::layout {

// A layout string: a QString (so `for (const QString &iqn : {layout::ChapIqn, …})`, QCOMPARE and
// every Qt API take it as it is) that also converts to the bytes a child process reads on stdin.
struct Text : QString
{
    // From an ASCII literal; explicit, so no other const char * ever turns into one.
    explicit Text(const char *ascii) : QString(QString::fromLatin1(ascii)) {}

    QString toString() const { return *this; }
    operator QByteArray() const { return toUtf8(); }
};

inline constexpr quint64 MiB = 1024 * 1024;

inline const Text IqnPrefix{"iqn.2026-11.org.lunscope.test:"};
inline const Text Vendor{"LUNSCOPE"};
inline const Text Revision{"0.9"};

// One LUN as tgt is told to present it. Block size 512 unless said otherwise.
struct Lun
{
    int lun;
    quint64 sizeBytes;
    quint32 blockSize;
    Text product;
    Text serial;
    bool thinProvisioned;
    bool readOnly;
};

// disks (tid 1): three disks of different shape.
inline const Text DisksIqn{"iqn.2026-11.org.lunscope.test:disks"};
inline constexpr int DisksTid = 1;
inline const std::array<Lun, 3> DisksLuns{{
    {1, 64 * MiB, 512, Text("DISK-A"), Text("LSDISKA1"), false, false},
    {2, 32 * MiB, 4096, Text("DISK-B"), Text("LSDISKB2"), true, false},
    {3, 10 * MiB, 512, Text("DISK-C"), Text("LSDISKC3"), false, true},
}};

// chap (tid 2): one-way CHAP.
inline const Text ChapIqn{"iqn.2026-11.org.lunscope.test:chap"};
inline constexpr int ChapTid = 2;
inline const Lun ChapLun{1, 8 * MiB, 512, Text("DISK-CHAP"), Text("LSCHAP01"), false, false};
inline const Text ChapUser{"lsuser"};
inline const Text ChapSecret{"lssecret-0123"};

// mutual (tid 3): the initiator's account plus the target's own (outgoing) account.
// tgt lets an initiator log in without asking the target to prove itself.
inline const Text MutualIqn{"iqn.2026-11.org.lunscope.test:mutual"};
inline constexpr int MutualTid = 3;
inline const Lun MutualLun{1, 8 * MiB, 512, Text("DISK-MUTUAL"), Text("LSMUTL01"), false, false};
inline const Text MutualUser{"lsmuser"};
inline const Text MutualSecret{"lsmsecret-0456"};
inline const Text MutualTargetUser{"lstarget"};
inline const Text MutualTargetSecret{"lstsecret-0789"};

// controller-only (tid 4): nothing but tgt's LUN 0 (a storage array controller, no capacity).
inline const Text ControllerOnlyIqn{"iqn.2026-11.org.lunscope.test:controller-only"};
inline constexpr int ControllerOnlyTid = 4;

// bulk-01 … bulk-24 (tids 11 … 34): LUN 1 of NN MiB each, so every target differs.
inline constexpr int BulkTargetCount = 24;
inline constexpr int FirstBulkTid = 11;
inline const Text BulkProduct{"DISK-BULK"};
inline constexpr quint32 BulkBlockSize = 512;

inline QString bulkName(int n)
{
    return QStringLiteral("bulk-%1").arg(n, 2, 10, QLatin1Char('0'));
}
inline QString bulkIqn(int n)
{
    return IqnPrefix.toString() + bulkName(n);
}
inline QString bulkSerial(int n)
{
    return QStringLiteral("LSBULK%1").arg(n, 2, 10, QLatin1Char('0'));
}
inline constexpr int bulkTid(int n)
{
    return FirstBulkTid + n - 1;
}
inline constexpr quint64 bulkSizeBytes(int n)
{
    return quint64(n) * MiB;
}

// Every target of the layout, in tid order.
inline QStringList allIqns()
{
    QStringList iqns{DisksIqn, ChapIqn, MutualIqn, ControllerOnlyIqn};
    for (int n = 1; n <= BulkTargetCount; ++n)
        iqns.append(bulkIqn(n));
    return iqns;
}

// The bench layout (TgtFixture::Layout::Bench): t01 … tNN, each with M LUNs of 16 MiB.
inline const Text BenchIqnPrefix{"iqn.2026-11.org.lunscope.bench:"};
inline constexpr quint64 BenchLunSizeBytes = 16 * MiB;
inline QString benchIqn(int n)
{
    return BenchIqnPrefix.toString() + QStringLiteral("t%1").arg(n, 2, 10, QLatin1Char('0'));
}

// The identity-a and identity-b layouts (TgtFixture::Layout::IdentityA/B): paths and collisions.
// Each array X (a or b): front and back, two targets sharing one disk (serial and SCSI id
// LSXPATH01, 16 MiB); twin, LUN 1 (512 B blocks) and LUN 2 (4096 B) claiming one identity
// (LSXTWIN01, 8 MiB each); default, LUN 1 with tgt's own serial beaf41 and designators, which
// are the same in every tgtd.
namespace identity {
inline QString iqn(QChar array, const char *target)
{
    return QStringLiteral("iqn.2026-11.org.lunscope.identity-%1:%2").arg(array, QLatin1String(target));
}
inline QString frontIqn(QChar array) { return iqn(array, "front"); }
inline QString backIqn(QChar array) { return iqn(array, "back"); }
inline QString twinIqn(QChar array) { return iqn(array, "twin"); }
inline QString defaultIqn(QChar array) { return iqn(array, "default"); }
inline QString pathSerial(QChar array) { return QStringLiteral("LS%1PATH01").arg(array.toUpper()); }
inline QString twinSerial(QChar array) { return QStringLiteral("LS%1TWIN01").arg(array.toUpper()); }
inline const Text DefaultSerial{"beaf41"}; // tgt's: "beaf", tid 4, LUN 1
inline constexpr quint64 PathSizeBytes = 16 * MiB;
inline constexpr quint64 TwinSizeBytes = 8 * MiB;
} // namespace identity

} // namespace lunscope::test::layout
