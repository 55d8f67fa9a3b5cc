// HistoryStore::knownPhones: the last known state of every phone the tool
// created or changed on one system, from the attempts as the service records
// them (update_phone's kind is in its redacted request).
#include "TestHistoryStore.h"

using namespace testhistory;

namespace {

HistoryAttempt updateAttempt(const QString &extension, const QString &query,
                             const QString &apiUser = u"apiadmin"_s)
{
    HistoryAttempt attempt = makeAttempt(extension, {});
    attempt.function = u"update_phone"_s;
    attempt.apiUser = apiUser;
    attempt.phone = PhoneRecord();
    attempt.phone.setValue(PhoneField::Extension, extension);
    attempt.phone.setValue(PhoneField::ServerIp, u"10.0.0.1"_s);
    attempt.redactedRequest =
        u"POST https://dialer.example.com/vicidial/non_agent_api.php\n"
        "source=viciprov&user=apiadmin&pass=$VICI_API_PASS&function=update_phone&extension="_s +
        extension + u"&server_ip=10.0.0.1&"_s + query;
    return attempt;
}

const KnownPhone *find(const QList<KnownPhone> &phones, const QString &extension)
{
    for (const KnownPhone &known : phones) {
        if (known.phone.extension() == extension)
            return &known;
    }
    return nullptr;
}

} // namespace

class TestKnownPhones : public QObject
{
    Q_OBJECT

private slots:
    void states();
    void fieldsFollowUpdates();
    void otherSystemAndRefusalsIgnored();
};

void TestKnownPhones::states()
{
    HistoryStore store;
    QVERIFY(store.openInMemory());
    add(store, makeAttempt(u"1001"_s, u"a1001"_s, u"10.0.0.1"_s, kT0, u"batch-1"_s));
    add(store, makeAttempt(u"1002"_s, u"a1002"_s, u"10.0.0.1"_s, kT0, u"batch-1"_s));
    add(store, makeAttempt(u"1003"_s, u"a1003"_s, u"10.0.0.1"_s, kT0, u"batch-1"_s));
    add(store, makeAttempt(u"1004"_s, u"a1004"_s, u"10.0.0.1"_s, kT0, u"batch-1"_s));
    add(store, makeAttempt(u"1005"_s, u"a1005"_s, u"10.0.0.1"_s, kT0, u"batch-1"_s),
        Outcome::Timeout);
    // 1002 off; 1003 off then on again; 1004 deleted by another user.
    add(store, updateAttempt(u"1002"_s, u"active=N"_s), Outcome::Updated);
    add(store, updateAttempt(u"1003"_s, u"active=N"_s), Outcome::Updated);
    add(store, updateAttempt(u"1003"_s, u"active=Y"_s), Outcome::Updated);
    add(store, updateAttempt(u"1004"_s, u"delete_phone=Y"_s, u"admin2"_s), Outcome::Updated);
    // 1001: a deactivation without a definite answer after the add.
    add(store, updateAttempt(u"1001"_s, u"active=N"_s), Outcome::ConnectionLost);

    const QList<KnownPhone> phones = store.knownPhones(kSystem);
    QCOMPARE(phones.size(), 5);
    QCOMPARE(phones.first().phone.extension(), u"1001"_s); // order first seen
    QCOMPARE(find(phones, u"1001"_s)->state, KnownPhoneState::Unknown);
    QCOMPARE(find(phones, u"1002"_s)->state, KnownPhoneState::Inactive);
    QCOMPARE(find(phones, u"1003"_s)->state, KnownPhoneState::Active);
    QCOMPARE(find(phones, u"1004"_s)->state, KnownPhoneState::Deleted);
    QCOMPARE(find(phones, u"1004"_s)->apiUser, u"admin2"_s);
    QCOMPARE(find(phones, u"1005"_s)->state, KnownPhoneState::Unknown); // may have been added
    for (const KnownPhone &known : phones)
        QCOMPARE(known.createdBatch, u"batch-1"_s);

    // A later definite answer settles the unknown one.
    add(store, updateAttempt(u"1001"_s, u"active=N"_s), Outcome::Updated);
    QCOMPARE(find(store.knownPhones(kSystem), u"1001"_s)->state, KnownPhoneState::Inactive);
    // The server no longer has it: deleted.
    add(store, updateAttempt(u"1002"_s, u"active=Y"_s), Outcome::PhoneNotFound);
    QCOMPARE(find(store.knownPhones(kSystem), u"1002"_s)->state, KnownPhoneState::Deleted);
    // Created again from a later batch: active, that batch.
    add(store, makeAttempt(u"1004"_s, u"a1004"_s, u"10.0.0.1"_s, kT0, u"batch-2"_s));
    const QList<KnownPhone> afterAgain = store.knownPhones(kSystem);
    const KnownPhone *again = find(afterAgain, u"1004"_s);
    QCOMPARE(again->state, KnownPhoneState::Active);
    QCOMPARE(again->createdBatch, u"batch-2"_s);
    QCOMPARE(knownPhoneStateKey(KnownPhoneState::Deleted), u"deleted"_s);
}

