// The operation value type and the request each operation becomes: the API
// function recorded with every attempt, the keys the in-flight guards hold,
// and the parameters on the wire (only what the operation changes).
#include "api/ApiRequest.h"
#include "model/Operation.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

namespace {
PhoneRecord makePhone()
{
    PhoneRecord phone;
    phone.setValue(PhoneField::Extension, u"Ab9106"_s);
    phone.setValue(PhoneField::DialplanNumber, u"9106"_s);
    phone.setValue(PhoneField::VoicemailId, u"9106"_s);
    phone.setValue(PhoneField::PhoneLogin, u"Agent9106"_s);
    phone.setValue(PhoneField::PhonePass, u"pw9106xx"_s);
    phone.setValue(PhoneField::ServerIp, u"10.10.10.15"_s);
    phone.setValue(PhoneField::Protocol, u"SIP"_s);
    phone.setValue(PhoneField::RegistrationPassword, u"rg9106xx"_s);
    phone.setValue(PhoneField::PhoneFullName, u"Agent 9106"_s);
    phone.setValue(PhoneField::LocalGmt, u"-5.00"_s);
    phone.setValue(PhoneField::OutboundCid, u"3125551212"_s);
    return phone;
}

QStringList names(const ApiRequest &request)
{
    QStringList result;
    for (const auto &pair : request.parameters())
        result << pair.first;
    return result;
}

const QUrl kApi(u"http://127.0.0.1:9/vicidial/non_agent_api.php"_s);
} // namespace

class TestOperation : public QObject
{
    Q_OBJECT

private slots:
    // A refused permission names what the user needs for that operation; the
    // kinds round-trip through the batch journal's keys.
    void permissionExplanationFollowsTheOperation()
    {
        const QString add = outcomeExplanation(Outcome::NoPermission, Operation::Kind::AddPhone);
        QCOMPARE(add, outcomeExplanation(Outcome::NoPermission));
        QVERIFY(add.contains(u"add_phone"_s));
        QVERIFY(outcomeExplanation(Outcome::NoPermission, Operation::Kind::SetPhoneActive)
                    .contains(u"update_phone"_s));
        const QString remove =
            outcomeExplanation(Outcome::NoPermission, Operation::Kind::DeletePhone);
        QVERIFY(remove.contains(u"Delete Phones"_s));
        QVERIFY(!remove.contains(u"may not add"_s));
        QVERIFY(outcomeExplanation(Outcome::NoPermission, Operation::Kind::AddAlias)
                    .contains(u"add_phone_alias"_s));
        // Other outcomes read the same for every operation.
        QCOMPARE(outcomeExplanation(Outcome::LoginFailed, Operation::Kind::DeletePhone),
                 outcomeExplanation(Outcome::LoginFailed));
        for (Operation::Kind kind : {Operation::Kind::AddPhone, Operation::Kind::UpdatePhone,
                                     Operation::Kind::SetPhoneActive, Operation::Kind::DeletePhone,
                                     Operation::Kind::AddAlias, Operation::Kind::UpdateAlias,
                                     Operation::Kind::DeleteAlias})
            QCOMPARE(Operation::kindFromKey(Operation::kindKey(kind)), std::optional(kind));
        QCOMPARE(Operation::kindFromKey(u"add_or_update"_s), std::nullopt);
    }

