#include "TestPhoneRules.h"

#include <QtTest>

#include <ctime>

using namespace vp;
using namespace Qt::StringLiterals;
using namespace testutil;
using F = PhoneField;

void TestPhoneRules::keptCharacters()
{
    QFETCH(int, field);
    QFETCH(QString, base);
    QFETCH(QString, kept);
    // Every printable ASCII character and a few controls, in the middle of a
    // value (surrounding whitespace is trimmed, not refused).
    for (char16_t c = 1; c < 127; ++c) {
        const QChar ch(c);
        const bool alnum =
            (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
        const bool expectKept = alnum || kept.contains(ch);
        const QString value = base + ch + base;
        const QList<FieldIssue> issues = PhoneRules::validateField(F(field), value);
        const QString context = u"character U+%1"_s.arg(int(c), 4, 16, QLatin1Char('0'));
        if (expectKept) {
            QVERIFY2(issues.isEmpty(), qPrintable(context));
            QCOMPARE(PhoneRules::serverCleaned(F(field), value), value);
        } else if (F(field) == F::PhoneFullName) {
            // A label: the character is dropped, as the server drops it.
            QVERIFY2(issues.isEmpty(), qPrintable(context));
            QCOMPARE(PhoneRules::normalizedValue(F(field), value), base + base);
        } else {
            QVERIFY2(issues.size() == 1, qPrintable(context));
            QCOMPARE(issues.first().kind, FieldIssue::Kind::BadCharacter);
            QCOMPARE(issues.first().position, base.size());
            QCOMPARE(issues.first().character, ch);
            QCOMPARE(issues.first().field, F(field));
        }
    }
}

void TestPhoneRules::validateField()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(bool, nonLatin);
    QFETCH(QString, expectedKinds);
    QFETCH(int, position);
    QFETCH(QString, character);

    RuleOptions options;
    options.nonLatin = nonLatin;
    const QList<FieldIssue> issues = PhoneRules::validateField(F(field), value, options);
    QCOMPARE(kinds(issues), expectedKinds);
    for (const FieldIssue &issue : issues) {
        QCOMPARE(issue.field, F(field));
        QVERIFY(issue.message.startsWith(fieldLabel(F(field)) + QLatin1Char(':')));
        if (issue.kind == FieldIssue::Kind::BadCharacter) {
            QCOMPARE(issue.position, position);
            QCOMPARE(QString(issue.character), character);
            QCOMPARE(value.at(issue.position), issue.character);
        } else {
            QCOMPARE(issue.position, -1);
        }
    }
    // A valid value, once normalised, is stored by the server exactly as sent
    // ("--BLANK--" is the one value that asks the server to store nothing).
    const QString sent = PhoneRules::normalizedValue(F(field), value, options);
    if (issues.isEmpty() && !sent.isEmpty() && sent != u"--BLANK--"_s)
        QCOMPARE(PhoneRules::serverCleaned(F(field), sent, options), sent);
    // Normalising never creates or removes an issue.
    QCOMPARE(kinds(PhoneRules::validateField(F(field), sent, options)), expectedKinds);
}

void TestPhoneRules::messages()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(bool, nonLatin);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, absent);

    RuleOptions options;
    options.nonLatin = nonLatin;
    const QList<FieldIssue> issues = PhoneRules::validateField(F(field), value, options);
    QVERIFY(!issues.isEmpty());
    const QString message = issues.first().message;
    for (const QString &part : contains)
        QVERIFY2(message.contains(part), qPrintable(message + " lacks "_L1 + part));
    for (const QString &part : absent)
        QVERIFY2(!message.contains(part), qPrintable(message + " has "_L1 + part));
}

void TestPhoneRules::normalizedValue()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QFETCH(QString, reason);

    QString actualReason = u"not set"_s;
    QCOMPARE(PhoneRules::normalizedValue(F(field), value, {}, &actualReason), expected);
    QCOMPARE(actualReason, reason);
    QCOMPARE(PhoneRules::normalizedValue(F(field), expected), expected); // idempotent
}

