// Alias operations through the provisioning service against the simulator:
// add, rename, new logins, delete; a refused delete permission stops sending;
// one alias id is never in flight twice; each attempt records its function.
#include "history/HistoryStore.h"
#include "service/ProvisioningService.h"
#include "ServiceFixture.h"
#include "Simulator.h"
#include "TestPhones.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;
using vp::test::makePhone;

class TestServiceAliases : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_env;

    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(m_env.service->isIdle(), 30000); }

    QJsonObject storedAlias(const QString &id) const
    {
        for (const QJsonValue &alias : m_env.sim->aliases()) {
            if (alias[u"alias_id"_s].toString() == id)
                return alias.toObject();
        }
        return {};
    }

    // Two phones whose logins the aliases use.
    void addPhones()
    {
        m_env.service->submitBatch({makePhone(u"8801"_s), makePhone(u"8802"_s)}, u"phones"_s);
        waitIdle();
        QCOMPARE(m_env.sim->phones().size(), 2);
        m_env.results.clear();
    }

private slots:
    void init()
    {
        sim::SimConfig config = sim::SimConfig::defaults();
        sim::SimUser noDelete;
        noDelete.user = u"nodelete"_s;
        noDelete.pass = u"NoDel123"_s;
        noDelete.deletePhones = false;
        config.users << noDelete;
        const QString error = m_env.start(config);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_env.service->setConnection(test::makeConfig(m_env.sim->apiUrl()));
    }

    void cleanup() { m_env.stop(); }

    void addRenameReloginDelete()
    {
        addPhones();
        QVERIFY(m_env.service->submit(
                    Operation::addAlias(u"al88"_s, u"Agent 88"_s, {u"8801"_s, u"8802"_s}),
                    u"alias"_s) > 0);
        waitIdle();
        QVERIFY2(m_env.results.last().outcome == Outcome::Added,
                 qPrintable(m_env.results.last().message));
        QCOMPARE(m_env.results.last().kind, Operation::Kind::AddAlias);
        QCOMPARE(storedAlias(u"al88"_s)[u"logins_list"_s].toString(), u"8801,8802"_s);

        m_env.service->submit(Operation::updateAlias(u"al88"_s, u"Agent Eighty"_s, {}), u"alias"_s);
        waitIdle();
        QCOMPARE(m_env.results.last().outcome, Outcome::Updated);
        QCOMPARE(storedAlias(u"al88"_s)[u"alias_name"_s].toString(), u"Agent Eighty"_s);
        QCOMPARE(storedAlias(u"al88"_s)[u"logins_list"_s].toString(), u"8801,8802"_s);

        m_env.service->submit(Operation::updateAlias(u"al88"_s, {}, {u"8802"_s}), u"alias"_s);
        waitIdle();
        QCOMPARE(m_env.results.last().outcome, Outcome::Updated);
        QCOMPARE(storedAlias(u"al88"_s)[u"logins_list"_s].toString(), u"8802"_s);

        // A login no phone has: the server refuses, nothing changes, sending goes on.
        m_env.service->submit(Operation::updateAlias(u"al88"_s, {}, {u"nosuch"_s}), u"alias"_s);
        waitIdle();
        QCOMPARE(m_env.results.last().outcome, Outcome::PhoneNotFound);
        QVERIFY(!m_env.service->isStopped());

        m_env.service->submit(Operation::deleteAlias(u"al88"_s), u"alias"_s);
        waitIdle();
        QCOMPARE(m_env.results.last().outcome, Outcome::Updated);
        QCOMPARE(m_env.results.last().kind, Operation::Kind::DeleteAlias);
        QVERIFY(m_env.sim->aliases().isEmpty());

        m_env.service->submit(Operation::deleteAlias(u"al88"_s), u"alias"_s);
        waitIdle();
        QCOMPARE(m_env.results.last().outcome, Outcome::PhoneNotFound);

        HistoryFilter filter;
        filter.batchId = u"alias"_s;
        const auto attempts = m_env.history->query(filter, 0, 10);
        QCOMPARE(attempts.size(), 6);
        int adds = 0;
        for (const auto &attempt : attempts) {
            adds += attempt.function == "add_phone_alias"_L1;
            QVERIFY(attempt.function.endsWith("_alias"_L1));
            QVERIFY(attempt.finished);
            QVERIFY(attempt.redactedRequest.contains("alias_id=al88"_L1));
            QVERIFY(!attempt.redactedRequest.contains("Secret123"_L1));
            // The alias is in its own columns, as sent (query() is newest first).
            QCOMPARE(attempt.aliasId, u"al88"_s);
        }
        QCOMPARE(adds, 1);
        QCOMPARE(attempts.last().aliasName, u"Agent 88"_s);
        QCOMPARE(attempts.last().aliasLogins, (QStringList{u"8801"_s, u"8802"_s}));
        QCOMPARE(attempts.at(4).aliasName, u"Agent Eighty"_s);
        QVERIFY(attempts.at(4).aliasLogins.isEmpty());
        QVERIFY(attempts.at(3).aliasName.isEmpty());
        QCOMPARE(attempts.at(3).aliasLogins, QStringList{u"8802"_s});
        // The text search finds alias attempts by their id.
        HistoryFilter byAlias;
        byAlias.text = u"al88"_s;
        QCOMPARE(m_env.history->query(byAlias, 0, 10).size(), 6);
    }

    // Refused before anything is sent: the server would strip or cut these.
    void badAliasIsRefusedBeforeSending()
    {
        QCOMPARE(m_env.service->submit(Operation::addAlias(u"al.1"_s, u"Name"_s, {u"8801"_s})),
                 qint64(0));
        QVERIFY(m_env.service->lastError().contains("\".\""_L1));
        QCOMPARE(m_env.service->submit(Operation::updateAlias(u"al1"_s, {}, {})), qint64(0));
        QCOMPARE(m_env.sim->stats().totalRequests, 0);
    }

    // A delete without the permission stops sending at once: the deletes
    // queued behind it are never sent.
    void refusedDeleteStopsSending()
    {
        addPhones();
        for (const QString &id : {u"al1"_s, u"al2"_s, u"al3"_s})
            m_env.service->submit(Operation::addAlias(id, u"Name"_s, {u"8801"_s}), u"alias"_s);
        waitIdle();
        QCOMPARE(m_env.sim->aliases().size(), 3);
        m_env.service->setConnection(
            test::makeConfig(m_env.sim->apiUrl(), u"NoDel123"_s, u"nodelete"_s));
        const int before = m_env.sim->stats().totalRequests;
        for (const QString &id : {u"al1"_s, u"al2"_s, u"al3"_s})
            m_env.service->submit(Operation::deleteAlias(id), u"delete"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_env.service->isStopped(), 10000);
        waitIdle();
        QCOMPARE(m_env.sim->stats().totalRequests - before, 1);
        QCOMPARE(m_env.sim->aliases().size(), 3);
        bool refused = false;
        for (const auto &r : m_env.results)
            refused = refused || r.outcome == Outcome::NoPermission;
        QVERIFY(refused);
    }

    // The same alias id is never in flight twice, whatever the case.
    void oneAliasIdNeverTwiceInFlight()
    {
        addPhones();
        m_env.sim->setLatencyMs(150);
        ConnectionConfig c = test::makeConfig(m_env.sim->apiUrl());
        c.concurrency = 8;
        m_env.service->setConnection(c);
        m_env.service->submit(Operation::addAlias(u"al5"_s, u"Five"_s, {u"8801"_s}), u"a"_s);
        m_env.service->submit(Operation::updateAlias(u"AL5"_s, u"Five Again"_s, {}), u"a"_s);
        m_env.service->submit(Operation::updateAlias(u"al5"_s, {}, {u"8802"_s}), u"a"_s);
        m_env.service->submit(Operation::deleteAlias(u"Al5"_s), u"a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_env.service->inFlightCount() > 0, 5000);
        int maxInFlight = 0;
        while (!m_env.service->isIdle()) {
            maxInFlight = qMax(maxInFlight, m_env.service->inFlightCount());
            QTest::qWait(10);
        }
        QCOMPARE(maxInFlight, 1);
        // In the order asked: added, renamed, new logins, deleted.
        QCOMPARE(m_env.results.size(), 4);
        QCOMPARE(m_env.results[0].outcome, Outcome::Added);
        for (int i = 1; i < 4; ++i)
            QCOMPARE(m_env.results[i].outcome, Outcome::Updated);
        QVERIFY(m_env.sim->aliases().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServiceAliases)
#include "TestServiceAliases.moc"
