// Operations other than a plain add through the provisioning service against
// the simulator (deactivate, delete, the API function in the history), and
// the in-flight guards per system while the connection changes under
// requests in flight.
#include "history/HistoryStore.h"
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

const QString kServer = QStringLiteral("10.10.10.15");
} // namespace

class TestServiceOperations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<ProvisioningService> m_service;
    QList<JobResult> m_results;

    ConnectionConfig config(const QUrl &apiUrl) const
    {
        ConnectionConfig c;
        c.apiUrl = apiUrl;
        c.credentials.user = QStringLiteral("apiadmin");
        c.credentials.password = QStringLiteral("Secret123");
        c.credentials.source = QStringLiteral("test");
        c.concurrency = 8;
        c.timeoutMs = 10000;
        return c;
    }

    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(m_service->isIdle(), 30000); }

    QString activeOf(const QString &extension) const
    {
        for (const QJsonValue &stored : m_sim->phones()) {
            if (stored[QStringLiteral("extension")].toString() == extension)
                return stored[QStringLiteral("active")].toString();
        }
        return {};
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

    // Deactivate, reactivate and delete go through the same queue, guards
    // and write-ahead history as an add; each attempt records its function.
    void deactivateReactivateDelete()
    {
        m_service->setConnection(config(m_sim->apiUrl()));
        m_service->submitBatch(
            {makePhone(QStringLiteral("8801")), makePhone(QStringLiteral("8802"))},
            QStringLiteral("add"));
        waitIdle();
        QCOMPARE(m_sim->phones().size(), 2);

        QVERIFY(m_service->submit(Operation::setPhoneActive(QStringLiteral("8801"), kServer, false),
                                  QStringLiteral("change")) > 0);
        waitIdle();
        QVERIFY2(m_results.last().outcome == Outcome::Updated,
                 qPrintable(m_results.last().message));
        QCOMPARE(m_results.last().kind, Operation::Kind::SetPhoneActive);
        QCOMPARE(activeOf(QStringLiteral("8801")), QStringLiteral("N"));
        m_service->submit(Operation::setPhoneActive(QStringLiteral("8801"), kServer, true),
                          QStringLiteral("change"));
        waitIdle();
        QCOMPARE(activeOf(QStringLiteral("8801")), QStringLiteral("Y"));

        m_service->submit(Operation::deletePhone(QStringLiteral("8802"), kServer),
                          QStringLiteral("change"));
        waitIdle();
        QCOMPARE(m_results.last().outcome, Outcome::Updated);
        QCOMPARE(m_results.last().kind, Operation::Kind::DeletePhone);
        QCOMPARE(m_sim->phones().size(), 1);
        QCOMPARE(m_sim->stats().perFunction.value(QStringLiteral("update_phone")), 3);

        HistoryFilter changes;
        changes.batchId = QStringLiteral("change");
        const auto attempts = m_history->query(changes, 0, 10);
        QCOMPARE(attempts.size(), 3);
        for (const auto &attempt : attempts) {
            QCOMPARE(attempt.function, QStringLiteral("update_phone"));
            QVERIFY(attempt.finished);
            QCOMPARE(attempt.outcome, Outcome::Updated);
            QVERIFY(attempt.redactedRequest.contains(QLatin1String("function=update_phone")));
            QVERIFY(!attempt.redactedRequest.contains(QLatin1String("Secret123")));
        }
        for (const auto &attempt : m_history->batchAttempts(QStringLiteral("add")))
            QCOMPARE(attempt.function, QStringLiteral("add_phone"));

        // The deleted phone is gone: changing it again is a plain failure.
        m_service->submit(Operation::deletePhone(QStringLiteral("8802"), kServer));
        waitIdle();
        QCOMPARE(m_results.last().outcome, Outcome::PhoneNotFound);
        QVERIFY(!m_service->isStopped());
    }

    void operationWithoutItsKeysIsRefused()
    {
        m_service->setConnection(config(m_sim->apiUrl()));
        QCOMPARE(m_service->submit(Operation::deletePhone(QStringLiteral("8803"), QString())),
                 qint64(0));
        QVERIFY(!m_service->lastError().isEmpty());
        QCOMPARE(m_service->submit(Operation::updatePhone(makePhone(QStringLiteral("8803")), {})),
                 qint64(0));
        QCOMPARE(m_sim->stats().totalRequests, 0);
    }

    // A delete queued behind an add of the same extension waits for it: the
    // guard is the extension on its server, whatever the operation.
    void differentOperationsOnOneExtensionNeverOverlap()
    {
        m_sim->setLatencyMs(150);
        m_service->setConnection(config(m_sim->apiUrl()));
        m_service->submit(makePhone(QStringLiteral("8810"))); // proves the login first
        waitIdle();
        m_results.clear();
        for (int i = 0; i < 3; ++i) {
            m_service->submit(makePhone(QStringLiteral("8811")));
            m_service->submit(Operation::setPhoneActive(QStringLiteral("8811"), kServer, false));
            m_service->submit(Operation::deletePhone(QStringLiteral("8811"), kServer));
        }
        waitIdle();
        QCOMPARE(m_sim->stats().maxConcurrentSameExtension, 1);
        // One after the other, in the order asked: add, switch off, delete.
        QCOMPARE(m_results.size(), 9);
        for (int i = 0; i < 9; ++i)
            QCOMPARE(m_results[i].outcome, i % 3 == 0 ? Outcome::Added : Outcome::Updated);
        QCOMPARE(m_sim->phones().size(), 1);
    }

    // Requests in flight on system A keep their guards while the connection
    // is switched to B and back (a corrected setting, say): resending the
    // same extensions and logins to A waits for them, while B, another
    // system, gets the same extensions at once.
    void guardsHoldWhileTheConnectionChanges()
    {
        sim::Simulator other;
        QVERIFY(other.listen(0));
        m_sim->setLatencyMs(300);
        other.setLatencyMs(300);
        const ConnectionConfig a = config(m_sim->apiUrl());
        m_service->setConnection(a);
        m_service->submit(makePhone(QStringLiteral("8900"))); // proves the login on A
        waitIdle();
        m_results.clear();

        QList<PhoneRecord> phones;
        for (int i = 1; i <= 4; ++i)
            phones << makePhone(QString::number(8900 + i));
        m_service->submitBatch(phones, QStringLiteral("first"));
        QTRY_COMPARE(m_service->inFlightCount(), 4);

        // Switched to B while A's four are in flight.
        m_service->setConnection(config(other.apiUrl()));
        JobOptions toA;
        toA.connection = a;
        m_service->submitBatch(phones, QStringLiteral("again-on-a"), toA);
        // The same logins under other extensions, on A too.
        QList<PhoneRecord> sameLogins;
        for (int i = 1; i <= 4; ++i)
            sameLogins << makePhone(QString::number(8950 + i), QString::number(8900 + i));
        m_service->submitBatch(sameLogins, QStringLiteral("logins-on-a"), toA);
        m_service->submitBatch(phones, QStringLiteral("on-b"));
        // And back to A with another concurrency while all that is pending.
        ConnectionConfig aAgain = a;
        aAgain.concurrency = 6;
        m_service->setConnection(aAgain);
        m_service->submitBatch(phones, QStringLiteral("third-on-a"));
        waitIdle();

        QCOMPARE(m_results.size(), 20);
        QCOMPARE(m_sim->stats().maxConcurrentSameExtension, 1);
        QCOMPARE(m_sim->stats().maxConcurrentSameLogin, 1);
        QCOMPARE(other.stats().maxConcurrentSameExtension, 1);
        QCOMPARE(m_sim->phones().size(), 5); // 8900 and the first four
        QCOMPARE(other.phones().size(), 4);
        int added = 0, exists = 0, loginExists = 0;
        for (const auto &r : m_results) {
            added += r.outcome == Outcome::Added;
            exists += r.outcome == Outcome::AlreadyExistsOnServer;
            loginExists += r.outcome == Outcome::LoginExists;
        }
        QCOMPARE(added, 8);       // four on A, four on B
        QCOMPARE(exists, 8);      // the two resends to A
        QCOMPARE(loginExists, 4); // the same logins under other extensions
    }
};

QTEST_GUILESS_MAIN(TestServiceOperations)
#include "TestServiceOperations.moc"
