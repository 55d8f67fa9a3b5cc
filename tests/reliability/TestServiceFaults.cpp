// Everything a server or network can do wrong to one add_phone request,
// through the real ProvisioningService and an on-disk history: each fault
// must give the right outcome class (unknown where the phone may exist), a
// clear message, a finished history row that agrees, no crash, and a resend
// that never makes a second phone.
#include "history/HistoryStore.h"
#include "ReliabilityHelpers.h"
#include "service/ProvisioningService.h"
#include "ServiceFixture.h"
#include "Simulator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;
using namespace vp::reliability;

namespace {
enum class Kind
{
    SimFault,   // the simulator's fault injection
    SlowServer, // the server answers after the client gave up
    Refused,    // nothing listens on the port
    Dns         // the host name does not resolve
};

// -1: the phone may or may not exist (the client cannot know).
constexpr int kEither = -1;
} // namespace

Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(sim::Fault)

class TestServiceFaults : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_env;

    void waitIdle(int timeoutMs = 30000)
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_env.service->isIdle(), timeoutMs);
    }

    int storedWithExtension(const QString &extension) const
    {
        int n = 0;
        for (const auto &value : m_env.sim->phones())
            n += value.toObject().value(u"extension"_s).toString() == extension;
        return n;
    }

    // Every history row is finished and agrees with the result it belongs to.
    void verifyHistoryAgrees()
    {
        const QList<HistoryAttempt> all = m_env.history->query(HistoryFilter(), 0, 100000);
        for (const HistoryAttempt &attempt : all)
            QVERIFY2(attempt.finished, "a history row was left \"sending\"");
        for (const JobResult &result : m_env.results) {
            if (result.historyId < 0)
                continue;
            const auto attempt = m_env.history->attempt(result.historyId);
            QVERIFY(attempt.has_value());
            QCOMPARE(attempt->outcome, result.outcome);
            QCOMPARE(attempt->verify, result.verify);
            QVERIFY(!attempt->message.isEmpty());
        }
    }

