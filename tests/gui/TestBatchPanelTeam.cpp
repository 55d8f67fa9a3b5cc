// The desktop app on a shared history (team mode, a real MariaDB server):
// a batch whose phone another admin's program is sending waits, says so in
// the batch panel with who it is, and reports the phone as sent by them; a
// database that goes away under a running batch pauses it with a message,
// and after the restart the batch finishes with every phone created once
// and every attempt recorded.
#include "DbServer.h"
#include "history/HistoryStore.h"
#include "mainwindow/BatchPanel.h"
#include "mainwindow/MainWindow.h"
#include "model/VicidialSystem.h"
#include "Simulator.h"
#include "TestPhones.h"
#include "widgets/AppContext.h"

#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace vp;
using test::DbServer;

class TestBatchPanelTeam : public QObject
{
    Q_OBJECT

    std::unique_ptr<DbServer> m_db;
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    HistoryLocation m_location;
    int m_databases = 0;

    QString panelText() const
    {
        return m_window->batchPanel()->findChild<QLabel *>(u"batchStatusLabel"_s)->text();
    }

    // The app on a new database of the server, against a simulator holding
    // `phones` already.
    void startApp(const QList<QJsonObject> &phones = {})
    {
        sim::SimConfig config = sim::SimConfig::defaults();
        config.phones = phones;
        m_sim = std::make_unique<sim::Simulator>(config);
        QVERIFY(m_sim->listen(0));
        QString error;
        const QString url = m_db->createDatabase(u"g%1"_s.arg(++m_databases), &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        m_location = *HistoryLocation::fromUrl(url);
        auto history = std::make_unique<HistoryStore>();
        QVERIFY2(history->open(m_location, m_db->password(), &error), qPrintable(error));
        auto settings = Settings::createTemporary();
        settings->setValue(SettingKey::ServerUrl, m_sim->apiUrl().toString());
        settings->setValue(SettingKey::ApiUser, u"apiadmin"_s);
        settings->setValue(SettingKey::DefaultServerIp, test::kServerIp);
        m_context = std::make_unique<AppContext>(std::move(settings), std::move(history),
                                                 std::make_unique<MemorySecretStore>());
        m_context->setApiPassword(u"Secret123"_s);
        m_window = std::make_unique<MainWindow>(*m_context);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void sendBatch(const QStringList &extensions)
    {
        QList<PhoneRecord> phones;
        QList<int> lines;
        for (const QString &extension : extensions) {
            phones << test::makePhone(extension);
            lines << lines.size() + 2;
        }
        m_window->sendImportedPhones(phones, lines,
                                     QUuid::createUuid().toString(QUuid::WithoutBraces),
                                     u"team.csv"_s);
    }

    bool batchDone() const
    {
        return m_window->currentBatch().isValid() && m_window->currentBatch().isDone();
    }

    int addRequestsFor(const QString &extension) const
    {
        int count = 0;
        const auto attempts = m_context->history().query({}, 0, 100000);
        for (const HistoryAttempt &attempt : attempts)
            count += attempt.phone.extension() == extension && attempt.function == u"add_phone"_s;
        return count;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_db = DbServer::start(DbServer::Engine::MariaDb, &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void cleanup()
    {
        m_window.reset();
        m_context.reset();
        m_sim.reset();
    }

    void phoneSentByAnotherAdminWaitsAndIsReportedAsTheirs()
    {
        // The other admin's request created 8501 on the server; its answer
        // has not come back yet: its program holds the claim.
        startApp({QJsonObject{{u"extension"_s, u"8501"_s},
                              {u"server_ip"_s, test::kServerIp},
                              {u"login"_s, u"8501"_s}}});
        HistoryStore other;
        QString error;
        QVERIFY2(other.open(m_location, m_db->password(), &error), qPrintable(error));
        HistoryAttempt theirs;
        theirs.serverUrl = m_sim->apiUrl().toString();
        theirs.systemKey = VicidialSystem::keyFor(m_sim->apiUrl());
        theirs.apiUser = u"apiadmin"_s;
        theirs.method = u"POST"_s;
        theirs.function = u"add_phone"_s;
        theirs.phone = test::makePhone(u"8501"_s);
        const qint64 theirId = other.recordStart(theirs);
        QVERIFY2(theirId > 0, qPrintable(other.lastError()));

        sendBatch({u"8500"_s, u"8501"_s, u"8502"_s});
        // The others go; 8501 waits, and the panel says for whom.
        QTRY_VERIFY_WITH_TIMEOUT(panelText().contains(u"is being sent by"_s), 10000);
        const QString who = HistoryStore::currentOsUser();
        QVERIFY2(panelText().contains(who), qPrintable(panelText()));
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->phones().size(), 3, 10000); // 8500, 8502 + theirs
        QTest::qWait(1500);
        QVERIFY(!batchDone());
        QCOMPARE(addRequestsFor(u"8501"_s), 1); // theirs only: nothing sent for it
        QCOMPARE(m_sim->stats().perFunction.value(u"add_phone"_s), 2);

        // Their answer arrives: this batch sends 8501, the server says it
        // exists, and the row says another admin sent it.
        QVERIFY(other.recordFinish(theirId, Outcome::Added, 200, u"SUCCESS"_s, {}, 40));
        QTRY_VERIFY_WITH_TIMEOUT(batchDone(), 15000);
        QVERIFY2(!panelText().contains(u"is being sent by"_s), qPrintable(panelText()));
        QCOMPARE(m_sim->phones().size(), 3);
        QCOMPARE(m_sim->stats().maxConcurrentSameExtension, 1);
        const auto mine = m_context->history().query({}, 0, 10);
        bool reported = false;
        for (const HistoryAttempt &attempt : mine) {
            if (attempt.phone.extension() == u"8501"_s && attempt.id != theirId)
                reported = attempt.message.contains(u"Another admin"_s);
        }
        QVERIFY(reported);
    }

    // Last: it stops the server.
    void lostDatabasePausesTheBatchUntilItIsBack()
    {
        startApp();
        m_sim->setLatencyMs(60);
        QStringList extensions;
        for (int i = 0; i < 40; ++i)
            extensions << QString::number(8600 + i);
        sendBatch(extensions);
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->phones().size() >= 8, 20000);
        QVERIFY(m_db->kill());
        QTRY_VERIFY_WITH_TIMEOUT(panelText().contains(u"shared history"_s), 15000);
        const int duringOutage = m_sim->phones().size();
        QTest::qWait(3000);
        // Nothing new leaves while the history cannot record it (what was
        // already in flight may land: at most four at a time).
        QVERIFY2(m_sim->phones().size() <= duringOutage + 4,
                 qPrintable(u"%1 -> %2"_s.arg(duringOutage).arg(m_sim->phones().size())));
        QVERIFY(!batchDone());
        QString error;
        QVERIFY2(m_db->restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(batchDone(), 60000);
        QVERIFY2(!panelText().contains(u"shared history"_s), qPrintable(panelText()));
        QCOMPARE(m_sim->phones().size(), 40);
        QCOMPARE(m_sim->stats().perFunction.value(u"add_phone"_s), 40);
        QCOMPARE(m_window->currentBatch().failed(), 0);
        // Every request recorded once, every one finished.
        HistoryFilter filter;
        QCOMPARE(m_context->history().count(filter), 40);
        int unfinished = 0;
        for (const HistoryAttempt &attempt : m_context->history().query(filter, 0, 100))
            unfinished += !attempt.finished;
        QCOMPARE(unfinished, 0);
    }
};

QTEST_MAIN(TestBatchPanelTeam)
#include "TestBatchPanelTeam.moc"
