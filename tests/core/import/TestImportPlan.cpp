#include "import/ImportPlan.h"

#include <QRegularExpression>
#include <QTest>

using namespace vp;
using namespace Qt::StringLiterals;

using FieldValues = QHash<PhoneField, QString>;
Q_DECLARE_METATYPE(FieldValues)
Q_DECLARE_METATYPE(vp::ImportDefaults)
Q_DECLARE_METATYPE(vp::ImportRow)

namespace {

CsvTable table(const QByteArray &csv)
{
    CsvOptions options;
    options.hasHeader = true;
    return CsvReader::read(csv, options);
}

QList<ImportRow> plan(const QByteArray &csv, const ImportDefaults &defaults = {})
{
    const CsvTable t = table(csv);
    return ImportPlan::build(t, ColumnMapping::fromHeader(t.header), defaults);
}

ImportRow phoneRow(int line, const QString &extension, const QString &server, const QString &login)
{
    ImportRow row;
    row.line = line;
    row.phone.setValue(PhoneField::Extension, extension);
    row.phone.setValue(PhoneField::ServerIp, server);
    row.phone.setValue(PhoneField::PhoneLogin, login);
    return row;
}

} // namespace

class TestImportPlan : public QObject
{
    Q_OBJECT

private slots:
    void fillsDefaultsAndDerivedFields_data();
    void fillsDefaultsAndDerivedFields();
    void keepsLinesAndCellsAsTyped();
    void generatesPasswords();
    void readsActiveColumn_data();
    void readsActiveColumn();
    void reportsRaggedRow();
    void marksDuplicates_data();
    void marksDuplicates();
    void markingTwiceReplacesNotes();
};

void TestImportPlan::fillsDefaultsAndDerivedFields_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<ImportDefaults>("defaults");
    QTest::addColumn<FieldValues>("expected");

    ImportDefaults plain;
    plain.values = {{PhoneField::ServerIp, u"10.10.10.15"_s}, {PhoneField::Protocol, u"SIP"_s}};
    QTest::newRow("dialplan, voicemail and login derived from the extension")
        << QByteArray("extension,phone_full_name\n1001,Ann\n") << plain
        << FieldValues{
               {PhoneField::Extension, u"1001"_s},       {PhoneField::DialplanNumber, u"1001"_s},
               {PhoneField::VoicemailId, u"1001"_s},     {PhoneField::PhoneLogin, u"1001"_s},
               {PhoneField::ServerIp, u"10.10.10.15"_s}, {PhoneField::Protocol, u"SIP"_s},
               {PhoneField::PhoneFullName, u"Ann"_s}};

    ImportDefaults noDerive = plain;
    noDerive.dialplanFromExtension = false;
    noDerive.voicemailFromExtension = false;
    noDerive.loginFromExtension = false;
    QTest::newRow("derivation switched off leaves fields empty")
        << QByteArray("extension\n1001\n") << noDerive
        << FieldValues{{PhoneField::Extension, u"1001"_s},
                       {PhoneField::ServerIp, u"10.10.10.15"_s},
                       {PhoneField::Protocol, u"SIP"_s}};

    QTest::newRow("cell beats default, empty cell takes default")
        << QByteArray("extension,server_ip\n1001,10.10.10.99\n1002,\n") << plain
        << FieldValues{
               {PhoneField::Extension, u"1001"_s},       {PhoneField::DialplanNumber, u"1001"_s},
               {PhoneField::VoicemailId, u"1001"_s},     {PhoneField::PhoneLogin, u"1001"_s},
               {PhoneField::ServerIp, u"10.10.10.99"_s}, {PhoneField::Protocol, u"SIP"_s}};

    ImportDefaults explicitDialplan = plain;
    explicitDialplan.values.insert(PhoneField::DialplanNumber, u"9999"_s);
    QTest::newRow("explicit default beats the derived value")
        << QByteArray("ext\n1001\n") << explicitDialplan
        << FieldValues{
               {PhoneField::Extension, u"1001"_s},       {PhoneField::DialplanNumber, u"9999"_s},
               {PhoneField::VoicemailId, u"1001"_s},     {PhoneField::PhoneLogin, u"1001"_s},
               {PhoneField::ServerIp, u"10.10.10.15"_s}, {PhoneField::Protocol, u"SIP"_s}};

    ImportDefaults copyPass = plain;
    copyPass.loginFromExtension = false;
    copyPass.registrationFromPhonePass = true;
    QTest::newRow("registration password copied from phone_pass")
        << QByteArray("Extension,Login,Password\n1001,agent1,pw1001\n") << copyPass
        << FieldValues{{PhoneField::Extension, u"1001"_s},
                       {PhoneField::DialplanNumber, u"1001"_s},
                       {PhoneField::VoicemailId, u"1001"_s},
                       {PhoneField::PhoneLogin, u"agent1"_s},
                       {PhoneField::PhonePass, u"pw1001"_s},
                       {PhoneField::RegistrationPassword, u"pw1001"_s},
                       {PhoneField::ServerIp, u"10.10.10.15"_s},
                       {PhoneField::Protocol, u"SIP"_s}};

    QTest::newRow("no extension, nothing derived")
        << QByteArray("extension,phone_full_name\n,Ann\n") << plain
        << FieldValues{{PhoneField::PhoneFullName, u"Ann"_s},
                       {PhoneField::ServerIp, u"10.10.10.15"_s},
                       {PhoneField::Protocol, u"SIP"_s}};
}

