// The batch journal: a batch's plan recorded without passwords, joined with
// the history's attempts into each row's state, and offered again only when
// the process that ran it is gone.
#include "history/BatchJournal.h"
#include "history/HistoryStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vp;

Q_DECLARE_METATYPE(vp::BatchRowState)

namespace {

PhoneRecord phone(int extension)
{
    PhoneRecord p;
    const QString ext = QString::number(extension);
    p.setValue(PhoneField::Extension, ext);
    p.setValue(PhoneField::DialplanNumber, ext);
    p.setValue(PhoneField::VoicemailId, ext);
    p.setValue(PhoneField::PhoneLogin, QStringLiteral("ag") + ext);
    p.setValue(PhoneField::PhonePass, QStringLiteral("SecretPass") + ext);
    p.setValue(PhoneField::ServerIp, QStringLiteral("10.10.10.15"));
    p.setValue(PhoneField::Protocol, QStringLiteral("SIP"));
    p.setValue(PhoneField::RegistrationPassword, QStringLiteral("RegSecret") + ext);
    p.setValue(PhoneField::PhoneFullName, QStringLiteral("Agent José ") + ext);
    p.setValue(PhoneField::LocalGmt, QStringLiteral("-5.00"));
    p.setValue(PhoneField::OutboundCid, QStringLiteral("3125550100"));
    return p;
}

// One finished attempt of a row, as the service records it.
void attempt(HistoryStore &history, const QString &batchId, const PhoneRecord &p, Outcome outcome,
             bool verify = false, bool finish = true)
{
    HistoryAttempt a;
    a.serverUrl = QStringLiteral("http://127.0.0.1/vicidial/non_agent_api.php");
    a.apiUser = QStringLiteral("apiuser");
    a.method = QStringLiteral("POST");
    a.function = QStringLiteral("add_phone");
    a.batchId = batchId;
    a.phone = p;
    const qint64 id = history.recordStart(a);
    QVERIFY(id > 0);
    if (finish)
        QVERIFY(
            history.recordFinish(id, outcome, 200, outcomeTitle(outcome), QString(), 5, verify));
}

BatchInfo info(const QString &batchId, bool generated = false)
{
    BatchInfo i;
    i.batchId = batchId;
    i.label = QStringLiteral("agents.csv");
    i.serverUrl = QStringLiteral("http://127.0.0.1/vicidial/non_agent_api.php");
    i.apiUser = QStringLiteral("apiuser");
    i.passwordsGenerated = generated;
    return i;
}

} // namespace

class TestBatchJournal : public QObject
{
    Q_OBJECT

private slots:
    void planRoundTripsWithoutPasswords();
    void stateOfEachOutcome_data();
    void stateOfEachOutcome();
    void progressFollowsAttemptsInOrder_data();
    void progressFollowsAttemptsInOrder();
    void onlyBatchesOfGoneProcessesAreOffered();
    void closedBatchIsNotOffered();
};

