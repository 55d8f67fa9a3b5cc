// UndoPlanner: what undoing a batch deletes, keeps and leaves, read from the
// history of the batch's own system.
#include "TestHistoryStore.h"

#include "history/UndoPlan.h"

using namespace testhistory;

namespace {

QStringList extensionsOf(const QList<UndoRow> &rows)
{
    QStringList result;
    for (const UndoRow &row : rows)
        result << row.phone.extension();
    return result;
}

HistoryAttempt deleteAttempt(const QString &extension)
{
    HistoryAttempt attempt = makeAttempt(extension, {});
    attempt.function = u"update_phone"_s;
    attempt.phone = PhoneRecord();
    attempt.phone.setValue(PhoneField::Extension, extension);
    attempt.phone.setValue(PhoneField::ServerIp, u"10.0.0.1"_s);
    attempt.redactedRequest =
        u"POST https://dialer.example.com/vicidial/non_agent_api.php\n"
        "source=viciprov&user=apiadmin&pass=$VICI_API_PASS&function=update_phone&extension="_s +
        extension + u"&server_ip=10.0.0.1&delete_phone=Y"_s;
    return attempt;
}

} // namespace

class TestUndoPlan : public QObject
{
    Q_OBJECT

private slots:
    void deletesOnlyWhatTheBatchAdded()
    {
        HistoryStore store;
        QVERIFY(store.openInMemory());
        const QString batch = u"batch-1"_s;
        add(store, makeAttempt(u"1001"_s, u"a1001"_s, u"10.0.0.1"_s, kT0, batch));
        add(store, makeAttempt(u"1002"_s, u"a1002"_s, u"10.0.0.1"_s, kT0, batch),
            Outcome::AlreadyExistsOnServer);
        add(store, makeAttempt(u"1003"_s, u"a1003"_s, u"10.0.0.1"_s, kT0, batch),
            Outcome::BadTimezone);
        add(store, makeAttempt(u"1004"_s, u"a1004"_s, u"10.0.0.1"_s, kT0, batch), Outcome::Timeout);
        // Unknown, then "already exists": it may have been there before.
        add(store, makeAttempt(u"1005"_s, u"a1005"_s, u"10.0.0.1"_s, kT0, batch), Outcome::Timeout);
        add(store, makeAttempt(u"1005"_s, u"a1005"_s, u"10.0.0.1"_s, kT0, batch),
            Outcome::AlreadyExistsOnServer, {}, true);
        add(store, makeAttempt(u"1006"_s, u"a1006"_s, u"10.0.0.1"_s, kT0, batch));
        add(store, makeAttempt(u"1007"_s, u"a1007"_s, u"10.0.0.1"_s, kT0, batch));
        // After the batch: 1006 deleted by hand, 1007 deleted and made again
        // by another batch.
        add(store, deleteAttempt(u"1006"_s), Outcome::Updated);
        add(store, deleteAttempt(u"1007"_s), Outcome::Updated);
        add(store, makeAttempt(u"1007"_s, u"a1007"_s, u"10.0.0.1"_s, kT0, u"batch-2"_s));
        // Another batch's phone and another system's are not this batch's.
        add(store, makeAttempt(u"1008"_s, u"a1008"_s, u"10.0.0.1"_s, kT0, u"batch-2"_s));

        QString error;
        const std::optional<UndoPlan> plan = UndoPlanner::plan(store, batch, kSystem, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(extensionsOf(plan->toDelete), QStringList{u"1001"_s});
        QCOMPARE(plan->alreadyExisted, 1);
        QCOMPARE(plan->failed, 1);
        QCOMPARE(plan->unknown.size(), 2);
        QCOMPARE(plan->unknown[0].extension(), u"1004"_s);
        QCOMPARE(plan->unknown[1].extension(), u"1005"_s);
        QCOMPARE(plan->alreadyDeleted, 1);
        QCOMPARE(plan->created.size(), 1);
        QCOMPARE(plan->created[0].extension(), u"1007"_s);
        QVERIFY(!plan->toDelete[0].changedSince);
        // The newest batch that added phones on the system.
        QCOMPARE(UndoPlanner::lastBatch(store, kSystem), u"batch-2"_s);
    }

    void anotherSystemOrBatchIsRefused()
    {
        HistoryStore store;
        QVERIFY(store.openInMemory());
        add(store, makeAttempt(u"2001"_s, u"b2001"_s, u"10.0.0.1"_s, kT0, u"batch-1"_s));
        QString error;
        QVERIFY(!UndoPlanner::plan(store, u"batch-1"_s, kOtherSystem, &error));
        QVERIFY2(error.contains(u"Nothing is deleted on a system"_s), qPrintable(error));
        QVERIFY(!UndoPlanner::plan(store, u"batch-9"_s, kSystem, &error));
        QVERIFY2(error.contains(u"batch-9"_s), qPrintable(error));
        QVERIFY(UndoPlanner::lastBatch(store, kOtherSystem).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUndoPlan)
#include "TestUndoPlan.moc"
