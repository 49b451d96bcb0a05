#pragma once

#include <QString>

class QSettings;

namespace lunscope {

// Which initiator IQN to present to targets, and where it came from (shown to the user, because
// a target's ACL usually names one initiator and a surprise here means "authorization failure").
struct InitiatorName
{
    enum class Source { CommandLine, OpenIscsiFile, Settings, Generated };

    QString iqn;
    Source source = Source::Generated;

    // Precedence: explicit choice, then open-iscsi's file, then the IQN generated once and kept in
    // settings (generated now and stored if there is none).
    static InitiatorName resolve(const QString &explicitIqn, QSettings &settings,
                                 const QString &openIscsiFile = QStringLiteral("/etc/iscsi/initiatorname.iscsi"));

    // The "InitiatorName=" line of an open-iscsi initiatorname.iscsi file; empty when absent/invalid.
    static QString readOpenIscsiFile(const QString &path);
    // iqn.2026-11.org.lunscope:<sanitized host name>
    static QString generate(const QString &hostName);

    static QString sourceDescription(Source source);
    static constexpr const char *SettingsKey = "initiator/generatedIqn";
};

} // namespace lunscope
