// The import pipeline both the desktop app and the CLI use: which rows are
// sent, which are skipped and why, with file, line and column.
#include "import/ImportPipeline.h"

#include <QTest>

using namespace vp;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(vp::ImportVerdict)

namespace {

const QByteArray kHeader =
    "extension,server_ip,phone_pass,registration_password,outbound_cid,phone_full_name,active\n";

CsvTable table(const QByteArray &csv)
{
    CsvOptions options;
    options.hasHeader = true;
    return CsvReader::read(csv, options);
}

ImportPreviewData build(const QByteArray &csv, const QSet<QString> &addedExtensions = {},
                        const QSet<QString> &addedLogins = {}, ColumnMapping *mappingOut = nullptr)
{
    const CsvTable t = table(csv);
    const ColumnMapping mapping = ImportPipeline::guessMapping(t);
    ImportPreviewSettings settings;
    ImportPipeline::addUsualDefaults(&settings.defaults, mapping);
    settings.addedExtensionKeys = addedExtensions;
    settings.addedLoginKeys = addedLogins;
    if (mappingOut)
        *mappingOut = mapping;
    return ImportPipeline::build(t, mapping, settings);
}

} // namespace

class TestImportPipeline : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
    void problemsNameFileLineAndColumn();
    void pastedTextHasNoFileName();
    void missingRequiredColumnsAreNamedOnce();
    void usualDefaultsNeverOverrideTheFile();
    void readyPhonesAreTheReadyRowsNormalised();
    void headerNamesAreTheColumnMappings();
    void switchOffAndDeleteReadOnlyTheIdentifiers();
    void addOrUpdateMeetsBothRequestsLimits();
};

void TestImportPipeline::verdicts_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QSet<QString>>("addedExtensions");
    QTest::addColumn<QSet<QString>>("addedLogins");
    QTest::addColumn<QList<ImportVerdict>>("expected");
    QTest::addColumn<QStringList>("reasons"); // the report's skipped key of each row

    const QByteArray good = "8001,10.10.10.15,PwAna8001,RgAna8001,3125551201,Ana Lopez,Y\n";
    QTest::newRow("valid row") << good << QSet<QString>() << QSet<QString>()
                               << QList<ImportVerdict>{ImportVerdict::Ready}
                               << QStringList{QString()};
    QTest::newRow("bad field") << QByteArray("80!1,10.10.10.15,PwAna8001,RgAna8001,"
                                             "3125551201,Ana Lopez,Y\n")
                               << QSet<QString>() << QSet<QString>()
                               << QList<ImportVerdict>{ImportVerdict::Invalid}
                               << QStringList{u"invalid"_s};
    QTest::newRow("duplicate line")
        << good + good << QSet<QString>() << QSet<QString>()
        << QList<ImportVerdict>{ImportVerdict::Ready, ImportVerdict::Invalid}
        << QStringList{QString(), u"duplicate"_s};
    QTest::newRow("extension added before")
        << good << QSet<QString>{u"8001@10.10.10.15"_s} << QSet<QString>()
        << QList<ImportVerdict>{ImportVerdict::AlreadyAdded} << QStringList{u"already_added"_s};
    QTest::newRow("login added before")
        << good << QSet<QString>() << QSet<QString>{u"8001"_s}
        << QList<ImportVerdict>{ImportVerdict::AlreadyAdded} << QStringList{u"already_added"_s};
    QTest::newRow("added on another server ip")
        << good << QSet<QString>{u"8001@10.10.10.16"_s} << QSet<QString>()
        << QList<ImportVerdict>{ImportVerdict::Ready} << QStringList{QString()};
    // An unreadable "active" cell must not be sent as the default (Y): on an
    // offboarding list that would re-activate a phone.
    QTest::newRow("unreadable active")
        << QByteArray("8001,10.10.10.15,PwAna8001,RgAna8001,3125551201,Ana Lopez,maybe\n")
        << QSet<QString>() << QSet<QString>() << QList<ImportVerdict>{ImportVerdict::Invalid}
        << QStringList{u"invalid"_s};
    QTest::newRow("ragged row") << QByteArray("8001,10.10.10.15,PwAna8001\n") << QSet<QString>()
                                << QSet<QString>() << QList<ImportVerdict>{ImportVerdict::Invalid}
                                << QStringList{u"invalid"_s};
}

