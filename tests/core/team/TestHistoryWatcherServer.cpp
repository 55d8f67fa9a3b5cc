// HistoryWatcher on a shared history (real MariaDB and PostgreSQL servers,
// tests/common/DbServer): another program's attempt and its result are
// reported from the watcher's own connection, and after the server restarts
// the watcher connects anew by itself.
#include "DbServer.h"
#include "history/HistoryStore.h"
#include "history/HistoryWatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using vp::test::DbServer;

class TestHistoryWatcherServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void reportsAnotherProgramsWritesAndSurvivesARestart();

private:
    static qint64 start(vp::HistoryStore &store, const QString &extension);
    std::unique_ptr<DbServer> m_servers[2];
};

void TestHistoryWatcherServer::initTestCase_data()
{
    QTest::addColumn<int>("engine");
    QTest::newRow("mariadb") << 0;
    QTest::newRow("postgresql") << 1;
}

void TestHistoryWatcherServer::initTestCase()
{
    for (int i = 0; i < 2; ++i) {
        QString error;
        m_servers[i] = DbServer::start(
            i == 0 ? DbServer::Engine::MariaDb : DbServer::Engine::PostgreSql, &error);
        QVERIFY2(m_servers[i], qPrintable(error));
    }
}

qint64 TestHistoryWatcherServer::start(vp::HistoryStore &store, const QString &extension)
{
    vp::HistoryAttempt attempt;
    attempt.startedAt = QDateTime::currentDateTimeUtc();
    attempt.function = u"add_phone"_s;
    attempt.apiUser = u"apiadmin"_s;
    attempt.systemKey = u"dialer.example.com/vicidial/non_agent_api.php"_s;
    attempt.phone.setValue(vp::PhoneField::Extension, extension);
    attempt.phone.setValue(vp::PhoneField::PhoneLogin, extension);
    attempt.phone.setValue(vp::PhoneField::ServerIp, u"10.10.10.15"_s);
    return store.recordStart(attempt);
}

void TestHistoryWatcherServer::reportsAnotherProgramsWritesAndSurvivesARestart()
{
    QFETCH_GLOBAL(int, engine);
    DbServer *server = m_servers[engine].get();
    const auto location = vp::HistoryLocation::fromUrl(server->url());
    QVERIFY(location);
    vp::HistoryStore mine, other;
    QString error;
    QVERIFY2(mine.open(*location, server->password(), &error), qPrintable(error));
    QVERIFY2(other.open(*location, server->password(), &error), qPrintable(error));

    vp::HistoryWatcher watcher(mine);
    watcher.setInterval(200);
    watcher.setKnownStamp(mine.changeStamp());
    QSignalSpy changed(&watcher, &vp::HistoryWatcher::historyChanged);
    watcher.start();
    const qint64 id = start(other, u"8001"_s);
    QVERIFY2(id > 0, qPrintable(other.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
    QVERIFY(other.recordFinish(id, vp::Outcome::Added, 200, QString(), QString(), 5));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 10000);
    QCOMPARE(watcher.knownStamp(), mine.changeStamp());

    // The server restarts: every connection is gone, the watcher's too.
    QVERIFY2(server->restart(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(other.reconnect(), 20000);
    QVERIFY(start(other, u"8002"_s) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 3, 20000);
}

QTEST_GUILESS_MAIN(TestHistoryWatcherServer)
#include "TestHistoryWatcherServer.moc"
