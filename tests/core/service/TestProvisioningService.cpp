// The provisioning service against the project's simulator, in-process on a
// free loopback port: batches, in-flight guards, stop on login errors,
// timeouts, cancel, deactivation, and write-ahead history.
#include "history/HistoryStore.h"
#include "rules/PhoneRules.h"
#include "service/ProvisioningService.h"
#include "ServiceFixture.h"
#include "Simulator.h"
#include "TestPhones.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;
using vp::test::makePhone;

class TestProvisioningService : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_env;

    ConnectionConfig config(const QString &password = u"Secret123"_s)
    {
        return test::makeConfig(m_env.sim->apiUrl(), password);
    }

    void waitIdle(int timeoutMs = 30000)
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_env.service->isIdle(), timeoutMs);
    }

    int storedWithLogin(const QString &login)
    {
        int n = 0;
        for (const auto &value : m_env.sim->phones())
            n += value.toObject().value(u"login"_s).toString() == login;
        return n;
    }

private slots:
    void init()
    {
        const QString error = m_env.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup() { m_env.stop(); }

    void addsOnePhone()
    {
        m_env.service->setConnection(config());
        const qint64 id = m_env.service->submit(makePhone(u"8001"_s));
        QVERIFY(id > 0);
        waitIdle();
        QCOMPARE(m_env.results.size(), 1);
        QCOMPARE(m_env.results[0].outcome, Outcome::Added);
        QCOMPARE(m_env.results[0].jobId, id);
        QCOMPARE(m_env.results[0].httpStatus, 200);
        QCOMPARE(m_env.sim->phones().size(), 1);
        const QJsonObject stored = m_env.sim->phones().at(0).toObject();
        QCOMPARE(stored.value(u"extension"_s).toString(), u"8001"_s);
        QCOMPARE(stored.value(u"pass"_s).toString(), u"pw8001"_s);
        QCOMPARE(stored.value(u"conf_secret"_s).toString(), u"rg8001"_s);
        // The result and the history never carry the passwords.
        QVERIFY(m_env.results[0].phone.value(PhoneField::PhonePass).isEmpty());
        QVERIFY(!m_env.results[0].redactedRequest.contains("Secret123"_L1));
        QVERIFY(!m_env.results[0].redactedRequest.contains("pw8001"_L1));
        const auto attempt = m_env.history->attempt(m_env.results[0].historyId);
        QVERIFY(attempt.has_value());
        QVERIFY(attempt->finished);
        QCOMPARE(attempt->outcome, Outcome::Added);
        QVERIFY(attempt->phone.value(PhoneField::PhonePass).isEmpty());
    }

    void batchWithDuplicateLoginsNeverOverlaps()
    {
        // 100 phones, concurrency 4, latency so that requests overlap; every
        // tenth shares its login with the one before. The simulator inserts a
        // duplicate login when two such requests overlap, so only the guard
        // keeps the logins unique.
        m_env.sim->setLatencyMs(30);
        m_env.service->setConnection(config());
        QList<PhoneRecord> phones;
        for (int i = 0; i < 100; ++i) {
            const QString extension = QString::number(7000 + i);
            const QString login = (i % 10 == 9) ? QString::number(7000 + i - 1) : extension;
            phones << makePhone(extension, login);
        }
        QSignalSpy stopped(m_env.service.get(), &ProvisioningService::sendingStopped);
        const auto ids = m_env.service->submitBatch(phones, u"batch-1"_s);
        QCOMPARE(ids.size(), 100);
        QVERIFY(!ids.contains(0));
        waitIdle(60000);
        QCOMPARE(m_env.results.size(), 100);
        QCOMPARE(stopped.count(), 0);
        int added = 0, loginExists = 0;
        for (const auto &r : m_env.results) {
            added += r.outcome == Outcome::Added;
            loginExists += r.outcome == Outcome::LoginExists;
            QCOMPARE(r.batchId, u"batch-1"_s);
        }
        QCOMPARE(added, 90);
        QCOMPARE(loginExists, 10);
        const sim::SimStats stats = m_env.sim->stats();
        QCOMPARE(stats.maxConcurrentSameLogin, 1);
        QCOMPARE(stats.maxConcurrentSameExtension, 1);
        QVERIFY2(stats.maxConcurrent >= 2, "the batch did not run concurrently");
        QVERIFY(stats.maxConcurrent <= 4);
        QCOMPARE(m_env.sim->phones().size(), 90);
        QCOMPARE(storedWithLogin(u"7008"_s), 1);
    }

    // A batch queued for one VICIdial system goes there even when the
    // connection is switched to another system before it is sent; the same
    // extensions then go to the other system too, each system's guard on its
    // own, and the attempts name their own system.
    void queuedJobsStayOnTheirSystem()
    {
        sim::Simulator other;
        QVERIFY(other.listen(0));
        m_env.sim->setLatencyMs(40);
        other.setLatencyMs(40);
        m_env.service->setConnection(config());
        QList<PhoneRecord> phones;
        for (int i = 0; i < 12; ++i)
            phones << makePhone(QString::number(7300 + i));
        m_env.service->submitBatch(phones, u"batch-a"_s);
        ConnectionConfig toOther = config();
        toOther.apiUrl = other.apiUrl();
        toOther.systemName = u"Staging"_s;
        m_env.service->setConnection(toOther); // before the event loop sent anything
        m_env.service->submitBatch(phones, u"batch-b"_s);
        waitIdle(60000);
        QCOMPARE(m_env.results.size(), 24);
        for (const auto &r : m_env.results)
            QVERIFY2(r.outcome == Outcome::Added, qPrintable(r.message));
        QCOMPARE(m_env.sim->phones().size(), 12);
        QCOMPARE(other.phones().size(), 12);
        QCOMPARE(m_env.sim->stats().maxConcurrentSameExtension, 1);
        QCOMPARE(other.stats().maxConcurrentSameExtension, 1);
        const auto a = VicidialSystem::fromApiUrl(m_env.sim->apiUrl());
        const auto b = VicidialSystem::fromApiUrl(other.apiUrl());
        QCOMPARE(m_env.history->addedExtensionKeys(a).size(), 12);
        QCOMPARE(m_env.history->addedExtensionKeys(b).size(), 12);
        HistoryFilter onB;
        onB.systemKey = b.key;
        for (const auto &attempt : m_env.history->query(onB, 0, 100)) {
            QCOMPARE(attempt.batchId, u"batch-b"_s);
            QCOMPARE(attempt.systemName, u"Staging"_s);
        }
        QCOMPARE(m_env.history->count(onB), 12);
    }

    // A login proven on one system says nothing about another: the first
    // request there goes alone, so a wrong password there costs one login.
    void loginProvenOnOneSystemIsNotTrustedOnAnother()
    {
        m_env.service->setConnection(config());
        m_env.service->submit(makePhone(u"7400"_s));
        waitIdle();
        QVERIFY(m_env.service->loginConfirmed());
        sim::Simulator other;
        QVERIFY(other.listen(0));
        ConnectionConfig toOther = config(u"WrongPass1"_s);
        toOther.apiUrl = other.apiUrl();
        m_env.service->setConnection(toOther);
        QVERIFY(!m_env.service->loginConfirmed());
        QList<PhoneRecord> phones;
        for (int i = 0; i < 20; ++i)
            phones << makePhone(QString::number(7410 + i));
        QSignalSpy stopped(m_env.service.get(), &ProvisioningService::sendingStopped);
        m_env.service->submitBatch(phones, u"batch-wrong"_s);
        waitIdle();
        QCOMPARE(stopped.count(), 1);
        // One login, after the one version request that reads the other system's build.
        QCOMPARE(other.stats().perFunction.value(u"add_phone"_s), 1);
        QCOMPARE(other.stats().perFunction.value(u"version"_s), 1);
        QCOMPARE(other.stats().totalRequests, 2);
    }

    void wrongPasswordSendsExactlyOneRequest()
    {
        m_env.service->setConnection(config(u"WrongPass1"_s));
        QList<PhoneRecord> phones;
        for (int i = 0; i < 50; ++i)
            phones << makePhone(QString::number(6000 + i));
        QSignalSpy stopped(m_env.service.get(), &ProvisioningService::sendingStopped);
        m_env.service->submitBatch(phones, u"b"_s);
        waitIdle();
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(stopped.at(0).at(0).value<Outcome>(), Outcome::LoginFailed);
        QCOMPARE(m_env.sim->stats().perFunction.value(u"add_phone"_s), 1);
        QCOMPARE(m_env.results.size(), 50);
        int failed = 0, cancelled = 0;
        for (const auto &r : m_env.results) {
            failed += r.outcome == Outcome::LoginFailed;
            cancelled += r.outcome == Outcome::Cancelled;
            QVERIFY2(!r.redactedReply.contains("WrongPass1"_L1), qPrintable(r.redactedReply));
            QVERIFY(!r.message.contains("WrongPass1"_L1));
        }
        QCOMPARE(failed, 1);
        QCOMPARE(cancelled, 49);
        // A new submission with the same credentials is refused, not sent.
        QCOMPARE(m_env.service->submit(makePhone(u"6100"_s)), qint64(0));
        QCOMPARE(m_env.sim->stats().perFunction.value(u"add_phone"_s), 1);
        // Fixed credentials open the way again.
        m_env.service->setConnection(config());
        QVERIFY(m_env.service->submit(makePhone(u"6100"_s)) > 0);
        waitIdle();
        QCOMPARE(m_env.results.last().outcome, Outcome::Added);
    }

    void noPermissionStopsTheBatch()
    {
        sim::SimConfig simConfig = sim::SimConfig::defaults();
        auto parsed = sim::SimConfig::fromJson(
            R"({"users":[{"user":"lowuser","pass":"Low12345","user_level":7,"api_access":true,
                "ast_admin_access":true,"active":true,"allowed_functions":"ALL_FUNCTIONS"}],
                "servers":["10.10.10.15"],"templates":[],"non_latin":false})",
            nullptr);
        QVERIFY(parsed.has_value());
        m_env.sim = std::make_unique<sim::Simulator>(*parsed);
        QVERIFY(m_env.sim->listen(0));
        ConnectionConfig c = config(u"Low12345"_s);
        c.credentials.user = u"lowuser"_s;
        m_env.service->setConnection(c);
        QSignalSpy stopped(m_env.service.get(), &ProvisioningService::sendingStopped);
        m_env.service->submitBatch({makePhone(u"5001"_s), makePhone(u"5002"_s)}, u"b"_s);
        waitIdle();
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(stopped.at(0).at(0).value<Outcome>(), Outcome::NoPermission);
        QCOMPARE(m_env.sim->stats().perFunction.value(u"add_phone"_s), 1);
    }

    void timeoutLeavesTheOutcomeUnknown()
    {
        m_env.sim->setLatencyMs(3000);
        ConnectionConfig c = config();
        c.timeoutMs = 1000; // the service's floor
        m_env.service->setConnection(c);
        m_env.service->submit(makePhone(u"8101"_s));
        waitIdle(10000);
        QCOMPARE(m_env.results.size(), 1);
        QCOMPARE(m_env.results[0].outcome, Outcome::Timeout);
        QVERIFY(isUnknown(m_env.results[0].outcome));
        const auto attempt = m_env.history->attempt(m_env.results[0].historyId);
        QVERIFY(attempt && attempt->finished);
        QCOMPARE(attempt->outcome, Outcome::Timeout);
    }

    void resendAfterUnknownCountsExistingAsAdded()
    {
        // The first request is created on the server but its answer is lost.
        m_env.sim->setLatencyMs(1500);
        ConnectionConfig c = config();
        c.timeoutMs = 1000;
        m_env.service->setConnection(c);
        m_env.service->submit(makePhone(u"8201"_s));
        waitIdle(10000);
        QCOMPARE(m_env.results.last().outcome, Outcome::Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_env.sim->phones().size(), 1, 5000);
        m_env.sim->setLatencyMs(0);
        JobOptions resolve;
        resolve.resolvingUnknown = true;
        m_env.service->submit(makePhone(u"8201"_s), {}, resolve);
        waitIdle();
        QCOMPARE(m_env.results.last().outcome, Outcome::Added);
        QVERIFY(m_env.results.last().verify);
        QCOMPARE(m_env.sim->phones().size(), 1);
    }

    void cancelDropsQueuedAndAbortsInFlight()
    {
        m_env.sim->setLatencyMs(500);
        ConnectionConfig c = config();
        c.concurrency = 1;
        m_env.service->setConnection(c);
        QList<PhoneRecord> phones;
        for (int i = 0; i < 5; ++i)
            phones << makePhone(QString::number(8300 + i));
        const auto ids = m_env.service->submitBatch(phones, u"b"_s);
        QTRY_COMPARE(m_env.service->inFlightCount(), 1);
        m_env.service->cancelAll();
        waitIdle();
        QCOMPARE(m_env.results.size(), 5);
        int aborted = 0, cancelled = 0;
        for (const auto &r : m_env.results) {
            aborted += r.outcome == Outcome::Aborted;
            cancelled += r.outcome == Outcome::Cancelled;
        }
        QCOMPARE(aborted, 1);
        QCOMPARE(cancelled, 4);
    }

    void inactivePhoneIsSwitchedOff()
    {
        m_env.service->setConnection(config());
        PhoneRecord phone = makePhone(u"8401"_s);
        phone.setActive(false);
        m_env.service->submit(phone);
        waitIdle();
        QCOMPARE(m_env.results.size(), 1);
        QCOMPARE(m_env.results[0].outcome, Outcome::Added);
        QVERIFY(!m_env.results[0].deactivationFailed);
        QCOMPARE(m_env.sim->phones().size(), 1);
        QCOMPARE(m_env.sim->phones().at(0).toObject().value(u"active"_s).toString(), u"N"_s);
        QCOMPARE(m_env.sim->stats().perFunction.value(u"update_phone"_s), 1);
    }

    void historyIsWrittenBeforeSending()
    {
        m_env.sim->setLatencyMs(400);
        m_env.service->setConnection(config());
        m_env.service->submit(makePhone(u"8501"_s));
        QTRY_COMPARE(m_env.service->inFlightCount(), 1);
        // In flight: the row already exists, unfinished.
        HistoryFilter all;
        const auto rows = m_env.history->query(all, 0, 10);
        QCOMPARE(rows.size(), 1);
        QVERIFY(!rows[0].finished);
        QCOMPARE(rows[0].phone.extension(), u"8501"_s);
        waitIdle();
        QVERIFY(m_env.history->attempt(rows[0].id)->finished);
    }

    void nonLatinServerKeepsAccentedNames()
    {
        auto parsed = sim::SimConfig::fromJson(
            R"({"users":[{"user":"apiadmin","pass":"Secret123","user_level":9,"api_access":true,
                "ast_admin_access":true,"active":true,"allowed_functions":"ALL_FUNCTIONS"}],
                "servers":["10.10.10.15"],"templates":[],"non_latin":true})",
            nullptr);
        QVERIFY(parsed.has_value());
        m_env.sim = std::make_unique<sim::Simulator>(*parsed);
        QVERIFY(m_env.sim->listen(0));
        PhoneRecord phone = makePhone(u"8701"_s);
        phone.setValue(PhoneField::PhoneFullName, u"José Müller"_s);
        ConnectionConfig latin = config();
        m_env.service->setConnection(latin);
        // A latin server would drop a Greek letter: refused before sending.
        PhoneRecord greek = makePhone(u"8700"_s);
        greek.setValue(PhoneField::PhoneFullName, u"Agent Ω"_s);
        QCOMPARE(m_env.service->submit(greek), qint64(0));
        QCOMPARE(m_env.sim->stats().totalRequests, 0);
        // Accents it would drop too ("Jos Mller"): they are written away instead.
        PhoneRecord folded = makePhone(u"8702"_s);
        folded.setValue(PhoneField::PhoneFullName, u"José Müller"_s);
        QVERIFY(m_env.service->submit(folded) > 0);
        waitIdle();
        QCOMPARE(m_env.results.last().outcome, Outcome::Added);
        ConnectionConfig nonLatin = config();
        nonLatin.ruleOptions.nonLatin = true;
        m_env.service->setConnection(nonLatin);
        QVERIFY(m_env.service->submit(phone) > 0);
        waitIdle();
        QCOMPARE(m_env.results.last().outcome, Outcome::Added);
        QHash<QString, QString> names;
        for (const QJsonValue &stored : m_env.sim->phones())
            names.insert(stored[u"extension"_s].toString(), stored[u"fullname"_s].toString());
        QCOMPARE(names.value(u"8702"_s), u"Jose Muller"_s);
        QCOMPARE(names.value(u"8701"_s), u"José Müller"_s);
    }

    void invalidPhoneIsRefused()
    {
        m_env.service->setConnection(config());
        PhoneRecord phone = makePhone(u"8601"_s);
        phone.setValue(PhoneField::PhoneLogin, u"a-login-that-is-far-too-long"_s);
        QCOMPARE(m_env.service->submit(phone), qint64(0));
        QVERIFY(!m_env.service->lastError().isEmpty());
        QCOMPARE(m_env.sim->stats().totalRequests, 0);
    }
};

QTEST_GUILESS_MAIN(TestProvisioningService)
#include "TestProvisioningService.moc"