void TestKnownPhones::fieldsFollowUpdates()
{
    HistoryStore store;
    QVERIFY(store.openInMemory());
    HistoryAttempt first = makeAttempt(u"2001"_s, u"b2001"_s, u"10.0.0.1"_s, kT0, u"batch-1"_s);
    first.phone.setValue(PhoneField::PhonePass, kPhonePass);
    add(store, first);
    HistoryAttempt rename = updateAttempt(u"2001"_s, u"phone_full_name=New+Name"_s);
    rename.phone.setValue(PhoneField::PhoneFullName, u"New Name"_s);
    add(store, rename, Outcome::Updated);

    const QList<KnownPhone> phones = store.knownPhones(kSystem);
    QCOMPARE(phones.size(), 1);
    const KnownPhone &known = phones.first();
    QCOMPARE(known.state, KnownPhoneState::Active);
    QCOMPARE(known.phone.value(PhoneField::PhoneFullName), u"New Name"_s);
    // Fields the update did not send keep the add's values.
    QCOMPARE(known.phone.login(), u"b2001"_s);
    QCOMPARE(known.phone.value(PhoneField::Protocol), u"SIP"_s);
    QVERIFY(known.phone.value(PhoneField::PhonePass).isEmpty());
    QVERIFY(known.changedAt.isValid());
    QVERIFY(known.lastAttemptId > 0);
}

void TestKnownPhones::otherSystemAndRefusalsIgnored()
{
    HistoryStore store;
    QVERIFY(store.openInMemory());
    HistoryAttempt elsewhere = makeAttempt(u"3001"_s, u"c3001"_s);
    elsewhere.serverUrl = u"https://staging.example.com/vicidial/non_agent_api.php"_s;
    add(store, elsewhere);
    // Refused: never created by the tool.
    add(store, makeAttempt(u"3002"_s, u"c3002"_s), Outcome::AlreadyExistsOnServer);
    add(store, makeAttempt(u"3003"_s, u"c3003"_s), Outcome::LoginExists);
    // A refused delete leaves the phone as it was.
    add(store, makeAttempt(u"3004"_s, u"c3004"_s));
    add(store, updateAttempt(u"3004"_s, u"delete_phone=Y"_s), Outcome::NoPermission);

    const QList<KnownPhone> phones = store.knownPhones(kSystem);
    QCOMPARE(phones.size(), 1);
    QCOMPARE(phones.first().phone.extension(), u"3004"_s);
    QCOMPARE(phones.first().state, KnownPhoneState::Active);
    const QList<KnownPhone> other = store.knownPhones(kOtherSystem);
    QCOMPARE(other.size(), 1);
    QCOMPARE(other.first().phone.extension(), u"3001"_s);
}

QTEST_GUILESS_MAIN(TestKnownPhones)
#include "TestKnownPhones.moc"
