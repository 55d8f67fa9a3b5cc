// viciprov-cli undo end to end: the whole lifecycle of a batch (import,
// update one, deactivate one, delete one, undo) leaves the server with
// exactly the phones it had before the batch; an undo is never sent to
// another system; a refused delete permission stops it after one request; a
// wrong password costs one failed login; an undo run again finishes the
// first. The real executable against the project's simulator.
#include "CliRunner.h"
#include "history/BatchJournal.h"
#include "history/HistoryStore.h"
#include "Simulator.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestCliUndo : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    test::CliRun m_run;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    static sim::SimConfig config()
    {
        sim::SimConfig config = sim::SimConfig::defaults();
        sim::SimUser noDelete;
        noDelete.user = u"nodelete"_s;
        noDelete.pass = u"NoDel1234"_s;
        noDelete.deletePhones = false;
        config.users.append(noDelete);
        return config;
    }

    int runCli(const QStringList &arguments, const QString &password = u"Secret123"_s,
               const QString &url = {}, const QString &user = u"apiadmin"_s)
    {
        m_run = test::runCli(m_dir->path(), url.isEmpty() ? m_sim->baseUrl().toString() : url, user,
                             password, arguments);
        return m_run.exitCode;
    }

    QString diagnostics() const { return m_run.diagnostics(); }

    QString printedBatch() const { return m_run.printedBatch(); }

    static QStringList extensions(const sim::Simulator &simulator)
    {
        QStringList result;
        for (const QJsonValue &value : simulator.phones())
            result << value.toObject().value(u"extension"_s).toString();
        result.sort();
        return result;
    }

    static QStringList target(const QString &extension)
    {
        return {u"--extension"_s, extension, u"--server-ip"_s, u"10.10.10.15"_s};
    }

    // 9002 is on the server before the batch (added, then forgotten by the
    // history); the batch imports 9001-9004 and names its id.
    QString importBatch(const QString &user = u"apiadmin"_s,
                        const QString &password = u"Secret123"_s)
    {
        if (runCli({u"add"_s, u"--extension"_s, u"9002"_s, u"--server-ip"_s, u"10.10.10.15"_s,
                    u"--outbound-cid"_s, u"3125551212"_s, u"--phone-pass-env"_s, u"VP_TEST_PASS"_s,
                    u"--registration-password-env"_s, u"VP_TEST_PASS"_s}) != 0)
            return {};
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path(u"history.sqlite"_s + suffix));
        QFile file(path(u"agents.csv"_s));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("extension,phone_full_name,phone_login,phone_pass,registration_password\r\n"
                   "9001,Ana,9001,PwAna9001,RgAna9001\r\n"
                   "9002,Bruno,9002,PwBru9002,RgBru9002\r\n"
                   "9003,Chloé,9003,PwChl9003,RgChl9003\r\n"
                   "9004,Dário,9004,PwDar9004,RgDar9004\r\n");
        file.close();
        if (runCli({u"import"_s, path(u"agents.csv"_s), u"--default"_s, u"server_ip=10.10.10.15"_s,
                    u"--default"_s, u"outbound_cid=3125551212"_s},
                   password, {}, user) != 1) // 9002 already existed
            return {};
        return printedBatch();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_sim = std::make_unique<sim::Simulator>(config());
        QVERIFY(m_sim->listen(0));
    }

    void cleanup()
    {
        m_sim.reset();
        m_dir.reset();
    }

    void lifecycleEndsWithThePhonesFromBeforeTheBatch()
    {
        const QString batchId = importBatch();
        QVERIFY2(!batchId.isEmpty(), qPrintable(diagnostics()));
        QCOMPARE(extensions(*m_sim), (QStringList{u"9001"_s, u"9002"_s, u"9003"_s, u"9004"_s}));
        QVERIFY2(runCli(QStringList{u"update"_s} + target(u"9001"_s) +
                        QStringList{u"--phone-full-name"_s, u"Ana Lopez"_s}) == 0,
                 qPrintable(diagnostics()));
        QVERIFY2(runCli(QStringList{u"deactivate"_s} + target(u"9003"_s)) == 0,
                 qPrintable(diagnostics()));
        QVERIFY2(runCli(QStringList{u"delete"_s, u"--yes"_s} + target(u"9004"_s)) == 0,
                 qPrintable(diagnostics()));
        // A single add afterwards is not a batch: --last still means the import.
        QVERIFY2(runCli({u"add"_s, u"--extension"_s, u"9100"_s, u"--server-ip"_s, u"10.10.10.15"_s,
                         u"--outbound-cid"_s, u"3125551212"_s, u"--phone-pass-env"_s,
                         u"VP_TEST_PASS"_s, u"--registration-password-env"_s, u"VP_TEST_PASS"_s}) ==
                     0,
                 qPrintable(diagnostics()));

        // A dry run names what it would do and sends nothing.
        const int updatesBefore = m_sim->stats().perFunction.value(u"update_phone"_s);
        QVERIFY2(runCli({u"undo"_s, u"--last"_s, u"--dry-run"_s}) == 0, qPrintable(diagnostics()));
        const QString plan = QString::fromUtf8(m_run.err);
        QVERIFY2(plan.contains(batchId), qPrintable(plan));
        QVERIFY2(plan.contains(u"2 phones to delete"_s), qPrintable(plan));
        QVERIFY2(plan.contains(u"9001@10.10.10.15 was changed since"_s), qPrintable(plan));
        QVERIFY2(plan.contains(u"1 already existed before the batch: kept"_s), qPrintable(plan));
        QVERIFY2(plan.contains(u"1 are deleted already"_s), qPrintable(plan));
        QCOMPARE(m_sim->stats().perFunction.value(u"update_phone"_s), updatesBefore);
        // Without a terminal and without --yes nothing is deleted (a usage
        // error: a script must say --yes).
        QCOMPARE(runCli({u"undo"_s, batchId}), 2);
        QVERIFY2(diagnostics().contains(u"in a script, add --yes"_s), qPrintable(diagnostics()));
        QCOMPARE(m_sim->stats().perFunction.value(u"update_phone"_s), updatesBefore);

        QVERIFY2(runCli({u"undo"_s, batchId, u"--yes"_s}) == 0, qPrintable(diagnostics()));
        // Exactly what was there before the batch (and the later single add).
        QCOMPARE(extensions(*m_sim), (QStringList{u"9002"_s, u"9100"_s}));
        QCOMPARE(m_sim->stats().perFunction.value(u"update_phone"_s), updatesBefore + 2);
        QVERIFY2(QString::fromUtf8(m_run.err).contains(u"2 deleted"_s), qPrintable(diagnostics()));

        // Again: nothing left to delete, nothing sent.
        QVERIFY2(runCli({u"undo"_s, batchId, u"--yes"_s}) == 0, qPrintable(diagnostics()));
        QVERIFY2(QString::fromUtf8(m_run.err).contains(u"Nothing to delete"_s),
                 qPrintable(diagnostics()));
        QCOMPARE(m_sim->stats().perFunction.value(u"update_phone"_s), updatesBefore + 2);
        // The undo is not itself a batch --last would take back.
        QVERIFY2(runCli({u"undo"_s, u"--last"_s, u"--dry-run"_s}) == 0, qPrintable(diagnostics()));
        QVERIFY2(QString::fromUtf8(m_run.err).contains(batchId), qPrintable(diagnostics()));
    }

    // An undo cut short (the connection closed after the server deleted the
    // phone, before its answer) is finished by running it again: the phone
    // the lost answer deleted counts as gone, the rest is sent.
    void undoRunAgainFinishesIt()
    {
        const QString batchId = importBatch();
        QVERIFY2(!batchId.isEmpty(), qPrintable(diagnostics()));
        // The first undo's request for 9001 reached the server but its
        // answer was lost: as far as the history knows, 9001 may be deleted.
        m_sim->injectFault(sim::Fault::CloseMidReply, 1);
        const int first = runCli({u"undo"_s, batchId, u"--yes"_s});
        QVERIFY2(first == 0 || first == 1, qPrintable(diagnostics()));
        if (first == 1)
            QVERIFY2(QString::fromUtf8(m_run.err).contains(u"Run the same undo again"_s),
                     qPrintable(diagnostics()));
        // Run again: whatever the first left is finished; nothing is sent twice
        // for a phone the history knows is gone.
        QVERIFY2(runCli({u"undo"_s, batchId, u"--yes"_s}) == 0, qPrintable(diagnostics()));
        const QString again = QString::fromUtf8(m_run.err);
        QVERIFY2(again.contains(u"Nothing to delete"_s) || again.contains(u"were gone already"_s),
                 qPrintable(again));
        QCOMPARE(extensions(*m_sim), QStringList{u"9002"_s});
    }

    // The batch was sent to this simulator: asked on another, nothing is sent.
    void undoIsNeverSentToAnotherSystem()
    {
        const QString batchId = importBatch();
        QVERIFY2(!batchId.isEmpty(), qPrintable(diagnostics()));
        sim::Simulator other(config());
        QVERIFY(other.listen(0));
        QCOMPARE(
            runCli({u"undo"_s, batchId, u"--yes"_s}, u"Secret123"_s, other.baseUrl().toString()),
            2);
        QVERIFY2(QString::fromUtf8(m_run.err).contains(u"Nothing is deleted on a system"_s),
                 qPrintable(diagnostics()));
        QCOMPARE(other.stats().totalRequests, 0);
        QCOMPARE(extensions(*m_sim).size(), 4);
        // --last on the other system finds no batch there.
        QCOMPARE(runCli({u"undo"_s, u"--last"_s, u"--yes"_s}, u"Secret123"_s,
                        other.baseUrl().toString()),
                 2);
        QCOMPARE(other.stats().totalRequests, 0);
    }

    // An undo killed in the middle (its first delete sent, never answered)
    // stays in the batch journal as an open batch "Undo of ..."; running the
    // undo again reads the plan afresh, finishes it, and closes the killed one.
    void undoKilledInTheMiddleIsResumed()
    {
        const QString batchId = importBatch();
        QVERIFY2(!batchId.isEmpty(), qPrintable(diagnostics()));
        m_sim->injectFault(sim::Fault::NeverFinish, 1);
        const int deletesBefore = m_sim->stats().perFunction.value(u"update_phone"_s);
        {
            QProcess killed;
            test::startCli(killed, m_dir->path(), m_sim->baseUrl().toString(), u"apiadmin"_s,
                           u"Secret123"_s, {u"undo"_s, batchId, u"--yes"_s});
            QTRY_VERIFY_WITH_TIMEOUT(
                m_sim->stats().perFunction.value(u"update_phone"_s) > deletesBefore, 30000);
            killed.kill();
            QVERIFY(killed.waitForFinished(10000));
        }
        QVERIFY2(runCli({u"history"_s, u"--batches"_s}) == 0, qPrintable(diagnostics()));
        const QString listed = QString::fromUtf8(m_run.out);
        QVERIFY2(listed.contains(u"Undo of "_s + batchId), qPrintable(listed));

        QVERIFY2(runCli({u"undo"_s, batchId, u"--yes"_s}) == 0, qPrintable(diagnostics()));
        QCOMPARE(extensions(*m_sim), QStringList{u"9002"_s});
        QVERIFY(m_sim->stats().maxConcurrentSameExtension <= 1);

        // Nothing of the undo is left to offer at the next start.
        vp::HistoryStore history;
        QVERIFY(history.open(path(u"history.sqlite"_s)));
        vp::BatchJournal journal(history);
        for (const vp::BatchInfo &open : journal.orphanedBatches())
            QVERIFY2(open.undoOf != batchId, qPrintable(open.batchId));
        int undos = 0;
        for (const QString &id : history.batches(50))
            undos += journal.batch(id) && journal.batch(id)->undoOf == batchId;
        QCOMPARE(undos, 2);
    }

    // A user without "Delete Phones": one refused request, then it stops;
    // a wrong password: one failed login, then it stops.
    void refusalsStopAtTheFirstRequest()
    {
        const QString batchId = importBatch();
        QVERIFY2(!batchId.isEmpty(), qPrintable(diagnostics()));
        const int before = m_sim->stats().perFunction.value(u"update_phone"_s);
        QCOMPARE(runCli({u"undo"_s, batchId, u"--yes"_s}, u"NoDel1234"_s, {}, u"nodelete"_s), 3);
        QCOMPARE(m_sim->stats().perFunction.value(u"update_phone"_s), before + 1);
        QVERIFY2(QString::fromUtf8(m_run.err).contains(u"Delete Phones"_s),
                 qPrintable(diagnostics()));
        QCOMPARE(runCli({u"undo"_s, batchId, u"--yes"_s}, u"WrongPass1"_s), 3);
        QCOMPARE(m_sim->stats().perFunction.value(u"update_phone"_s), before + 2);
        QCOMPARE(extensions(*m_sim).size(), 4);
        QVERIFY(!m_run.err.contains("WrongPass1"));
    }
};

QTEST_GUILESS_MAIN(TestCliUndo)
#include "TestCliUndo.moc"