void TestPhoneRules::normalizedRecord()
{
    PhoneRecord raw = validPhone();
    raw.setValue(F::Extension, u" 8001 "_s);
    raw.setValue(F::PhonePass, u" pw8001"_s);
    raw.setValue(F::Protocol, u"sip"_s);
    raw.setValue(F::LocalGmt, u"-5"_s);
    raw.setValue(F::OutboundCid, u"+1 (312) 555-1212"_s);
    raw.setValue(F::OnHookAgent, u"yes"_s);
    raw.setActive(false);
    QVERIFY(PhoneRules::validate(raw).isEmpty());

    QList<Normalisation> changes;
    const PhoneRecord sent = PhoneRules::normalized(raw, &changes);
    QCOMPARE(changes.size(), 6);
    QCOMPARE(changes.at(0).field, F::Extension);
    QCOMPARE(changes.at(0).from, u" 8001 "_s);
    QCOMPARE(changes.at(0).to, u"8001"_s);
    QCOMPARE(changes.at(0).reason, u"surrounding spaces removed"_s);
    // Secrets never appear in the list of changes.
    QCOMPARE(changes.at(1).field, F::PhonePass);
    QVERIFY(changes.at(1).from.isEmpty());
    QVERIFY(changes.at(1).to.isEmpty());
    QCOMPARE(changes.at(1).reason, u"surrounding spaces removed"_s);
    QCOMPARE(changes.at(2).field, F::Protocol);
    QCOMPARE(changes.at(2).to, u"SIP"_s);
    QCOMPARE(changes.at(3).field, F::LocalGmt);
    QCOMPARE(changes.at(3).from, u"-5"_s);
    QCOMPARE(changes.at(3).to, u"-5.00"_s);
    QCOMPARE(changes.at(4).field, F::OutboundCid);
    QCOMPARE(changes.at(4).to, u"13125551212"_s);
    QCOMPARE(changes.at(5).field, F::OnHookAgent);
    QCOMPARE(changes.at(5).to, u"Y"_s);

    QCOMPARE(sent.value(F::PhonePass), u"pw8001"_s);
    QCOMPARE(sent.value(F::Extension), u"8001"_s);
    QCOMPARE(sent.isActive(), false);
    QVERIFY(PhoneRules::validate(sent).isEmpty());
    QList<Normalisation> again;
    QCOMPARE(PhoneRules::normalized(sent, &again), sent);
    QVERIFY(again.isEmpty());
    QCOMPARE(PhoneRules::normalized(raw), sent); // changes may be omitted
}

void TestPhoneRules::serverCleaned()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(bool, nonLatin);
    QFETCH(QString, stored);
    RuleOptions options;
    options.nonLatin = nonLatin;
    QCOMPARE(PhoneRules::serverCleaned(F(field), value, options), stored);
}

void TestPhoneRules::fullNameIsSentAsTheServerStoresIt_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("nonLatin");
    QTest::newRow("Peter O'Brien") << u"Peter O'Brien"_s << false;
    QTest::newRow("Smith, John") << u"Smith, John"_s << false;
    QTest::newRow("A+B & C (two spaces stay)") << u"A+B & C"_s << false;
    QTest::newRow("Ann (night shift) #2") << u"Ann (night shift) #2"_s << false;
    QTest::newRow("O'Brien in non-latin mode") << u"O'Brien Jos\u00e9"_s << true;
    QTest::newRow("typographic quotes in non-latin mode")
        << u"\u201cAnn\u201d \u2013 Lee"_s << true;
}

// What the client sends for a name with punctuation is byte for byte what
// the server would store from the typed text (shared/vicidial-api.md: only
// "- space + . _ 0-9 A-Z a-z" are kept), and the server keeps it unchanged.
void TestPhoneRules::fullNameIsSentAsTheServerStoresIt()
{
    QFETCH(QString, typed);
    QFETCH(bool, nonLatin);
    RuleOptions options;
    options.nonLatin = nonLatin;
    QVERIFY(PhoneRules::validateField(F::PhoneFullName, typed, options).isEmpty());
    QString reason;
    const QString sent = PhoneRules::normalizedValue(F::PhoneFullName, typed, options, &reason);
    QCOMPARE(sent, PhoneRules::serverCleaned(F::PhoneFullName, typed, options));
    QCOMPARE(PhoneRules::serverCleaned(F::PhoneFullName, sent, options), sent);
    QVERIFY2(reason.contains(u"as the server would store it"_s), qPrintable(reason));
}

