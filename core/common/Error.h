#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace lunscope {

// What went wrong, in terms a user can act on. The engine decides the kind; the UI and the CLI
// decide how to show it (cancelled is never shown as a failure).
enum class ErrorKind {
    None,
    InvalidInput,     // the user typed something we cannot use (portal, IQN, pool name…)
    Unreachable,      // no route, host unknown, network down
    Refused,          // TCP connection refused: nothing listens there
    Timeout,          // a peer stopped answering within the time bound
    Authentication,   // CHAP failed, CHAP required, or the initiator is not allowed (ACL)
    TargetNotFound,   // the target does not exist (any more) behind this portal
    ConnectionLost,   // the peer closed or reset an established connection
    Protocol,         // the peer broke the iSCSI protocol or redirected in a loop
    CheckCondition,   // a SCSI command ended in CHECK CONDITION (sense data attached)
    Cancelled,        // the user cancelled; not a failure
    Libvirt,          // libvirt reported an error (its own message is kept)
    NotSupported,     // the peer lacks a feature (e.g. no iscsi-direct backend)
};

struct SenseData
{
    int key = 0;   // SCSI sense key (SPC-4 table 28)
    int asc = 0;   // additional sense code
    int ascq = 0;  // additional sense code qualifier

    friend bool operator==(const SenseData &, const SenseData &) = default;
};

class Error
{
public:
    Error() = default;
    Error(ErrorKind kind, QString message, QString detail = {});

    static Error checkCondition(const SenseData &sense, const QString &what);
    static Error cancelled();

    bool isError() const { return m_kind != ErrorKind::None; }
    explicit operator bool() const { return isError(); }

    ErrorKind kind() const { return m_kind; }
    // One or two sentences: what failed and what to do about it.
    const QString &message() const { return m_message; }
    // Technical detail for logs and tooltips (libiscsi or libvirt text, sense codes…).
    const QString &detail() const { return m_detail; }
    const std::optional<SenseData> &sense() const { return m_sense; }

    // Stable machine name, used in JSON output: "refused", "timeout", "checkCondition"…
    QString kindName() const { return kindName(m_kind); }
    static QString kindName(ErrorKind kind);
    // Short human title for a kind ("Connection refused"), translated.
    static QString kindTitle(ErrorKind kind);
    // What a Result holds when it was built from an Error that is none: a programming error made
    // visible as a failure (and logged), never a "success" whose value() is empty.
    static Error missingResult();

    friend bool operator==(const Error &, const Error &) = default;

private:
    ErrorKind m_kind = ErrorKind::None;
    QString m_message;
    QString m_detail;
    std::optional<SenseData> m_sense;
};

// A value or the error that prevented it. Small on purpose: we only need "which one is it".
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    // An Error that is none would make ok() true with no value behind it: it becomes
    // Error::missingResult() instead.
    Result(Error error) : m_error(error.isError() ? std::move(error) : Error::missingResult()) {}

    bool ok() const { return !m_error.isError(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace lunscope

Q_DECLARE_METATYPE(lunscope::Error)
