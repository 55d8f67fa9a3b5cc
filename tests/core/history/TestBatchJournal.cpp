// The batch journal: a batch's plan recorded without passwords, joined with
// the history's attempts into each row's state, and offered again only when
// the process that ran it is gone.
#include "history/BatchJournal.h"
#include "history/HistoryStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

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
    p.setValue(PhoneField::PhoneLogin, u"ag"_s + ext);
    p.setValue(PhoneField::PhonePass, u"SecretPass"_s + ext);
    p.setValue(PhoneField::ServerIp, u"10.10.10.15"_s);
    p.setValue(PhoneField::Protocol, u"SIP"_s);
    p.setValue(PhoneField::RegistrationPassword, u"RegSecret"_s + ext);
    p.setValue(PhoneField::PhoneFullName, u"Agent José "_s + ext);
    p.setValue(PhoneField::LocalGmt, u"-5.00"_s);
    p.setValue(PhoneField::OutboundCid, u"3125550100"_s);
    return p;
}

// One finished attempt of a row, as the service records it.
void attempt(HistoryStore &history, const QString &batchId, const PhoneRecord &p, Outcome outcome,
             bool verify = false, bool finish = true, const QString &function = u"add_phone"_s)
{
    HistoryAttempt a;
    a.serverUrl = u"http://127.0.0.1/vicidial/non_agent_api.php"_s;
    a.apiUser = u"apiuser"_s;
    a.method = u"POST"_s;
    a.function = function;
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
    i.label = u"agents.csv"_s;
    i.serverUrl = u"http://127.0.0.1/vicidial/non_agent_api.php"_s;
    i.apiUser = u"apiuser"_s;
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
    void planKeepsEachRowsOperation();
    void skippedRowsAreKeptWithoutPasswords_data();
    void skippedRowsAreKeptWithoutPasswords();
};

void TestBatchJournal::planRoundTripsWithoutPasswords()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
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
    QVERIFY2(journal.begin(info(u"b1"_s, true), phones, lines), qPrintable(journal.lastError()));

    const QList<BatchPlanRow> plan = journal.plan(u"b1"_s);
    QCOMPARE(plan.size(), 50);
    for (int i = 0; i < 50; ++i) {
        QCOMPARE(plan[i].seq, i);
        QCOMPARE(plan[i].sourceLine, i + 2);
        QCOMPARE(plan[i].phone, phones[i].withoutSecrets());
        QVERIFY(plan[i].phonePassSet);
        QCOMPARE(plan[i].registrationPasswordSet, i != 4);
    }
    QVERIFY(!plan[3].phone.isActive());
    const std::optional<BatchInfo> stored = journal.batch(u"b1"_s);
    QVERIFY(stored);
    QCOMPARE(stored->label, u"agents.csv"_s);
    QCOMPARE(stored->rowCount, 50);
    QVERIFY(stored->passwordsGenerated);
    QCOMPARE(stored->ownerSession, history.sessionId());

    // No password reaches the file (nor its write-ahead log).
    history.close();
    QByteArray bytes;
    for (const QString &file : QStringList{path, path + u"-wal"_s}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    QVERIFY(bytes.contains("Agent Jos")); // the plan is really in these files
    QVERIFY(!bytes.contains("SecretPass"));
    QVERIFY(!bytes.contains("RegSecret"));
}

void TestBatchJournal::skippedRowsAreKeptWithoutPasswords_data()
{
    QTest::addColumn<bool>("inFile");
    QTest::newRow("history in a file") << true;
    QTest::newRow("history in memory") << false;
}