void TestBatchJournal::planRoundTripsWithoutPasswords()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryStore history;
    QVERIFY(history.open(path));
    BatchJournal journal(history);
    QVERIFY2(journal.isOpen(), qPrintable(journal.lastError()));

    QList<PhoneRecord> phones;
    for (int i = 0; i < 50; ++i)
        phones.append(phone(1001 + i));
    phones[3].setActive(false);
    phones[4].setValue(PhoneField::RegistrationPassword, QString());
    QList<int> lines;
    for (int i = 0; i < 50; ++i)
        lines.append(i + 2);
    QVERIFY2(journal.begin(info(QStringLiteral("b1"), true), phones, lines),
             qPrintable(journal.lastError()));

    const QList<BatchPlanRow> plan = journal.plan(QStringLiteral("b1"));
    QCOMPARE(plan.size(), 50);
    for (int i = 0; i < 50; ++i) {
        QCOMPARE(plan[i].seq, i);
        QCOMPARE(plan[i].sourceLine, i + 2);
        QCOMPARE(plan[i].phone, phones[i].withoutSecrets());
        QVERIFY(plan[i].phonePassSet);
        QCOMPARE(plan[i].registrationPasswordSet, i != 4);
    }
    QVERIFY(!plan[3].phone.isActive());
    const std::optional<BatchInfo> stored = journal.batch(QStringLiteral("b1"));
    QVERIFY(stored);
    QCOMPARE(stored->label, QStringLiteral("agents.csv"));
    QCOMPARE(stored->rowCount, 50);
    QVERIFY(stored->passwordsGenerated);
    QCOMPARE(stored->ownerSession, history.sessionId());

    // No password reaches the file (nor its write-ahead log).
    history.close();
    QByteArray bytes;
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    QVERIFY(bytes.contains("Agent Jos")); // the plan is really in these files
    QVERIFY(!bytes.contains("SecretPass"));
    QVERIFY(!bytes.contains("RegSecret"));
}

void TestBatchJournal::stateOfEachOutcome_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<bool>("verify");
    QTest::addColumn<BatchRowState>("state");
    QTest::newRow("added") << Outcome::Added << false << BatchRowState::Added;
    QTest::newRow("exists after unknown")
        << Outcome::AlreadyExistsOnServer << true << BatchRowState::Added;
    QTest::newRow("exists") << Outcome::AlreadyExistsOnServer << false
                            << BatchRowState::AlreadyExisted;
    QTest::newRow("login exists") << Outcome::LoginExists << false << BatchRowState::Failed;
    QTest::newRow("bad time zone") << Outcome::BadTimezone << false << BatchRowState::Failed;
    QTest::newRow("cancelled before sent") << Outcome::Cancelled << false << BatchRowState::NotSent;
    QTest::newRow("network error") << Outcome::NetworkError << false << BatchRowState::NotSent;
    QTest::newRow("login failed") << Outcome::LoginFailed << false << BatchRowState::NotSent;
    QTest::newRow("locked out") << Outcome::LockedOut << false << BatchRowState::NotSent;
    QTest::newRow("timeout") << Outcome::Timeout << false << BatchRowState::Unknown;
    QTest::newRow("server error") << Outcome::ServerError << false << BatchRowState::Unknown;
    QTest::newRow("connection lost") << Outcome::ConnectionLost << false << BatchRowState::Unknown;
    QTest::newRow("interrupted") << Outcome::Interrupted << false << BatchRowState::Unknown;
    QTest::newRow("aborted") << Outcome::Aborted << false << BatchRowState::Unknown;
}

void TestBatchJournal::stateOfEachOutcome()
{
    QFETCH(Outcome, outcome);
    QFETCH(bool, verify);
    QFETCH(BatchRowState, state);
    HistoryAttempt a;
    a.finished = true;
    a.outcome = outcome;
    a.verify = verify;
    QCOMPARE(BatchJournal::stateOf(a), state);
}

void TestBatchJournal::progressFollowsAttemptsInOrder_data()
{
    QTest::addColumn<QList<Outcome>>("attempts");
    QTest::addColumn<QList<bool>>("verify");
    QTest::addColumn<BatchRowState>("state");
    QTest::newRow("none") << QList<Outcome>{} << QList<bool>{} << BatchRowState::NotSent;
    QTest::newRow("added") << QList<Outcome>{Outcome::Added} << QList<bool>{false}
                           << BatchRowState::Added;
    // Sent once with no answer, then cancelled before the resend left: still
    // unknown, so the next send resolves it instead of failing on "exists".
    QTest::newRow("unknown, then cancelled") << QList<Outcome>{Outcome::Timeout, Outcome::Cancelled}
                                             << QList<bool>{false, false} << BatchRowState::Unknown;
    QTest::newRow("unknown, then exists")
        << QList<Outcome>{Outcome::Interrupted, Outcome::AlreadyExistsOnServer}
        << QList<bool>{false, true} << BatchRowState::Added;
    QTest::newRow("failed, then added after a fix")
        << QList<Outcome>{Outcome::LoginExists, Outcome::Added} << QList<bool>{false, false}
        << BatchRowState::Added;
    QTest::newRow("login failed, nothing created")
        << QList<Outcome>{Outcome::LoginFailed} << QList<bool>{false} << BatchRowState::NotSent;
}