    void functionAndGuards_data()
    {
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<QString>("function");
        QTest::addColumn<QStringList>("guards");
        QTest::addColumn<bool>("deactivates");
        const QString extension = u"extension\nab9106@10.10.10.15"_s;
        const QString login = u"login\nagent9106"_s;
        PhoneRecord inactive = makePhone();
        inactive.setActive(false);
        QTest::newRow("add guards extension and login")
            << Operation::addPhone(makePhone()) << u"add_phone"_s << QStringList{extension, login}
            << false;
        QTest::newRow("add of an inactive phone switches it off after")
            << Operation::addPhone(inactive) << u"add_phone"_s << QStringList{extension, login}
            << true;
        QTest::newRow("update of the name guards the extension only")
            << Operation::updatePhone(makePhone(), {PhoneField::PhoneFullName}) << u"update_phone"_s
            << QStringList{extension} << false;
        QTest::newRow("update of the login guards the new login too")
            << Operation::updatePhone(makePhone(), {PhoneField::PhoneLogin}) << u"update_phone"_s
            << QStringList{extension, login} << false;
        QTest::newRow("deactivate")
            << Operation::setPhoneActive(u"AB9106"_s, u"10.10.10.15"_s, false) << u"update_phone"_s
            << QStringList{extension} << false;
        QTest::newRow("delete") << Operation::deletePhone(u"ab9106"_s, u"10.10.10.15"_s)
                                << u"update_phone"_s << QStringList{extension} << false;
    }

    void functionAndGuards()
    {
        QFETCH(Operation, operation);
        QFETCH(QString, function);
        QFETCH(QStringList, guards);
        QFETCH(bool, deactivates);
        QCOMPARE(operation.apiFunction(), function);
        QCOMPARE(operation.guardKeys(), guards);
        QCOMPARE(operation.needsDeactivation(), deactivates);
        QVERIFY(operation.isValid());
        const ApiRequest request = ApiRequest::forOperation(kApi, {}, operation);
        QCOMPARE(request.function(), function);
    }

    void aliasFunctionsAreNamed()
    {
        QCOMPARE(Operation::functionName(Operation::Kind::AddAlias), u"add_phone_alias"_s);
        QCOMPARE(Operation::functionName(Operation::Kind::UpdateAlias), u"update_phone_alias"_s);
        QCOMPARE(Operation::functionName(Operation::Kind::DeleteAlias), u"update_phone_alias"_s);
    }

    void aliasRequests()
    {
        const ApiRequest add = ApiRequest::forOperation(
            kApi, {}, Operation::addAlias(u"al9106"_s, u"Agent 9106"_s, {u"9106"_s, u"9107"_s}));
        QCOMPARE(add.function(), u"add_phone_alias"_s);
        QCOMPARE(names(add), (QStringList{u"function"_s, u"user"_s, u"pass"_s, u"source"_s,
                                          u"alias_id"_s, u"alias_name"_s, u"phone_logins"_s}));
        QCOMPARE(add.parameter(u"phone_logins"_s), u"9106,9107"_s);

        // An update sends only what changes.
        const ApiRequest rename = ApiRequest::forOperation(
            kApi, {}, Operation::updateAlias(u"al9106"_s, u"New Name"_s, {}));
        QCOMPARE(rename.function(), u"update_phone_alias"_s);
        QCOMPARE(names(rename), (QStringList{u"function"_s, u"user"_s, u"pass"_s, u"source"_s,
                                             u"alias_id"_s, u"alias_name"_s}));
        const ApiRequest relogin = ApiRequest::forOperation(
            kApi, {}, Operation::updateAlias(u"al9106"_s, QString(), {u"9108"_s}));
        QCOMPARE(names(relogin).last(), u"phone_logins"_s);
        QVERIFY(!names(relogin).contains(u"alias_name"_s));

        // A delete sends nothing else: the server deletes whatever comes with it.
        const ApiRequest del =
            ApiRequest::forOperation(kApi, {}, Operation::deleteAlias(u"al9106"_s));
        QCOMPARE(names(del), (QStringList{u"function"_s, u"user"_s, u"pass"_s, u"source"_s,
                                          u"alias_id"_s, u"delete_alias"_s}));
        QCOMPARE(del.parameter(u"delete_alias"_s), u"Y"_s);
    }