// A 20-row list with a duplicate and an already-added row: the two rows not
// sent are kept with the plan (line, reason, message), so the report lists
// every input row; their passwords are not.
void TestBatchJournal::skippedRowsAreKeptWithoutPasswords()
{
    QFETCH(bool, inFile);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    HistoryStore history;
    QVERIFY(inFile ? history.open(path) : history.openInMemory());
    BatchJournal journal(history);
    QVERIFY2(journal.isOpen(), qPrintable(journal.lastError()));

    QList<PhoneRecord> phones;
    QList<int> lines;
    QList<BatchSkippedRow> skipped;
    for (int line = 2; line <= 21; ++line) {
        if (line == 12 || line == 21) {
            skipped.append({line, phone(1000 + line),
                            line == 12 ? u"duplicate"_s : u"already_added"_s,
                            line == 12 ? u"Same extension and server as line 5."_s
                                       : u"Extension 1021 was already added."_s});
            continue;
        }
        phones.append(phone(1000 + line));
        lines.append(line);
    }
    QVERIFY2(journal.begin(info(u"b20"_s), phones, lines, skipped),
             qPrintable(journal.lastError()));
    const BatchProgress progress = journal.progress(u"b20"_s);
    QCOMPARE(progress.rows.size(), 18);
    QCOMPARE(progress.skipped.size(), 2);
    QCOMPARE(progress.rows.size() + progress.skipped.size(), 20);
    QCOMPARE(progress.skipped[0].sourceLine, 12);
    QCOMPARE(progress.skipped[0].reason, u"duplicate"_s);
    QCOMPARE(progress.skipped[0].message, u"Same extension and server as line 5."_s);
    QCOMPARE(progress.skipped[0].phone, phone(1012).withoutSecrets());
    QCOMPARE(progress.skipped[1].sourceLine, 21);
    QCOMPARE(progress.skipped[1].reason, u"already_added"_s);
    // Skipped rows are no work left: the batch is not offered for them.
    QVERIFY(progress.hasWorkLeft()); // its 18 rows are not sent yet
    QVERIFY(journal.skippedRows(u"other"_s).isEmpty());
    if (!inFile)
        return;
    history.close();
    QByteArray bytes;
    for (const QString &file : QStringList{path, path + u"-wal"_s}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    QVERIFY(bytes.contains("Same extension and server as line 5."));
    QVERIFY(!bytes.contains("SecretPass1012"));
    QVERIFY(!bytes.contains("RegSecret1021"));
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
    QVERIFY(journal.begin(info(u"b2"_s), phones, {2, 3}));
    for (int i = 0; i < attempts.size(); ++i)
        attempt(history, u"b2"_s, phones[0], attempts[i], verify[i]);
    attempt(history, u"b2"_s, phones[1], Outcome::Added);
    // Another batch's attempt for the same extension does not count here.
    attempt(history, u"other"_s, phones[0], Outcome::Added);

    const BatchProgress progress = journal.progress(u"b2"_s);
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
    const QString path = dir.filePath(u"history.sqlite"_s);
    auto first = std::make_unique<HistoryStore>();
    QVERIFY(first->open(path));
    auto firstJournal = std::make_unique<BatchJournal>(*first);
    QVERIFY(firstJournal->begin(info(u"running"_s), {phone(3001)}, {1}));

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
    QCOMPARE(offered[0].batchId, u"running"_s);

    // Taken over by the second process: no longer an orphan.
    QVERIFY(secondJournal.adopt(u"running"_s));
    QVERIFY(secondJournal.orphanedBatches().isEmpty());
}

void TestBatchJournal::closedBatchIsNotOffered()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    {
        HistoryStore history;
        QVERIFY(history.open(path));
        BatchJournal journal(history);
        QVERIFY(journal.begin(info(u"done"_s), {phone(4001)}, {1}));
        QVERIFY(journal.begin(info(u"open"_s), {phone(4002)}, {1}));
        QVERIFY(journal.close(u"done"_s));
        // The same batch id twice is refused (one plan per batch).
        QVERIFY(!journal.begin(info(u"open"_s), {phone(4003)}, {1}));
        QCOMPARE(journal.plan(u"open"_s).size(), 1);
    }
    HistoryStore history;
    QVERIFY(history.open(path));
    BatchJournal journal(history);
    const QList<BatchInfo> offered = journal.orphanedBatches();
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered[0].batchId, u"open"_s);
}