void TestImportPlan::fillsDefaultsAndDerivedFields()
{
    QFETCH(QByteArray, csv);
    QFETCH(ImportDefaults, defaults);
    QFETCH(FieldValues, expected);

    const QList<ImportRow> rows = plan(csv, defaults);
    QVERIFY(!rows.isEmpty());
    const PhoneRecord &phone = rows.first().phone;
    for (const PhoneFieldInfo &info : phoneFields())
        QCOMPARE(phone.value(info.field), expected.value(info.field));
    QVERIFY(phone.isActive());
    QVERIFY(rows.first().problems.isEmpty());
}

void TestImportPlan::keepsLinesAndCellsAsTyped()
{
    const QList<ImportRow> rows =
        plan("sep=,\nextension,phone_full_name,Department\n\" 1001 \",\"Ann\nSmith\",Sales\n"
             "1002,Bob,IT\n");
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].line, 3);
    QCOMPARE(rows[1].line, 5);
    // Cells reach PhoneRules as typed; it reports trimming and bad characters.
    QCOMPARE(rows[0].phone.extension(), u" 1001 "_s);
    QCOMPARE(rows[0].phone.value(PhoneField::PhoneFullName), u"Ann\nSmith"_s);
    // Derived values use the trimmed extension.
    QCOMPARE(rows[0].phone.login(), u"1001"_s);
}

void TestImportPlan::generatesPasswords()
{
    ImportDefaults defaults;
    defaults.generatePasswords = true;
    int calls = 0;
    // -> QString: with QT_USE_QSTRINGBUILDER an auto return type would be a
    // QStringBuilder referring to temporaries gone at return (ASan: stack-use-after-scope).
    defaults.passwordGenerator = [&calls]() -> QString {
        return u"gen"_s + QString::number(++calls);
    };
    const QList<ImportRow> rows =
        plan("extension,phone_pass,registration_password\n1001,,\n1002,given,\n1003,,given3\n",
             defaults);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].phone.value(PhoneField::PhonePass), u"gen1"_s);
    QCOMPARE(rows[0].phone.value(PhoneField::RegistrationPassword), u"gen2"_s);
    QCOMPARE(rows[1].phone.value(PhoneField::PhonePass), u"given"_s);
    QCOMPARE(rows[1].phone.value(PhoneField::RegistrationPassword), u"gen3"_s);
    QCOMPARE(rows[2].phone.value(PhoneField::PhonePass), u"gen4"_s);
    QCOMPARE(rows[2].phone.value(PhoneField::RegistrationPassword), u"given3"_s);
    QCOMPARE(calls, 4);

    // Copying wins over generating for the registration password.
    defaults.registrationFromPhonePass = true;
    calls = 0;
    const QList<ImportRow> copied = plan("extension\n1001\n", defaults);
    QCOMPARE(copied[0].phone.value(PhoneField::PhonePass), u"gen1"_s);
    QCOMPARE(copied[0].phone.value(PhoneField::RegistrationPassword), u"gen1"_s);

    // The built-in generator (PasswordGenerator) gives distinct, server-safe values.
    ImportDefaults builtIn;
    builtIn.generatePasswords = true;
    const QList<ImportRow> generated = plan("extension\n1001\n1002\n", builtIn);
    const QString a = generated[0].phone.value(PhoneField::PhonePass);
    const QString b = generated[1].phone.value(PhoneField::PhonePass);
    QVERIFY(a != b);
    QVERIFY(a != generated[0].phone.value(PhoneField::RegistrationPassword));
    QVERIFY2(QRegularExpression(u"^[A-Za-z0-9]{8,20}$"_s).match(a).hasMatch(), qPrintable(a));
}