void TestPhoneRules::lengths()
{
    QFETCH(int, field);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    QCOMPARE(PhoneRules::minLength(F(field)), minimum);
    QCOMPARE(PhoneRules::maxLength(F(field)), maximum);
}

void TestPhoneRules::allowedValuesAndDefaults()
{
    const QStringList yn = {u"Y"_s, u"N"_s};
    QCOMPARE(PhoneRules::allowedValues(F::Protocol),
             QStringList({u"IAX2"_s, u"SIP"_s, u"Zap"_s, u"EXTERNAL"_s}));
    QCOMPARE(PhoneRules::allowedValues(F::IsWebphone),
             QStringList({u"Y"_s, u"N"_s, u"Y_API_LAUNCH"_s}));
    QCOMPARE(PhoneRules::allowedValues(F::WebphoneAutoAnswer), yn);
    QCOMPARE(PhoneRules::allowedValues(F::UseExternalServerIp), yn);
    QCOMPARE(PhoneRules::allowedValues(F::OnHookAgent), yn);
    QCOMPARE(PhoneRules::allowedValues(F::LocalGmt).size(), 33);
    QVERIFY(PhoneRules::allowedValues(F::Extension).isEmpty());
    QVERIFY(PhoneRules::allowedValues(F::Email).isEmpty());

    QCOMPARE(PhoneRules::defaultValue(F::LocalGmt), u"-5.00"_s);
    QCOMPARE(PhoneRules::defaultValue(F::PhoneContext), u"default"_s);
    QCOMPARE(PhoneRules::defaultValue(F::AdminUserGroup), u"---ALL---"_s);
    QCOMPARE(PhoneRules::defaultValue(F::IsWebphone), u"N"_s);
    QCOMPARE(PhoneRules::defaultValue(F::WebphoneAutoAnswer), u"Y"_s);
    QCOMPARE(PhoneRules::defaultValue(F::UseExternalServerIp), u"N"_s);
    QCOMPARE(PhoneRules::defaultValue(F::OnHookAgent), u"N"_s);
    QCOMPARE(PhoneRules::defaultValue(F::Protocol), u"SIP"_s);
    for (F field : {F::Extension, F::PhonePass, F::Email, F::TemplateId, F::OutboundCid})
        QVERIFY(PhoneRules::defaultValue(field).isEmpty());
    // Every default passes its own rules.
    for (const PhoneFieldInfo &info : phoneFields()) {
        const QString value = PhoneRules::defaultValue(info.field);
        if (!value.isEmpty())
            QVERIFY2(PhoneRules::validateField(info.field, value).isEmpty(), info.apiName);
    }
}

void TestPhoneRules::keptCharactersDescription()
{
    QFETCH(int, field);
    QFETCH(bool, nonLatin);
    QFETCH(QString, expected);
    RuleOptions options;
    options.nonLatin = nonLatin;
    QCOMPARE(PhoneRules::keptCharactersDescription(F(field), options), expected);
}

