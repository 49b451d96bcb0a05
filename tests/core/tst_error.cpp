// Error and Result: the value types every layer returns.
#include "common/Error.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

class TestError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultIsNoError()
    {
        const Error none;
        QVERIFY(!none.isError());
        QCOMPARE(none.kind(), ErrorKind::None);
    }

    void resultHoldsValueOrError()
    {
        const Result<int> value(42);
        QVERIFY(value.ok());
        QCOMPARE(value.value(), 42);

        const Result<int> failed(Error(ErrorKind::Refused, u"nothing listens"_s));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind(), ErrorKind::Refused);
        QCOMPARE(failed.error().message(), u"nothing listens"_s);
    }

    // Result(Error()) used to be ok() with an empty value behind it: value() then read an empty
    // optional. It is a failure now, and says so in the log.
    void resultFromNoErrorIsAFailure()
    {
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"Result was built from an Error that is none"_s));
        const Result<QString> result{Error()};
        QVERIFY(!result.ok());
        QVERIFY(result.error().isError());
        QCOMPARE(result.error().kind(), ErrorKind::Protocol);
        QVERIFY(result.error().message().contains(u"neither a result nor an error"_s));
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
