// The provisioning service against the project's simulator, in-process on a
// free loopback port: batches, in-flight guards, stop on login errors,
// timeouts, cancel, deactivation, and write-ahead history.
#include "history/HistoryStore.h"
#include "rules/PhoneRules.h"
#include "service/ProvisioningService.h"
#include "Simulator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace vp;

namespace {
PhoneRecord makePhone(const QString &extension, const QString &login = {})
{
    PhoneRecord phone;
    phone.setValue(PhoneField::Extension, extension);
    phone.setValue(PhoneField::DialplanNumber, extension);
    phone.setValue(PhoneField::VoicemailId, extension);
    phone.setValue(PhoneField::PhoneLogin, login.isEmpty() ? extension : login);
    phone.setValue(PhoneField::PhonePass, QStringLiteral("pw") + extension);
    phone.setValue(PhoneField::ServerIp, QStringLiteral("10.10.10.15"));
    phone.setValue(PhoneField::Protocol, QStringLiteral("SIP"));
    phone.setValue(PhoneField::RegistrationPassword, QStringLiteral("rg") + extension);
    phone.setValue(PhoneField::PhoneFullName, QStringLiteral("Agent ") + extension);
    phone.setValue(PhoneField::LocalGmt, QStringLiteral("-5.00"));
    phone.setValue(PhoneField::OutboundCid, QStringLiteral("3125551212"));
    return phone;
}
} // namespace

