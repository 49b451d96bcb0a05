// PoolEditorState without a widget: a draft rewrites the XML, XML that parses replaces the draft
// and XML that does not keeps it with the parser's reason, an existing pool keeps its name,
// problems and the schema, and on libvirt's test driver (test:///default) the target connections:
// a name taken there, a connection that is not open, and CHAP refused up front on a host that
// keeps no secrets (the test driver has no secret driver).
#include "pools/ConnectionsController.h"
#include "pools/PoolsFeed.h"
#include "pools/PoolsModel.h"
#include "pools/editor/PoolEditorState.h"
#include "pool/PoolXml.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

constexpr int BoundMs = 15000;
const QString DefaultUri = u"test:///default"_s;

PoolEditorSeed seed(const QString &name = u"disks"_s)
{
    PoolEditorSeed seed;
    seed.uri = DefaultUri;
    seed.draft.name = name;
    seed.draft.host = u"127.0.0.1"_s;
    seed.draft.port = 3261;
    seed.draft.targetIqn = u"iqn.2026-11.org.lunscope.test:disks"_s;
    seed.draft.initiatorIqn = u"iqn.2026-11.org.lunscope:tests"_s;
    return seed;
}

bool hasProblem(const PoolEditorState &state, PoolProblem::Field field)
{
    const QList<PoolProblem> problems = state.problems();
    return std::any_of(problems.begin(), problems.end(), [field](const PoolProblem &p) { return p.field == field; });
}

} // namespace