void TestBatchJournal::progressFollowsAttemptsInOrder()
{
    QFETCH(QList<Outcome>, attempts);
    QFETCH(QList<bool>, verify);
    QFETCH(BatchRowState, state);
    HistoryStore history;
    QVERIFY(history.openInMemory());
    BatchJournal journal(history);
    const QList<PhoneRecord> phones{phone(2001), phone(2002)};
    QVERIFY(journal.begin(info(QStringLiteral("b2")), phones, {2, 3}));
    for (int i = 0; i < attempts.size(); ++i)
        attempt(history, QStringLiteral("b2"), phones[0], attempts[i], verify[i]);
    attempt(history, QStringLiteral("b2"), phones[1], Outcome::Added);
    // Another batch's attempt for the same extension does not count here.
    attempt(history, QStringLiteral("other"), phones[0], Outcome::Added);

    const BatchProgress progress = journal.progress(QStringLiteral("b2"));
    QCOMPARE(progress.rows.size(), 2);
    QCOMPARE(progress.rows[0].state, state);
    QCOMPARE(progress.rows[0].hasAttempt, !attempts.isEmpty());
    QCOMPARE(progress.rows[1].state, BatchRowState::Added);
    QCOMPARE(progress.hasWorkLeft(),
             state == BatchRowState::NotSent || state == BatchRowState::Unknown);
}

void TestBatchJournal::onlyBatchesOfGoneProcessesAreOffered()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    auto first = std::make_unique<HistoryStore>();
    QVERIFY(first->open(path));
    auto firstJournal = std::make_unique<BatchJournal>(*first);
    QVERIFY(firstJournal->begin(info(QStringLiteral("running")), {phone(3001)}, {1}));

    HistoryStore second;
    QVERIFY(second.open(path));
    BatchJournal secondJournal(second);
    // The first store's process (here: store) still lives: not offered.
    QVERIFY(secondJournal.orphanedBatches().isEmpty());
    QVERIFY(second.isSessionAlive(first->sessionId()));

    firstJournal.reset();
    first.reset(); // its session lock goes, as when a process dies
    const QList<BatchInfo> offered = secondJournal.orphanedBatches();
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered[0].batchId, QStringLiteral("running"));

    // Taken over by the second process: no longer an orphan.
    QVERIFY(secondJournal.adopt(QStringLiteral("running")));
    QVERIFY(secondJournal.orphanedBatches().isEmpty());
}

void TestBatchJournal::closedBatchIsNotOffered()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore history;
        QVERIFY(history.open(path));
        BatchJournal journal(history);
        QVERIFY(journal.begin(info(QStringLiteral("done")), {phone(4001)}, {1}));
        QVERIFY(journal.begin(info(QStringLiteral("open")), {phone(4002)}, {1}));
        QVERIFY(journal.close(QStringLiteral("done")));
        // The same batch id twice is refused (one plan per batch).
        QVERIFY(!journal.begin(info(QStringLiteral("open")), {phone(4003)}, {1}));
        QCOMPARE(journal.plan(QStringLiteral("open")).size(), 1);
    }
    HistoryStore history;
    QVERIFY(history.open(path));
    BatchJournal journal(history);
    const QList<BatchInfo> offered = journal.orphanedBatches();
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered[0].batchId, QStringLiteral("open"));
}

QTEST_GUILESS_MAIN(TestBatchJournal)
#include "TestBatchJournal.moc"