void TestImportPlan::readsActiveColumn_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("defaultActive");
    QTest::addColumn<bool>("active");
    QTest::addColumn<bool>("problem");

    QTest::newRow("Y") << u"Y"_s << true << true << false;
    QTest::newRow("N") << u"N"_s << true << false << false;
    QTest::newRow("no (lower case)") << u"no"_s << true << false << false;
    QTest::newRow("Sí (Spanish)") << u"Sí"_s << false << true << false;
    QTest::newRow("Não (Portuguese)") << u"Não"_s << true << false << false;
    QTest::newRow("0") << u"0"_s << true << false << false;
    QTest::newRow("empty takes the default (inactive)") << QString() << false << false << false;
    QTest::newRow("empty takes the default (active)") << QString() << true << true << false;
    QTest::newRow("unreadable value is a problem, default kept")
        << u"maybe"_s << true << true << true;
}

void TestImportPlan::readsActiveColumn()
{
    QFETCH(QString, cell);
    QFETCH(bool, defaultActive);
    QFETCH(bool, active);
    QFETCH(bool, problem);

    ImportDefaults defaults;
    defaults.active = defaultActive;
    const QList<ImportRow> rows = plan("extension,Active\n1001," + cell.toUtf8() + "\n", defaults);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].phone.isActive(), active);
    QCOMPARE(rows[0].problems.size(), problem ? 1 : 0);
    if (problem)
        QVERIFY(rows[0].problems[0].contains(u"\"maybe\" is not Y or N"_s));
}

void TestImportPlan::reportsRaggedRow()
{
    const QList<ImportRow> rows =
        plan("extension,server_ip,phone_full_name\n1001,10.0.0.1,Ann\n1002,10.0.0.1\n");
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows[0].problems.isEmpty());
    QCOMPARE(rows[1].problems, QList<QString>{u"This row has 2 fields; the header has 3."_s});
    QCOMPARE(rows[1].phone.serverIp(), u"10.0.0.1"_s);
    QVERIFY(rows[1].phone.value(PhoneField::PhoneFullName).isEmpty());
}

