#include "model/Outcome.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

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
        QVERIFY(!outcomeFromKey(u"nonsense"_s, nullptr));
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

    // Which replies prove the API login good on their system (requests may
    // then go in parallel) and which prove it bad (a proven password is
    // forgotten). Every outcome is listed (provesLogin's switch has no default,
    // so a new outcome must be placed there and here).
    void login_data()
    {
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<bool>("proves");
        QTest::addColumn<bool>("disproves");
        const auto row = [](const char *name, Outcome outcome, bool proves, bool disproves) {
            QTest::newRow(name) << outcome << proves << disproves;
        };
        row("added", Outcome::Added, true, false);
        row("updated", Outcome::Updated, true, false);
        row("extension exists", Outcome::AlreadyExistsOnServer, true, false);
        row("login exists", Outcome::LoginExists, true, false);
        row("unknown server", Outcome::UnknownServer, true, false);
        row("bad time zone", Outcome::BadTimezone, true, false);
        row("unknown template", Outcome::UnknownTemplate, true, false);
        row("missing fields (the credential probe's answer)", Outcome::MissingFields, true, false);
        row("phone not found", Outcome::PhoneNotFound, true, false);
        row("no permission comes after the login", Outcome::NoPermission, true, false);
        row("invalid source comes after the login", Outcome::InvalidSource, true, false);
        row("no function comes after the login", Outcome::NoFunction, true, false);
        row("login failed", Outcome::LoginFailed, false, true);
        row("locked out", Outcome::LockedOut, false, true);
        row("two-factor refusal", Outcome::TwoFactorRequired, false, true);
        row("old builds' login or permission", Outcome::LoginOrPermission, false, true);
        row("nothing to change comes after the login", Outcome::NothingToChange, true, false);
        row("blocked IP is refused before the login", Outcome::IpBlocked, false, false);
        row("HTTP 500", Outcome::ServerError, false, false);
        row("unrecognised reply", Outcome::Unrecognised, false, false);
        row("never reached the server", Outcome::NetworkError, false, false);
        row("connection lost", Outcome::ConnectionLost, false, false);
        row("timeout", Outcome::Timeout, false, false);
        row("cancelled", Outcome::Cancelled, false, false);
        row("aborted", Outcome::Aborted, false, false);
        row("interrupted by a crash", Outcome::Interrupted, false, false);
    }

    void login()
    {
        QFETCH(Outcome, outcome);
        QFETCH(bool, proves);
        QFETCH(bool, disproves);
        QCOMPARE(provesLogin(outcome), proves);
        QCOMPARE(disprovesLogin(outcome), disproves);
    }
};

QTEST_GUILESS_MAIN(TestOutcome)
#include "TestOutcome.moc"
