#include "import/TextDecoder.h"

#include <QTest>

Q_DECLARE_METATYPE(vp::TextEncoding)

using namespace vp;
using namespace Qt::StringLiterals;

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesBytes_data();
    void decodesBytes();
    void detectsWithoutDecoding_data();
    void detectsWithoutDecoding();
    void parsesEncodingNames_data();
    void parsesEncodingNames();
};

void TestTextDecoder::decodesBytes_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<TextEncoding>("forced");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");

    QTest::newRow("plain ASCII is UTF-8")
        << QByteArray("a,b") << TextEncoding::Auto << TextEncoding::Utf8 << u"a,b"_s << true;
    QTest::newRow("cp1252 0x80-0x9F use the 1252 table, not Latin-1")
        << QByteArray("\x80\x93x\x94\x96\x9f\x8a") << TextEncoding::Auto
        << TextEncoding::Windows1252 << u"€“x”–Ÿ\u0160"_s << true;
    QTest::newRow("cp1252 undefined byte maps to its C1 control")
        << QByteArray("caf\xe9\x81") << TextEncoding::Auto << TextEncoding::Windows1252
        << u"café\u0081"_s << true;
    QTest::newRow("many C1 controls from undefined cp1252 bytes are binary")
        << QByteArray("\x81\x8d\x8f\x90\x9d\x81\x8d\x8f\x90\x9d,a\n") << TextEncoding::Auto
        << TextEncoding::Windows1252 << QString() << false;
    QTest::newRow("forced UTF-8 on invalid bytes replaces them")
        << QByteArray("a\xe9z") << TextEncoding::Utf8 << TextEncoding::Utf8 << u"a\uFFFDz"_s
        << true;
    QTest::newRow("forced UTF-8 skips a BOM")
        << QByteArray("\xef\xbb\xbf"
                      "ab")
        << TextEncoding::Utf8 << TextEncoding::Utf8 << u"ab"_s << true;
    QTest::newRow("UTF-16 LE odd last byte ignored")
        << QByteArray("\xff\xfe"
                      "a\0b\0c",
                      7)
        << TextEncoding::Auto << TextEncoding::Utf16LE << u"ab"_s << true;
    QTest::newRow("NUL in a UTF-8 file is binary")
        << QByteArray("a,b\n\0\0c", 7) << TextEncoding::Auto << TextEncoding::Utf8 << QString()
        << false;
    QTest::newRow("NUL character inside UTF-16 text is binary")
        << QByteArray("\xff\xfe"
                      "a\0\0\0b\0",
                      8)
        << TextEncoding::Auto << TextEncoding::Utf16LE << QString() << false;
    QTest::newRow("a few control characters are tolerated")
        << QByteArray("a,b\x01\nc,d\ne,f\ng,h\ni,j\nk,l\n") << TextEncoding::Auto
        << TextEncoding::Utf8 << u"a,b\u0001\nc,d\ne,f\ng,h\ni,j\nk,l\n"_s << true;
}

void TestTextDecoder::decodesBytes()
{
    QFETCH(QByteArray, data);
    QFETCH(TextEncoding, forced);
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, text);
    QFETCH(bool, ok);

    const DecodedText decoded = TextDecoder::decode(data, forced);
    QCOMPARE(decoded.ok(), ok);
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, text);
    if (forced == TextEncoding::Utf8 && text.contains(QChar(QChar::ReplacementCharacter)))
        QVERIFY(!decoded.warnings.isEmpty());
}

void TestTextDecoder::parsesEncodingNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::addColumn<TextEncoding>("encoding");

    QTest::newRow("utf-8") << u"utf-8"_s << true << TextEncoding::Utf8;
    QTest::newRow("UTF8-BOM") << u"UTF8-BOM"_s << true << TextEncoding::Utf8Bom;
    QTest::newRow("utf-16le") << u"utf-16le"_s << true << TextEncoding::Utf16LE;
    QTest::newRow("UTF-16BE") << u"UTF-16BE"_s << true << TextEncoding::Utf16BE;
    QTest::newRow("cp1252") << u"cp1252"_s << true << TextEncoding::Windows1252;
    QTest::newRow("Windows-1252") << u"Windows-1252"_s << true << TextEncoding::Windows1252;
    QTest::newRow("latin1 read as 1252") << u"latin1"_s << true << TextEncoding::Windows1252;
    QTest::newRow("unknown") << u"ebcdic"_s << false << TextEncoding::Auto;
}

void TestTextDecoder::parsesEncodingNames()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QFETCH(TextEncoding, encoding);

    TextEncoding parsed = TextEncoding::Auto;
    QCOMPARE(TextDecoder::encodingFromName(name, &parsed), known);
    QCOMPARE(parsed, encoding);
}

void TestTextDecoder::detectsWithoutDecoding_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<TextEncoding>("encoding");

    QTest::newRow("UTF-8 BOM") << QByteArray("\xef\xbb\xbf"
                                             "a")
                               << TextEncoding::Utf8Bom;
    QTest::newRow("UTF-16 LE BOM") << QByteArray("\xff\xfe"
                                                 "a\0",
                                                 4)
                                   << TextEncoding::Utf16LE;
    QTest::newRow("UTF-16 BE BOM") << QByteArray("\xfe\xff\0a", 4) << TextEncoding::Utf16BE;
    QTest::newRow("UTF-16 BE without BOM")
        << QByteArray("\0e\0x\0t\0,\0n\0\n", 12) << TextEncoding::Utf16BE;
    QTest::newRow("valid UTF-8") << QByteArray("Jos\xc3\xa9") << TextEncoding::Utf8;
    QTest::newRow("Latin bytes are Windows-1252")
        << QByteArray("Jos\xe9") << TextEncoding::Windows1252;
    QTest::newRow("empty is UTF-8") << QByteArray() << TextEncoding::Utf8;
}

void TestTextDecoder::detectsWithoutDecoding()
{
    QFETCH(QByteArray, data);
    QFETCH(TextEncoding, encoding);
    QCOMPARE(TextDecoder::detect(data), encoding);
    if (!data.isEmpty())
        QCOMPARE(TextDecoder::decode(data).encoding, encoding);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "TestTextDecoder.moc"
