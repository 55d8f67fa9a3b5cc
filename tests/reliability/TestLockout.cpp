// A wrong password must cost one failed login, never one per row: the
// server locks the API user after 10. Proven on the service, on
// viciprov-cli (a separate process) and on the credential check, by counting
// the requests the simulator received.
#include "history/HistoryStore.h"
#include "ReliabilityHelpers.h"
#include "service/CredentialCheck.h"
#include "service/ProvisioningService.h"
#include "ServiceFixture.h"
#include "Simulator.h"

#include <QEventLoop>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

using namespace vp;
using namespace vp::reliability;

class TestLockout : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_env;

    int addPhoneRequests() const { return m_env.sim->stats().perFunction.value(u"add_phone"_s); }
    // Every request but the version reads (no login, no password, no change):
    // what counts toward a lock-out.
    int apiCalls() const
    {
        return m_env.sim->stats().totalRequests -
               m_env.sim->stats().perFunction.value(u"version"_s);
    }

    QList<PhoneRecord> batch(int count, int first = 8500) const
    {
        QList<PhoneRecord> phones;
        for (int i = 0; i < count; ++i)
            phones << makePhone(QString::number(first + i));
        return phones;
    }

    int runCli(const QStringList &arguments, const QString &password, QByteArray *output)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_env.dir->filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_env.dir->filePath(u"data"_s));
        env.insert(u"VP_TEST_PASS"_s, password);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        process.start(QString::fromUtf8(VP_CLI_PATH),
                      QStringList{u"--url"_s, m_env.sim->baseUrl().toString(), u"--user"_s,
                                  u"apiadmin"_s, u"--password-env"_s, u"VP_TEST_PASS"_s,
                                  u"--concurrency"_s, u"8"_s, u"--history"_s,
                                  m_env.dir->filePath(u"history.sqlite"_s)} +
                          arguments);
        loop.exec();
        *output = process.readAll();
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private slots:
    void init()
    {
        const QString error = m_env.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_env.sim->setLatencyMs(30); // give a careless client time to send more
    }

    void cleanup() { m_env.stop(); }

    void wrongPasswordWith500RowsSendsOneRequest_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("concurrency 1") << 1;
        QTest::newRow("concurrency 8") << 8;
    }

    void wrongPasswordWith500RowsSendsOneRequest()
    {
        QFETCH(int, concurrency);
        ConnectionConfig config = makeConfig(m_env.sim->apiUrl(), u"WrongPass1"_s);
        config.concurrency = concurrency;
        m_env.service->setConnection(config);
        QSignalSpy stopped(m_env.service.get(), &ProvisioningService::sendingStopped);
        m_env.service->submitBatch(batch(500), u"b"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_env.service->isIdle(), 30000);
        QCOMPARE(apiCalls(), 1);
        QCOMPARE(m_env.sim->stats().perFunction.value(u"version"_s), 1);
        QCOMPARE(m_env.results.size(), 500);
        int failed = 0, cancelled = 0;
        for (const JobResult &r : m_env.results) {
            failed += r.outcome == Outcome::LoginFailed;
            cancelled += r.outcome == Outcome::Cancelled;
        }
        QCOMPARE(failed, 1);
        QCOMPARE(cancelled, 499);
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(stopped.at(0).at(0).value<Outcome>(), Outcome::LoginFailed);
        QVERIFY(m_env.service->isStopped());
        // Only the one request sent is in the history.
        QCOMPARE(m_env.history->count(HistoryFilter()), 1);
        // Nothing more goes out until the user changes something.
        QCOMPARE(m_env.service->submit(makePhone(u"9999"_s)), 0);
        QTest::qWait(200);
        QCOMPARE(apiCalls(), 1);
    }

    void unprovenLoginStaysSerialAfterAServerError()
    {
        // The first reply (HTTP 500) proves nothing about the password: the
        // next request still goes alone, and its "Login incorrect" stops all.
        m_env.sim->injectFault(sim::Fault::ServerError500);
        ConnectionConfig config = makeConfig(m_env.sim->apiUrl(), u"WrongPass1"_s);
        config.concurrency = 8;
        m_env.service->setConnection(config);
        m_env.service->submitBatch(batch(100), u"b"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_env.service->isIdle(), 30000);
        QCOMPARE(apiCalls(), 2);
        QCOMPARE(m_env.sim->stats().maxConcurrent, 1);
        QVERIFY(m_env.service->isStopped());
    }

    void lockedAccountStopsAtTheFirstRequest()
    {
        // Lock the user the way a careless tool would: failed logins until the
        // server says "Too many login attempts" (the 11th or the 21st).
        m_env.sim->setLatencyMs(0);
        m_env.service->setConnection(makeConfig(m_env.sim->apiUrl(), u"WrongPass1"_s));
        int attempts = 0;
        while (attempts < 30 &&
               (m_env.results.isEmpty() || m_env.results.last().outcome != Outcome::LockedOut)) {
            m_env.service->clearStop(); // the user insisting
            QVERIFY(m_env.service->submit(makePhone(QString::number(8600 + attempts))) > 0);
            QTRY_VERIFY(m_env.service->isIdle());
            ++attempts;
        }
        QCOMPARE(m_env.results.last().outcome, Outcome::LockedOut);
        QCOMPARE(apiCalls(), attempts);
        m_env.results.clear();
        m_env.service->setConnection(
            makeConfig(m_env.sim->apiUrl())); // the right password, too late
        m_env.service->submitBatch(batch(200), u"b"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_env.service->isIdle(), 30000);
        QCOMPARE(apiCalls(), attempts + 1);
        QCOMPARE(m_env.results.first().outcome, Outcome::LockedOut);
        QVERIFY(m_env.service->isStopped());
        QCOMPARE(m_env.sim->phones().size(), 0);
    }

    void cliWithWrongPasswordAnd500RowsSendsOneRequest()
    {
        const QString csv = m_env.dir->filePath(u"big.csv"_s);
        QVERIFY(writeFile(csv, phonesCsv(8700, 500)));
        QByteArray output;
        const int code = runCli({u"import"_s, csv}, u"WrongPass1"_s, &output);
        QVERIFY2(code == 3, output.constData());
        QCOMPARE(apiCalls(), 1);
        QVERIFY2(output.contains("Stopped"), output.constData());
        QVERIFY(!output.contains("WrongPass1"));
        // Running it again with the same wrong password costs one more, not 500.
        QCOMPARE(runCli({u"import"_s, csv}, u"WrongPass1"_s, &output), 3);
        QCOMPARE(apiCalls(), 2);
        // Each run read the server's build once first (no password sent for it).
        QCOMPARE(m_env.sim->stats().perFunction.value(u"version"_s), 2);
    }

    void credentialCheckNeverRepeatsAFailedLogin()
    {
        CredentialCheck check;
        QSignalSpy finished(&check, &CredentialCheck::finished);
        ApiCredentials credentials;
        credentials.user = u"apiadmin"_s;
        credentials.password = u"WrongPass1"_s;
        credentials.source = u"test"_s;
        check.start(m_env.sim->apiUrl(), credentials);
        check.start(m_env.sim->apiUrl(), credentials); // a double click: ignored while running
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(!check.succeeded());
        QCOMPARE(addPhoneRequests(), 1);
        QCOMPARE(m_env.sim->stats().perFunction.value(u"version"_s), 1);
        bool loginFailed = false;
        for (const CheckStep &step : check.steps())
            loginFailed |=
                step.id == CheckStep::Id::Login && step.status == CheckStep::Status::Failed;
        QVERIFY(loginFailed);
        // Nothing follows by itself.
        QTest::qWait(1500);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(addPhoneRequests(), 1);
        QCOMPARE(m_env.sim->stats().totalRequests, 2);
    }
};

QTEST_GUILESS_MAIN(TestLockout)
#include "TestLockout.moc"
