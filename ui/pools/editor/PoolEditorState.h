#pragma once

#include "PoolEditorSeed.h"
#include "common/Error.h"
#include "pool/PoolDraft.h"
#include "pool/PoolValidation.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace lunscope {

class ConnectionsController;
class PoolsModel;

// What the pool editor knows besides its widgets: the draft and its XML text kept in step, the
// problems with them (PoolValidation, libvirt's RelaxNG schema, a name taken on a target
// connection, a connection that is not open), and whether libvirt already holds the CHAP secret
// for the draft's usage on each target connection. No widget: PoolEditor shows it, and it is
// tested on its own.
//
// An edit in the form (setDraft) rewrites the XML (xmlRewritten); XML typed (setXml) that parses
// replaces the draft (draftRead), and XML that does not keeps the draft and says why
// (xmlProblem). changed() follows anything that may change what is shown.
class PoolEditorState : public QObject
{
    Q_OBJECT
public:
    // `pools` (may be null) tells which names are taken on each connection.
    PoolEditorState(const PoolEditorSeed &seed, ConnectionsController *connections, PoolsModel *pools,
                    QObject *parent = nullptr);

    const PoolDraft &draft() const { return m_draft; }
    const QString &xml() const { return m_xml; }
    void setDraft(const PoolDraft &draft);
    void setXml(const QString &xml);

    // The connections Define acts on: the seed's, then the others ticked.
    QStringList targetUris() const;
    void setAlsoOn(const QStringList &uris);
    // Whether a secret is typed in the form (its value never comes here).
    void setSecretTyped(bool typed);

    QList<PoolProblem> problems() const { return m_problems; }
    // The parse error or schema complaints, one per line; empty when there are none.
    QString xmlProblem() const { return m_xmlProblem; }
    // What the parser or libxml2 said in its own words, behind xmlProblem(); empty when nothing.
    QString xmlProblemDetail() const { return m_xmlProblemDetail; }
    // Where the XML does not parse (1-based, within the text: a parser may name the line after
    // the last one); 0 when it parses.
    int xmlProblemLine() const { return m_xmlError ? m_xmlErrorLine : 0; }
    int xmlProblemColumn() const { return m_xmlError ? m_xmlErrorColumn : 0; }
    // Why the schema could not be used; empty when it was.
    QString schemaNote() const { return m_schemaNote; }
    // What libvirt has for the secret's usage on the target connections, for the form.
    QString secretStatus() const;
    // Why the draft's CHAP cannot be defined: target connections whose libvirt keeps no secrets
    // (the test driver has no secret driver). Empty when CHAP is off or every target keeps them.
    QString chapProblem() const;
    // Whether `uri` keeps secrets: yes, no, or not known (yet).
    std::optional<bool> secretSupport(const QString &uri) const { return m_secretSupport.value(uri); }
    // Define may run: the XML parses and fits the schema, no problem, every target connection open,
    // and CHAP only where secrets can be kept.
    bool isValid() const;

    // Asks each target connection whether it has a secret for the draft's usage: now, or after
    // a pause in typing (one lookup per pause, not per key).
    void lookUpSecrets();
    void lookUpSecretsSoon();
    // Asks every open connection once whether it keeps secrets (again after a reconnect), so
    // ticking "Also define on" answers at once.
    void checkSecretSupport();

Q_SIGNALS:
    void xmlRewritten(const QString &xml);
    void draftRead(const lunscope::PoolDraft &draft);
    void changed();

private:
    void revalidate();
    Error locate(const Error &error);
    bool secretGiven() const;
    QList<PoolProblem> findProblems() const;

    QString m_uri;
    QString m_existingPool;           // editing an existing pool: its name, which must stay
    ConnectionsController *m_connections;
    QPointer<PoolsModel> m_pools;
    PoolDraft m_draft;
    QString m_xml;
    QStringList m_alsoOn;
    bool m_secretTyped = false;
    Error m_xmlError;                 // the XML text does not parse
    int m_xmlErrorLine = 0;
    int m_xmlErrorColumn = 0;
    Error m_schemaError;              // it parses, but libvirt's schema says no
    QString m_schemaNote;             // the schema could not be used
    QString m_xmlProblem;
    QString m_xmlProblemDetail;
    QList<PoolProblem> m_problems;

    // Per target connection: a libvirt secret for the usage exists (true), does not (false), or
    // the lookup failed (no value; its error in m_secretErrors).
    QHash<QString, std::optional<bool>> m_secretExists;
    QHash<QString, QString> m_secretErrors;
    // Per connection: keeps secrets (true), has no secret driver (false), or not known yet.
    QHash<QString, std::optional<bool>> m_secretSupport;
    QSet<QString> m_secretSupportAsked;
    QString m_secretLookupUsage;
    quint64 m_secretLookup = 0;
    QTimer m_secretTimer;
};

} // namespace lunscope
