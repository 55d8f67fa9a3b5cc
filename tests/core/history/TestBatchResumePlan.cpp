// Continuing a batch cut short: which rows are sent again (and how), which
// are listed to fix, and what happens to rows whose passwords were not kept,
// decided headless from the journal and the history.
#include "history/BatchJournal.h"
#include "history/BatchResumePlan.h"
#include "history/HistoryStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

namespace {

const QString kUrl = u"http://10.0.0.9/vicidial/non_agent_api.php"_s;

PhoneRecord phone(int extension)
{
    PhoneRecord p;
    const QString ext = QString::number(extension);
    p.setValue(PhoneField::Extension, ext);
    p.setValue(PhoneField::DialplanNumber, ext);
    p.setValue(PhoneField::VoicemailId, ext);
    p.setValue(PhoneField::PhoneLogin, u"ag"_s + ext);
    p.setValue(PhoneField::PhonePass, u"Pass"_s + ext);
    p.setValue(PhoneField::RegistrationPassword, u"Reg"_s + ext);
    p.setValue(PhoneField::ServerIp, u"10.10.10.15"_s);
    p.setValue(PhoneField::Protocol, u"SIP"_s);
    p.setValue(PhoneField::PhoneFullName, u"Agent "_s + ext);
    p.setValue(PhoneField::LocalGmt, u"-5.00"_s);
    p.setValue(PhoneField::OutboundCid, u"3125550100"_s);
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
        info.batchId = generated ? u"gen"_s : u"file"_s;
        info.label = u"agents.csv"_s;
        info.serverUrl = kUrl;
        info.apiUser = u"apiadmin"_s;
        info.passwordsGenerated = generated;
        if (!m_journal->begin(info, m_phones, {2, 3, 4, 5, 6}))
            qFatal("%s", qPrintable(m_journal->lastError()));
        const Outcome outcomes[] = {Outcome::Added, Outcome::Timeout, Outcome::LoginExists};
        for (int i = 0; i < 3; ++i) {
            HistoryAttempt a;
            a.serverUrl = kUrl;
            a.function = u"add_phone"_s;
            a.batchId = info.batchId;
            a.phone = m_phones[i];
            const qint64 id = m_history.recordStart(a);
            m_history.recordFinish(id, outcomes[i], 200, u"m"_s, QString(), 5);
        }
        HistoryAttempt there;
        there.serverUrl = kUrl;
        there.function = u"add_phone"_s;
        there.batchId = info.batchId;
        there.phone = m_phones[4];
        m_history.recordFinish(m_history.recordStart(there), Outcome::AlreadyExistsOnServer, 200,
                               u"m"_s, QString(), 5);
        return m_journal->progress(info.batchId);
    }

    static QHash<int, QStringList> allPasswords()
    {
        QHash<int, QStringList> stored;
        for (int i = 0; i < 5; ++i)
            stored.insert(i, {u"Pass%1"_s.arg(7001 + i), u"Reg%1"_s.arg(7001 + i)});
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
        QCOMPARE(plan.systemKey, u"10.0.0.9/vicidial/non_agent_api.php"_s);
        QCOMPARE(extensions(plan.toSend), (QStringList{u"7002"_s, u"7004"_s}));
        QVERIFY(plan.toSend[0].resolvingUnknown);
        QVERIFY(!plan.toSend[1].resolvingUnknown);
        QCOMPARE(plan.toSend[0].phone.value(PhoneField::PhonePass), u"Pass7002"_s);
        QCOMPARE(plan.toSend[1].phone.value(PhoneField::RegistrationPassword), u"Reg7004"_s);
        QCOMPARE(plan.toSend[1].status.row.sourceLine, 5);
        QCOMPARE(extensions(plan.failed), QStringList{u"7003"_s});
        QCOMPARE(plan.failed[0].status.attempt.outcome, Outcome::LoginExists);
        QVERIFY(plan.lost.isEmpty());
        QVERIFY(plan.regenerated.isEmpty());
        QCOMPARE(plan.alreadyAdded, 1);
        QCOMPARE(plan.unknown, 1);
    }

    void fileBatchWithoutPasswordsNamesTheLostRows()
    {
        const BatchResumePlan plan =
            BatchResumePlan::make(makeBatch(false), {}, [] { return u"x"_s; });
        QVERIFY(plan.toSend.isEmpty());
        QCOMPARE(plan.lost.size(), 2);
        QCOMPARE(plan.lost[0].phone.extension(), u"7002"_s);
        QCOMPARE(plan.lost[1].sourceLine, 5);
        QVERIFY(plan.regenerated.isEmpty());
        // A failed row is still listed to fix (its passwords are typed again).
        QCOMPARE(extensions(plan.failed), QStringList{u"7003"_s});
    }

    void generatedBatchGetsNewPasswords()
    {
        int made = 0;
        const BatchResumePlan plan =
            BatchResumePlan::make(makeBatch(true), {}, [&made] { return u"New%1"_s.arg(++made); });
        QCOMPARE(extensions(plan.toSend), (QStringList{u"7002"_s, u"7004"_s}));
        QCOMPARE(plan.regenerated, (QSet<int>{1, 3}));
        QCOMPARE(made, 4); // phone and registration password of two rows
        QCOMPARE(plan.toSend[0].phone.value(PhoneField::PhonePass), u"New1"_s);
        QCOMPARE(plan.toSend[0].phone.value(PhoneField::RegistrationPassword), u"New2"_s);
        QCOMPARE(plan.passwords.value(3), (QStringList{u"New3"_s, u"New4"_s}));
        QVERIFY(plan.lost.isEmpty());
    }

    void attemptsOnAnotherSystemDoNotCount()
    {
        // The row 7004 was sent to another system (an older version could
        // do that): for this batch it is still never sent.
        BatchProgress progress = makeBatch(false);
        HistoryAttempt elsewhere;
        elsewhere.serverUrl = u"http://staging.example.com/vicidial/non_agent_api.php"_s;
        elsewhere.function = u"add_phone"_s;
        elsewhere.batchId = u"file"_s;
        elsewhere.phone = m_phones[3];
        m_history.recordFinish(m_history.recordStart(elsewhere), Outcome::Added, 200, u"m"_s,
                               QString(), 5);
        progress = m_journal->progress(u"file"_s);
        const BatchResumePlan plan =
            BatchResumePlan::make(progress, allPasswords(), [] { return QString(); });
        QCOMPARE(extensions(plan.toSend), (QStringList{u"7002"_s, u"7004"_s}));
    }
};

QTEST_GUILESS_MAIN(TestBatchResumePlan)
#include "TestBatchResumePlan.moc"
