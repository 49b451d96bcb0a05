// The .ts files are complete and current: no unfinished, obsolete or missing entries; every
// translation keeps the placeholders of its source; and the built program really speaks them.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;                // "", "unfinished", "obsolete", "vanished"
    QStringList translations;    // one, or one per plural form

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message") {
            current = Message{context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes", {}, {}};
            messages.append(current);
        } else if (name == u"source")
            messages.last().source = xml.readElementText();
        else if (name == u"comment")
            messages.last().comment = xml.readElementText();
        else if (name == u"translation") {
            messages.last().type = xml.attributes().value(u"type"_s).toString();
            if (!messages.last().numerus)
                messages.last().translations.append(xml.readElementText());
        } else if (name == u"numerusform")
            messages.last().translations.append(xml.readElementText());
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(LUNSCOPE_SOURCE_DIR "/translations/lunscope_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("en (plurals)") << u"en"_s;
    }
    void complete()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &message : messages) {
            const QString where = message.context + u": \""_s + message.source + u'"';
            if (!message.type.isEmpty())
                problems.append(message.type + u' ' + where);
            for (const QString &translation : message.translations) {
                if (translation.isEmpty())
                    problems.append(u"empty "_s + where);
                // %n may be left out of a singular form ("one target"); the others must stay.
                QSet<QString> wanted = placeholders(message.source);
                QSet<QString> got = placeholders(translation);
                if (message.numerus) {
                    wanted.remove(u"%n"_s);
                    got.remove(u"%n"_s);
                }
                if (wanted != got)
                    problems.append(u"placeholders differ in "_s + where + u" → \""_s + translation + u'"');
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    }

    void current_data() { complete_data(); }
    void current()
    {
        // lupdate on a copy: whatever it would add is missing from the file, whatever it would
        // drop is obsolete.
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"copy.ts"_s);
        QVERIFY(QFile::copy(tsPath(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList arguments{u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"-silent"_s};
        if (language == u"en")
            arguments.append(u"-pluralonly"_s);
        for (const char *area : {"core", "ui", "app"})
            arguments.append(QStringLiteral(LUNSCOPE_SOURCE_DIR "/%1").arg(QLatin1StringView(area)));
        arguments << u"-ts"_s << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(LUNSCOPE_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        QString error;
        const QList<Message> committed = readTs(tsPath(language), &error);
        const QList<Message> updated = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> committedKeys;
        for (const Message &message : committed)
            committedKeys.insert(message.key());
        QStringList missing;
        QSet<QString> updatedKeys;
        for (const Message &message : updated) {
            updatedKeys.insert(message.key());
            if (!committedKeys.contains(message.key()))
                missing.append(message.context + u": \""_s + message.source + u'"');
        }
        QStringList obsolete;
        for (const Message &message : committed) {
            if (!updatedKeys.contains(message.key()))
                obsolete.append(message.context + u": \""_s + message.source + u'"');
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"not in the .ts file (run the update_translations target):\n"_s
                                               + missing.mid(0, 20).join(u'\n')));
        QVERIFY2(obsolete.isEmpty(), qPrintable(u"obsolete in the .ts file:\n"_s + obsolete.mid(0, 20).join(u'\n')));
    }

    void programSpeaksTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("english");
        QTest::newRow("de") << u"de"_s << u"Show this help."_s;
        QTest::newRow("fr") << u"fr"_s << u"Show this help."_s;
    }
    void programSpeaksTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, english);
        QString error;
        QString expected;
        for (const Message &message : readTs(tsPath(language), &error)) {
            if (message.source == english && !message.translations.isEmpty())
                expected = message.translations.constFirst();
        }
        QVERIFY2(!expected.isEmpty(), "the probe string is not translated");
        QProcess process;
        process.start(QStringLiteral(LUNSCOPE_BINARY), {u"--lang"_s, language, u"--help"_s});
        QVERIFY(process.waitForFinished(20000));
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(help.contains(expected), qPrintable(help));
        QVERIFY(!help.contains(english));
    }

    // A catalog installed in share/lunscope/translations serves a language the binary was built
    // without; for a built-in language, the built-in catalog wins over an installed (older) one.
    void installedCatalogs()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString directory = data.filePath(u"lunscope/translations"_s);
        QVERIFY(QDir().mkpath(directory));
        const auto compile = [&](const QString &language, const QString &translation) {
            const QString ts = data.filePath(u"lunscope_%1.ts"_s.arg(language));
            QFile file(ts);
            if (!file.open(QIODevice::WriteOnly))
                return false;
            file.write(u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                       "<TS version=\"2.1\" language=\"%1\"><context><name>LunScope::CommandLine</name>"
                       "<message><source>Show this help.</source><translation>%2</translation></message>"
                       "</context></TS>\n"_s.arg(language, translation).toUtf8());
            file.close();
            QProcess lrelease;
            lrelease.start(QStringLiteral(LUNSCOPE_LRELEASE),
                           {ts, u"-qm"_s, directory + u"/lunscope_%1.qm"_s.arg(language)});
            return lrelease.waitForFinished(60000) && lrelease.exitCode() == 0;
        };
        QVERIFY(compile(u"es"_s, u"Muestra esta ayuda."_s));
        QVERIFY(compile(u"de"_s, u"Veraltete Hilfe."_s));

        const auto help = [&](const QString &language) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"XDG_DATA_HOME"_s, data.filePath(u"nothing-here"_s));
            environment.insert(u"XDG_DATA_DIRS"_s, data.path());
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(LUNSCOPE_BINARY), {u"--lang"_s, language, u"--help"_s});
            process.waitForFinished(20000);
            return QString::fromUtf8(process.readAllStandardOutput());
        };
        const QString spanish = help(u"es"_s);
        QVERIFY2(spanish.contains(u"Muestra esta ayuda."_s), qPrintable(spanish));
        const QString german = help(u"de"_s);
        QVERIFY2(!german.contains(u"Veraltete Hilfe."_s), qPrintable(german));
        QVERIFY2(!german.contains(u"Show this help."_s), qPrintable(german));
    }

    void englishPlurals()
    {
        // Without lunscope_en.qm Qt would print "1 target(s)".
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(LUNSCOPE_BINARY_DIR "/translations/lunscope_en.qm")));
        QCOMPARE(translator.translate("LunScope::ScanTable", "%n target(s)", nullptr, 1), u"%n target"_s);
        QCOMPARE(translator.translate("LunScope::ScanTable", "%n target(s)", nullptr, 2), u"%n targets"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
