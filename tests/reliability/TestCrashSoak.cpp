// Crash safety with real processes: viciprov-cli importing into viciprov-sim
// (with latency and a --state file) is killed with SIGKILL at random moments
// and resumed by running the same import again. At the end the server holds
// every phone exactly once, no login twice, and the history accounts for
// every row. Also two CLI processes sharing one history database at once.
//
// Sizes: VP_SOAK_PHONES (default 300), VP_SOAK_KILLS (20), VP_SOAK_LATENCY_MS
// (50), VP_SOAK_SEED (random; printed). The long run of docs/reliability.md:
// VP_SOAK_PHONES=1000 VP_SOAK_KILLS=20.
#include "history/HistoryStore.h"
#include "ProcessHelpers.h"
#include "ReliabilityHelpers.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp::reliability;

namespace {
int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// Opens the history the way an auditor would, from outside the app.
class HistoryReader
{
public:
    explicit HistoryReader(const QString &path) : m_name(u"reader%1"_s.arg(++s_count))
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        m_db.open();
    }
    ~HistoryReader()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_db);
        query.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values[i]);
        return query.exec() && query.next() ? query.value(0) : QVariant();
    }
    QStringList column(const QString &sql)
    {
        QSqlQuery query(m_db);
        QStringList out;
        if (query.exec(sql))
            while (query.next())
                out << query.value(0).toString();
        return out;
    }

private:
    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_db;
};

// "note: 3 attempt(s) were left unfinished ..." from a run's stderr.
int notedInterrupted(const QByteArray &err)
{
    const int at = err.indexOf("note: ");
    return at < 0 ? 0 : err.mid(at + 6, 12).split(' ').value(0).toInt();
}

QSet<QString> extensionsOf(const QJsonArray &phones, const QString &key)
{
    QSet<QString> out;
    for (const auto &value : phones)
        out.insert(value.toObject().value(key).toString());
    return out;
}
} // namespace

