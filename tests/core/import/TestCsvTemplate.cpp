// The CSV template users fill in: it reads back through the import's own
// column mapping, its example rows pass the field rules, and the field guide
// has a line per column.
#include "import/ColumnMapping.h"
#include "import/CsvReader.h"
#include "import/CsvTemplate.h"
#include "rules/PhoneRules.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

class TestCsvTemplate : public QObject
{
    Q_OBJECT

private slots:
    void everyColumnMapsBackToItsField()
    {
        const CsvTable table = CsvReader::read(CsvTemplate::templateCsv());
        QVERIFY(!table.header.isEmpty());
        const ColumnMapping mapping = ColumnMapping::fromHeader(table.header);
        QVERIFY2(mapping.unknownColumns.isEmpty(),
                 qPrintable(mapping.unknownColumns.join(u", "_s)));
        QVERIFY(mapping.activeColumn >= 0);
        int mapped = 0;
        for (int i = 0; i < mapping.columns.size(); ++i) {
            if (!mapping.columns[i])
                continue;
            ++mapped;
            QCOMPARE(QString::fromLatin1(phoneFieldInfo(*mapping.columns[i]).apiName),
                     table.header[i]);
        }
        QCOMPARE(mapped, PhoneFieldCount);
    }

    void exampleRowsPassTheRulesWithPasswordsAdded()
    {
        const CsvTable table = CsvReader::read(CsvTemplate::templateCsv());
        QCOMPARE(table.rows.size(), 2);
        const ColumnMapping mapping = ColumnMapping::fromHeader(table.header);
        for (const CsvRow &row : table.rows) {
            PhoneRecord phone;
            for (int i = 0; i < mapping.columns.size(); ++i) {
                if (mapping.columns[i])
                    phone.setValue(*mapping.columns[i], row.cells.value(i));
            }
            QVERIFY(phone.value(PhoneField::PhonePass).isEmpty()); // generated on import
            phone.setValue(PhoneField::PhonePass, u"Generated1x"_s);
            phone.setValue(PhoneField::RegistrationPassword, u"Generated2y"_s);
            const auto issues = PhoneRules::validate(phone);
            QVERIFY2(issues.isEmpty(),
                     qPrintable(issues.isEmpty() ? QString() : issues.first().message));
        }
    }

    void guideHasALinePerColumn()
    {
        const CsvTable guide = CsvReader::read(CsvTemplate::fieldGuideCsv());
        QCOMPARE(guide.rows.size(), PhoneFieldCount + 1); // every field and "active"
        QStringList columns;
        for (const CsvRow &row : guide.rows)
            columns << row.cells.value(0);
        QVERIFY(columns.contains(u"extension"_s));
        QVERIFY(columns.contains(u"outbound_cid"_s));
        QVERIFY(columns.contains(u"active"_s));
    }

    // The guide is read in a spreadsheet, so it is written with the formula
    // guard: no cell starts with = + - @ (the time zones list starts with
    // 12.75, the negative ones inside it stay as written). The template's
    // example rows are imported back, so its "-5.00" stays as written.
    void guideDefusesFormulasTemplateKeepsValues()
    {
        const CsvTable guide = CsvReader::read(CsvTemplate::fieldGuideCsv());
        QVERIFY2(guide.ok(), qPrintable(guide.error));
        bool sawTimeZones = false;
        for (const CsvRow &row : guide.rows) {
            for (const QString &cell : row.cells) {
                QVERIFY2(cell.isEmpty() || !u"=+-@"_s.contains(cell.front()), qPrintable(cell));
            }
            if (row.cells.value(0) == "local_gmt"_L1) {
                sawTimeZones = true;
                QVERIFY2(row.cells.value(3).contains(u" -12.00"_s), qPrintable(row.cells.value(3)));
            }
        }
        QVERIFY(sawTimeZones);

        const CsvTable table = CsvReader::read(CsvTemplate::templateCsv());
        const int gmt = int(table.header.indexOf(u"local_gmt"_s));
        QVERIFY(gmt >= 0);
        for (const CsvRow &row : table.rows)
            QCOMPARE(row.cells.value(gmt), u"-5.00"_s);
    }

    void guideSitsNextToTheTemplate()
    {
        QCOMPARE(CsvTemplate::guidePathFor(u"/tmp/phones.csv"_s), u"/tmp/phones-fields.csv"_s);
    }
};

QTEST_GUILESS_MAIN(TestCsvTemplate)
#include "TestCsvTemplate.moc"
