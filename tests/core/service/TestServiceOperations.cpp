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

using namespace Qt::StringLiterals;

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
            if (stored[u"extension"_s].toString() == extension)
                return stored[u"active"_s].toString();
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
        m_env.service->submitBatch({makePhone(u"8801"_s), makePhone(u"8802"_s)}, u"add"_s);
        waitIdle();
        QCOMPARE(m_env.sim->phones().size(), 2);

        QVERIFY(m_env.service->submit(Operation::setPhoneActive(u"8801"_s, kServer, false),
                                      u"change"_s) > 0);
        waitIdle();
        QVERIFY2(m_env.results.last().outcome == Outcome::Updated,
                 qPrintable(m_env.results.last().message));
        QCOMPARE(m_env.results.last().kind, Operation::Kind::SetPhoneActive);
        QCOMPARE(activeOf(u"8801"_s), u"N"_s);
        m_env.service->submit(Operation::setPhoneActive(u"8801"_s, kServer, true), u"change"_s);
        waitIdle();
        QCOMPARE(activeOf(u"8801"_s), u"Y"_s);

        m_env.service->submit(Operation::deletePhone(u"8802"_s, kServer), u"change"_s);
        waitIdle();
        QCOMPARE(m_env.results.last().outcome, Outcome::Updated);
        QCOMPARE(m_env.results.last().kind, Operation::Kind::DeletePhone);
        QCOMPARE(m_env.sim->phones().size(), 1);
        QCOMPARE(m_env.sim->stats().perFunction.value(u"update_phone"_s), 3);

        HistoryFilter changes;
        changes.batchId = u"change"_s;
        const auto attempts = m_env.history->query(changes, 0, 10);
        QCOMPARE(attempts.size(), 3);
        for (const auto &attempt : attempts) {
            QCOMPARE(attempt.function, u"update_phone"_s);
            QVERIFY(attempt.finished);
            QCOMPARE(attempt.outcome, Outcome::Updated);
            QVERIFY(attempt.redactedRequest.contains("function=update_phone"_L1));
            QVERIFY(!attempt.redactedRequest.contains("Secret123"_L1));
        }
        for (const auto &attempt : m_env.history->batchAttempts(u"add"_s))
            QCOMPARE(attempt.function, u"add_phone"_s);

        // The deleted phone is gone: changing it again is a plain failure.
        m_env.service->submit(Operation::deletePhone(u"8802"_s, kServer));
        waitIdle();
        QCOMPARE(m_env.results.last().outcome, Outcome::PhoneNotFound);
        QVERIFY(!m_env.service->isStopped());
    }

    void operationWithoutItsKeysIsRefused()
    {
        m_env.service->setConnection(config(m_env.sim->apiUrl()));
        QCOMPARE(m_env.service->submit(Operation::deletePhone(u"8803"_s, QString())), qint64(0));
        QVERIFY(!m_env.service->lastError().isEmpty());
        QCOMPARE(m_env.service->submit(Operation::updatePhone(makePhone(u"8803"_s), {})),
                 qint64(0));
        QCOMPARE(m_env.sim->stats().totalRequests, 0);
    }

    // A delete queued behind an add of the same extension waits for it: the
    // guard is the extension on its server, whatever the operation.
    void differentOperationsOnOneExtensionNeverOverlap()
    {
        m_env.sim->setLatencyMs(150);
        m_env.service->setConnection(config(m_env.sim->apiUrl()));
        m_env.service->submit(makePhone(u"8810"_s)); // proves the login first
        waitIdle();
        m_env.results.clear();
        for (int i = 0; i < 3; ++i) {
            m_env.service->submit(makePhone(u"8811"_s));
            m_env.service->submit(Operation::setPhoneActive(u"8811"_s, kServer, false));
            m_env.service->submit(Operation::deletePhone(u"8811"_s, kServer));
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
        m_env.service->submit(makePhone(u"8900"_s)); // proves the login on A
        waitIdle();
        m_env.results.clear();

        QList<PhoneRecord> phones;
        for (int i = 1; i <= 4; ++i)
            phones << makePhone(QString::number(8900 + i));
        m_env.service->submitBatch(phones, u"first"_s);
        QTRY_COMPARE(m_env.service->inFlightCount(), 4);

        // Switched to B while A's four are in flight.
        m_env.service->setConnection(config(other.apiUrl()));
        JobOptions toA;
        toA.connection = a;
        m_env.service->submitBatch(phones, u"again-on-a"_s, toA);
        // The same logins under other extensions, on A too.
        QList<PhoneRecord> sameLogins;
        for (int i = 1; i <= 4; ++i)
            sameLogins << makePhone(QString::number(8950 + i), QString::number(8900 + i));
        m_env.service->submitBatch(sameLogins, u"logins-on-a"_s, toA);
        m_env.service->submitBatch(phones, u"on-b"_s);
        // And back to A with another concurrency while all that is pending.
        ConnectionConfig aAgain = a;
        aAgain.concurrency = 6;
        m_env.service->setConnection(aAgain);
        m_env.service->submitBatch(phones, u"third-on-a"_s);
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
