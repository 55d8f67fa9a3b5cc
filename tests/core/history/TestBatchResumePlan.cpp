// Continuing a batch cut short: which rows are sent again (and how), which
// are listed to fix, and what happens to rows whose passwords were not kept,
// decided headless from the journal and the history.
#include "history/BatchJournal.h"
#include "history/BatchResumePlan.h"
#include "history/HistoryStore.h"

#include <QTest>

using namespace vp;

namespace {

const QString kUrl = QStringLiteral("http://10.0.0.9/vicidial/non_agent_api.php");

PhoneRecord phone(int extension)
{
    PhoneRecord p;
    const QString ext = QString::number(extension);
    p.setValue(PhoneField::Extension, ext);
    p.setValue(PhoneField::DialplanNumber, ext);
    p.setValue(PhoneField::VoicemailId, ext);
    p.setValue(PhoneField::PhoneLogin, QStringLiteral("ag") + ext);
    p.setValue(PhoneField::PhonePass, QStringLiteral("Pass") + ext);
    p.setValue(PhoneField::RegistrationPassword, QStringLiteral("Reg") + ext);
    p.setValue(PhoneField::ServerIp, QStringLiteral("10.10.10.15"));
    p.setValue(PhoneField::Protocol, QStringLiteral("SIP"));
    p.setValue(PhoneField::PhoneFullName, QStringLiteral("Agent ") + ext);
    p.setValue(PhoneField::LocalGmt, QStringLiteral("-5.00"));
    p.setValue(PhoneField::OutboundCid, QStringLiteral("3125550100"));
    return p;
}

} // namespace

class TestBatchResumePlan : public QObject
{
    Q_OBJECT

private:
    HistoryStore m_history;
    std::unique_ptr<BatchJournal> m_journal;
    QList<PhoneRecord> m_phones;

    // Five rows: 7001 added, 7002 unknown (timeout), 7003 refused (login
    // exists), 7004 never sent, 7005 there before the batch.
    BatchProgress makeBatch(bool generated)
    {
        BatchInfo info;
        info.batchId = generated ? QStringLiteral("gen") : QStringLiteral("file");
        info.label = QStringLiteral("agents.csv");
        info.serverUrl = kUrl;
        info.apiUser = QStringLiteral("apiadmin");
        info.passwordsGenerated = generated;
        if (!m_journal->begin(info, m_phones, {2, 3, 4, 5, 6}))
            qFatal("%s", qPrintable(m_journal->lastError()));
        const Outcome outcomes[] = {Outcome::Added, Outcome::Timeout, Outcome::LoginExists};
        for (int i = 0; i < 3; ++i) {
            HistoryAttempt a;
            a.serverUrl = kUrl;
            a.function = QStringLiteral("add_phone");
            a.batchId = info.batchId;
            a.phone = m_phones[i];
            const qint64 id = m_history.recordStart(a);
            m_history.recordFinish(id, outcomes[i], 200, QStringLiteral("m"), QString(), 5);
        }
        HistoryAttempt there;
        there.serverUrl = kUrl;
        there.function = QStringLiteral("add_phone");
        there.batchId = info.batchId;
        there.phone = m_phones[4];
        m_history.recordFinish(m_history.recordStart(there), Outcome::AlreadyExistsOnServer, 200,
                               QStringLiteral("m"), QString(), 5);
        return m_journal->progress(info.batchId);
    }

    static QHash<int, QStringList> allPasswords()
    {
        QHash<int, QStringList> stored;
        for (int i = 0; i < 5; ++i)
            stored.insert(
                i, {QStringLiteral("Pass%1").arg(7001 + i), QStringLiteral("Reg%1").arg(7001 + i)});
        return stored;
    }

    static QStringList extensions(const QList<ResumeRow> &rows)
    {
        QStringList result;
        for (const ResumeRow &row : rows)
            result << row.phone.extension();
        return result;
    }

private slots:
    void init()
    {
        QVERIFY(m_history.openInMemory());
        m_journal = std::make_unique<BatchJournal>(m_history);
        QVERIFY2(m_journal->isOpen(), qPrintable(m_journal->lastError()));
        m_phones.clear();
        for (int i = 0; i < 5; ++i)
            m_phones << phone(7001 + i);
    }