void TestImportPipeline::verdicts()
{
    QFETCH(QByteArray, rows);
    QFETCH(QSet<QString>, addedExtensions);
    QFETCH(QSet<QString>, addedLogins);
    QFETCH(QList<ImportVerdict>, expected);
    QFETCH(QStringList, reasons);

    const ImportPreviewData data = build(kHeader + rows, addedExtensions, addedLogins);
    QCOMPARE(data.rows.size(), expected.size());
    QList<ImportVerdict> verdicts;
    for (qsizetype i = 0; i < data.rows.size(); ++i)
        verdicts << ImportPipeline::verdict(data.rows[i], data.issues[i]);
    QCOMPARE(verdicts, expected);
    QStringList skipReasons;
    for (qsizetype i = 0; i < data.rows.size(); ++i)
        skipReasons << ImportPipeline::skipReason(data.rows[i], data.issues[i]);
    QCOMPARE(skipReasons, reasons);
}

void TestImportPipeline::problemsNameFileLineAndColumn()
{
    ColumnMapping mapping;
    const ImportPreviewData data =
        build(kHeader + "8001,10.10.10.15,PwAna8001,RgAna8001,3125551201,Ana Lopez,Y\n"
                        "8002,10.10.10.15,Pw!B8002,RgBru8002,3125551202,Bruno Silva,Y\n"
                        "8001,10.10.10.15,PwCar8003,RgCar8003,3125551203,Carla Diaz,Y\n",
              {}, {}, &mapping);
    QCOMPARE(data.rows.size(), 3);

    // Line 3: the password has a character the server removes, in column 3 of the file.
    const QStringList second =
        ImportPipeline::describeProblems(data.rows[1], data.issues[1], mapping, u"agents.csv"_s);
    QCOMPARE(second.size(), 1);
    QVERIFY2(second[0].startsWith(u"agents.csv line 3, column 3: "_s), qPrintable(second[0]));
    QVERIFY2(!second[0].contains(u"Pw!B8002"_s), qPrintable(second[0])); // never quotes a password

    // Line 4 repeats line 2's extension: a row problem, no column.
    const QStringList third =
        ImportPipeline::describeProblems(data.rows[2], data.issues[2], mapping, u"agents.csv"_s);
    QVERIFY2(third.size() >= 1, qPrintable(third.join(u'\n')));
    QVERIFY2(third.join(u'\n').contains(u"agents.csv line 4: "_s), qPrintable(third.join(u'\n')));
    QVERIFY2(third.join(u'\n').contains(u"line 2"_s), qPrintable(third.join(u'\n')));

    QVERIFY(ImportPipeline::describeProblems(data.rows[0], data.issues[0], mapping, u"agents.csv"_s)
                .isEmpty());
}

void TestImportPipeline::pastedTextHasNoFileName()
{
    ColumnMapping mapping;
    const ImportPreviewData data =
        build(kHeader + "8002,10.10.10.15,Pw!B8002,RgBru8002,3125551202,Bruno Silva,Y\n", {}, {},
              &mapping);
    const QStringList problems =
        ImportPipeline::describeProblems(data.rows[0], data.issues[0], mapping, QString());
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems[0].startsWith(u"line 2, column 3: "_s), qPrintable(problems[0]));
}

void TestImportPipeline::missingRequiredColumnsAreNamedOnce()
{
    const ImportPreviewData data =
        build("extension,server_ip\n8001,10.10.10.15\n8002,10.10.10.15\n");
    const QStringList missing = ImportPipeline::missingRequiredColumns(data.rows);
    // Dial plan, voicemail and login come from the extension; protocol and
    // time zone from the usual defaults. What is left must come from the file.
    QCOMPARE(missing, (QStringList{u"Login password (phone_pass)"_s,
                                   u"Registration password (registration_password)"_s,
                                   u"Full name (phone_full_name)"_s,
                                   u"Outbound caller ID (outbound_cid)"_s}));
    QVERIFY(ImportPipeline::missingRequiredColumns({}).isEmpty());
}

