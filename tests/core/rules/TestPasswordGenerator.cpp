#include "rules/PasswordGenerator.h"
#include "rules/PhoneRules.h"

#include <QSet>
#include <QtTest>

using namespace vp;

namespace {

bool inAlphabet(QChar c, bool withDashUnderscore)
{
    const bool alnum = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                       (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                       (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    return alnum || (withDashUnderscore && (c == QLatin1Char('-') || c == QLatin1Char('_')));
}

} // namespace

class TestPasswordGenerator : public QObject
{
    Q_OBJECT

private slots:
    void lengthIsClamped_data();
    void lengthIsClamped();
    void alphabetAndClasses_data();
    void alphabetAndClasses();
    void everyCharacterCanAppear();
    void noRepeatsInThousandDraws();
};

void TestPasswordGenerator::lengthIsClamped_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("expected");
    QTest::newRow("negative length gives the minimum 8") << -5 << 8;
    QTest::newRow("zero gives the minimum 8") << 0 << 8;
    QTest::newRow("7 gives the minimum 8") << 7 << 8;
    QTest::newRow("8 is kept") << 8 << 8;
    QTest::newRow("12 is kept") << 12 << 12;
    QTest::newRow("20 is kept") << 20 << 20;
    QTest::newRow("21 gives the maximum 20") << 21 << 20;
    QTest::newRow("1000 gives the maximum 20") << 1000 << 20;
}

void TestPasswordGenerator::lengthIsClamped()
{
    QFETCH(int, requested);
    QFETCH(int, expected);
    QCOMPARE(PasswordGenerator::generate(requested).size(), expected);
    QCOMPARE(PasswordGenerator::generate(requested, true).size(), expected);
}

void TestPasswordGenerator::alphabetAndClasses_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("withDashUnderscore");
    QTest::newRow("default length, letters and digits") << 0 << false;
    QTest::newRow("shortest, letters and digits") << 8 << false;
    QTest::newRow("longest, letters and digits") << 20 << false;
    QTest::newRow("shortest, with - and _") << 8 << true;
    QTest::newRow("longest, with - and _") << 20 << true;
}

void TestPasswordGenerator::alphabetAndClasses()
{
    QFETCH(int, length);
    QFETCH(bool, withDashUnderscore);
    // Many draws, as a missing class shows only in some of them.
    for (int draw = 0; draw < 500; ++draw) {
        const QString password = length == 0
                                     ? PasswordGenerator::generate()
                                     : PasswordGenerator::generate(length, withDashUnderscore);
        QCOMPARE(password.size(), length == 0 ? PasswordGenerator::DefaultLength : length);
        bool upper = false;
        bool lower = false;
        bool digit = false;
        for (QChar c : password) {
            QVERIFY2(inAlphabet(c, withDashUnderscore), qPrintable(QString(c)));
            upper = upper || c.isUpper();
            lower = lower || c.isLower();
            digit = digit || c.isDigit();
        }
        QVERIFY(upper);
        QVERIFY(lower);
        QVERIFY(digit);
        // The server keeps it exactly and the client's rules accept it.
        for (PhoneField field : {PhoneField::PhonePass, PhoneField::RegistrationPassword}) {
            QVERIFY(PhoneRules::validateField(field, password).isEmpty());
            QCOMPARE(PhoneRules::serverCleaned(field, password), password);
        }
    }
}

void TestPasswordGenerator::everyCharacterCanAppear()
{
    // 64 characters over 2,000 x 20 draws: a character that never appears
    // means the alphabet or the index range is wrong (chance of a false
    // alarm is far below 1e-100).
    QSet<QChar> seen;
    for (int draw = 0; draw < 2000; ++draw) {
        for (QChar c : PasswordGenerator::generate(20, true))
            seen.insert(c);
    }
    QCOMPARE(seen.size(), 64);
    seen.clear();
    for (int draw = 0; draw < 2000; ++draw) {
        for (QChar c : PasswordGenerator::generate(20))
            seen.insert(c);
    }
    QCOMPARE(seen.size(), 62);
    QVERIFY(!seen.contains(QLatin1Char('-')));
    QVERIFY(!seen.contains(QLatin1Char('_')));
}

void TestPasswordGenerator::noRepeatsInThousandDraws()
{
    QSet<QString> seen;
    for (int draw = 0; draw < 1000; ++draw)
        seen.insert(PasswordGenerator::generate(8));
    QCOMPARE(seen.size(), 1000);
}

QTEST_GUILESS_MAIN(TestPasswordGenerator)
#include "TestPasswordGenerator.moc"
