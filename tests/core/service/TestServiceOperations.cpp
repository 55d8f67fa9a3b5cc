// Operations other than a plain add through the provisioning service against
// the simulator (deactivate, delete, the API function in the history), and
// the in-flight guards per system while the connection changes under
// requests in flight.
#include "history/HistoryStore.h"
#include "service/ProvisioningService.h"
#include "ServiceFixture.h"
#include "Simulator.h"
#include "TestPhones.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace vp;
using vp::test::makePhone;

namespace {
const QString &kServer = test::kServerIp;
} // namespace

class TestServiceOperations : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_env;

    ConnectionConfig config(const QUrl &apiUrl) const
    {
        ConnectionConfig c = test::makeConfig(apiUrl);
        c.concurrency = 8;
        return c;
    }

    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(m_env.service->isIdle(), 30000); }

    QString activeOf(const QString &extension) const
    {
        for (const QJsonValue &stored : m_env.sim->phones()) {
            if (stored[QStringLiteral("extension")].toString() == extension)
                return stored[QStringLiteral("active")].toString();
        }
        return {};
    }

private slots:
    void init()
    {
        const QString error = m_env.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup() { m_env.stop(); }

    // Deactivate, reactivate and delete go through the same queue, guards
    // and write-ahead history as an add; each attempt records its function.
    void deactivateReactivateDelete()
    {
        m_env.service->setConnection(config(m_env.sim->apiUrl()));
        m_env.service->submitBatch(
            {makePhone(QStringLiteral("8801")), makePhone(QStringLiteral("8802"))},
            QStringLiteral("add"));
        waitIdle();
        QCOMPARE(m_env.sim->phones().size(), 2);

        QVERIFY(
            m_env.service->submit(Operation::setPhoneActive(QStringLiteral("8801"), kServer, false),
                                  QStringLiteral("change")) > 0);
        waitIdle();
        QVERIFY2(m_env.results.last().outcome == Outcome::Updated,
                 qPrintable(m_env.results.last().message));
        QCOMPARE(m_env.results.last().kind, Operation::Kind::SetPhoneActive);
        QCOMPARE(activeOf(QStringLiteral("8801")), QStringLiteral("N"));
        m_env.service->submit(Operation::setPhoneActive(QStringLiteral("8801"), kServer, true),
                              QStringLiteral("change"));
        waitIdle();
        QCOMPARE(activeOf(QStringLiteral("8801")), QStringLiteral("Y"));

        m_env.service->submit(Operation::deletePhone(QStringLiteral("8802"), kServer),
                              QStringLiteral("change"));
        waitIdle();
        QCOMPARE(m_env.results.last().outcome, Outcome::Updated);
        QCOMPARE(m_env.results.last().kind, Operation::Kind::DeletePhone);
        QCOMPARE(m_env.sim->phones().size(), 1);
        QCOMPARE(m_env.sim->stats().perFunction.value(QStringLiteral("update_phone")), 3);

        HistoryFilter changes;
        changes.batchId = QStringLiteral("change");
        const auto attempts = m_env.history->query(changes, 0, 10);
        QCOMPARE(attempts.size(), 3);
        for (const auto &attempt : attempts) {
            QCOMPARE(attempt.function, QStringLiteral("update_phone"));
            QVERIFY(attempt.finished);
            QCOMPARE(attempt.outcome, Outcome::Updated);
            QVERIFY(attempt.redactedRequest.contains(QLatin1String("function=update_phone")));
            QVERIFY(!attempt.redactedRequest.contains(QLatin1String("Secret123")));
        }
        for (const auto &attempt : m_env.history->batchAttempts(QStringLiteral("add")))
            QCOMPARE(attempt.function, QStringLiteral("add_phone"));

        // The deleted phone is gone: changing it again is a plain failure.
        m_env.service->submit(Operation::deletePhone(QStringLiteral("8802"), kServer));
        waitIdle();
        QCOMPARE(m_env.results.last().outcome, Outcome::PhoneNotFound);
        QVERIFY(!m_env.service->isStopped());
    }

    void operationWithoutItsKeysIsRefused()
    {
        m_env.service->setConnection(config(m_env.sim->apiUrl()));
        QCOMPARE(m_env.service->submit(Operation::deletePhone(QStringLiteral("8803"), QString())),
                 qint64(0));
        QVERIFY(!m_env.service->lastError().isEmpty());
        QCOMPARE(
            m_env.service->submit(Operation::updatePhone(makePhone(QStringLiteral("8803")), {})),
            qint64(0));
        QCOMPARE(m_env.sim->stats().totalRequests, 0);
    }

    // A delete queued behind an add of the same extension waits for it: the
    // guard is the extension on its server, whatever the operation.
    void differentOperationsOnOneExtensionNeverOverlap()
    {
        m_env.sim->setLatencyMs(150);
        m_env.service->setConnection(config(m_env.sim->apiUrl()));
        m_env.service->submit(makePhone(QStringLiteral("8810"))); // proves the login first
        waitIdle();
        m_env.results.clear();
        for (int i = 0; i < 3; ++i) {
            m_env.service->submit(makePhone(QStringLiteral("8811")));
            m_env.service->submit(
                Operation::setPhoneActive(QStringLiteral("8811"), kServer, false));
            m_env.service->submit(Operation::deletePhone(QStringLiteral("8811"), kServer));
        }
        waitIdle();
        QCOMPARE(m_env.sim->stats().maxConcurrentSameExtension, 1);
        // One after the other, in the order asked: add, switch off, delete.
        QCOMPARE(m_env.results.size(), 9);
        for (int i = 0; i < 9; ++i)
            QCOMPARE(m_env.results[i].outcome, i % 3 == 0 ? Outcome::Added : Outcome::Updated);
        QCOMPARE(m_env.sim->phones().size(), 1);
    }

    // Requests in flight on system A keep their guards while the connection
    // is switched to B and back (a corrected setting, say): resending the
    // same extensions and logins to A waits for them, while B, another
    // system, gets the same extensions at once.
    void guardsHoldWhileTheConnectionChanges()
    {
        sim::Simulator other;
        QVERIFY(other.listen(0));
        m_env.sim->setLatencyMs(300);
        other.setLatencyMs(300);
        const ConnectionConfig a = config(m_env.sim->apiUrl());
        m_env.service->setConnection(a);
        m_env.service->submit(makePhone(QStringLiteral("8900"))); // proves the login on A
        waitIdle();
        m_env.results.clear();

        QList<PhoneRecord> phones;
        for (int i = 1; i <= 4; ++i)
            phones << makePhone(QString::number(8900 + i));
        m_env.service->submitBatch(phones, QStringLiteral("first"));
        QTRY_COMPARE(m_env.service->inFlightCount(), 4);

        // Switched to B while A's four are in flight.
        m_env.service->setConnection(config(other.apiUrl()));
        JobOptions toA;
        toA.connection = a;
        m_env.service->submitBatch(phones, QStringLiteral("again-on-a"), toA);
        // The same logins under other extensions, on A too.
        QList<PhoneRecord> sameLogins;
        for (int i = 1; i <= 4; ++i)
            sameLogins << makePhone(QString::number(8950 + i), QString::number(8900 + i));
        m_env.service->submitBatch(sameLogins, QStringLiteral("logins-on-a"), toA);
        m_env.service->submitBatch(phones, QStringLiteral("on-b"));
        // And back to A with another concurrency while all that is pending.
        ConnectionConfig aAgain = a;
        aAgain.concurrency = 6;
        m_env.service->setConnection(aAgain);
        m_env.service->submitBatch(phones, QStringLiteral("third-on-a"));
        waitIdle();

        QCOMPARE(m_env.results.size(), 20);
        QCOMPARE(m_env.sim->stats().maxConcurrentSameExtension, 1);
        QCOMPARE(m_env.sim->stats().maxConcurrentSameLogin, 1);
        QCOMPARE(other.stats().maxConcurrentSameExtension, 1);
        QCOMPARE(m_env.sim->phones().size(), 5); // 8900 and the first four
        QCOMPARE(other.phones().size(), 4);
        int added = 0, exists = 0, loginExists = 0;
        for (const auto &r : m_env.results) {
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