void TestImportPipeline::usualDefaultsNeverOverrideTheFile()
{
    ColumnMapping mapping;
    mapping.columns = {PhoneField::Extension, PhoneField::Protocol};
    ImportDefaults defaults;
    ImportPipeline::addUsualDefaults(&defaults, mapping);
    QVERIFY(!defaults.values.contains(PhoneField::Protocol)); // the file has a column
    QCOMPARE(defaults.values.value(PhoneField::LocalGmt), u"-5.00"_s);

    ImportDefaults given;
    given.values.insert(PhoneField::LocalGmt, u"-8.00"_s);
    ImportPipeline::addUsualDefaults(&given, mapping);
    QCOMPARE(given.values.value(PhoneField::LocalGmt), u"-8.00"_s); // --default wins
}

void TestImportPipeline::readyPhonesAreTheReadyRowsNormalised()
{
    const ImportPreviewData data =
        build(kHeader + "8001,10.10.10.15,PwAna8001,RgAna8001,3125551201,Ana Lopez,Y\n"
                        "80!2,10.10.10.15,PwBru8002,RgBru8002,3125551202,Bruno Silva,Y\n"
                        "8003,10.10.10.15,PwCar8003,RgCar8003,3125551203,Carla Diaz,N\n",
              {u"8009@10.10.10.15"_s});
    QList<int> lines, indexes;
    const QList<PhoneRecord> phones =
        ImportPipeline::readyPhones(data, RuleOptions(), &lines, &indexes);
    QCOMPARE(lines, (QList<int>{2, 4}));
    QCOMPARE(indexes, (QList<int>{0, 2}));
    QCOMPARE(phones.size(), 2);
    QCOMPARE(phones[0].extension(), u"8001"_s);
    QCOMPARE(phones[1].extension(), u"8003"_s);
    QVERIFY(!phones[1].isActive());
    QCOMPARE(phones[1], PhoneRules::normalized(data.rows[2].phone, nullptr, RuleOptions()));
}

// The pipeline tells the CSV reader which header names it knows: one row of
// field names ("Ext", "Nombre") is a header, so the file has no phones.
void TestImportPipeline::headerNamesAreTheColumnMappings()
{
    ImportSource source;
    source.kind = ImportSource::Kind::Text;
    source.text = "Ext,Nombre\n";
    const CsvTable table = ImportPipeline::read(source, CsvOptions());
    QVERIFY(table.hasHeader);
    QVERIFY2(table.error.contains(u"only a header row"_s), qPrintable(table.error));

    // Without the mapping's names the same row is one (odd) phone.
    CsvOptions shapeOnly;
    shapeOnly.isKnownHeader = [](const QString &) { return false; };
    const CsvTable data = ImportPipeline::read(source, shapeOnly);
    QVERIFY2(data.ok(), qPrintable(data.error));
    QVERIFY(!data.hasHeader);
    QCOMPARE(data.rows.size(), 1);
}