// A batch of changes (an import in another mode, an undo): each row keeps its
// operation, and its state is read from the attempts of its own function.
void TestBatchJournal::planKeepsEachRowsOperation()
{
    HistoryStore history;
    QVERIFY(history.openInMemory());
    BatchJournal journal(history);
    PhoneRecord renamed = phone(5001);
    renamed.setValue(PhoneField::PhoneFullName, u"New Name"_s);
    const QList<BatchPlanRow> rows{
        BatchPlanRow::fromOperation(
            Operation::updatePhone(renamed, {PhoneField::PhoneFullName, PhoneField::PhonePass}), 2),
        BatchPlanRow::fromOperation(Operation::setPhoneActive(u"5002"_s, u"10.10.10.15"_s, false),
                                    3),
        BatchPlanRow::fromOperation(Operation::deletePhone(u"5003"_s, u"10.10.10.15"_s), 4),
        BatchPlanRow::fromOperation(Operation::addPhone(phone(5004)), 5, true),
        BatchPlanRow::fromOperation(Operation::addPhone(phone(5005)), 6, true),
        BatchPlanRow::fromOperation(Operation::deletePhone(u"5006"_s, u"10.10.10.15"_s), 7),
    };
    BatchInfo undo = info(u"u1"_s);
    undo.undoOf = u"b1"_s;
    QVERIFY2(journal.begin(undo, rows), qPrintable(journal.lastError()));
    QCOMPARE(journal.batch(u"u1"_s)->undoOf, u"b1"_s);

    const QList<BatchPlanRow> plan = journal.plan(u"u1"_s);
    QCOMPARE(plan.size(), 6);
    QCOMPARE(plan[0].kind, Operation::Kind::UpdatePhone);
    QCOMPARE(plan[0].fields, (QList<PhoneField>{PhoneField::PhoneFullName, PhoneField::PhonePass}));
    QVERIFY(plan[0].phonePassSet);
    QVERIFY(plan[0].phone.value(PhoneField::PhonePass).isEmpty());
    QCOMPARE(plan[0].operation().kind(), Operation::Kind::UpdatePhone);
    QCOMPARE(plan[0].operation().phone().value(PhoneField::PhoneFullName), u"New Name"_s);
    QCOMPARE(plan[1].kind, Operation::Kind::SetPhoneActive);
    QVERIFY(!plan[1].operation().active());
    QCOMPARE(plan[2].kind, Operation::Kind::DeletePhone);
    QCOMPARE(plan[3].kind, Operation::Kind::AddPhone);
    QVERIFY(plan[3].updateIfExists);
    QCOMPARE(plan[3].sourceLine, 5);

    // Each row's answers: the change done, the switch-off unknown, the
    // delete found nothing (nothing to do), one add-or-update found the
    // phone and updated it, the other found it and was cut short before
    // the update; the last delete was never sent.
    attempt(history, u"u1"_s, renamed, Outcome::Updated, false, true, u"update_phone"_s);
    attempt(history, u"u1"_s, plan[1].phone, Outcome::Timeout, false, true, u"update_phone"_s);
    attempt(history, u"u1"_s, plan[2].phone, Outcome::PhoneNotFound, false, true,
            u"update_phone"_s);
    attempt(history, u"u1"_s, phone(5004), Outcome::AlreadyExistsOnServer);
    attempt(history, u"u1"_s, phone(5004), Outcome::Updated, false, true, u"update_phone"_s);
    attempt(history, u"u1"_s, phone(5005), Outcome::AlreadyExistsOnServer);

    const BatchProgress progress = journal.progress(u"u1"_s);
    QCOMPARE(progress.rows.size(), 6);
    QCOMPARE(progress.rows[0].state, BatchRowState::Added);
    QCOMPARE(progress.rows[1].state, BatchRowState::Unknown);
    QCOMPARE(progress.rows[2].state, BatchRowState::AlreadyExisted);
    QCOMPARE(progress.rows[3].state, BatchRowState::Added);
    QCOMPARE(progress.rows[4].state, BatchRowState::NotSent);
    QCOMPARE(progress.rows[5].state, BatchRowState::NotSent);
    QVERIFY(progress.hasWorkLeft());
}

QTEST_GUILESS_MAIN(TestBatchJournal)
#include "TestBatchJournal.moc"