private slots:
    void init()
    {
        const QString error =
            m_env.start(sim::SimConfig::defaults(), test::ServiceFixture::History::TemporaryFile);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup() { m_env.stop(); }

    void eachFaultGivesTheRightOutcome_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<sim::Fault>("fault");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<int>("created");
        QTest::addColumn<QString>("messageSays");

        QTest::newRow("HTTP 500 with an empty body is unknown")
            << Kind::SimFault << sim::Fault::ServerError500 << Outcome::ServerError << 0
            << u"500"_s;
        QTest::newRow("HTTP 500 after the insert is unknown and the phone exists")
            << Kind::SimFault << sim::Fault::ServerError500AfterInsert << Outcome::ServerError << 1
            << u"500"_s;
        QTest::newRow("an HTML error page (503) is unknown")
            << Kind::SimFault << sim::Fault::HtmlErrorPage << Outcome::ServerError << 0 << u"503"_s;
        QTest::newRow("a redirect to a login page is not an answer")
            << Kind::SimFault << sim::Fault::Redirect << Outcome::Unrecognised << 0 << u"302"_s;
        QTest::newRow("200 with garbage is unrecognised, not success")
            << Kind::SimFault << sim::Fault::Garbage200 << Outcome::Unrecognised << 0
            << u"unexpected reply"_s;
        QTest::newRow("a connection closed mid-reply is a lost connection")
            << Kind::SimFault << sim::Fault::CloseMidReply << Outcome::ConnectionLost << 1
            << QString();
        QTest::newRow("a reply that never ends times out")
            << Kind::SimFault << sim::Fault::NeverFinish << Outcome::Timeout << 1 << u"in time"_s;
        QTest::newRow("a server slower than the timeout times out")
            << Kind::SlowServer << sim::Fault::None << Outcome::Timeout << kEither << u"in time"_s;
        QTest::newRow("a refused connection changed nothing")
            << Kind::Refused << sim::Fault::None << Outcome::NetworkError << 0 << u"refused"_s;
        QTest::newRow("a name that does not resolve changed nothing")
            << Kind::Dns << sim::Fault::None << Outcome::NetworkError << 0 << u"not found"_s;
    }

    void eachFaultGivesTheRightOutcome()
    {
        QFETCH(Kind, kind);
        QFETCH(sim::Fault, fault);
        QFETCH(Outcome, outcome);
        QFETCH(int, created);
        QFETCH(QString, messageSays);

        ConnectionConfig config = makeConfig(m_env.sim->apiUrl());
        config.timeoutMs = 1500;
        QTcpServer probe;
        switch (kind) {
        case Kind::SimFault:
            m_env.sim->injectFault(fault);
            break;
        case Kind::SlowServer:
            m_env.sim->setLatencyMs(3000);
            break;
        case Kind::Refused: {
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            config.apiUrl =
                QUrl(u"http://127.0.0.1:%1/vicidial/non_agent_api.php"_s.arg(probe.serverPort()));
            probe.close();
            break;
        }
        case Kind::Dns:
            config.apiUrl = QUrl(u"http://viciprov-test.invalid/vicidial/non_agent_api.php"_s);
            config.timeoutMs = 15000;
            break;
        }
        m_env.service->setConnection(config);
        const PhoneRecord phone = makePhone(u"8101"_s);
        QVERIFY(m_env.service->submit(phone) > 0);
        waitIdle();
        QCOMPARE(m_env.results.size(), 1);
        const JobResult first = m_env.results.first();
        QCOMPARE(first.outcome, outcome);
        // "Unknown" exactly where the request may have reached the server.
        QCOMPARE(isUnknown(first.outcome), kind == Kind::SimFault || kind == Kind::SlowServer);
        QVERIFY2(first.message.contains(messageSays, Qt::CaseInsensitive),
                 qPrintable(first.message));
        QVERIFY(!first.message.contains("Secret123"_L1));
        QVERIFY(!m_env.service->isStopped()); // a server fault is no reason to stop everything
        QVERIFY(!m_env.service->loginConfirmed());
        if (created != kEither)
            QCOMPARE(storedWithExtension(u"8101"_s), created);
        verifyHistoryAgrees();

        if (kind == Kind::Refused || kind == Kind::Dns)
            return;
        if (kind == Kind::SlowServer) {
            // Let the server finish what it was doing before asking again.
            QTRY_COMPARE_WITH_TIMEOUT(m_env.sim->stats().inFlight, 0, 10000);
            m_env.sim->setLatencyMs(0);
        }
        const bool existed = storedWithExtension(u"8101"_s) == 1;
        JobOptions options;
        options.resolvingUnknown = true;
        config.timeoutMs = 10000;
        m_env.service->setConnection(config);
        QVERIFY(m_env.service->submit(phone, {}, options) > 0);
        waitIdle();
        QCOMPARE(m_env.results.size(), 2);
        QCOMPARE(m_env.results[1].outcome, Outcome::Added);
        QCOMPARE(m_env.results[1].verify, existed);
        QCOMPARE(storedWithExtension(u"8101"_s), 1);
        QCOMPARE(m_env.sim->stats().phonesInserted, 1);
        verifyHistoryAgrees();
        HistoryFilter unresolved;
        unresolved.onlyUnresolvedUnknown = true;
        QCOMPARE(m_env.history->count(unresolved), 0);
    }

    void loginExistsOnAnUnknownRowIsReportedNotRetried()
    {
        m_env.service->setConnection(makeConfig(m_env.sim->apiUrl()));
        // 8201's first attempt ends unknown (nothing was stored) ...
        m_env.sim->injectFault(sim::Fault::ServerError500);
        QVERIFY(m_env.service->submit(makePhone(u"8201"_s, u"agent82"_s)) > 0);
        waitIdle();
        QCOMPARE(m_env.results.last().outcome, Outcome::ServerError);
        // ... and meanwhile another phone took its login.
        QVERIFY(m_env.service->submit(makePhone(u"8202"_s, u"agent82"_s)) > 0);
        waitIdle();
        QCOMPARE(m_env.results.last().outcome, Outcome::Added);

        const int before = m_env.sim->stats().perFunction.value(u"add_phone"_s);
        JobOptions options;
        options.resolvingUnknown = true;
        QVERIFY(m_env.service->submit(makePhone(u"8201"_s, u"agent82"_s), {}, options) > 0);
        waitIdle();
        const JobResult resent = m_env.results.last();
        QCOMPARE(resent.outcome, Outcome::LoginExists);
        QVERIFY(!isSuccess(resent.outcome));
        QVERIFY(!resent.verify);
        QVERIFY2(resent.message.contains("Not retried"_L1), qPrintable(resent.message));
        // Exactly one request, and nothing more follows by itself.
        QTest::qWait(300);
        QCOMPARE(m_env.sim->stats().perFunction.value(u"add_phone"_s), before + 1);
        QCOMPARE(m_env.sim->phones().size(), 1);
        verifyHistoryAgrees();
    }

    void faultyBatchResolvesToEveryPhoneExactlyOnce()
    {
        // 60 phones at concurrency 8 through a server that fails a third of
        // the requests after doing them, and more before; every unknown row is
        // resent in resolving mode until nothing is unknown.
        m_env.sim->setRandomSeed(7);
        m_env.sim->setLatencyMs(20);
        m_env.sim->setFaultRate(sim::Fault::ServerError500AfterInsert, 0.2);
        m_env.sim->setFaultRate(sim::Fault::CloseMidReply, 0.1);
        m_env.sim->setFaultRate(sim::Fault::ServerError500, 0.1);
        m_env.sim->setFaultRate(sim::Fault::Garbage200, 0.05);
        ConnectionConfig config = makeConfig(m_env.sim->apiUrl());
        config.concurrency = 8;
        m_env.service->setConnection(config);
        QList<PhoneRecord> phones;
        for (int i = 0; i < 60; ++i)
            phones << makePhone(QString::number(8300 + i));
        QHash<QString, PhoneRecord> byExtension;
        for (const auto &phone : phones)
            byExtension.insert(phone.extension(), phone);

        QList<PhoneRecord> toSend = phones;
        JobOptions options;
        int rounds = 0;
        int verified = 0;
        for (; !toSend.isEmpty() && rounds < 12; ++rounds) {
            m_env.results.clear();
            m_env.service->submitBatch(toSend, ProvisioningService::newBatchId(), options);
            waitIdle(60000);
            QCOMPARE(m_env.results.size(), toSend.size());
            toSend.clear();
            for (const JobResult &result : m_env.results) {
                QVERIFY2(isSuccess(result.outcome) || isUnknown(result.outcome),
                         qPrintable(result.message));
                verified += result.verify;
                if (isUnknown(result.outcome))
                    toSend << byExtension.value(result.phone.extension());
            }
            options.resolvingUnknown = true;
            verifyHistoryAgrees();
        }
        QVERIFY2(toSend.isEmpty(), "unknown outcomes left after 12 rounds");
        QVERIFY(rounds > 1);   // the faults really happened
        QVERIFY(verified > 0); // and some phones were found created by a lost request
        const QJsonArray stored = m_env.sim->phones();
        QCOMPARE(stored.size(), 60);
        QSet<QString> extensions, logins;
        for (const auto &value : stored) {
            extensions.insert(value.toObject().value(u"extension"_s).toString());
            logins.insert(value.toObject().value(u"login"_s).toString());
        }
        QCOMPARE(extensions.size(), 60);
        QCOMPARE(logins.size(), 60);
        QVERIFY(m_env.sim->stats().maxConcurrentSameExtension <= 1);
        QVERIFY(m_env.sim->stats().maxConcurrentSameLogin <= 1);
        HistoryFilter unresolved;
        unresolved.onlyUnresolvedUnknown = true;
        QCOMPARE(m_env.history->count(unresolved), 0);
        QCOMPARE(m_env.history->addedExtensionKeys(VicidialSystem::fromApiUrl(m_env.sim->apiUrl()))
                     .size(),
                 60);
    }

    void cancelAndDestroyMidFlightDoNotCrash()
    {
        // Tear the service down with requests in flight and faults pending.
        // The system's build is read first: the faults below could hang that
        // version request until its time limit, before any phone is sent.
        const ConnectionConfig config = makeConfig(m_env.sim->apiUrl());
        m_env.service->setConnection(config);
        m_env.service->builds().ensureRead(config);
        QTRY_VERIFY(
            m_env.service->builds().info(VicidialSystem::keyFor(config.apiUrl)).isSettled());
        m_env.sim->setLatencyMs(300);
        m_env.sim->setFaultRate(sim::Fault::NeverFinish, 0.5);
        QList<PhoneRecord> phones;
        for (int i = 0; i < 20; ++i)
            phones << makePhone(QString::number(8400 + i));
        m_env.service->submitBatch(phones, u"b1"_s);
        QTRY_VERIFY(m_env.service->inFlightCount() > 0);
        m_env.service->cancelAll(true);
        waitIdle();
        for (const JobResult &result : m_env.results)
            QVERIFY(result.outcome == Outcome::Cancelled || result.outcome == Outcome::Aborted ||
                    isSuccess(result.outcome));
        verifyHistoryAgrees();
        m_env.service->submitBatch(phones, u"b2"_s);
        QTRY_VERIFY(m_env.service->inFlightCount() > 0);
        m_env.service.reset(); // destroyed mid-flight: must not crash or write after free
        QTest::qWait(100);
    }
};

QTEST_GUILESS_MAIN(TestServiceFaults)
#include "TestServiceFaults.moc"
