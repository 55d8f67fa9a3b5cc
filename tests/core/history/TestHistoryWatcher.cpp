// HistoryWatcher: another program's attempt (a second store on the same file)
// or a request finishing is reported once, from the watcher's own thread and
// connection; an unchanged history is not; an in-memory history is asked
// directly; a watcher goes away cleanly with a check under way.
#include "history/HistoryStore.h"
#include "history/HistoryWatcher.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vp;

class TestHistoryWatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reportsAnotherProgramsAttemptAndItsResult();
    void quietHistoryIsNotReported();
    void inMemoryHistoryIsAskedDirectly();
    void destroyedWithACheckUnderWay();

private:
    static qint64 start(HistoryStore &store, const QString &extension);

    std::unique_ptr<QTemporaryDir> m_dir;
    HistoryStore m_mine, m_other;
};

void TestHistoryWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(u"history.sqlite"_s);
    QVERIFY(m_mine.open(path));
    QVERIFY(m_other.open(path));
}

void TestHistoryWatcher::cleanup()
{
    m_mine.close();
    m_other.close();
    m_dir.reset();
}

qint64 TestHistoryWatcher::start(HistoryStore &store, const QString &extension)
{
    HistoryAttempt attempt;
    attempt.startedAt = QDateTime::currentDateTimeUtc();
    attempt.function = u"add_phone"_s;
    attempt.apiUser = u"apiadmin"_s;
    attempt.phone.setValue(PhoneField::Extension, extension);
    return store.recordStart(attempt);
}

void TestHistoryWatcher::reportsAnotherProgramsAttemptAndItsResult()
{
    HistoryWatcher watcher(m_mine);
    watcher.setInterval(100);
    watcher.setKnownStamp(m_mine.changeStamp());
    QSignalSpy changed(&watcher, &HistoryWatcher::historyChanged);
    watcher.start();
    QTest::qWait(300);
    QCOMPARE(changed.size(), 0);

    const qint64 id = start(m_other, u"8001"_s);
    QVERIFY(id > 0);
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), m_mine.changeStamp());
    QVERIFY(m_other.recordFinish(id, Outcome::Added, 200, QString(), QString(), 5));
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(watcher.knownStamp(), m_mine.changeStamp());
    // Its own connection, not the store's.
    bool ownConnection = false;
    for (const QString &name : QSqlDatabase::connectionNames())
        ownConnection |= name.startsWith(u"vp-history-watcher-"_s);
    QVERIFY(ownConnection);

    watcher.stop();
    QVERIFY(!watcher.isActive());
    QVERIFY(start(m_other, u"8002"_s) > 0);
    QTest::qWait(400);
    QCOMPARE(changed.size(), 2);
    watcher.start(); // catches up at once
    QTRY_COMPARE(changed.size(), 3);
}

void TestHistoryWatcher::quietHistoryIsNotReported()
{
    QVERIFY(start(m_mine, u"8001"_s) > 0);
    HistoryWatcher watcher(m_mine);
    watcher.setInterval(50);
    QSignalSpy changed(&watcher, &HistoryWatcher::historyChanged);
    watcher.start(); // with no known stamp, the first check only learns it
    QTRY_VERIFY(!watcher.knownStamp().isEmpty());
    QTest::qWait(300);
    QCOMPARE(changed.size(), 0);
}

void TestHistoryWatcher::inMemoryHistoryIsAskedDirectly()
{
    HistoryStore memory;
    QVERIFY(memory.openInMemory());
    HistoryWatcher watcher(memory);
    watcher.setInterval(50);
    watcher.setKnownStamp(memory.changeStamp());
    QSignalSpy changed(&watcher, &HistoryWatcher::historyChanged);
    watcher.start();
    QVERIFY(start(memory, u"8001"_s) > 0);
    QTRY_COMPARE(changed.size(), 1);
}

void TestHistoryWatcher::destroyedWithACheckUnderWay()
{
    for (int i = 0; i < 20; ++i) {
        auto watcher = std::make_unique<HistoryWatcher>(m_mine);
        QSignalSpy changed(watcher.get(), &HistoryWatcher::historyChanged);
        watcher->start(); // a check is queued on its thread at once
        if (i % 2)
            QTest::qWait(1);
        watcher.reset();
    }
    // Every watcher's connection is gone with it.
    for (const QString &name : QSqlDatabase::connectionNames())
        QVERIFY2(!name.startsWith(u"vp-history-watcher-"_s), qPrintable(name));
}

QTEST_GUILESS_MAIN(TestHistoryWatcher)
#include "TestHistoryWatcher.moc"
