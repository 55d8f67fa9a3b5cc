// The one CSV writer: quoting, the spreadsheet-formula guard, CRLF, UTF-8
// without a byte order mark; and what it writes reads back as written.
#include "import/CsvReader.h"
#include "import/CsvWriter.h"

#include <QTest>

using namespace vp;
using namespace Qt::StringLiterals;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesRows_data();
    void writesRows();
    void defusesFormulas_data();
    void defusesFormulas();
    void keepsOwnTextOnRequest();
};

void TestCsvWriter::writesRows_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QStringList{u"1001"_s, u"Ann"_s} << QChar(u',')
                           << QByteArray("1001,Ann\r\n");
    QTest::newRow("delimiter, quote and newline quoted")
        << QStringList{u"a,b"_s, u"say \"hi\""_s, u"x\ny"_s} << QChar(u',')
        << QByteArray("\"a,b\",\"say \"\"hi\"\"\",\"x\ny\"\r\n");
    QTest::newRow("semicolon only quotes semicolons")
        << QStringList{u"a,b"_s, u"c;d"_s} << QChar(u';') << QByteArray("a,b;\"c;d\"\r\n");
    QTest::newRow("outer spaces kept by quoting")
        << QStringList{u" x "_s, QString()} << QChar(u',') << QByteArray("\" x \",\r\n");
    QTest::newRow("UTF-8 output") << QStringList{u"José €"_s} << QChar(u',')
                                  << QByteArray("Jos\xc3\xa9 \xe2\x82\xac\r\n");
}

void TestCsvWriter::writesRows()
{
    QFETCH(QStringList, cells);
    QFETCH(QChar, delimiter);
    QFETCH(QByteArray, expected);

    const QByteArray line = CsvWriter::row(cells, CsvWriter::Formulas::Keep, delimiter);
    QCOMPARE(line, expected);

    // What we write reads back the same.
    CsvOptions options;
    options.delimiter = delimiter;
    options.hasHeader = false;
    const CsvTable table = CsvReader::read(line, options);
    QVERIFY2(table.ok(), qPrintable(table.error));
    QCOMPARE(table.rows.size(), 1);
    QStringList readBack = table.rows.first().cells;
    while (readBack.size() < cells.size())
        readBack << QString(); // trailing empty cells are dropped on reading
    QCOMPARE(readBack, cells);
}

void TestCsvWriter::defusesFormulas_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("written");

    QTest::newRow("plain text is left alone") << u"plain"_s << QByteArray("plain\r\n");
    QTest::newRow("= starts a formula") << u"=1+1"_s << QByteArray("'=1+1\r\n");
    QTest::newRow("+ starts a formula") << u"+1"_s << QByteArray("'+1\r\n");
    QTest::newRow("- starts a formula (a time zone too)") << u"-5.00"_s << QByteArray("'-5.00\r\n");
    QTest::newRow("@ starts a formula") << u"@SUM(A1)"_s << QByteArray("'@SUM(A1)\r\n");
    QTest::newRow("tab starts a formula") << u"\tx"_s << QByteArray("'\tx\r\n");
    QTest::newRow("CR starts a formula and is quoted") << u"\rx"_s << QByteArray("\"'\rx\"\r\n");
    QTest::newRow("formula with a comma is defused, then quoted")
        << u"=A1,B1"_s << QByteArray("\"'=A1,B1\"\r\n");
    QTest::newRow("= later in the cell is harmless") << u"a=b"_s << QByteArray("a=b\r\n");
    QTest::newRow("empty cell stays empty") << QString() << QByteArray("\r\n");
    QTest::newRow("no byte order mark, UTF-8") << u"é"_s << QByteArray("\xc3\xa9\r\n");
}

void TestCsvWriter::defusesFormulas()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, written);

    QCOMPARE(CsvWriter::row({value}), written);
    QCOMPARE(CsvWriter::row({value}, CsvWriter::Formulas::Defuse), written);

    // Read back, the value is the defused text: the apostrophe is data.
    if (value.isEmpty())
        return;
    CsvOptions options;
    options.hasHeader = false;
    options.delimiter = QLatin1Char(','); // a lone tab would otherwise be taken for one
    const CsvTable table = CsvReader::read(u"x\r\n"_s.toUtf8() + written, options);
    QVERIFY2(table.ok(), qPrintable(table.error));
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows[1].cells.value(0), CsvWriter::defused(value));
}

void TestCsvWriter::keepsOwnTextOnRequest()
{
    const QStringList cells = {u"1001"_s, u"-5.00"_s, u"=x"_s};
    QCOMPARE(CsvWriter::row(cells, CsvWriter::Formulas::Keep), QByteArray("1001,-5.00,=x\r\n"));
    QCOMPARE(CsvWriter::row(cells), QByteArray("1001,'-5.00,'=x\r\n"));
    QCOMPARE(CsvWriter::defused(u"1001"_s), u"1001"_s);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