void TestPhoneRules::validateRecord()
{
    const PhoneRecord phone = validPhone();
    QVERIFY(PhoneRules::validate(phone).isEmpty());
    QVERIFY(PhoneRules::isValid(phone));

    // An empty record misses exactly the 11 required fields, in field order.
    const QList<FieldIssue> issues = PhoneRules::validate(PhoneRecord());
    QCOMPARE(issues.size(), RequiredPhoneFieldCount);
    for (int i = 0; i < issues.size(); ++i) {
        QCOMPARE(issues.at(i).field, F(i));
        QCOMPARE(issues.at(i).kind, FieldIssue::Kind::Missing);
    }
    QVERIFY(!PhoneRules::isValid(PhoneRecord()));

    PhoneRecord broken = phone;
    broken.setValue(F::Extension, u"80.18"_s);
    broken.setValue(F::Protocol, u"PJSIP"_s);
    broken.setValue(F::Email, u"a+b@x.com"_s);
    const QList<FieldIssue> found = PhoneRules::validate(broken);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0).field, F::Extension);
    QCOMPARE(found.at(1).field, F::Protocol);
    QCOMPARE(found.at(2).field, F::Email);
    QVERIFY(!PhoneRules::isValid(broken));

    RuleOptions nonLatin;
    nonLatin.nonLatin = true;
    // Accents are written away (José -> Jose); a Greek or Chinese name has no
    // latin form and needs a non-latin server.
    PhoneRecord accented = phone;
    accented.setValue(F::PhoneFullName, u"Jos\u00e9 M\u00fcller"_s);
    QVERIFY(PhoneRules::isValid(accented));
    QCOMPARE(PhoneRules::normalized(accented).value(F::PhoneFullName), u"Jose Muller"_s);
    QCOMPARE(PhoneRules::normalized(accented, nullptr, nonLatin).value(F::PhoneFullName),
             u"Jos\u00e9 M\u00fcller"_s);
    PhoneRecord greek = phone;
    greek.setValue(F::PhoneFullName, u"\u03a9mega"_s);
    QVERIFY(!PhoneRules::isValid(greek));
    QVERIFY(PhoneRules::isValid(greek, nonLatin));
}

void TestPhoneRules::withDefaults()
{
    PhoneRecord phone = validPhone();
    phone.setValue(F::Protocol, QString());
    phone.setValue(F::LocalGmt, u"  "_s);
    const PhoneRecord filled = PhoneRules::withDefaults(phone);
    QCOMPARE(filled.value(F::Protocol), u"SIP"_s);
    QCOMPARE(filled.value(F::LocalGmt), u"-5.00"_s);
    QVERIFY(filled.value(F::PhoneContext).isEmpty()); // optional: the server's default applies
    QVERIFY(filled.value(F::Extension) == phone.value(F::Extension));
    QVERIFY(PhoneRules::isValid(filled));
    QVERIFY(!PhoneRules::isValid(phone));
}

void TestPhoneRules::hundredThousandRowsAreFast()
{
    // An import of 100,000 rows is validated and normalised while the user
    // waits: the budget is well under one second.
    QList<PhoneRecord> rows;
    rows.reserve(100000);
    PhoneRecord phone = validPhone();
    phone.setValue(F::OutboundCid, u"+1 (312) 555-1212"_s);
    phone.setValue(F::LocalGmt, u"-5"_s);
    phone.setValue(F::Email, u"ops@example.com"_s);
    phone.setValue(F::OnHookAgent, u"Y"_s);
    for (int i = 0; i < 100000; ++i) {
        const QString n = QString::number(100000 + i);
        phone.setValue(F::Extension, n);
        phone.setValue(F::PhoneLogin, n);
        phone.setValue(F::PhoneFullName, i % 10 == 0 ? u"O'Brien \u03a9 "_s + n : u"Phone "_s + n);
        rows.append(phone);
    }
    // Thread CPU time, not wall time: other processes on a loaded build
    // machine must not make this test fail.
    const auto cpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
    };
    qint64 start = cpuMs();
    int invalid = 0;
    for (const PhoneRecord &row : rows) {
        if (!PhoneRules::validate(row).isEmpty())
            ++invalid;
    }
    const qint64 validateMs = cpuMs() - start;
    start = cpuMs();
    for (const PhoneRecord &row : rows)
        PhoneRules::normalized(row);
    const qint64 normaliseMs = cpuMs() - start;
    qInfo("CPU time for 100,000 rows: validate %lld ms, normalise %lld ms", validateMs,
          normaliseMs);
    QCOMPARE(invalid, 10000);
    // About 150 ms in a release build; sanitizers slow everything several times.
#if defined(__SANITIZE_ADDRESS__)
    const qint64 budgetMs = 5000;
#else
    const qint64 budgetMs = 1000;
#endif
    QVERIFY2(validateMs + normaliseMs < budgetMs,
             qPrintable(QString::number(validateMs + normaliseMs)));
}

QTEST_GUILESS_MAIN(TestPhoneRules)
