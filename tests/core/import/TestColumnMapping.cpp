#include "import/ColumnMapping.h"

#include <QTest>

Q_DECLARE_METATYPE(vp::PhoneField)

using namespace vp;
using namespace Qt::StringLiterals;

using OptionalField = std::optional<PhoneField>;
Q_DECLARE_METATYPE(OptionalField)

class TestColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void guessesField_data();
    void guessesField();
    void recognisesActiveColumn_data();
    void recognisesActiveColumn();
    void mapsEveryApiName();
    void mapsHeaderRow();
    void firstOfTwoColumnsForOneFieldWins();
    void secondActiveColumnIsAWarning();
};

void TestColumnMapping::guessesField_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<OptionalField>("field");

    const auto row = [](const char *name, const QString &header, OptionalField field) {
        QTest::newRow(name) << header << field;
    };
    row("API name", u"extension"_s, PhoneField::Extension);
    row("ext", u"ext"_s, PhoneField::Extension);
    row("Extension capitalised", u"Extension"_s, PhoneField::Extension);
    row("Extensión (Spanish accent)", u"Extensión"_s, PhoneField::Extension);
    row("Ramal (Portuguese)", u"Ramal"_s, PhoneField::Extension);
    row("note in parentheses ignored", u"Extension (required)"_s, PhoneField::Extension);
    row("upper case with spaces", u"  EXT.  "_s, PhoneField::Extension);
    row("Full Name", u"Full Name"_s, PhoneField::PhoneFullName);
    row("Name", u"Name"_s, PhoneField::PhoneFullName);
    row("Nombre", u"Nombre"_s, PhoneField::PhoneFullName);
    row("phone_full_name", u"phone_full_name"_s, PhoneField::PhoneFullName);
    row("Login", u"Login"_s, PhoneField::PhoneLogin);
    row("User", u"User"_s, PhoneField::PhoneLogin);
    row("Usuario", u"Usuario"_s, PhoneField::PhoneLogin);
    row("phone-login with a dash", u"phone-login"_s, PhoneField::PhoneLogin);
    row("Password alone is phone_pass", u"Password"_s, PhoneField::PhonePass);
    row("Contraseña", u"Contraseña"_s, PhoneField::PhonePass);
    row("Senha", u"Senha"_s, PhoneField::PhonePass);
    row("Login password label", u"Login password"_s, PhoneField::PhonePass);
    row("SIP password is the registration password", u"SIP password"_s,
        PhoneField::RegistrationPassword);
    row("Secret", u"Secret"_s, PhoneField::RegistrationPassword);
    row("SIP secret", u"SIP secret"_s, PhoneField::RegistrationPassword);
    row("conf_secret", u"conf_secret"_s, PhoneField::RegistrationPassword);
    row("Registration Password", u"Registration Password"_s, PhoneField::RegistrationPassword);
    row("Server", u"Server"_s, PhoneField::ServerIp);
    row("Server IP", u"Server IP"_s, PhoneField::ServerIp);
    row("Servidor", u"Servidor"_s, PhoneField::ServerIp);
    row("Dialplan", u"Dialplan"_s, PhoneField::DialplanNumber);
    row("Dial plan number", u"Dial plan number"_s, PhoneField::DialplanNumber);
    row("Voicemail", u"Voicemail"_s, PhoneField::VoicemailId);
    row("VM", u"VM"_s, PhoneField::VoicemailId);
    row("voicemail_id", u"voicemail_id"_s, PhoneField::VoicemailId);
    row("Caller ID", u"Caller ID"_s, PhoneField::OutboundCid);
    row("CID", u"CID"_s, PhoneField::OutboundCid);
    row("outbound_cid", u"outbound_cid"_s, PhoneField::OutboundCid);
    row("Timezone", u"Timezone"_s, PhoneField::LocalGmt);
    row("GMT", u"GMT"_s, PhoneField::LocalGmt);
    row("Time zone label", u"Time zone"_s, PhoneField::LocalGmt);
    row("Protocol", u"Protocol"_s, PhoneField::Protocol);
    row("Protocolo", u"Protocolo"_s, PhoneField::Protocol);
    row("Template", u"Template"_s, PhoneField::TemplateId);
    row("template_id", u"template_id"_s, PhoneField::TemplateId);
    row("Email", u"Email"_s, PhoneField::Email);
    row("E-mail", u"E-mail"_s, PhoneField::Email);
    row("Correo electrónico", u"Correo electrónico"_s, PhoneField::Email);
    row("Context", u"Context"_s, PhoneField::PhoneContext);
    row("Webphone", u"Webphone"_s, PhoneField::IsWebphone);
    row("is_webphone", u"is_webphone"_s, PhoneField::IsWebphone);
    row("Webphone auto-answer", u"Webphone auto-answer"_s, PhoneField::WebphoneAutoAnswer);
    row("User group", u"User group"_s, PhoneField::AdminUserGroup);
    row("on_hook_agent", u"on_hook_agent"_s, PhoneField::OnHookAgent);
    row("use_external_server_ip", u"use_external_server_ip"_s, PhoneField::UseExternalServerIp);
    row("unknown column", u"Department"_s, std::nullopt);
    row("empty header", QString(), std::nullopt);
    row("Active is not a field", u"Active"_s, std::nullopt);
}