class TestCrashSoak : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_env;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    QStringList cliArguments(const SimProcess &sim, const QString &csv,
                             const QStringList &extra = {}) const
    {
        return QStringList{u"--url"_s,          sim.baseUrl().toString(),
                           u"--user"_s,         u"apiadmin"_s,
                           u"--password-env"_s, u"VP_SOAK_PASS"_s,
                           u"--concurrency"_s,  u"4"_s,
                           u"--timeout"_s,      u"20"_s,
                           u"--history"_s,      path(u"history.sqlite"_s),
                           u"import"_s,         csv} +
               extra;
    }

    // The final state both tests demand of the history file.
    void verifyHistory(const QSet<QString> &expected)
    {
        HistoryReader reader(path(u"history.sqlite"_s));
        QCOMPARE(reader.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        // Say which rows were left unfinished, and which session locks remain.
        for (const QString &row : reader.column(
                 u"SELECT id || ' ' || extension || ' session ' || session || ' started ' || "
                 "started_at FROM attempts WHERE outcome IS NULL"_s))
            qWarning("unfinished: %s", qPrintable(row));
        const QDir locks(path(u"history.sqlite.sessions"_s));
        for (const QString &lock : locks.entryList(QDir::Files))
            qWarning("lock left: %s: %s", qPrintable(lock),
                     readFile(locks.filePath(lock)).replace('\n', ' ').constData());
        QCOMPARE(reader.scalar(u"SELECT count(*) FROM attempts WHERE outcome IS NULL"_s).toInt(),
                 0);
        const QStringList added =
            reader.column(u"SELECT extension FROM attempts WHERE outcome = 'added' "
                          "AND api_function = 'add_phone'"_s);
        QCOMPARE(added.size(), expected.size()); // each row added once, never twice
        QCOMPARE(QSet<QString>(added.cbegin(), added.cend()), expected);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_env = privateEnvironment(path(u"env"_s));
        m_env.insert(u"VP_SOAK_PASS"_s, u"Secret123"_s);
    }

    void cleanup() { m_dir.reset(); }

    void killedAtRandomAndResumedAddsEveryPhoneOnce()
    {
        const int phones = envInt("VP_SOAK_PHONES", 300);
        const int kills = envInt("VP_SOAK_KILLS", 20);
        const int latency = envInt("VP_SOAK_LATENCY_MS", 50);
        const quint32 seed =
            quint32(envInt("VP_SOAK_SEED", int(QRandomGenerator::global()->bounded(1 << 30))));
        qInfo("soak: %d phones, %d kills, latency %d ms, seed %u", phones, kills, latency, seed);
        QRandomGenerator random(seed);

        SimProcess sim;
        QVERIFY(sim.start(m_env, {u"--latency-ms"_s, QString::number(latency), u"--state"_s,
                                  path(u"sim.sqlite"_s)}));
        const QString csv = path(u"soak.csv"_s);
        QVERIFY(writeFile(csv, phonesCsv(10000, phones)));
        QSet<QString> expected;
        for (int i = 0; i < phones; ++i)
            expected.insert(QString::number(10000 + i));

        int killedRunning = 0;
        int interruptedNoted = 0;
        for (int k = 0; k < kills; ++k) {
            const int before = sim.stats().value(u"totalRequests"_s).toInt();
            auto process = startCli(m_env, cliArguments(sim, csv));
            QVERIFY(process->waitForStarted(10000));
            if (k % 2 == 0) {
                // Any moment from start-up on (history open, file read, ...).
                QTest::qWait(int(random.bounded(20, 320)));
            } else {
                // A moment while it sends, however slow start-up is on a busy machine
                // (a run that ends first is simply not killed this time).
                (void)QTest::qWaitFor(
                    [&] {
                        return process->state() == QProcess::NotRunning ||
                               sim.stats().value(u"totalRequests"_s).toInt() > before;
                    },
                    30000);
                QTest::qWait(int(random.bounded(0, 250)));
            }
            if (process->state() != QProcess::NotRunning) {
                process->kill(); // SIGKILL: no handler, no clean-up
                process->waitForFinished(10000);
                ++killedRunning;
            } else {
                process->waitForFinished(10000);
            }
            interruptedNoted += notedInterrupted(process->readAllStandardError());
        }

        // Resume until the import reports everything added (one run should do).
        CliRun last;
        int resumes = 0;
        for (; resumes < 3; ++resumes) {
            last = runCli(m_env, cliArguments(sim, csv, {u"--report"_s, path(u"report.csv"_s)}),
                          300000);
            interruptedNoted += notedInterrupted(last.err);
            if (last.exitCode == 0)
                break;
        }
        QVERIFY2(last.exitCode == 0, qPrintable(last.all()));

        const QJsonArray stored = sim.phones();
        QCOMPARE(stored.size(), phones);
        QCOMPARE(extensionsOf(stored, u"extension"_s), expected);
        QCOMPARE(extensionsOf(stored, u"login"_s).size(), phones); // no login twice
        verifyHistory(expected);

        // The last report accounts for every row of the file.
        const QList<QByteArray> report = readFile(path(u"report.csv"_s)).trimmed().split('\n');
        QCOMPARE(report.size(), phones + 1);
        for (int i = 1; i < report.size(); ++i)
            QVERIFY2(report[i].contains(",added,") || report[i].contains(",already_added,"),
                     report[i].constData());

        HistoryReader reader(path(u"history.sqlite"_s));
        const int interrupted =
            reader.scalar(u"SELECT count(*) FROM attempts WHERE outcome = 'interrupted'"_s).toInt();
        const int verified =
            reader.scalar(u"SELECT count(*) FROM attempts WHERE outcome = 'added' AND verify = 1"_s)
                .toInt();
        const int requests = sim.stats().value(u"totalRequests"_s).toInt();
        qInfo("soak: %d kills while running, %d attempts left in flight by kills (%d noted), "
              "%d resolved as added+verify, %d requests for %d phones, %d final run(s)",
              killedRunning, interrupted, interruptedNoted, verified, requests, phones,
              resumes + 1);
        // Every orphan was found and said (a run killed between marking and
        // printing can leave one unsaid).
        QVERIFY(interruptedNoted <= interrupted);
        QVERIFY(interruptedNoted > 0);
        // The test means something only if kills hit requests in flight.
        QVERIFY2(killedRunning >= kills - 2, "runs ended before their kill");
        QVERIFY2(interrupted > 0, "no kill happened while a request was in flight");
    }

    void twoInstancesShareOneHistory()
    {
        SimProcess sim;
        QVERIFY(sim.start(m_env, {u"--latency-ms"_s, u"10"_s}));
        const QString a = path(u"a.csv"_s);
        const QString b = path(u"b.csv"_s);
        QVERIFY(writeFile(a, phonesCsv(20000, 150)));
        QVERIFY(writeFile(b, phonesCsv(30000, 150)));
        auto first = startCli(m_env, cliArguments(sim, a));
        auto second = startCli(m_env, cliArguments(sim, b));
        const CliRun runA = finishCli(*first);
        const CliRun runB = finishCli(*second);
        QVERIFY2(runA.exitCode == 0, qPrintable(runA.all()));
        QVERIFY2(runB.exitCode == 0, qPrintable(runB.all()));
        QCOMPARE(sim.phones().size(), 300);
        QSet<QString> expected;
        for (int i = 0; i < 150; ++i)
            expected << QString::number(20000 + i) << QString::number(30000 + i);
        verifyHistory(expected);
        HistoryReader reader(path(u"history.sqlite"_s));
        QCOMPARE(reader.scalar(u"SELECT count(DISTINCT session) FROM attempts"_s).toInt(), 2);
    }

    void restartBesideALiveInstanceLeavesItsRowsAlone()
    {
        // B imports slowly; A is killed mid-run and started again while B still
        // runs. A's restart marks A's orphans interrupted, never B's rows in flight.
        SimProcess sim;
        QVERIFY(sim.start(m_env, {u"--latency-ms"_s, u"80"_s}));
        const QString a = path(u"a.csv"_s);
        const QString b = path(u"b.csv"_s);
        QVERIFY(writeFile(a, phonesCsv(40000, 60)));
        QVERIFY(writeFile(b, phonesCsv(50000, 80)));
        auto slow = startCli(m_env, cliArguments(sim, b));
        auto victim = startCli(m_env, cliArguments(sim, a));
        // Kill A while it sends (start-up may be slow on a busy or instrumented build).
        const auto sending = [&sim] {
            for (const auto &value : sim.phones())
                if (value.toObject().value(u"extension"_s).toString().startsWith(QLatin1Char('4')))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sending(), 30000);
        QTest::qWait(100);
        QVERIFY(victim->state() != QProcess::NotRunning);
        victim->kill();
        victim->waitForFinished();
        QVERIFY(slow->state() != QProcess::NotRunning);
        const CliRun resumed = runCli(m_env, cliArguments(sim, a));
        const CliRun runB = finishCli(*slow);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.all()));
        QVERIFY2(runB.exitCode == 0, qPrintable(runB.all()));
        HistoryReader reader(path(u"history.sqlite"_s));
        QCOMPARE(reader
                     .scalar(u"SELECT count(*) FROM attempts WHERE outcome = "
                             "'interrupted' AND extension >= '50000'"_s)
                     .toInt(),
                 0);
        QVERIFY(reader
                    .scalar(u"SELECT count(*) FROM attempts WHERE outcome = "
                            "'interrupted'"_s)
                    .toInt() > 0);
        QSet<QString> expected;
        for (int i = 0; i < 60; ++i)
            expected << QString::number(40000 + i);
        for (int i = 0; i < 80; ++i)
            expected << QString::number(50000 + i);
        verifyHistory(expected);
        QCOMPARE(sim.phones().size(), 140);
    }

    void emptyLockOfADeadSessionDoesNotHideItsRows()
    {
        // A process killed while it took a dead session's lock (between
        // creating the lock file and writing its owner into it) leaves an
        // empty lock file. That must not make the dead session look alive:
        // its rows would stay "sending" for ever (seen once in the long soak).
        const QString file = path(u"history.sqlite"_s);
        {
            vp::HistoryStore dead;
            QVERIFY(dead.open(file));
            vp::HistoryAttempt attempt;
            attempt.function = u"add_phone"_s;
            attempt.phone = makePhone(u"8901"_s);
            QVERIFY2(dead.recordStart(attempt) > 0, qPrintable(dead.lastError()));
        } // closed without finishing: as if killed
        QString session;
        {
            HistoryReader reader(file);
            session = reader.scalar(u"SELECT session FROM attempts"_s).toString();
        }
        QVERIFY(!session.isEmpty());
        const QString lock = file + u".sessions/"_s + session + u".lock"_s;
        QVERIFY(QDir().mkpath(QFileInfo(lock).absolutePath()));
        QVERIFY(writeFile(lock, QByteArray()));
        vp::HistoryStore next;
        QVERIFY(next.open(file));
        QCOMPARE(next.markInterrupted(), 1);
        QVERIFY(!QFileInfo::exists(lock));
    }

    void handoutAfterAKillNeverListsAWrongPassword()
    {
        // A run with generated passwords is killed after the server stored a
        // phone but before the reply came (the reply never ends); the next
        // run, against the same server state, generates new passwords, finds
        // the phone "already exists" (added + verify), and must not hand out
        // a password the server does not have.
        const QString state = path(u"sim.sqlite"_s);
        const QString csv = path(u"bare.csv"_s);
        QVERIFY(writeFile(csv, "extension,phone_login,phone_full_name,outbound_cid\n"
                               "7301,7301,Gen One,3125551212\n"));
        const QStringList generate = {u"--default"_s, u"server_ip=10.10.10.15"_s,
                                      u"--generate-passwords"_s, u"--handout"_s};
        QString storedPass;
        quint16 port = 0;
        {
            SimProcess hanging;
            QVERIFY(hanging.start(m_env,
                                  {u"--state"_s, state, u"--fault-rate"_s, u"never-finish=1"_s}));
            auto process = startCli(
                m_env, cliArguments(hanging, csv, generate + QStringList{path(u"h1.csv"_s)}));
            QTRY_VERIFY_WITH_TIMEOUT(hanging.phones().size() == 1, 20000);
            process->kill();
            process->waitForFinished();
            storedPass = hanging.phones().at(0).toObject().value(u"pass"_s).toString();
            port = quint16(hanging.baseUrl().port());
        }
        QVERIFY(!QFileInfo::exists(path(u"h1.csv"_s)));
        // The same server again (same address: the history's unknown attempt
        // is about this system), restarted on its state.
        SimProcess sim;
        QVERIFY(sim.start(m_env, {u"--state"_s, state, u"--port"_s, QString::number(port)}));
        const CliRun resumed =
            runCli(m_env, cliArguments(sim, csv, generate + QStringList{path(u"h2.csv"_s)}));
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.all()));
        QVERIFY2(resumed.out.contains("verify") || resumed.out.contains("Already on the server"),
                 qPrintable(resumed.all()));
        QCOMPARE(sim.phones().size(), 1);
        // The phone's passwords are the killed run's, which nobody kept: it is
        // left out of the handout and named as needing new passwords.
        const QByteArray handout = readFile(path(u"h2.csv"_s));
        for (const QByteArray &line : handout.split('\n'))
            QVERIFY2(!line.startsWith("7301,"), handout.constData());
        QVERIFY2(resumed.err.contains("Set new passwords") && resumed.err.contains("7301"),
                 qPrintable(resumed.all()));
    }
};

QTEST_GUILESS_MAIN(TestCrashSoak)
#include "TestCrashSoak.moc"
