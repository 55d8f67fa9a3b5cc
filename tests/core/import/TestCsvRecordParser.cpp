// The record parser alone: quotes, delimiters and the physical line each
// record starts on, whatever pieces the text arrives in. Files, encodings and
// headers are CsvReader's (TestCsvReader).
#include "import/CsvRecordParser.h"

#include <QFile>
#include <QTest>

using namespace vp;
using namespace Qt::StringLiterals;

using Records = QList<QStringList>;

namespace {

QString fixture(const QString &name)
{
    return QString::fromUtf8(VP_TEST_DATA_DIR "/csv/") + name;
}

} // namespace

class TestCsvRecordParser : public QObject
{
    Q_OBJECT

private slots:
    void splitsRecords_data();
    void splitsRecords();
    void refusesBrokenText_data();
    void refusesBrokenText();
    void parsesIncrementally_data();
    void parsesIncrementally();
};

void TestCsvRecordParser::splitsRecords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<int>("firstLine");
    QTest::addColumn<Records>("records");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<int>("strayQuoteLine");

    QTest::newRow("plain LF records")
        << u"a,b\nc,d\n"_s << QChar(u',') << 1 << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
        << QList<int>{1, 2} << 0;
    QTest::newRow("last record without a line end")
        << u"a,b\nc,d"_s << QChar(u',') << 1 << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
        << QList<int>{1, 2} << 0;
    QTest::newRow("CRLF and lone CR both end a record")
        << u"a\r\nb\rc\n"_s << QChar(u',') << 1 << Records{{u"a"_s}, {u"b"_s}, {u"c"_s}}
        << QList<int>{1, 2, 3} << 0;
    QTest::newRow("quoted delimiter, doubled quote, empty quoted cell")
        << u"\"x,y\",\"say \"\"hi\"\"\",\"\"\n"_s << QChar(u',') << 1
        << Records{{u"x,y"_s, u"say \"hi\""_s, QString()}} << QList<int>{1} << 0;
    QTest::newRow("line break inside quotes counts the physical lines")
        << u"1,\"two\nlines\"\n2,\"x\r\ny\r\nz\"\n3,end\n"_s << QChar(u',') << 1
        << Records{{u"1"_s, u"two\nlines"_s}, {u"2"_s, u"x\r\ny\r\nz"_s}, {u"3"_s, u"end"_s}}
        << QList<int>{1, 3, 6} << 0;
    QTest::newRow("semicolon splits, comma is text")
        << u"a,b;c\n"_s << QChar(u';') << 1 << Records{{u"a,b"_s, u"c"_s}} << QList<int>{1} << 0;
    QTest::newRow("tab delimiter keeps spaces")
        << u" a \tb\n"_s << QChar(u'\t') << 1 << Records{{u" a "_s, u"b"_s}} << QList<int>{1} << 0;
    QTest::newRow("empty cells and blank line")
        << u",,\n\nx\n"_s << QChar(u',') << 1
        << Records{{QString(), QString(), QString()}, {QString()}, {u"x"_s}} << QList<int>{1, 2, 3}
        << 0;
    QTest::newRow("first line offset (after a sep= line)")
        << u"a\nb\n"_s << QChar(u',') << 2 << Records{{u"a"_s}, {u"b"_s}} << QList<int>{2, 3} << 0;
    QTest::newRow("text after a closing quote is kept and its line noted")
        << u"ok\n\"abc\"def,x\n"_s << QChar(u',') << 1 << Records{{u"ok"_s}, {u"abcdef"_s, u"x"_s}}
        << QList<int>{1, 2} << 2;
}

void TestCsvRecordParser::splitsRecords()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QFETCH(int, firstLine);
    QFETCH(Records, records);
    QFETCH(QList<int>, lines);
    QFETCH(int, strayQuoteLine);

    CsvRecordParser parser(delimiter, 64 * 1024, firstLine);
    parser.addText(text);
    parser.finish();
    Records got;
    QList<int> gotLines;
    CsvRow row;
    while (parser.readRecord(&row)) {
        got << row.cells;
        gotLines << row.line;
    }
    QVERIFY2(!parser.hasError(), qPrintable(parser.error()));
    QVERIFY(parser.atEnd());
    QCOMPARE(got, records);
    QCOMPARE(gotLines, lines);
    QCOMPARE(parser.strayQuoteLine(), strayQuoteLine);
}

void TestCsvRecordParser::refusesBrokenText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("maxFieldChars");
    QTest::addColumn<int>("records"); // read before the error
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("errorLine");

    QTest::newRow("unterminated quote names the line it starts on")
        << u"a\nb,\"open\nstill open\n"_s << qsizetype(1024) << 1
        << u"Line 2: a quoted field starts here and its closing quote is missing."_s << 2;
    QTest::newRow("field over the limit names line and column")
        << u"a,b\nc,dddddddddd\n"_s << qsizetype(8) << 1
        << u"Line 2, column 2: a field is longer than 0 KB."_s << 2;
    QTest::newRow("quoted field over the limit")
        << u"\"x\ny\",\"0123456789\"\n"_s << qsizetype(8) << 0 << u"Line 2, column 2"_s << 2;
}

void TestCsvRecordParser::refusesBrokenText()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, maxFieldChars);
    QFETCH(int, records);
    QFETCH(QString, error);
    QFETCH(int, errorLine);

    CsvRecordParser parser(QLatin1Char(','), maxFieldChars);
    parser.addText(text);
    parser.finish();
    CsvRow row;
    int read = 0;
    while (parser.readRecord(&row))
        ++read;
    QCOMPARE(read, records);
    QVERIFY(parser.hasError());
    QVERIFY2(parser.error().contains(error), qPrintable(parser.error()));
    QCOMPARE(parser.errorLine(), errorLine);
    QVERIFY(!parser.readRecord(&row)); // an error stops the parse for good
}

void TestCsvRecordParser::parsesIncrementally_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("quoting") << u"quoting.csv"_s << QChar(u',');
    QTest::newRow("CRLF") << u"crlf.csv"_s << QChar(u',');
    QTest::newRow("CR") << u"cr.csv"_s << QChar(u',');
    QTest::newRow("unterminated quote") << u"unterminated.csv"_s << QChar(u',');
}

void TestCsvRecordParser::parsesIncrementally()
{
    QFETCH(QString, file);
    QFETCH(QChar, delimiter);
    QFile in(fixture(file));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(in.readAll());

    auto parse = [&](qsizetype chunk) {
        CsvRecordParser parser(delimiter);
        QList<CsvRow> rows;
        CsvRow row;
        for (qsizetype at = 0; at < text.size(); at += chunk) {
            parser.addText(text.mid(at, chunk));
            while (parser.readRecord(&row))
                rows << row;
        }
        parser.finish();
        while (parser.readRecord(&row))
            rows << row;
        if (parser.hasError())
            rows << CsvRow{-parser.errorLine(), {parser.error()}};
        else if (!parser.atEnd())
            rows << CsvRow{-1, {u"not at end"_s}};
        return rows;
    };
    const QList<CsvRow> whole = parse(text.size());
    QVERIFY(whole.size() >= 3);
    for (qsizetype chunk = 1; chunk <= 9; ++chunk) {
        const QList<CsvRow> pieces = parse(chunk);
        QCOMPARE(pieces.size(), whole.size());
        for (qsizetype i = 0; i < whole.size(); ++i) {
            QCOMPARE(pieces[i].line, whole[i].line);
            QCOMPARE(pieces[i].cells, whole[i].cells);
        }
    }
}

QTEST_GUILESS_MAIN(TestCsvRecordParser)
#include "TestCsvRecordParser.moc"