    void cleanup()
    {
        m_journal.reset();
        m_history.close();
    }

    void keptPasswordsSendUnknownAndUnsentRows()
    {
        const BatchResumePlan plan =
            BatchResumePlan::make(makeBatch(false), allPasswords(), [] { return QString(); });
        QCOMPARE(plan.systemKey, QStringLiteral("10.0.0.9/vicidial/non_agent_api.php"));
        QCOMPARE(extensions(plan.toSend),
                 (QStringList{QStringLiteral("7002"), QStringLiteral("7004")}));
        QVERIFY(plan.toSend[0].resolvingUnknown);
        QVERIFY(!plan.toSend[1].resolvingUnknown);
        QCOMPARE(plan.toSend[0].phone.value(PhoneField::PhonePass), QStringLiteral("Pass7002"));
        QCOMPARE(plan.toSend[1].phone.value(PhoneField::RegistrationPassword),
                 QStringLiteral("Reg7004"));
        QCOMPARE(plan.toSend[1].status.row.sourceLine, 5);
        QCOMPARE(extensions(plan.failed), QStringList{QStringLiteral("7003")});
        QCOMPARE(plan.failed[0].status.attempt.outcome, Outcome::LoginExists);
        QVERIFY(plan.lost.isEmpty());
        QVERIFY(plan.regenerated.isEmpty());
        QCOMPARE(plan.alreadyAdded, 1);
        QCOMPARE(plan.unknown, 1);
    }

    void fileBatchWithoutPasswordsNamesTheLostRows()
    {
        const BatchResumePlan plan =
            BatchResumePlan::make(makeBatch(false), {}, [] { return QStringLiteral("x"); });
        QVERIFY(plan.toSend.isEmpty());
        QCOMPARE(plan.lost.size(), 2);
        QCOMPARE(plan.lost[0].phone.extension(), QStringLiteral("7002"));
        QCOMPARE(plan.lost[1].sourceLine, 5);
        QVERIFY(plan.regenerated.isEmpty());
        // A failed row is still listed to fix (its passwords are typed again).
        QCOMPARE(extensions(plan.failed), QStringList{QStringLiteral("7003")});
    }

    void generatedBatchGetsNewPasswords()
    {
        int made = 0;
        const BatchResumePlan plan = BatchResumePlan::make(
            makeBatch(true), {}, [&made] { return QStringLiteral("New%1").arg(++made); });
        QCOMPARE(extensions(plan.toSend),
                 (QStringList{QStringLiteral("7002"), QStringLiteral("7004")}));
        QCOMPARE(plan.regenerated, (QSet<int>{1, 3}));
        QCOMPARE(made, 4); // phone and registration password of two rows
        QCOMPARE(plan.toSend[0].phone.value(PhoneField::PhonePass), QStringLiteral("New1"));
        QCOMPARE(plan.toSend[0].phone.value(PhoneField::RegistrationPassword),
                 QStringLiteral("New2"));
        QCOMPARE(plan.passwords.value(3),
                 (QStringList{QStringLiteral("New3"), QStringLiteral("New4")}));
        QVERIFY(plan.lost.isEmpty());
    }

    void attemptsOnAnotherSystemDoNotCount()
    {
        // The row 7004 was sent to another system (an older version could
        // do that): for this batch it is still never sent.
        BatchProgress progress = makeBatch(false);
        HistoryAttempt elsewhere;
        elsewhere.serverUrl =
            QStringLiteral("http://staging.example.com/vicidial/non_agent_api.php");
        elsewhere.function = QStringLiteral("add_phone");
        elsewhere.batchId = QStringLiteral("file");
        elsewhere.phone = m_phones[3];
        m_history.recordFinish(m_history.recordStart(elsewhere), Outcome::Added, 200,
                               QStringLiteral("m"), QString(), 5);
        progress = m_journal->progress(QStringLiteral("file"));
        const BatchResumePlan plan =
            BatchResumePlan::make(progress, allPasswords(), [] { return QString(); });
        QCOMPARE(extensions(plan.toSend),
                 (QStringList{QStringLiteral("7002"), QStringLiteral("7004")}));
    }
};

QTEST_GUILESS_MAIN(TestBatchResumePlan)
#include "TestBatchResumePlan.moc"
