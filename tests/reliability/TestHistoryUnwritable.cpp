// A request that cannot be recorded must not leave: with the history on a
// read-only file, in a read-only folder or on a full disk, nothing unrecorded
// is sent and the message says why. Root ignores file modes, so read-only is
// made with chattr +i, and a full disk with a tiny tmpfs (skipped where this
// user may not do either).
#include "history/HistoryStore.h"
#include "ProcessHelpers.h"
#include "ReliabilityHelpers.h"
#include "service/ProvisioningService.h"
#include "Simulator.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vp;
using namespace vp::reliability;
using namespace Qt::StringLiterals;

class TestHistoryUnwritable : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::Simulator> m_sim;
    QProcessEnvironment m_env;
    QStringList m_immutable; // undone in cleanup()
    QString m_mount;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    bool makeImmutable(const QString &target)
    {
        if (QProcess::execute(u"chattr"_s, {u"+i"_s, target}) != 0)
            return false;
        m_immutable << target;
        return true;
    }

    // A 1 MiB tmpfs at dir (a new history with its write-ahead log takes a few hundred KiB); false
    // where mounting is not allowed.
    bool mountTiny(const QString &dir)
    {
        QDir().mkpath(dir);
        if (QProcess::execute(
                u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=1024k"_s, u"tmpfs"_s, dir}) != 0)
            return false;
        m_mount = dir;
        return true;
    }

    static void fillDisk(const QString &dir)
    {
        QFile filler(dir + u"/filler"_s);
        if (!filler.open(QIODevice::WriteOnly))
            return;
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        // Leave a little room, so that the disk fills up in the middle of a batch.
        filler.resize(qMax<qint64>(0, filler.size() - kSlack));
    }

    static constexpr qint64 kSlack = 64 * 1024;

    CliRun importWith(const QString &history, int rows)
    {
        const QString csv = path(u"rows.csv"_s);
        writeFile(csv, phonesCsv(8000, rows));
        return runCli(m_env, {u"--url"_s, m_sim->baseUrl().toString(), u"--user"_s, u"apiadmin"_s,
                              u"--password-env"_s, u"VP_TEST_PASS"_s, u"--history"_s, history,
                              u"import"_s, csv});
    }

    int historyRows(const QString &file)
    {
        int rows = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"count"_s);
            db.setDatabaseName(file);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(u"SELECT count(*) FROM attempts"_s) && query.next())
                    rows = query.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"count"_s);
        return rows;
    }

    int addPhoneRequests() const { return m_sim->stats().perFunction.value(u"add_phone"_s); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_sim = std::make_unique<sim::Simulator>();
        QVERIFY(m_sim->listen(0));
        m_env = privateEnvironment(path(u"env"_s));
        m_env.insert(u"VP_TEST_PASS"_s, u"Secret123"_s);
    }

    void cleanup()
    {
        for (const QString &target : std::as_const(m_immutable))
            QProcess::execute(u"chattr"_s, {u"-i"_s, target});
        m_immutable.clear();
        if (!m_mount.isEmpty())
            QProcess::execute(u"umount"_s, {u"-l"_s, m_mount});
        m_mount.clear();
        m_sim.reset();
        m_dir.reset();
    }

    void serviceSendsNothingToAReadOnlyHistory()
    {
        const QString file = path(u"ro/history.sqlite"_s);
        {
            HistoryStore create;
            QVERIFY(create.open(file));
        }
        if (!makeImmutable(file))
            QSKIP("chattr +i is not available here");
        HistoryStore history;
        QString error;
        QVERIFY2(history.open(file, &error), qPrintable(error)); // readable still
        ProvisioningService service(&history);
        QSignalSpy stopped(&service, &ProvisioningService::sendingStopped);
        QList<JobResult> results;
        connect(&service, &ProvisioningService::jobFinished, this,
                [&results](const JobResult &r) { results << r; });
        service.setConnection(makeConfig(m_sim->apiUrl()));
        QList<PhoneRecord> phones;
        for (int i = 0; i < 50; ++i)
            phones << makePhone(QString::number(8000 + i));
        service.submitBatch(phones, u"b"_s);
        QTRY_VERIFY(service.isIdle());
        // Only the version request that reads the build (no password, no
        // change) went; no API call that could change anything.
        QCOMPARE(m_sim->stats().totalRequests - m_sim->stats().perFunction.value(u"version"_s), 0);
        QCOMPARE(results.size(), 50);
        for (const JobResult &r : results)
            QCOMPARE(r.outcome, Outcome::Cancelled);
        QCOMPARE(stopped.size(), 1);
        QVERIFY2(results.first().message.contains("history"_L1),
                 qPrintable(results.first().message));
        QVERIFY(service.isStopped());
    }

    void cliSendsNothingToAReadOnlyHistoryFile()
    {
        const QString file = path(u"ro/history.sqlite"_s);
        {
            HistoryStore create;
            QVERIFY(create.open(file));
        }
        if (!makeImmutable(file))
            QSKIP("chattr +i is not available here");
        const CliRun run = importWith(file, 20);
        QVERIFY2(run.exitCode != 0, qPrintable(run.all()));
        QCOMPARE(m_sim->stats().totalRequests - m_sim->stats().perFunction.value(u"version"_s), 0);
        QVERIFY2(run.err.contains("history"), qPrintable(run.all()));
        QVERIFY(!run.err.contains("Secret123"));
    }

    void cliSendsNothingWhenTheHistoryFolderIsReadOnly()
    {
        const QString dir = path(u"locked"_s);
        QVERIFY(QDir().mkpath(dir));
        if (!makeImmutable(dir))
            QSKIP("chattr +i is not available here");
        const CliRun run = importWith(dir + u"/history.sqlite"_s, 20);
        QVERIFY2(run.exitCode != 0, qPrintable(run.all()));
        QCOMPARE(m_sim->stats().totalRequests - m_sim->stats().perFunction.value(u"version"_s), 0);
        QVERIFY2(run.err.contains("history"), qPrintable(run.all()));
    }

    void fullDiskNeverSendsAnUnrecordedRequest_data()
    {
        QTest::addColumn<bool>("viaCli");
        QTest::newRow("service") << false;
        QTest::newRow("viciprov-cli") << true;
    }

    void fullDiskNeverSendsAnUnrecordedRequest()
    {
        QFETCH(bool, viaCli);
        const QString dir = path(u"tiny"_s);
        if (!mountTiny(dir))
            QSKIP("mounting a tmpfs is not allowed here");
        const QString file = dir + u"/history.sqlite"_s;
        int sent = 0;
        QString message;
        if (viaCli) {
            {
                HistoryStore create;
                QVERIFY(create.open(file));
            }
            fillDisk(dir);
            const CliRun run = importWith(file, 300);
            QVERIFY2(run.exitCode != 0, qPrintable(run.all()));
            message = QString::fromUtf8(run.err);
            qInfo("viciprov-cli on a full disk: %s", run.err.trimmed().constData());
        } else {
            HistoryStore history;
            QVERIFY(history.open(file));
            fillDisk(dir);
            ProvisioningService service(&history);
            QSignalSpy stopped(&service, &ProvisioningService::sendingStopped);
            service.setConnection(makeConfig(m_sim->apiUrl()));
            QList<PhoneRecord> phones;
            for (int i = 0; i < 300; ++i)
                phones << makePhone(QString::number(8000 + i));
            service.submitBatch(phones, u"b"_s);
            QTRY_VERIFY_WITH_TIMEOUT(service.isIdle(), 60000);
            QCOMPARE(stopped.size(), 1);
            message = service.lastError();
            qInfo("service on a full disk: %s", qPrintable(message));
        }
        sent = addPhoneRequests();
        qInfo("sent %d of 300 before the disk was full", sent);
        QVERIFY2(sent < 300, "the disk never filled up");
        QVERIFY2(sent > 0, "the disk was full before the batch: the boundary was not tested");
        QFile::remove(dir + u"/filler"_s); // room to open it for counting
        // Every request that left is in the history; nothing else left.
        QCOMPARE(historyRows(file), sent);
        QVERIFY2(message.contains("history"_L1), qPrintable(message));
        QVERIFY2(message.contains("full"_L1, Qt::CaseInsensitive) ||
                     message.contains("disk"_L1, Qt::CaseInsensitive),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestHistoryUnwritable)
#include "TestHistoryUnwritable.moc"
