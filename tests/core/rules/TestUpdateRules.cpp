// update_phone's own limits on the changed fields only (shared/vicidial-api.md,
// "update_phone"): they differ from add_phone's.
#include "model/Operation.h"
#include "rules/UpdateRules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace vp;

Q_DECLARE_METATYPE(QList<vp::PhoneField>)

class TestUpdateRules : public QObject
{
    Q_OBJECT

private:
    static PhoneRecord target()
    {
        PhoneRecord phone;
        phone.setValue(PhoneField::Extension, u"9106"_s);
        phone.setValue(PhoneField::ServerIp, u"10.10.10.15"_s);
        return phone;
    }

private slots:
    void changedFieldsOnly_data()
    {
        QTest::addColumn<PhoneField>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        // add_phone takes a 1-character name and up to 50; update_phone 2-30.
        QTest::newRow("name of 1") << PhoneField::PhoneFullName << u"A"_s << false;
        QTest::newRow("name of 2") << PhoneField::PhoneFullName << u"Al"_s << true;
        QTest::newRow("name of 30") << PhoneField::PhoneFullName << QString(30, u'a') << true;
        QTest::newRow("name of 31") << PhoneField::PhoneFullName << QString(31, u'a') << false;
        QTest::newRow("login with apostrophe") << PhoneField::PhoneLogin << u"80'03"_s << false;
        QTest::newRow("email of 4") << PhoneField::Email << u"a@bc"_s << false;
        QTest::newRow("email of 5") << PhoneField::Email << u"a@b.c"_s << true;
        QTest::newRow("email of 100") << PhoneField::Email << QString(96, u'a') + u"@b.c"_s << true;
        // The server takes up to 300, but its column holds 100 and cuts the rest.
        QTest::newRow("email of 101")
            << PhoneField::Email << QString(97, u'a') + u"@b.c"_s << false;
        QTest::newRow("phone pass of 20") << PhoneField::PhonePass << QString(20, u'p') << true;
        QTest::newRow("phone pass of 21 (column of 20)")
            << PhoneField::PhonePass << QString(21, u'p') << false;
        QTest::newRow("registration password of 21 (column of 20)")
            << PhoneField::RegistrationPassword << QString(21, u'r') << false;
        QTest::newRow("phone context of 21 (column of 20)")
            << PhoneField::PhoneContext << QString(21, u'c') << false;
        QTest::newRow("voicemail of 11 (column of 10)")
            << PhoneField::VoicemailId << QString(11, u'1') << false;
        QTest::newRow("dial plan of 2") << PhoneField::DialplanNumber << u"91"_s << false;
        QTest::newRow("dial plan of 3") << PhoneField::DialplanNumber << u"910"_s << true;
        QTest::newRow("caller ID of 5 digits") << PhoneField::OutboundCid << u"31255"_s << false;
        QTest::newRow("caller ID of 6 digits") << PhoneField::OutboundCid << u"312555"_s << true;
        QTest::newRow("caller ID of 19 digits")
            << PhoneField::OutboundCid << QString(19, u'3') << false;
        QTest::newRow("user group of 21")
            << PhoneField::AdminUserGroup << QString(21, u'G') << false;
        QTest::newRow("phone pass of 1") << PhoneField::PhonePass << u"x"_s << false;
        QTest::newRow("protocol PJSIP") << PhoneField::Protocol << u"PJSIP"_s << false;
        QTest::newRow("time zone") << PhoneField::LocalGmt << u"-5.00"_s << true;
        QTest::newRow("blank name") << PhoneField::PhoneFullName << u"--BLANK--"_s << true;
        QTest::newRow("blank voicemail") << PhoneField::VoicemailId << u"--BLANK--"_s << true;
        // The server refuses --BLANK-- for the caller ID.
        QTest::newRow("blank caller ID") << PhoneField::OutboundCid << u"--BLANK--"_s << false;
        // An empty parameter is ignored by the server: nothing would change.
        QTest::newRow("empty name") << PhoneField::PhoneFullName << QString() << false;
        QTest::newRow("extension") << PhoneField::Extension << u"9107"_s << false;
    }

    void changedFieldsOnly()
    {
        QFETCH(PhoneField, field);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        PhoneRecord phone = target();
        phone.setValue(field, value);
        const QList<FieldIssue> issues = UpdateRules::validate(phone, {field});
        QVERIFY2(issues.isEmpty() == valid,
                 qPrintable(issues.isEmpty() ? u"no issue"_s : issues.first().message));
        for (const FieldIssue &issue : issues)
            QCOMPARE(issue.field, field);
        // Operation validity uses the same rules.
        if (field != PhoneField::Extension)
            QCOMPARE(Operation::updatePhone(phone, {field}).isValid(), valid);
    }

    void unchangedFieldsAreNotChecked()
    {
        // A phone known only by extension and server IP: the missing login,
        // passwords and caller ID are not part of the change.
        PhoneRecord phone = target();
        phone.setValue(PhoneField::PhoneFullName, u"Ana Lopez"_s);
        QVERIFY(UpdateRules::validate(phone, {PhoneField::PhoneFullName}).isEmpty());
        QVERIFY(!UpdateRules::isValid(phone, {}));
    }

    void loginOfAnotherPhoneIsRefused()
    {
        PhoneRecord phone = target();
        phone.setValue(PhoneField::PhoneLogin, u"Agent7"_s);
        QVERIFY(
            UpdateRules::validate(phone, {PhoneField::PhoneLogin}, {}, {u"agent8"_s}).isEmpty());
        const auto issues =
            UpdateRules::validate(phone, {PhoneField::PhoneLogin}, {}, {u"agent7"_s});
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, PhoneField::PhoneLogin);
        QVERIFY(issues.first().message.contains(u"Agent7"_s));
    }
};

QTEST_GUILESS_MAIN(TestUpdateRules)
#include "TestUpdateRules.moc"
