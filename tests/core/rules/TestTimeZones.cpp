#include "rules/PhoneRules.h"
#include "rules/TimeZones.h"

#include <QtTest>

using namespace Qt::StringLiterals;

using namespace vp;

class TestTimeZones : public QObject
{
    Q_OBJECT

private slots:
    void table();
    void canonicalForms_data();
    void canonicalForms();
    void okIsOptional();
};

void TestTimeZones::table()
{
    // The server's list, in the specification's order.
    const QStringList expected =
        u"12.75 12.00 11.00 10.00 9.50 9.00 8.00 7.00 6.50 6.00 5.75 5.50 5.00 "
        "4.50 4.00 3.50 3.00 2.00 1.00 0.00 -1.00 -2.00 -3.00 -3.50 -4.00 -5.00 "
        "-6.00 -7.00 -8.00 -9.00 -10.00 -11.00 -12.00"_s.split(QLatin1Char(' '));
    QCOMPARE(timeZones().size(), 33);
    QStringList offsets;
    for (const TimeZoneInfo &zone : timeZones()) {
        offsets << zone.offset;
        QVERIFY2(!zone.description.isEmpty(), qPrintable(zone.offset));
        bool ok = false;
        QCOMPARE(canonicalTimeZone(zone.offset, &ok), zone.offset);
        QVERIFY(ok);
        QVERIFY(isCanonicalTimeZone(zone.offset));
    }
    QCOMPARE(offsets, expected);
    QCOMPARE(PhoneRules::allowedValues(PhoneField::LocalGmt), expected);
    QCOMPARE(timeZones().at(25).offset, u"-5.00"_s);
    QCOMPARE(timeZones().at(25).description, u"US Eastern"_s);
    QVERIFY(!isCanonicalTimeZone(u"-5"_s));
    QVERIFY(!isCanonicalTimeZone(u"5.5"_s));
}

void TestTimeZones::canonicalForms_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");

    QTest::newRow("canonical -5.00 stays") << "-5.00"
                                           << "-5.00";
    QTest::newRow("-5 becomes -5.00") << "-5"
                                      << "-5.00";
    QTest::newRow("-5.0 becomes -5.00") << "-5.0"
                                        << "-5.00";
    QTest::newRow("-05.00 becomes -5.00") << "-05.00"
                                          << "-5.00";
    QTest::newRow("+5.5 becomes 5.50") << "+5.5"
                                       << "5.50";
    QTest::newRow("+5.50 loses its plus") << "+5.50"
                                          << "5.50";
    QTest::newRow("5.500 becomes 5.50") << "5.500"
                                        << "5.50";
    QTest::newRow("5,5 with a decimal comma") << "5,5"
                                              << "5.50";
    QTest::newRow("GMT-5") << "GMT-5"
                           << "-5.00";
    QTest::newRow("gmt-5 in lower case") << "gmt-5"
                                         << "-5.00";
    QTest::newRow("GMT -5 with a space") << "GMT -5"
                                         << "-5.00";
    QTest::newRow("UTC-05:00") << "UTC-05:00"
                               << "-5.00";
    QTest::newRow("UTC+5:30") << "UTC+5:30"
                              << "5.50";
    QTest::newRow("UTC+05:45 is Nepal") << "UTC+05:45"
                                        << "5.75";
    QTest::newRow("5:30 without prefix") << "5:30"
                                         << "5.50";
    QTest::newRow("-3:30 is Newfoundland") << "-3:30"
                                           << "-3.50";
    QTest::newRow("12:45 is Chatham") << "12:45"
                                      << "12.75";
    QTest::newRow("+12.75") << "+12.75"
                            << "12.75";
    QTest::newRow("-0500 in ISO basic form") << "-0500"
                                             << "-5.00";
    QTest::newRow("UTC+0530 in ISO basic form") << "UTC+0530"
                                                << "5.50";
    QTest::newRow("0 becomes 0.00") << "0"
                                    << "0.00";
    QTest::newRow("-0 becomes 0.00") << "-0"
                                     << "0.00";
    QTest::newRow("+0.00 becomes 0.00") << "+0.00"
                                        << "0.00";
    QTest::newRow("GMT alone is 0.00") << "GMT"
                                       << "0.00";
    QTest::newRow("UTC alone is 0.00") << "UTC"
                                       << "0.00";
    QTest::newRow("UTC+0") << "UTC+0"
                           << "0.00";
    QTest::newRow("surrounding spaces") << "  -5  "
                                        << "-5.00";
    QTest::newRow("typographic minus sign") << u"\u22125"_s << "-5.00";
    QTest::newRow("-12 is the last value") << "-12"
                                           << "-12.00";
    QTest::newRow("9.5 is Australia Central") << "9.5"
                                              << "9.50";

    QTest::newRow("EST is refused") << "EST" << QString();
    QTest::newRow("-4.25 is not one of the 33") << "-4.25" << QString();
    QTest::newRow("13 is out of range") << "13" << QString();
    QTest::newRow("-13 is out of range") << "-13" << QString();
    QTest::newRow("UTC-5:30 is not one of the 33") << "UTC-5:30" << QString();
    QTest::newRow("empty is refused") << "" << QString();
    QTest::newRow("sign alone is refused") << "-" << QString();
    QTest::newRow("two signs are refused") << "+-5" << QString();
    QTest::newRow("double minus is refused") << "--5" << QString();
    QTest::newRow("5.5.5 is refused") << "5.5.5" << QString();
    QTest::newRow("5: without minutes is refused") << "5:" << QString();
    QTest::newRow("5:3 with one minute digit is refused") << "5:3" << QString();
    QTest::newRow("5:60 is refused") << "5:60" << QString();
    QTest::newRow("trailing letters are refused") << "-5.00x" << QString();
    QTest::newRow("500 without sign is ambiguous") << "500" << QString();
    QTest::newRow("5.33 is not a whole minute") << "5.33" << QString();
    QTest::newRow("exponent form is refused") << "1e1" << QString();
    QTest::newRow("Arabic-Indic digits are refused") << u"-\u0665"_s << QString();
}

void TestTimeZones::canonicalForms()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    bool ok = expected.isEmpty(); // must be overwritten either way
    QCOMPARE(canonicalTimeZone(typed, &ok), expected);
    QCOMPARE(ok, !expected.isEmpty());
}

void TestTimeZones::okIsOptional()
{
    QCOMPARE(canonicalTimeZone(u"-5"_s), u"-5.00"_s);
    QCOMPARE(canonicalTimeZone(u"EST"_s), QString());
}

QTEST_GUILESS_MAIN(TestTimeZones)
#include "TestTimeZones.moc"
