#include "model/Outcome.h"

#include <QSet>
#include <QTest>

using namespace vp;

class TestOutcome : public QObject
{
    Q_OBJECT
private slots:
    void keysAreUniqueAndRoundTrip()
    {
        QSet<QString> seen;
        for (int i = 0; i < OutcomeCount; ++i) {
            const auto outcome = static_cast<Outcome>(i);
            const QString key = outcomeKey(outcome);
            QVERIFY2(!key.isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
            Outcome back = Outcome::Added;
            QVERIFY(outcomeFromKey(key, &back));
            QCOMPARE(back, outcome);
            QVERIFY(!outcomeTitle(outcome).isEmpty());
            QVERIFY(!outcomeExplanation(outcome).isEmpty());
        }
        QVERIFY(!outcomeFromKey(QStringLiteral("nonsense"), nullptr));
    }

    void classes_data()
    {
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<bool>("success");
        QTest::addColumn<bool>("stops");
        QTest::addColumn<bool>("unknown");
        QTest::newRow("added is success") << Outcome::Added << true << false << false;
        QTest::newRow("wrong password stops a batch")
            << Outcome::LoginFailed << false << true << false;
        QTest::newRow("lock-out stops a batch") << Outcome::LockedOut << false << true << false;
        QTest::newRow("blocked IP stops a batch") << Outcome::IpBlocked << false << true << false;
        QTest::newRow("no permission stops a batch")
            << Outcome::NoPermission << false << true << false;
        QTest::newRow("HTTP 500 leaves the phone unknown")
            << Outcome::ServerError << false << false << true;
        QTest::newRow("timeout leaves the phone unknown")
            << Outcome::Timeout << false << false << true;
        QTest::newRow("lost connection leaves it unknown")
            << Outcome::ConnectionLost << false << false << true;
        QTest::newRow("refused connection changed nothing")
            << Outcome::NetworkError << false << false << false;
        QTest::newRow("duplicate login is a plain failure")
            << Outcome::LoginExists << false << false << false;
        QTest::newRow("a crash leaves the phone unknown")
            << Outcome::Interrupted << false << false << true;
        QTest::newRow("two-factor refusal stops a batch")
            << Outcome::TwoFactorRequired << false << true << false;
        QTest::newRow("NO UPDATES DEFINED is not a failure")
            << Outcome::NothingToChange << true << false << false;
        QTest::newRow("old builds' login-or-permission error stops a batch")
            << Outcome::LoginOrPermission << false << true << false;
    }

    void classes()
    {
        QFETCH(Outcome, outcome);
        QFETCH(bool, success);
        QFETCH(bool, stops);
        QFETCH(bool, unknown);
        QCOMPARE(isSuccess(outcome), success);
        QCOMPARE(stopsBatch(outcome), stops);
        QCOMPARE(isUnknown(outcome), unknown);
        QCOMPARE(nothingChanged(outcome), !success && !unknown);
    }
};

QTEST_GUILESS_MAIN(TestOutcome)
#include "TestOutcome.moc"