void TestImportPlan::marksDuplicates_data()
{
    QTest::addColumn<QList<ImportRow>>("rows");
    QTest::addColumn<QSet<QString>>("addedExtensions");
    QTest::addColumn<QSet<QString>>("addedLogins");
    QTest::addColumn<QList<int>>("duplicateOf");
    QTest::addColumn<QList<bool>>("alreadyAdded");
    QTest::addColumn<QStringList>("problems"); // joined with " / " per row

    const QString s1 = u"10.0.0.1"_s, s2 = u"10.0.0.2"_s;
    QTest::newRow("no duplicates")
        << QList<ImportRow>{phoneRow(2, u"1001"_s, s1, u"1001"_s),
                            phoneRow(3, u"1002"_s, s1, u"1002"_s)}
        << QSet<QString>() << QSet<QString>() << QList<int>{0, 0} << QList<bool>{false, false}
        << QStringList{QString(), QString()};
    QTest::newRow("same extension and server, names the earlier line, case-insensitive")
        << QList<ImportRow>{phoneRow(2, u"AB1"_s, s1, u"a1"_s), phoneRow(5, u"ab1"_s, s1, u"a2"_s),
                            phoneRow(7, u"Ab1"_s, s1, u"a3"_s)}
        << QSet<QString>() << QSet<QString>() << QList<int>{0, 2, 2}
        << QList<bool>{false, false, false}
        << QStringList{QString(), u"Same extension and server as line 2."_s,
                       u"Same extension and server as line 2."_s};
    QTest::newRow("same extension on another server is fine, same login is not")
        << QList<ImportRow>{phoneRow(2, u"1001"_s, s1, u"1001"_s),
                            phoneRow(3, u"1001"_s, s2, u"1001"_s)}
        << QSet<QString>() << QSet<QString>() << QList<int>{0, 2} << QList<bool>{false, false}
        << QStringList{QString(), u"Same login as line 2."_s};
    QTest::newRow("logins equal in their first 15 characters collide")
        << QList<ImportRow>{phoneRow(2, u"1"_s, s1, u"abcdefghijklmnoX"_s),
                            phoneRow(3, u"2"_s, s1, u"ABCDEFGHIJKLMNOY"_s)}
        << QSet<QString>() << QSet<QString>() << QList<int>{0, 2} << QList<bool>{false, false}
        << QStringList{QString(), u"Same login as line 2."_s};
    QTest::newRow("already added per history")
        << QList<ImportRow>{phoneRow(2, u"1001"_s, s1, u"x1"_s),
                            phoneRow(3, u"1002"_s, s1, u"Agent7"_s),
                            phoneRow(4, u"1003"_s, s1, u"x3"_s)}
        << QSet<QString>{u"1001@10.0.0.1"_s} << QSet<QString>{u"agent7"_s} << QList<int>{0, 0, 0}
        << QList<bool>{true, true, false}
        << QStringList{u"Extension 1001 on 10.0.0.1 was already added (history)."_s,
                       u"Login Agent7 was already added (history)."_s, QString()};
    QTest::newRow("empty extension and login are not duplicates")
        << QList<ImportRow>{phoneRow(2, QString(), s1, QString()),
                            phoneRow(3, QString(), s1, QString())}
        << QSet<QString>() << QSet<QString>() << QList<int>{0, 0} << QList<bool>{false, false}
        << QStringList{QString(), QString()};
    QTest::newRow("both keys repeated gives two notes")
        << QList<ImportRow>{phoneRow(2, u"1001"_s, s1, u"1001"_s),
                            phoneRow(4, u"1001"_s, s1, u"1001"_s)}
        << QSet<QString>() << QSet<QString>() << QList<int>{0, 2} << QList<bool>{false, false}
        << QStringList{QString(),
                       u"Same extension and server as line 2. / Same login as line 2."_s};
}

void TestImportPlan::marksDuplicates()
{
    QFETCH(QList<ImportRow>, rows);
    QFETCH(QSet<QString>, addedExtensions);
    QFETCH(QSet<QString>, addedLogins);
    QFETCH(QList<int>, duplicateOf);
    QFETCH(QList<bool>, alreadyAdded);
    QFETCH(QStringList, problems);

    ImportPlan::markDuplicates(rows, addedExtensions, addedLogins);
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].duplicateOfLine, duplicateOf[i]);
        QCOMPARE(rows[i].alreadyAdded, alreadyAdded[i]);
        QCOMPARE(QStringList(rows[i].problems).join(u" / "_s), problems[i]);
    }
}

void TestImportPlan::markingTwiceReplacesNotes()
{
    QList<ImportRow> rows = {phoneRow(2, u"1001"_s, u"10.0.0.1"_s, u"a"_s),
                             phoneRow(3, u"1001"_s, u"10.0.0.1"_s, u"b"_s)};
    rows[1].problems << u"This row has 2 fields; the header has 3."_s;
    ImportPlan::markDuplicates(rows, {}, {});
    ImportPlan::markDuplicates(rows, {}, {});
    QCOMPARE(rows[1].problems, (QList<QString>{u"This row has 2 fields; the header has 3."_s,
                                               u"Same extension and server as line 2."_s}));
    // The user fixes the extension in the preview; the note goes away.
    rows[1].phone.setValue(PhoneField::Extension, u"1002"_s);
    ImportPlan::markDuplicates(rows, {}, {});
    QCOMPARE(rows[1].problems, (QList<QString>{u"This row has 2 fields; the header has 3."_s}));
    QCOMPARE(rows[1].duplicateOfLine, 0);
}

QTEST_GUILESS_MAIN(TestImportPlan)
#include "TestImportPlan.moc"