// Offboarding lists: only extension and server_ip are read (a bad name or a
// missing password does not block a row), a repeated extension is refused,
// and each ready row becomes the mode's operation.
void TestImportPipeline::switchOffAndDeleteReadOnlyTheIdentifiers()
{
    const CsvTable t = table("extension,server_ip,phone_full_name,phone_pass\n"
                             "8001,10.10.10.15,O'Brien ###,\n"
                             "8002,10.10.10.15,,\n"
                             "8001,10.10.10.15,,\n"
                             "8@03,10.10.10.15,,\n");
    const ColumnMapping mapping = ImportPipeline::guessMapping(t);
    for (ImportMode mode : {ImportMode::Deactivate, ImportMode::Delete}) {
        ImportPreviewSettings settings;
        settings.mode = mode;
        settings.addedExtensionKeys = {u"8002@10.10.10.15"_s}; // not "already added" here
        const ImportPreviewData data = ImportPipeline::build(t, mapping, settings);
        QCOMPARE(data.rows.size(), 4);
        QCOMPARE(ImportPipeline::verdict(data.rows[0], data.issues[0]), ImportVerdict::Ready);
        QCOMPARE(ImportPipeline::verdict(data.rows[1], data.issues[1]), ImportVerdict::Ready);
        QCOMPARE(ImportPipeline::skipReason(data.rows[2], data.issues[2]), u"duplicate"_s);
        QCOMPARE(ImportPipeline::skipReason(data.rows[3], data.issues[3]), u"invalid"_s);
        QVERIFY(data.rows[0].phone.value(PhoneField::PhoneFullName).isEmpty()); // not read
        QVERIFY(ImportPipeline::missingRequiredColumns(data.rows, mode).isEmpty());
        QList<int> lines;
        const QList<Operation> operations =
            ImportPipeline::readyOperations(data, mode, settings.rules, &lines);
        QCOMPARE(operations.size(), 2);
        QCOMPARE(lines, (QList<int>{2, 3}));
        QCOMPARE(operations[0].kind(), mode == ImportMode::Delete
                                           ? Operation::Kind::DeletePhone
                                           : Operation::Kind::SetPhoneActive);
        QCOMPARE(operations[1].phone().extension(), u"8002"_s);
        QVERIFY(operations[0].changedFields().isEmpty());
    }
    QCOMPARE(importModeFromKey(u"add-or-update"_s), std::optional(ImportMode::AddOrUpdate));
    QCOMPARE(importModeFromKey(u"remove"_s), std::nullopt);
}

// Add or update: a row must suit add_phone and update_phone (a 40-character
// name is fine for an add, refused by an update); a login another known
// phone of the system uses is refused; a row added earlier is marked as one
// that will be updated, not skipped.
void TestImportPipeline::addOrUpdateMeetsBothRequestsLimits()
{
    const CsvTable t = table(kHeader + "8101,10.10.10.15,Pw8101x,Rg8101x,3125550100,Ana,Y\n"
                                       "8102,10.10.10.15,Pw8102x,Rg8102x,3125550100,"
                                       "Bartholomew Alexander Fitzgerald,Y\n");
    ColumnMapping mapping = ImportPipeline::guessMapping(t);
    ImportPreviewSettings settings;
    settings.mode = ImportMode::AddOrUpdate;
    settings.defaults.loginFromExtension = true;
    settings.defaults.dialplanFromExtension = true;
    settings.defaults.voicemailFromExtension = true;
    ImportPipeline::addUsualDefaults(&settings.defaults, mapping);
    settings.addedExtensionKeys = {u"8101@10.10.10.15"_s};
    settings.addedLoginKeys = {u"8101"_s};
    ImportPreviewData data = ImportPipeline::build(t, mapping, settings);
    QCOMPARE(ImportPipeline::verdict(data.rows[0], data.issues[0]), ImportVerdict::Ready);
    QVERIFY(data.rows[0].addedEarlier);
    QVERIFY(!data.rows[1].addedEarlier);
    QCOMPARE(ImportPipeline::verdict(data.rows[1], data.issues[1]), ImportVerdict::Invalid);
    QCOMPARE(data.issues[1].first().field, PhoneField::PhoneFullName);
    QCOMPARE(ImportPipeline::plannedAction(ImportMode::AddOrUpdate, data.rows[0]),
             ImportPipeline::tr("Update (added earlier)"));

    // 8101's login belongs to another phone the history knows: refused.
    settings.loginOwners = {{u"8101"_s, u"7777@10.10.10.15"_s}};
    data = ImportPipeline::build(t, mapping, settings);
    QCOMPARE(ImportPipeline::verdict(data.rows[0], data.issues[0]), ImportVerdict::Invalid);
    QCOMPARE(data.issues[0].first().field, PhoneField::PhoneLogin);
    // The same login on its own extension is no conflict.
    settings.loginOwners = {{u"8101"_s, u"8101@10.10.10.15"_s}};
    data = ImportPipeline::build(t, mapping, settings);
    QCOMPARE(ImportPipeline::verdict(data.rows[0], data.issues[0]), ImportVerdict::Ready);
}

QTEST_GUILESS_MAIN(TestImportPipeline)
#include "TestImportPipeline.moc"
