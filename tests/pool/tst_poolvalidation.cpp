#include "PoolTestDrafts.h"

#include "pool/PoolSchema.h"
#include "pool/PoolValidation.h"
#include "pool/PoolXml.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;
namespace drafts = lunscope::testdrafts;
using drafts::changed;
using Field = PoolProblem::Field;

Q_DECLARE_METATYPE(lunscope::PoolProblem::Field)

namespace {

QString fieldName(Field field)
{
    switch (field) {
    case Field::Name: return u"Name"_s;
    case Field::Uuid: return u"Uuid"_s;
    case Field::Host: return u"Host"_s;
    case Field::Port: return u"Port"_s;
    case Field::TargetIqn: return u"TargetIqn"_s;
    case Field::InitiatorIqn: return u"InitiatorIqn"_s;
    case Field::ChapUser: return u"ChapUser"_s;
    case Field::ChapSecret: return u"ChapSecret"_s;
    case Field::Xml: return u"Xml"_s;
    }
    return {};
}

QString dump(const QList<PoolProblem> &problems)
{
    QStringList lines;
    for (const PoolProblem &problem : problems)
        lines.append(fieldName(problem.field) + u": "_s + problem.message);
    return lines.join(u'\n');
}

} // namespace

class TestPoolValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsGoodDrafts_data()
    {
        QTest::addColumn<PoolDraft>("draft");
        QTest::addColumn<bool>("chapSecretGiven");
        QTest::newRow("plain") << drafts::plain() << false;
        QTest::newRow("IPv6 host") << drafts::ipv6Host() << false;
        QTest::newRow("CHAP with usage") << drafts::chapWithUsage() << true;
        QTest::newRow("CHAP with uuid") << drafts::chapWithUuid() << true;
        QTest::newRow("special characters where libvirt takes them")
            << changed(drafts::specialCharacters(), [](PoolDraft &d) {
                   d.initiatorIqn = u"iqn.2026-11.org.lunscope:workstation"_s;
                   d.targetIqn = u"iqn.2026-11.org.lunscope.test:disks"_s;
               })
            << true;
        QTest::newRow("name of 251 bytes")
            << changed(drafts::plain(), [](PoolDraft &d) { d.name = QString(125, u'ä') + u'x'; }) << false;
        for (const QString &host : {u"localhost"_s, u"san-01.example.org"_s, u"san.example.org."_s, u"a"_s, u"192.0.2.255"_s,
                                    u"0.0.0.0"_s, u"::1"_s, u"fd00::"_s, u"FD00:0:0:0:0:0:0:1"_s, u"::ffff:192.0.2.1"_s,
                                    u"1::2:3:4:5:6:7"_s, u"2001:db8::192.0.2.33"_s, u"1.example"_s})
            QTest::addRow("host %s", qPrintable(host))
                << changed(drafts::plain(), [&](PoolDraft &d) { d.host = host; }) << false;
        QTest::newRow("port 1") << changed(drafts::plain(), [](PoolDraft &d) { d.port = 1; }) << false;
        QTest::newRow("uuid without dashes") << changed(drafts::plain(), [](PoolDraft &d) {
            d.uuid = u"6F1F9C520D434A8E9A552B1C3F6D7E80"_s;
        }) << false;
        QTest::newRow("eui initiator")
            << changed(drafts::plain(), [](PoolDraft &d) { d.initiatorIqn = u"eui.02004567A425678D"_s; }) << false;
    }
    void acceptsGoodDrafts()
    {
        QFETCH(PoolDraft, draft);
        QFETCH(bool, chapSecretGiven);
        const QList<PoolProblem> problems = PoolValidation::check(draft, chapSecretGiven);
        QVERIFY2(problems.isEmpty(), qPrintable(dump(problems)));
        // What we accept, libvirt's schema accepts.
        const Error schema = PoolSchema::validate(PoolXml::write(draft));
        QVERIFY2(!schema, qPrintable(schema.message()));
    }

    void reportsProblems_data()
    {
        QTest::addColumn<PoolDraft>("draft");
        QTest::addColumn<bool>("chapSecretGiven");
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("messagePart");
        // The schema enforces this rule too. Where it does not (its dnsName takes any digits and
        // dots, so "192.0.2.256" passes), the check is LunScope's own and libvirt would fail later.
        QTest::addColumn<bool>("schemaRejects");

        auto row = [](const char *name, const PoolDraft &draft, Field field, const QString &part, bool schemaRejects,
                      bool chapSecretGiven = true) {
            QTest::newRow(name) << draft << chapSecretGiven << field << part << schemaRejects;
        };
        const PoolDraft base = drafts::chapWithUsage();
        auto with = [&](auto change) { return changed(base, change); };

        row("name empty", with([](PoolDraft &d) { d.name.clear(); }), Field::Name, u"Enter a name"_s, false);
        row("name with slash", with([](PoolDraft &d) { d.name = u"a/b"_s; }), Field::Name, u"'/'"_s, true);
        row("name with newline", with([](PoolDraft &d) { d.name = u"a\nb"_s; }), Field::Name, u"line breaks"_s, true);
        row("name with tab", with([](PoolDraft &d) { d.name = u"a\tb"_s; }), Field::Name, u"control characters"_s, false);
        row("name only a space", with([](PoolDraft &d) { d.name = u" "_s; }), Field::Name, u"only spaces"_s, false);
        row("name with surrounding spaces", with([](PoolDraft &d) { d.name = u" web "_s; }), Field::Name,
            u"start or end"_s, false);
        row("name .", with([](PoolDraft &d) { d.name = u"."_s; }), Field::Name, u"\"..\""_s, false);
        row("name ..", with([](PoolDraft &d) { d.name = u".."_s; }), Field::Name, u"choose another"_s, false);
        row("name of 252 bytes", with([](PoolDraft &d) { d.name = QString(126, u'ä'); }), Field::Name, u"252 bytes"_s,
            false);
        row("uuid malformed", with([](PoolDraft &d) { d.uuid = u"6f1f9c52-0d43-4a8e-9a55"_s; }), Field::Uuid,
            u"must look like"_s, true);
        row("host empty", with([](PoolDraft &d) { d.host.clear(); }), Field::Host, u"Enter the host"_s, true);
        row("host in brackets", with([](PoolDraft &d) { d.host = u"[fd00::1]"_s; }), Field::Host,
            u"without brackets: fd00::1"_s, true);
        row("host with port", with([](PoolDraft &d) { d.host = u"san.example.org:3261"_s; }), Field::Host,
            u"port 3261 into the port field"_s, true);
        row("IPv4 with port", with([](PoolDraft &d) { d.host = u"192.0.2.1:3261"_s; }), Field::Host, u"port field"_s, true);
        row("IPv6 with zone", with([](PoolDraft &d) { d.host = u"fe80::1%eth0"_s; }), Field::Host, u"%eth0"_s, true);
        row("IPv6 malformed", with([](PoolDraft &d) { d.host = u"fd00:::1"_s; }), Field::Host, u"not an IPv6"_s, true);
        row("IPv4 out of range", with([](PoolDraft &d) { d.host = u"192.0.2.256"_s; }), Field::Host,
            u"not an IPv4"_s, false);
        row("IPv4 leading zero", with([](PoolDraft &d) { d.host = u"192.0.2.01"_s; }), Field::Host,
            u"leading zeros"_s, false);
        // inet_aton would read "10.1" as 10.0.0.1; libvirt passes it on as a host name.
        row("IPv4 short form", with([](PoolDraft &d) { d.host = u"10.1"_s; }), Field::Host, u"not an IPv4"_s, false);
        row("host with underscore", with([](PoolDraft &d) { d.host = u"san_1"_s; }), Field::Host, u"only contain"_s, true);
        row("host with space", with([](PoolDraft &d) { d.host = u"san 1"_s; }), Field::Host, u"only contain"_s, true);
        row("host label starts with -", with([](PoolDraft &d) { d.host = u"-san.example"_s; }), Field::Host,
            u"start or end with '-'"_s, false);
        row("host empty label", with([](PoolDraft &d) { d.host = u"san..example"_s; }), Field::Host, u"1 to 63"_s, false);
        row("host label too long", with([](PoolDraft &d) { d.host = QString(64, u'a') + u".example"_s; }), Field::Host,
            u"1 to 63"_s, false);
        // PCRE's '$' also matches before a final line break: none of the patterns may use it.
        row("host with line break at the end", with([](PoolDraft &d) { d.host = u"san.example.org\n"_s; }), Field::Host,
            u"control characters"_s, true);
        row("IPv4 with line break at the end", with([](PoolDraft &d) { d.host = u"192.0.2.1\n"_s; }), Field::Host,
            u"control characters"_s, true);
        row("IPv6 with NUL", with([](PoolDraft &d) { d.host = u"fd00::1"_s + QChar(0) + u"x"_s; }), Field::Host,
            u"control characters"_s, true);
        row("uuid with line break at the end",
            with([](PoolDraft &d) { d.uuid = u"6f1f9c52-0d43-4a8e-9a55-2b1c3f6d7e80\n"_s; }), Field::Uuid,
            u"must look like"_s, true);
        row("secret uuid with line break at the end", with([](PoolDraft &d) {
            d.chap->secretBy = PoolChap::SecretBy::Uuid;
            d.chap->secret = u"0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f\n"_s;
        }), Field::ChapSecret, u"must look like"_s, false);
        row("port 0", with([](PoolDraft &d) { d.port = 0; }), Field::Port, u"from 1 to 65535"_s, false);
        row("target empty", with([](PoolDraft &d) { d.targetIqn.clear(); }), Field::TargetIqn, u"Enter the IQN"_s, true);
        row("target upper case", with([](PoolDraft &d) { d.targetIqn = u"iqn.2026-11.org.Lunscope:x"_s; }),
            Field::TargetIqn, u"lower case"_s, false);
        row("target eui", with([](PoolDraft &d) { d.targetIqn = u"eui.02004567A425678D"_s; }), Field::TargetIqn,
            u"only iqn."_s, true);
        row("target ending in :", with([](PoolDraft &d) { d.targetIqn = u"iqn.2026-11.org.lunscope:"_s; }),
            Field::TargetIqn, u"Remove the ':'"_s, true);
        row("initiator empty", with([](PoolDraft &d) { d.initiatorIqn.clear(); }), Field::InitiatorIqn,
            u"Enter the initiator IQN"_s, false);
        row("initiator malformed", with([](PoolDraft &d) { d.initiatorIqn = u"workstation"_s; }), Field::InitiatorIqn,
            u"must start with"_s, false);
        row("CHAP user without secret", base, Field::ChapSecret, u"Enter the CHAP secret for user \"alice\""_s, false,
            false);
        row("secret without user", with([](PoolDraft &d) { d.chap->userName.clear(); }), Field::ChapUser,
            u"goes with the secret"_s, false);
        row("secret given, CHAP off", with([](PoolDraft &d) { d.chap.reset(); }), Field::ChapUser,
            u"or clear the secret"_s, false);
        row("CHAP on, nothing typed", with([](PoolDraft &d) { d.chap = PoolChap{}; }), Field::ChapUser,
            u"or turn CHAP off"_s, false, false);
        row("CHAP user with newline", with([](PoolDraft &d) { d.chap->userName = u"al\nice"_s; }), Field::ChapUser,
            u"line breaks"_s, false);
        row("usage empty", with([](PoolDraft &d) { d.chap->secret.clear(); }), Field::ChapSecret,
            u"for example \"lunscope-disks\""_s, false);
        row("usage with slash", with([](PoolDraft &d) { d.chap->secret = u"a/b"_s; }), Field::ChapSecret, u"'/'"_s, false);
        row("secret uuid empty", with([](PoolDraft &d) {
                d.chap->secretBy = PoolChap::SecretBy::Uuid;
                d.chap->secret.clear();
            }),
            Field::ChapSecret, u"Enter the UUID"_s, false);
        row("secret uuid malformed", with([](PoolDraft &d) { d.chap->secretBy = PoolChap::SecretBy::Uuid; }),
            Field::ChapSecret, u"must look like"_s, false);
    }
    void reportsProblems()
    {
        QFETCH(PoolDraft, draft);
        QFETCH(bool, chapSecretGiven);
        QFETCH(Field, field);
        QFETCH(QString, messagePart);
        QFETCH(bool, schemaRejects);

        const QList<PoolProblem> problems = PoolValidation::check(draft, chapSecretGiven);
        QVERIFY2(!problems.isEmpty(), "no problem reported");
        // Exactly the broken field, and a message that says what to do.
        for (const PoolProblem &problem : problems) {
            QVERIFY2(problem.field == field, qPrintable(dump(problems)));
            QVERIFY(!problem.message.isEmpty());
        }
        QVERIFY2(std::any_of(problems.cbegin(), problems.cend(),
                             [&](const PoolProblem &p) { return p.message.contains(messagePart); }),
                 qPrintable(dump(problems)));

        if (schemaRejects) {
            const Error schema = PoolSchema::validate(PoolXml::write(draft));
            QVERIFY2(schema.kind() == ErrorKind::InvalidInput, "the schema was expected to refuse this too");
        }
    }

    void reportsEveryBrokenField()
    {
        PoolDraft draft;
        draft.port = 0;
        draft.chap = PoolChap{};
        const QList<PoolProblem> problems = PoolValidation::check(draft, false);
        QList<Field> fields;
        for (const PoolProblem &problem : problems)
            fields.append(problem.field);
        QCOMPARE(fields, (QList<Field>{Field::Name, Field::Host, Field::Port, Field::TargetIqn, Field::InitiatorIqn,
                                       Field::ChapUser}));
    }

    void reportsXmlOnlyProblems()
    {
        const QString xml = u"<pool type='iscsi-direct'><name>p</name><source>"
                            "<host name='h1'/><host name='h2'/>"
                            "<device path='iqn.2026-11.org.a:t'/><device path='iqn.2026-11.org.a:u'/>"
                            "<initiator><iqn name='iqn.2026-11.org.a:i'/></initiator></source></pool>"_s;
        const Result<PoolDraft> read = PoolXml::read(xml);
        QVERIFY(read.ok());
        const QList<PoolProblem> problems = PoolValidation::check(read.value(), false);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).field, Field::Xml);
        QVERIFY2(problems.at(0).message.contains(u"exactly one <host>"_s), qPrintable(dump(problems)));
        QCOMPARE(problems.at(1).field, Field::Xml);
        QVERIFY2(problems.at(1).message.contains(u"first <device>"_s), qPrintable(dump(problems)));
    }

    void mutualChapIsNotForIscsiDirect()
    {
        ChapCredentials oneWay{u"alice"_s, u"secret"_s, {}, {}};
        QVERIFY(!PoolValidation::mutualChapProblem(oneWay));
        ChapCredentials mutual{u"alice"_s, u"secret"_s, u"target-name"_s, u"other"_s};
        const std::optional<PoolProblem> problem = PoolValidation::mutualChapProblem(mutual);
        QVERIFY(problem);
        QCOMPARE(problem->field, Field::ChapUser);
        QVERIFY2(problem->message.contains(u"one-way CHAP only"_s), qPrintable(problem->message));
        QVERIFY2(problem->message.contains(u"\"target-name\""_s), qPrintable(problem->message));
    }
};

QTEST_GUILESS_MAIN(TestPoolValidation)
#include "tst_poolvalidation.moc"