    void aliasGuardIsTheIdWithoutCase()
    {
        const QStringList a = Operation::addAlias(u"AL9106"_s, u"A"_s, {u"9106"_s}).guardKeys();
        const QStringList b = Operation::deleteAlias(u"al9106"_s).guardKeys();
        QCOMPARE(a, b);
        QCOMPARE(a.size(), 1);
        // Never the same key as an extension or login with the same text.
        QVERIFY(
            !Operation::deletePhone(u"al9106"_s, u"10.10.10.15"_s).guardKeys().contains(a.first()));
    }

    void updateSendsOnlyTheChangedFields()
    {
        // The extension and server IP identify the phone and are never "changed".
        const Operation op = Operation::updatePhone(
            makePhone(), {PhoneField::PhonePass, PhoneField::Extension, PhoneField::PhoneFullName,
                          PhoneField::PhoneFullName});
        QCOMPARE(op.changedFields(),
                 (QList<PhoneField>{PhoneField::PhonePass, PhoneField::PhoneFullName}));
        QVERIFY(op.phone().login().isEmpty()); // nothing of the phone but what changes
        ApiCredentials login{u"apiadmin"_s, u"Secret123"_s, u"test"_s};
        const ApiRequest request = ApiRequest::forOperation(kApi, login, op);
        QCOMPARE(names(request),
                 (QStringList{u"function"_s, u"user"_s, u"pass"_s, u"source"_s, u"extension"_s,
                              u"server_ip"_s, u"phone_pass"_s, u"phone_full_name"_s}));
        QCOMPARE(request.parameter(u"phone_full_name"_s), u"Agent 9106"_s);
        QCOMPARE(request.secrets(), (QStringList{u"Secret123"_s, u"pw9106xx"_s}));
        QVERIFY(!request.redactedDescription(HttpMethod::Post).contains("pw9106xx"_L1));
    }

    void deleteSendsNothingElse()
    {
        // The server deletes whatever other fields come with delete_phone=Y.
        const ApiRequest request =
            ApiRequest::forOperation(kApi, {}, Operation::deletePhone(u"9106"_s, u"10.10.10.15"_s));
        QCOMPARE(names(request), (QStringList{u"function"_s, u"user"_s, u"pass"_s, u"source"_s,
                                              u"extension"_s, u"server_ip"_s, u"delete_phone"_s}));
        QCOMPARE(request.parameter(u"delete_phone"_s), u"Y"_s);
    }

    void setActiveSendsUpperCase()
    {
        // A lower-case n is silently ignored by the server.
        const ApiRequest off = ApiRequest::forOperation(
            kApi, {}, Operation::setPhoneActive(u"9106"_s, u"10.10.10.15"_s, false));
        QCOMPARE(off.parameter(u"active"_s), u"N"_s);
        const ApiRequest on = ApiRequest::forOperation(
            kApi, {}, Operation::setPhoneActive(u"9106"_s, u"10.10.10.15"_s, true));
        QCOMPARE(on.parameter(u"active"_s), u"Y"_s);
    }

    void incompleteOperationsAreInvalid_data()
    {
        QTest::addColumn<Operation>("operation");
        QTest::newRow("update with nothing to change")
            << Operation::updatePhone(makePhone(), {PhoneField::Extension});
        QTest::newRow("delete without server IP") << Operation::deletePhone(u"9106"_s, QString());
        QTest::newRow("deactivate with a one-character extension")
            << Operation::setPhoneActive(u"9"_s, u"10.10.10.15"_s, false);
        QTest::newRow("alias without logins") << Operation::addAlias(u"al1"_s, u"Name"_s, {});
        QTest::newRow("alias update with nothing to change")
            << Operation::updateAlias(u"al1"_s, QString(), {});
        QTest::newRow("alias delete with a one-character id") << Operation::deleteAlias(u"a"_s);
    }

    void incompleteOperationsAreInvalid()
    {
        QFETCH(Operation, operation);
        QVERIFY(!operation.isValid());
    }
};

QTEST_GUILESS_MAIN(TestOperation)
#include "TestOperation.moc"
