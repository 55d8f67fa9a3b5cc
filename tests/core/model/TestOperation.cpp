// The operation value type and the request each operation becomes: the API
// function recorded with every attempt, the keys the in-flight guards hold,
// and the parameters on the wire (only what the operation changes).
#include "api/ApiRequest.h"
#include "model/Operation.h"

#include <QTest>

using namespace vp;

namespace {
PhoneRecord makePhone()
{
    PhoneRecord phone;
    phone.setValue(PhoneField::Extension, QStringLiteral("Ab9106"));
    phone.setValue(PhoneField::DialplanNumber, QStringLiteral("9106"));
    phone.setValue(PhoneField::VoicemailId, QStringLiteral("9106"));
    phone.setValue(PhoneField::PhoneLogin, QStringLiteral("Agent9106"));
    phone.setValue(PhoneField::PhonePass, QStringLiteral("pw9106xx"));
    phone.setValue(PhoneField::ServerIp, QStringLiteral("10.10.10.15"));
    phone.setValue(PhoneField::Protocol, QStringLiteral("SIP"));
    phone.setValue(PhoneField::RegistrationPassword, QStringLiteral("rg9106xx"));
    phone.setValue(PhoneField::PhoneFullName, QStringLiteral("Agent 9106"));
    phone.setValue(PhoneField::LocalGmt, QStringLiteral("-5.00"));
    phone.setValue(PhoneField::OutboundCid, QStringLiteral("3125551212"));
    return phone;
}

QStringList names(const ApiRequest &request)
{
    QStringList result;
    for (const auto &pair : request.parameters())
        result << pair.first;
    return result;
}

const QUrl kApi(QStringLiteral("http://127.0.0.1:9/vicidial/non_agent_api.php"));
} // namespace

class TestOperation : public QObject
{
    Q_OBJECT

private slots:
    void functionAndGuards_data()
    {
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<QString>("function");
        QTest::addColumn<QStringList>("guards");
        QTest::addColumn<bool>("deactivates");
        const QString extension = QStringLiteral("extension\nab9106@10.10.10.15");
        const QString login = QStringLiteral("login\nagent9106");
        PhoneRecord inactive = makePhone();
        inactive.setActive(false);
        QTest::newRow("add guards extension and login")
            << Operation::addPhone(makePhone()) << QStringLiteral("add_phone")
            << QStringList{extension, login} << false;
        QTest::newRow("add of an inactive phone switches it off after")
            << Operation::addPhone(inactive) << QStringLiteral("add_phone")
            << QStringList{extension, login} << true;
        QTest::newRow("update of the name guards the extension only")
            << Operation::updatePhone(makePhone(), {PhoneField::PhoneFullName})
            << QStringLiteral("update_phone") << QStringList{extension} << false;
        QTest::newRow("update of the login guards the new login too")
            << Operation::updatePhone(makePhone(), {PhoneField::PhoneLogin})
            << QStringLiteral("update_phone") << QStringList{extension, login} << false;
        QTest::newRow("deactivate")
            << Operation::setPhoneActive(QStringLiteral("AB9106"), QStringLiteral("10.10.10.15"),
                                         false)
            << QStringLiteral("update_phone") << QStringList{extension} << false;
        QTest::newRow("delete") << Operation::deletePhone(QStringLiteral("ab9106"),
                                                          QStringLiteral("10.10.10.15"))
                                << QStringLiteral("update_phone") << QStringList{extension}
                                << false;
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
        QCOMPARE(Operation::functionName(Operation::Kind::AddAlias),
                 QStringLiteral("add_phone_alias"));
        QCOMPARE(Operation::functionName(Operation::Kind::UpdateAlias),
                 QStringLiteral("update_phone_alias"));
        QCOMPARE(Operation::functionName(Operation::Kind::DeleteAlias),
                 QStringLiteral("update_phone_alias"));
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
        ApiCredentials login{QStringLiteral("apiadmin"), QStringLiteral("Secret123"),
                             QStringLiteral("test")};
        const ApiRequest request = ApiRequest::forOperation(kApi, login, op);
        QCOMPARE(names(request),
                 (QStringList{QStringLiteral("function"), QStringLiteral("user"),
                              QStringLiteral("pass"), QStringLiteral("source"),
                              QStringLiteral("extension"), QStringLiteral("server_ip"),
                              QStringLiteral("phone_pass"), QStringLiteral("phone_full_name")}));
        QCOMPARE(request.parameter(QStringLiteral("phone_full_name")),
                 QStringLiteral("Agent 9106"));
        QCOMPARE(request.secrets(),
                 (QStringList{QStringLiteral("Secret123"), QStringLiteral("pw9106xx")}));
        QVERIFY(!request.redactedDescription(HttpMethod::Post).contains(QLatin1String("pw9106xx")));
    }

    void deleteSendsNothingElse()
    {
        // The server deletes whatever other fields come with delete_phone=Y.
        const ApiRequest request = ApiRequest::forOperation(
            kApi, {},
            Operation::deletePhone(QStringLiteral("9106"), QStringLiteral("10.10.10.15")));
        QCOMPARE(
            names(request),
            (QStringList{QStringLiteral("function"), QStringLiteral("user"), QStringLiteral("pass"),
                         QStringLiteral("source"), QStringLiteral("extension"),
                         QStringLiteral("server_ip"), QStringLiteral("delete_phone")}));
        QCOMPARE(request.parameter(QStringLiteral("delete_phone")), QStringLiteral("Y"));
    }

    void setActiveSendsUpperCase()
    {
        // A lower-case n is silently ignored by the server.
        const ApiRequest off = ApiRequest::forOperation(
            kApi, {},
            Operation::setPhoneActive(QStringLiteral("9106"), QStringLiteral("10.10.10.15"),
                                      false));
        QCOMPARE(off.parameter(QStringLiteral("active")), QStringLiteral("N"));
        const ApiRequest on = ApiRequest::forOperation(
            kApi, {},
            Operation::setPhoneActive(QStringLiteral("9106"), QStringLiteral("10.10.10.15"), true));
        QCOMPARE(on.parameter(QStringLiteral("active")), QStringLiteral("Y"));
    }

    void incompleteOperationsAreInvalid_data()
    {
        QTest::addColumn<Operation>("operation");
        QTest::newRow("update with nothing to change")
            << Operation::updatePhone(makePhone(), {PhoneField::Extension});
        QTest::newRow("delete without server IP")
            << Operation::deletePhone(QStringLiteral("9106"), QString());
        QTest::newRow("deactivate with a one-character extension")
            << Operation::setPhoneActive(QStringLiteral("9"), QStringLiteral("10.10.10.15"), false);
    }

    void incompleteOperationsAreInvalid()
    {
        QFETCH(Operation, operation);
        QVERIFY(!operation.isValid());
    }
};

QTEST_GUILESS_MAIN(TestOperation)
#include "TestOperation.moc"
