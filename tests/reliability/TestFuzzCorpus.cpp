// Replays the fuzz seeds and every crash the fuzzers ever found
// (tests/fuzz/corpus and tests/fuzz/regressions) through the same checks as
// the libFuzzer targets, in the ordinary and the sanitizer builds, so that a
// fixed crash stays fixed without clang.
#include "FuzzTargets.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

using FuzzFunction = void (*)(const uint8_t *, size_t);
Q_DECLARE_METATYPE(FuzzFunction)

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void everySeedAndRegressionPasses_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<FuzzFunction>("function");
        QTest::newRow("reply parser") << u"reply_parser"_s << FuzzFunction(&vp::fuzz::replyParser);
        QTest::newRow("CSV reader and text decoder")
            << u"csv_reader"_s << FuzzFunction(&vp::fuzz::csvReader);
        QTest::newRow("URL normaliser")
            << u"api_endpoint"_s << FuzzFunction(&vp::fuzz::apiEndpoint);
        QTest::newRow("field rules") << u"phone_rules"_s << FuzzFunction(&vp::fuzz::phoneRules);
    }

    void everySeedAndRegressionPasses()
    {
        QFETCH(QString, target);
        QFETCH(FuzzFunction, function);
        int inputs = 0;
        for (const QString &kind : {u"corpus"_s, u"regressions"_s}) {
            const QDir dir(QString::fromUtf8(VP_FUZZ_DIR) + QLatin1Char('/') + kind +
                           QLatin1Char('/') + target);
            for (const QFileInfo &file : dir.entryInfoList(QDir::Files)) {
                QFile input(file.filePath());
                QVERIFY(input.open(QIODevice::ReadOnly));
                const QByteArray data = input.readAll();
                // An input that breaks an invariant aborts with its reason.
                function(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
                ++inputs;
            }
        }
        QVERIFY2(inputs >= 5, "the seed corpus is missing");
    }

    // Found by fuzz_csv_reader: Qt's UTF-16 decoder passes unpaired
    // surrogates through silently; they reached cells and came back as '?'
    // in UTF-8 reports.
    void unpairedUtf16SurrogatesAreReplaced_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("lone high surrogate") << QByteArray("\xff\xfe"
                                                           "a\0\x00\xd8"
                                                           "b\0",
                                                           8)
                                             << u"a\uFFFDb"_s;
        QTest::newRow("lone low surrogate") << QByteArray("\xff\xfe"
                                                          "a\0\x00\xdc"
                                                          "b\0",
                                                          8)
                                            << u"a\uFFFDb"_s;
        QTest::newRow("a pair is kept") << QByteArray("\xff\xfe"
                                                      "a\0\x3d\xd8\x00\xde",
                                                      8)
                                        << u"a\U0001F600"_s;
    }

    void unpairedUtf16SurrogatesAreReplaced()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        const vp::DecodedText decoded = vp::TextDecoder::decode(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.text, text);
        QCOMPARE(decoded.warnings.isEmpty(), !text.contains(QChar::ReplacementCharacter));
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "TestFuzzCorpus.moc"