class TestPoolEditorState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void aDraftRewritesTheXml()
    {
        PoolEditorState state(seed(), nullptr, nullptr);
        QVERIFY(state.xml().contains(u"<name>disks</name>"_s));
        QSignalSpy rewritten(&state, &PoolEditorState::xmlRewritten);
        QSignalSpy read(&state, &PoolEditorState::draftRead);
        PoolDraft draft = state.draft();
        draft.port = 3270;
        state.setDraft(draft);
        QCOMPARE(rewritten.size(), 1);
        QCOMPARE(read.size(), 0); // no echo back to the form
        QVERIFY(state.xml().contains(u"port=\"3270\""_s));
        QCOMPARE(rewritten.at(0).at(0).toString(), state.xml());
        QVERIFY(state.xmlProblem().isEmpty());
    }

    void xmlThatParsesReplacesTheDraft()
    {
        PoolEditorState state(seed(), nullptr, nullptr);
        QSignalSpy rewritten(&state, &PoolEditorState::xmlRewritten);
        QSignalSpy read(&state, &PoolEditorState::draftRead);
        const QString typed = uR"(<pool type='iscsi-direct'><name>typed</name>   <source><host name='192.0.2.7' port='3262'/>)"
                              uR"(<device path='iqn.2026-11.org.lunscope.test:other'/><initiator>)"
                              uR"(<iqn name='iqn.2026-11.org.lunscope:tests'/></initiator></source></pool>)"_s;
        state.setXml(typed);
        QCOMPARE(state.xml(), typed); // as typed, not rewritten
        QCOMPARE(rewritten.size(), 0);
        QCOMPARE(read.size(), 1);
        QCOMPARE(state.draft().name, u"typed"_s);
        QCOMPARE(state.draft().port, quint16(3262));
        QVERIFY(state.xmlProblem().isEmpty());
    }

    void xmlThatDoesNotParseKeepsTheDraft()
    {
        PoolEditorState state(seed(), nullptr, nullptr);
        QSignalSpy changed(&state, &PoolEditorState::changed);
        state.setXml(u"<pool type='iscsi-direct'><name>broken"_s);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(state.draft().name, u"disks"_s);
        QVERIFY2(state.xmlProblem().startsWith(u"The XML cannot be used: "_s), qPrintable(state.xmlProblem()));
        QVERIFY(!state.isValid());
        // Fixed again: the problem goes.
        state.setDraft(state.draft());
        QVERIFY(state.xmlProblem().isEmpty());
    }

    void anExistingPoolKeepsItsName()
    {
        PoolEditorSeed existing = seed(u"kept"_s);
        existing.existingPool = u"kept"_s;
        PoolEditorState state(existing, nullptr, nullptr);
        QString renamed = state.xml();
        renamed.replace(u"<name>kept</name>"_s, u"<name>other</name>"_s);
        state.setXml(renamed);
        QVERIFY2(state.xmlProblem().contains(u"This editor redefines “kept”"_s), qPrintable(state.xmlProblem()));
    }

    void problemsAndTheSchema()
    {
        PoolEditorState state(seed(), nullptr, nullptr);
        QVERIFY(state.problems().isEmpty());
        QVERIFY(!state.isValid()); // no connections at all
        PoolDraft draft = state.draft();
        draft.initiatorIqn.clear();
        state.setDraft(draft);
        QVERIFY(hasProblem(state, PoolProblem::Field::InitiatorIqn));
        // CHAP by usage with no secret typed and none known to libvirt.
        draft = seed().draft;
        draft.chap = PoolChap{u"lsuser"_s, PoolChap::SecretBy::Usage, u"lunscope-disks"_s, {}, {}};
        state.setDraft(draft);
        QVERIFY(hasProblem(state, PoolProblem::Field::ChapSecret));
        state.setSecretTyped(true);
        QVERIFY(!hasProblem(state, PoolProblem::Field::ChapSecret));
        // By UUID: left as it is, and the status says so.
        draft.chap->secretBy = PoolChap::SecretBy::Uuid;
        draft.chap->secret = u"0b5c5d3c-1111-4222-8333-444455556666"_s;
        state.setDraft(draft);
        QVERIFY(state.secretStatus().contains(u"by UUID"_s));
        // What PoolXml reads but the schema refuses.
        state.setXml(u"<pool type='iscsi-direct'><name>x</name><source><host name='h' port='3260'/>"
                     u"<device path='iqn.2026-11.org.lunscope.test:a'/><initiator><iqn name='iqn.2026-11.org.lunscope:b'/>"
                     u"</initiator></source><no-such-element/></pool>"_s);
        // Without libvirt's schema file the note says so instead.
        if (state.schemaNote().isEmpty())
            QVERIFY2(!state.xmlProblem().isEmpty(), "the schema let an unknown element through");
        QVERIFY(!state.isValid());
    }

    void targetConnections()
    {
        ConnectionsController connections(nullptr);
        PoolsModel model;
        PoolsFeed feed(&connections, &model);
        connections.add(DefaultUri, false);
        QTRY_VERIFY_WITH_TIMEOUT(connections.openUris().contains(DefaultUri), BoundMs);
        QTRY_VERIFY_WITH_TIMEOUT(model.poolIndex(DefaultUri, u"default-pool"_s).isValid(), BoundMs);

        PoolEditorState state(seed(u"default-pool"_s), &connections, &model);
        QCOMPARE(state.targetUris(), QStringList{DefaultUri});
        QVERIFY2(hasProblem(state, PoolProblem::Field::Name), "the name is taken on test:///default");
        PoolDraft draft = state.draft();
        draft.name = u"free-name"_s;
        state.setDraft(draft);
        QVERIFY(state.problems().isEmpty());
        QVERIFY(state.isValid());

        // Ticked but not open: Define cannot run.
        state.setAlsoOn({u"test:///nowhere"_s});
        QCOMPARE(state.targetUris(), (QStringList{DefaultUri, u"test:///nowhere"_s}));
        QVERIFY(!state.isValid());
        state.setAlsoOn({});
        QVERIFY(state.isValid());

        // CHAP on a host without a secret driver: known when the editor opens, so Define is refused
        // up front (it failed at "Define CHAP secret"), with the reason once, in plain words.
        QTRY_COMPARE_WITH_TIMEOUT(state.secretSupport(DefaultUri), std::optional<bool>(false), BoundMs);
        QVERIFY(state.chapProblem().isEmpty()); // no CHAP yet
        draft.chap = PoolChap{u"lsuser"_s, PoolChap::SecretBy::Usage, u"lunscope-free-name"_s, {}, {}};
        state.setDraft(draft);
        state.setSecretTyped(true);
        QVERIFY2(state.chapProblem().contains(u"test:///default cannot keep CHAP secrets"_s), qPrintable(state.chapProblem()));
        QVERIFY(!state.isValid());
        state.lookUpSecrets();
        QVERIFY2(!state.secretStatus().contains(u'('), qPrintable(state.secretStatus())); // no "uri (… (…))"
        draft.chap.reset(); // "Define without CHAP": the secret goes too
        state.setDraft(draft);
        state.setSecretTyped(false);
        QVERIFY(state.chapProblem().isEmpty());
        QVERIFY(state.isValid());
    }
};

QTEST_GUILESS_MAIN(TestPoolEditorState)
#include "tst_pooleditorstate.moc"