class TestProvisioningService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<ProvisioningService> m_service;
    QList<JobResult> m_results;

    ConnectionConfig config(const QString &password = QStringLiteral("Secret123"))
    {
        ConnectionConfig c;
        c.apiUrl = m_sim->apiUrl();
        c.credentials.user = QStringLiteral("apiadmin");
        c.credentials.password = password;
        c.credentials.source = QStringLiteral("test");
        c.concurrency = 4;
        c.timeoutMs = 10000;
        return c;
    }

    void waitIdle(int timeoutMs = 30000)
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_service->isIdle(), timeoutMs);
    }

    int storedWithLogin(const QString &login)
    {
        int n = 0;
        for (const auto &value : m_sim->phones())
            n += value.toObject().value(QStringLiteral("login")).toString() == login;
        return n;
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<sim::Simulator>();
        QVERIFY(m_sim->listen(0));
        m_history = std::make_unique<HistoryStore>();
        QString error;
        QVERIFY2(m_history->openInMemory(&error), qPrintable(error));
        m_service = std::make_unique<ProvisioningService>(m_history.get());
        m_results.clear();
        connect(m_service.get(), &ProvisioningService::jobFinished, this,
                [this](const JobResult &r) { m_results << r; });
    }

    void cleanup()
    {
        m_service.reset();
        m_history.reset();
        m_sim.reset();
    }

    void addsOnePhone()
    {
        m_service->setConnection(config());
        const qint64 id = m_service->submit(makePhone(QStringLiteral("8001")));
        QVERIFY(id > 0);
        waitIdle();
        QCOMPARE(m_results.size(), 1);
        QCOMPARE(m_results[0].outcome, Outcome::Added);
        QCOMPARE(m_results[0].jobId, id);
        QCOMPARE(m_results[0].httpStatus, 200);
        QCOMPARE(m_sim->phones().size(), 1);
        const QJsonObject stored = m_sim->phones().at(0).toObject();
        QCOMPARE(stored.value(QStringLiteral("extension")).toString(), QStringLiteral("8001"));
        QCOMPARE(stored.value(QStringLiteral("pass")).toString(), QStringLiteral("pw8001"));
        QCOMPARE(stored.value(QStringLiteral("conf_secret")).toString(), QStringLiteral("rg8001"));
        // The result and the history never carry the passwords.
        QVERIFY(m_results[0].phone.value(PhoneField::PhonePass).isEmpty());
        QVERIFY(!m_results[0].redactedRequest.contains(QLatin1String("Secret123")));
        QVERIFY(!m_results[0].redactedRequest.contains(QLatin1String("pw8001")));
        const auto attempt = m_history->attempt(m_results[0].historyId);
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
        m_sim->setLatencyMs(30);
        m_service->setConnection(config());
        QList<PhoneRecord> phones;
        for (int i = 0; i < 100; ++i) {
            const QString extension = QString::number(7000 + i);
            const QString login = (i % 10 == 9) ? QString::number(7000 + i - 1) : extension;
            phones << makePhone(extension, login);
        }
        QSignalSpy stopped(m_service.get(), &ProvisioningService::sendingStopped);
        const auto ids = m_service->submitBatch(phones, QStringLiteral("batch-1"));
        QCOMPARE(ids.size(), 100);
        QVERIFY(!ids.contains(0));
        waitIdle(60000);
        QCOMPARE(m_results.size(), 100);
        QCOMPARE(stopped.count(), 0);
        int added = 0, loginExists = 0;
        for (const auto &r : m_results) {
            added += r.outcome == Outcome::Added;
            loginExists += r.outcome == Outcome::LoginExists;
            QCOMPARE(r.batchId, QStringLiteral("batch-1"));
        }
        QCOMPARE(added, 90);
        QCOMPARE(loginExists, 10);
        const sim::SimStats stats = m_sim->stats();
        QCOMPARE(stats.maxConcurrentSameLogin, 1);
        QCOMPARE(stats.maxConcurrentSameExtension, 1);
        QVERIFY2(stats.maxConcurrent >= 2, "the batch did not run concurrently");
        QVERIFY(stats.maxConcurrent <= 4);
        QCOMPARE(m_sim->phones().size(), 90);
        QCOMPARE(storedWithLogin(QStringLiteral("7008")), 1);
    }

    // A batch queued for one VICIdial system goes there even when the
    // connection is switched to another system before it is sent; the same
    // extensions then go to the other system too, each system's guard on its
    // own, and the attempts name their own system.
    void queuedJobsStayOnTheirSystem()
    {
        sim::Simulator other;
        QVERIFY(other.listen(0));
        m_sim->setLatencyMs(40);
        other.setLatencyMs(40);
        m_service->setConnection(config());
        QList<PhoneRecord> phones;
        for (int i = 0; i < 12; ++i)
            phones << makePhone(QString::number(7300 + i));
        m_service->submitBatch(phones, QStringLiteral("batch-a"));
        ConnectionConfig toOther = config();
        toOther.apiUrl = other.apiUrl();
        toOther.systemName = QStringLiteral("Staging");
        m_service->setConnection(toOther); // before the event loop sent anything
        m_service->submitBatch(phones, QStringLiteral("batch-b"));
        waitIdle(60000);
        QCOMPARE(m_results.size(), 24);
        for (const auto &r : m_results)
            QVERIFY2(r.outcome == Outcome::Added, qPrintable(r.message));
        QCOMPARE(m_sim->phones().size(), 12);
        QCOMPARE(other.phones().size(), 12);
        QCOMPARE(m_sim->stats().maxConcurrentSameExtension, 1);
        QCOMPARE(other.stats().maxConcurrentSameExtension, 1);
        const auto a = VicidialSystem::fromApiUrl(m_sim->apiUrl());
        const auto b = VicidialSystem::fromApiUrl(other.apiUrl());
        QCOMPARE(m_history->addedExtensionKeys(a).size(), 12);
        QCOMPARE(m_history->addedExtensionKeys(b).size(), 12);
        HistoryFilter onB;
        onB.systemKey = b.key;
        for (const auto &attempt : m_history->query(onB, 0, 100)) {
            QCOMPARE(attempt.batchId, QStringLiteral("batch-b"));
            QCOMPARE(attempt.systemName, QStringLiteral("Staging"));
        }
        QCOMPARE(m_history->count(onB), 12);
    }

    // A login proven on one system says nothing about another: the first
    // request there goes alone, so a wrong password there costs one login.
    void loginProvenOnOneSystemIsNotTrustedOnAnother()
    {
        m_service->setConnection(config());
        m_service->submit(makePhone(QStringLiteral("7400")));
        waitIdle();
        QVERIFY(m_service->loginConfirmed());
        sim::Simulator other;
        QVERIFY(other.listen(0));
        ConnectionConfig toOther = config(QStringLiteral("WrongPass1"));
        toOther.apiUrl = other.apiUrl();
        m_service->setConnection(toOther);
        QVERIFY(!m_service->loginConfirmed());
        QList<PhoneRecord> phones;
        for (int i = 0; i < 20; ++i)
            phones << makePhone(QString::number(7410 + i));
        QSignalSpy stopped(m_service.get(), &ProvisioningService::sendingStopped);
        m_service->submitBatch(phones, QStringLiteral("batch-wrong"));
        waitIdle();
        QCOMPARE(stopped.count(), 1);
        // One login, after the one version request that reads the other system's build.
        QCOMPARE(other.stats().perFunction.value(QStringLiteral("add_phone")), 1);
        QCOMPARE(other.stats().perFunction.value(QStringLiteral("version")), 1);
        QCOMPARE(other.stats().totalRequests, 2);
    }

    void wrongPasswordSendsExactlyOneRequest()
    {
        m_service->setConnection(config(QStringLiteral("WrongPass1")));
        QList<PhoneRecord> phones;
        for (int i = 0; i < 50; ++i)
            phones << makePhone(QString::number(6000 + i));
        QSignalSpy stopped(m_service.get(), &ProvisioningService::sendingStopped);
        m_service->submitBatch(phones, QStringLiteral("b"));
        waitIdle();
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(stopped.at(0).at(0).value<Outcome>(), Outcome::LoginFailed);
        QCOMPARE(m_sim->stats().perFunction.value(QStringLiteral("add_phone")), 1);
        QCOMPARE(m_results.size(), 50);
        int failed = 0, cancelled = 0;
        for (const auto &r : m_results) {
            failed += r.outcome == Outcome::LoginFailed;
            cancelled += r.outcome == Outcome::Cancelled;
            QVERIFY2(!r.redactedReply.contains(QLatin1String("WrongPass1")),
                     qPrintable(r.redactedReply));
            QVERIFY(!r.message.contains(QLatin1String("WrongPass1")));
        }
        QCOMPARE(failed, 1);
        QCOMPARE(cancelled, 49);
        // A new submission with the same credentials is refused, not sent.
        QCOMPARE(m_service->submit(makePhone(QStringLiteral("6100"))), qint64(0));
        QCOMPARE(m_sim->stats().perFunction.value(QStringLiteral("add_phone")), 1);
        // Fixed credentials open the way again.
        m_service->setConnection(config());
        QVERIFY(m_service->submit(makePhone(QStringLiteral("6100"))) > 0);
        waitIdle();
        QCOMPARE(m_results.last().outcome, Outcome::Added);
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
        m_sim = std::make_unique<sim::Simulator>(*parsed);
        QVERIFY(m_sim->listen(0));
        ConnectionConfig c = config(QStringLiteral("Low12345"));
        c.credentials.user = QStringLiteral("lowuser");
        m_service->setConnection(c);
        QSignalSpy stopped(m_service.get(), &ProvisioningService::sendingStopped);
        m_service->submitBatch(
            {makePhone(QStringLiteral("5001")), makePhone(QStringLiteral("5002"))},
            QStringLiteral("b"));
        waitIdle();
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(stopped.at(0).at(0).value<Outcome>(), Outcome::NoPermission);
        QCOMPARE(m_sim->stats().perFunction.value(QStringLiteral("add_phone")), 1);
    }

    void timeoutLeavesTheOutcomeUnknown()
    {
        m_sim->setLatencyMs(3000);
        ConnectionConfig c = config();
        c.timeoutMs = 1000; // the service's floor
        m_service->setConnection(c);
        m_service->submit(makePhone(QStringLiteral("8101")));
        waitIdle(10000);
        QCOMPARE(m_results.size(), 1);
        QCOMPARE(m_results[0].outcome, Outcome::Timeout);
        QVERIFY(isUnknown(m_results[0].outcome));
        const auto attempt = m_history->attempt(m_results[0].historyId);
        QVERIFY(attempt && attempt->finished);
        QCOMPARE(attempt->outcome, Outcome::Timeout);
    }

    void resendAfterUnknownCountsExistingAsAdded()
    {
        // The first request is created on the server but its answer is lost.
        m_sim->setLatencyMs(1500);
        ConnectionConfig c = config();
        c.timeoutMs = 1000;
        m_service->setConnection(c);
        m_service->submit(makePhone(QStringLiteral("8201")));
        waitIdle(10000);
        QCOMPARE(m_results.last().outcome, Outcome::Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->phones().size(), 1, 5000);
        m_sim->setLatencyMs(0);
        JobOptions resolve;
        resolve.resolvingUnknown = true;
        m_service->submit(makePhone(QStringLiteral("8201")), {}, resolve);
        waitIdle();
        QCOMPARE(m_results.last().outcome, Outcome::Added);
        QVERIFY(m_results.last().verify);
        QCOMPARE(m_sim->phones().size(), 1);
    }

    void cancelDropsQueuedAndAbortsInFlight()
    {
        m_sim->setLatencyMs(500);
        ConnectionConfig c = config();
        c.concurrency = 1;
        m_service->setConnection(c);
        QList<PhoneRecord> phones;
        for (int i = 0; i < 5; ++i)
            phones << makePhone(QString::number(8300 + i));
        const auto ids = m_service->submitBatch(phones, QStringLiteral("b"));
        QTRY_COMPARE(m_service->inFlightCount(), 1);
        m_service->cancelAll();
        waitIdle();
        QCOMPARE(m_results.size(), 5);
        int aborted = 0, cancelled = 0;
        for (const auto &r : m_results) {
            aborted += r.outcome == Outcome::Aborted;
            cancelled += r.outcome == Outcome::Cancelled;
        }
        QCOMPARE(aborted, 1);
        QCOMPARE(cancelled, 4);
    }

    void inactivePhoneIsSwitchedOff()
    {
        m_service->setConnection(config());
        PhoneRecord phone = makePhone(QStringLiteral("8401"));
        phone.setActive(false);
        m_service->submit(phone);
        waitIdle();
        QCOMPARE(m_results.size(), 1);
        QCOMPARE(m_results[0].outcome, Outcome::Added);
        QVERIFY(!m_results[0].deactivationFailed);
        QCOMPARE(m_sim->phones().size(), 1);
        QCOMPARE(m_sim->phones().at(0).toObject().value(QStringLiteral("active")).toString(),
                 QStringLiteral("N"));
        QCOMPARE(m_sim->stats().perFunction.value(QStringLiteral("update_phone")), 1);
    }

    void historyIsWrittenBeforeSending()
    {
        m_sim->setLatencyMs(400);
        m_service->setConnection(config());
        m_service->submit(makePhone(QStringLiteral("8501")));
        QTRY_COMPARE(m_service->inFlightCount(), 1);
        // In flight: the row already exists, unfinished.
        HistoryFilter all;
        const auto rows = m_history->query(all, 0, 10);
        QCOMPARE(rows.size(), 1);
        QVERIFY(!rows[0].finished);
        QCOMPARE(rows[0].phone.extension(), QStringLiteral("8501"));
        waitIdle();
        QVERIFY(m_history->attempt(rows[0].id)->finished);
    }

    void nonLatinServerKeepsAccentedNames()
    {
        auto parsed = sim::SimConfig::fromJson(
            R"({"users":[{"user":"apiadmin","pass":"Secret123","user_level":9,"api_access":true,
                "ast_admin_access":true,"active":true,"allowed_functions":"ALL_FUNCTIONS"}],
                "servers":["10.10.10.15"],"templates":[],"non_latin":true})",
            nullptr);
        QVERIFY(parsed.has_value());
        m_sim = std::make_unique<sim::Simulator>(*parsed);
        QVERIFY(m_sim->listen(0));
        PhoneRecord phone = makePhone(QStringLiteral("8701"));
        phone.setValue(PhoneField::PhoneFullName, QStringLiteral("José Müller"));
        ConnectionConfig latin = config();
        m_service->setConnection(latin);
        // A latin server would drop a Greek letter: refused before sending.
        PhoneRecord greek = makePhone(QStringLiteral("8700"));
        greek.setValue(PhoneField::PhoneFullName, QStringLiteral("Agent Ω"));
        QCOMPARE(m_service->submit(greek), qint64(0));
        QCOMPARE(m_sim->stats().totalRequests, 0);
        // Accents it would drop too ("Jos Mller"): they are written away instead.
        PhoneRecord folded = makePhone(QStringLiteral("8702"));
        folded.setValue(PhoneField::PhoneFullName, QStringLiteral("José Müller"));
        QVERIFY(m_service->submit(folded) > 0);
        waitIdle();
        QCOMPARE(m_results.last().outcome, Outcome::Added);
        ConnectionConfig nonLatin = config();
        nonLatin.ruleOptions.nonLatin = true;
        m_service->setConnection(nonLatin);
        QVERIFY(m_service->submit(phone) > 0);
        waitIdle();
        QCOMPARE(m_results.last().outcome, Outcome::Added);
        QHash<QString, QString> names;
        for (const QJsonValue &stored : m_sim->phones())
            names.insert(stored[QStringLiteral("extension")].toString(),
                         stored[QStringLiteral("fullname")].toString());
        QCOMPARE(names.value(QStringLiteral("8702")), QStringLiteral("Jose Muller"));
        QCOMPARE(names.value(QStringLiteral("8701")), QStringLiteral("José Müller"));
    }

    void invalidPhoneIsRefused()
    {
        m_service->setConnection(config());
        PhoneRecord phone = makePhone(QStringLiteral("8601"));
        phone.setValue(PhoneField::PhoneLogin, QStringLiteral("a-login-that-is-far-too-long"));
        QCOMPARE(m_service->submit(phone), qint64(0));
        QVERIFY(!m_service->lastError().isEmpty());
        QCOMPARE(m_sim->stats().totalRequests, 0);
    }
};

QTEST_GUILESS_MAIN(TestProvisioningService)
#include "TestProvisioningService.moc"