void TestColumnMapping::guessesField()
{
    QFETCH(QString, header);
    QFETCH(OptionalField, field);
    QCOMPARE(ColumnMapping::guessField(header), field);
}

void TestColumnMapping::recognisesActiveColumn_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<bool>("active");
    QTest::newRow("Active") << u"Active"_s << true;
    QTest::newRow("ACTIVE (Y/N)") << u"ACTIVE (Y/N)"_s << true;
    QTest::newRow("Activo") << u"Activo"_s << true;
    QTest::newRow("Ativo") << u"Ativo"_s << true;
    QTest::newRow("Enabled") << u"Enabled"_s << true;
    QTest::newRow("Extension is not") << u"Extension"_s << false;
}

void TestColumnMapping::recognisesActiveColumn()
{
    QFETCH(QString, header);
    QFETCH(bool, active);
    QCOMPARE(ColumnMapping::isActiveHeader(header), active);
}

void TestColumnMapping::mapsEveryApiName()
{
    for (const PhoneFieldInfo &info : phoneFields()) {
        QCOMPARE(ColumnMapping::guessField(apiName(info.field)), OptionalField(info.field));
        QCOMPARE(ColumnMapping::guessField(QString::fromUtf8(info.label)),
                 OptionalField(info.field));
    }
}

void TestColumnMapping::mapsHeaderRow()
{
    const QStringList header = {u"Ext"_s,    u"Nombre"_s, u"Department"_s, u"Server IP"_s,
                                u"Active"_s, QString(),   u"SIP secret"_s, u"Floor"_s};
    const ColumnMapping mapping = ColumnMapping::fromHeader(header);
    const QList<OptionalField> expected = {PhoneField::Extension,
                                           PhoneField::PhoneFullName,
                                           std::nullopt,
                                           PhoneField::ServerIp,
                                           std::nullopt,
                                           std::nullopt,
                                           PhoneField::RegistrationPassword,
                                           std::nullopt};
    QCOMPARE(mapping.columns, expected);
    QCOMPARE(mapping.activeColumn, 4);
    QCOMPARE(mapping.unknownColumns, (QStringList{u"Department"_s, u"Floor"_s}));
    QVERIFY(mapping.warnings.isEmpty());
    QCOMPARE(mapping.columnOf(PhoneField::ServerIp), 3);
    QCOMPARE(mapping.columnOf(PhoneField::PhonePass), -1);
    QVERIFY(mapping.isMapped(PhoneField::Extension));
}

void TestColumnMapping::firstOfTwoColumnsForOneFieldWins()
{
    const ColumnMapping mapping =
        ColumnMapping::fromHeader({u"Name"_s, u"extension"_s, u"Full Name"_s, u"Ext"_s});
    QCOMPARE(mapping.columnOf(PhoneField::PhoneFullName), 0);
    QCOMPARE(mapping.columnOf(PhoneField::Extension), 1);
    QCOMPARE(mapping.columns[2], OptionalField());
    QCOMPARE(mapping.columns[3], OptionalField());
    QCOMPARE(mapping.warnings.size(), 2);
    QVERIFY2(mapping.warnings[0].contains(u"Columns 1 (Name) and 3 (Full Name)"_s),
             qPrintable(mapping.warnings[0]));
    QVERIFY2(mapping.warnings[0].contains(u"column 1 is used"_s), qPrintable(mapping.warnings[0]));
    QVERIFY2(mapping.warnings[1].contains(u"Columns 2 (extension) and 4 (Ext)"_s),
             qPrintable(mapping.warnings[1]));
    QVERIFY(mapping.unknownColumns.isEmpty());
}

void TestColumnMapping::secondActiveColumnIsAWarning()
{
    const ColumnMapping mapping =
        ColumnMapping::fromHeader({u"extension"_s, u"Active"_s, u"Enabled"_s});
    QCOMPARE(mapping.activeColumn, 1);
    QCOMPARE(mapping.warnings.size(), 1);
    QVERIFY(mapping.warnings[0].contains(u"Columns 2 and 3"_s));
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "TestColumnMapping.moc"
