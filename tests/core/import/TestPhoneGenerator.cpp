#include "import/PhoneGenerator.h"
#include "rules/AliasRules.h"
#include "rules/PhoneRules.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

class TestPhoneGenerator : public QObject
{
    Q_OBJECT

private slots:
    void ranges_data();
    void ranges();
    void refusesBadSpecs_data();
    void refusesBadSpecs();
    void patterns();
    void padding();
    void serverSuffix_data();
    void serverSuffix();
    void perServerLogins();
    void oneServerKeepsLogins();
    void passwords();
    void generatedPhonesAreValid();
    void unknownPlaceholdersListed();
    void oneAliasPerAgent();
    void aliasIdPatterns();
    void aliasRefusals_data();
    void aliasRefusals();
};

namespace {
GeneratorSpec baseSpec()
{
    GeneratorSpec spec;
    spec.serverIps = {u"10.10.10.15"_s};
    spec.shared.insert(PhoneField::Protocol, u"SIP"_s);
    spec.shared.insert(PhoneField::LocalGmt, u"-5.00"_s);
    spec.shared.insert(PhoneField::OutboundCid, u"3125551212"_s);
    return spec;
}

QStringList extensions(const GeneratorResult &result)
{
    QStringList list;
    for (const PhoneRecord &phone : result.phones)
        list << phone.extension();
    return list;
}
} // namespace

void TestPhoneGenerator::ranges_data()
{
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("three in a row") << qint64(1001) << qint64(1003) << qint64(1)
                                    << QStringList{u"1001"_s, u"1002"_s, u"1003"_s};
    QTest::newRow("step 10 stops before passing the end")
        << qint64(100) << qint64(135) << qint64(10)
        << QStringList{u"100"_s, u"110"_s, u"120"_s, u"130"_s};
    QTest::newRow("single number") << qint64(42) << qint64(42) << qint64(5) << QStringList{u"42"_s};
}

void TestPhoneGenerator::ranges()
{
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(qint64, step);
    QFETCH(QStringList, expected);
    GeneratorSpec spec = baseSpec();
    spec.first = first;
    spec.last = last;
    spec.step = step;
    const GeneratorResult result = PhoneGenerator::generate(spec);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(extensions(result), expected);
    QCOMPARE(PhoneGenerator::countPerServer(spec), qint64(expected.size()));
}

void TestPhoneGenerator::refusesBadSpecs_data()
{
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<int>("servers");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("range over 10,000 is refused")
        << qint64(1) << qint64(10001) << qint64(1) << 1 << u"at most 10000"_s;
    QTest::newRow("5,001 on two servers is refused")
        << qint64(1) << qint64(5001) << qint64(1) << 2 << u"at most 10000"_s;
    QTest::newRow("last below first is refused")
        << qint64(2000) << qint64(1000) << qint64(1) << 1 << u"below the first"_s;
    QTest::newRow("step 0 is refused") << qint64(1) << qint64(10) << qint64(0) << 1 << u"step"_s;
    QTest::newRow("no server is refused")
        << qint64(1) << qint64(10) << qint64(1) << 0 << u"server IP"_s;
}

void TestPhoneGenerator::refusesBadSpecs()
{
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(qint64, step);
    QFETCH(int, servers);
    QFETCH(QString, errorPart);
    GeneratorSpec spec = baseSpec();
    spec.first = first;
    spec.last = last;
    spec.step = step;
    spec.serverIps.clear();
    for (int i = 0; i < servers; ++i)
        spec.serverIps << u"10.0.0.%1"_s.arg(i + 10);
    const GeneratorResult result = PhoneGenerator::generate(spec);
    QVERIFY(!result.ok());
    QVERIFY(result.phones.isEmpty());
    QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
}

void TestPhoneGenerator::patterns()
{
    GeneratorSpec spec = baseSpec();
    spec.first = 7;
    spec.last = 8;
    spec.extensionPattern = u"cc{n}"_s;
    spec.namePattern = u"Agent {n} ({i})"_s;
    spec.loginPattern = u"ag{ext}"_s;
    spec.voicemailPattern = u"{n}"_s;
    const GeneratorResult result = PhoneGenerator::generate(spec);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.phones.size(), 2);
    const PhoneRecord &second = result.phones[1];
    QCOMPARE(second.extension(), u"cc8"_s);
    QCOMPARE(second.value(PhoneField::PhoneFullName), u"Agent 8 (2)"_s);
    QCOMPARE(second.login(), u"agcc8"_s);
    QCOMPARE(second.value(PhoneField::DialplanNumber), u"cc8"_s);
    QCOMPARE(second.value(PhoneField::VoicemailId), u"8"_s);
    QCOMPARE(second.value(PhoneField::Protocol), u"SIP"_s);
    QCOMPARE(second.serverIp(), u"10.10.10.15"_s);
}

void TestPhoneGenerator::padding()
{
    GeneratorSpec spec = baseSpec();
    spec.first = 9;
    spec.last = 10;
    spec.padding = 4;
    const GeneratorResult result = PhoneGenerator::generate(spec);
    QCOMPARE(extensions(result), (QStringList{u"0009"_s, u"0010"_s}));
}

void TestPhoneGenerator::serverSuffix_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("first server a") << 0 << u"a"_s;
    QTest::newRow("second server b") << 1 << u"b"_s;
    QTest::newRow("26th server z") << 25 << u"z"_s;
    QTest::newRow("27th server aa, as VICIdial") << 26 << u"aa"_s;
    QTest::newRow("49th server aw, as VICIdial") << 48 << u"aw"_s;
    QTest::newRow("53rd server ba") << 52 << u"ba"_s;
}

void TestPhoneGenerator::serverSuffix()
{
    QFETCH(int, index);
    QFETCH(QString, suffix);
    QCOMPARE(PhoneGenerator::serverSuffix(index), suffix);
}

void TestPhoneGenerator::perServerLogins()
{
    GeneratorSpec spec = baseSpec();
    spec.first = 1001;
    spec.last = 1003;
    spec.serverIps = {u"10.0.0.1"_s, u"10.0.0.2"_s, u"10.0.0.1"_s}; // a repeated server counts once
    const GeneratorResult result = PhoneGenerator::generate(spec);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.phones.size(), 6);
    QSet<QString> logins, extensionKeys;
    for (const PhoneRecord &phone : result.phones) {
        logins.insert(phone.loginKey());
        extensionKeys.insert(phone.extensionKey());
    }
    QCOMPARE(logins.size(), 6);        // unique in the cluster
    QCOMPARE(extensionKeys.size(), 6); // same extension, different servers
    QCOMPARE(result.phones[0].login(), u"1001a"_s);
    QCOMPARE(result.phones[3].login(), u"1001b"_s);
    QCOMPARE(result.phones[3].extension(), u"1001"_s);
    QCOMPARE(result.phones[3].serverIp(), u"10.0.0.2"_s);
    // VICIdial's page prefixes the dial plan number with the server's index.
    QCOMPARE(result.phones[0].value(PhoneField::DialplanNumber), u"1001"_s);
    QCOMPARE(result.phones[3].value(PhoneField::DialplanNumber), u"11001"_s);
}

void TestPhoneGenerator::oneServerKeepsLogins()
{
    GeneratorSpec spec = baseSpec();
    spec.first = 1001;
    spec.last = 1001;
    QCOMPARE(PhoneGenerator::generate(spec).phones.first().login(), u"1001"_s);
    spec.alwaysSuffixLogins = true;
    QCOMPARE(PhoneGenerator::generate(spec).phones.first().login(), u"1001a"_s);
}

void TestPhoneGenerator::passwords()
{
    GeneratorSpec spec = baseSpec();
    spec.first = 1;
    spec.last = 200;
    spec.passwordLength = 12;
    const GeneratorResult result = PhoneGenerator::generate(spec);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QSet<QString> seen;
    for (const PhoneRecord &phone : result.phones) {
        for (PhoneField field : {PhoneField::PhonePass, PhoneField::RegistrationPassword}) {
            const QString pass = phone.value(field);
            QCOMPARE(pass.size(), 12);
            for (QChar c : pass)
                QVERIFY2(c.isDigit() || (c.unicode() < 128 && c.isLetter()) || c == u'-' ||
                             c == u'_',
                         "password character outside what the server keeps");
            QVERIFY(PhoneRules::validateField(field, pass).isEmpty());
            seen.insert(pass);
        }
        QVERIFY(phone.value(PhoneField::PhonePass) !=
                phone.value(PhoneField::RegistrationPassword));
    }
    QCOMPARE(seen.size(), 400); // one of each per phone, none repeated

    spec.sameRegistrationPassword = true;
    const PhoneRecord same = PhoneGenerator::generate(spec).phones.first();
    QCOMPARE(same.value(PhoneField::PhonePass), same.value(PhoneField::RegistrationPassword));

    spec.generatePasswords = false;
    QVERIFY(PhoneGenerator::generate(spec).phones.first().value(PhoneField::PhonePass).isEmpty());
}

void TestPhoneGenerator::generatedPhonesAreValid()
{
    GeneratorSpec spec = baseSpec();
    spec.first = 1001;
    spec.last = 1200;
    spec.serverIps = {u"10.10.10.15"_s, u"10.10.10.16"_s};
    const GeneratorResult result = PhoneGenerator::generate(spec);
    QCOMPARE(result.phones.size(), 400);
    for (const PhoneRecord &phone : result.phones) {
        const auto issues = PhoneRules::validate(phone);
        QVERIFY2(issues.isEmpty(),
                 qPrintable(issues.isEmpty() ? QString() : issues.first().message));
    }
}

void TestPhoneGenerator::unknownPlaceholdersListed()
{
    QCOMPARE(PhoneGenerator::unknownPlaceholders(u"Agent {n} {m} {ext} {m}"_s),
             QStringList{u"{m}"_s});
    GeneratorSpec spec = baseSpec();
    spec.namePattern = u"Agent {num}"_s;
    const GeneratorResult result = PhoneGenerator::generate(spec);
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(u"{num}"_s));
}

// Two servers, three extensions: six phones and three aliases, each over the
// extension's login on both servers, named like its phones.
void TestPhoneGenerator::oneAliasPerAgent()
{
    GeneratorSpec spec = baseSpec();
    spec.first = 1001;
    spec.last = 1003;
    spec.serverIps = {u"10.0.0.1"_s, u"10.0.0.2"_s};
    const GeneratorResult without = PhoneGenerator::generate(spec);
    QVERIFY(without.aliases.isEmpty());

    spec.aliasPerAgent = true;
    const GeneratorResult result = PhoneGenerator::generate(spec);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.phones.size(), 6);
    QCOMPARE(result.aliases.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const Operation &alias = result.aliases.at(i);
        const QString extension = QString::number(1001 + i);
        QCOMPARE(alias.kind(), Operation::Kind::AddAlias);
        QCOMPARE(alias.aliasId(), extension); // the default pattern {ext}
        QCOMPARE(alias.aliasName(), u"Agent "_s + extension);
        QCOMPARE(alias.aliasLogins(), (QStringList{extension + u"a"_s, extension + u"b"_s}));
        QVERIFY2(AliasRules::problem(alias).isEmpty(), qPrintable(AliasRules::problem(alias)));
    }
}

void TestPhoneGenerator::aliasIdPatterns()
{
    GeneratorSpec spec = baseSpec();
    spec.first = 7;
    spec.last = 9;
    spec.padding = 4;
    spec.extensionPattern = u"5{n}"_s;
    spec.namePattern.clear();
    spec.serverIps = {u"10.0.0.1"_s, u"10.0.0.2"_s, u"10.0.0.3"_s};
    spec.aliasPerAgent = true;
    spec.aliasIdPattern = u"ag-{n}_{i}"_s;
    const GeneratorResult result = PhoneGenerator::generate(spec);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.aliases.size(), 3);
    QCOMPARE(result.aliases.at(1).aliasId(), u"ag-0008_2"_s);
    // No name pattern: the alias is named by its id.
    QCOMPARE(result.aliases.at(1).aliasName(), u"ag-0008_2"_s);
    QCOMPARE(result.aliases.at(1).aliasLogins(),
             (QStringList{u"50008a"_s, u"50008b"_s, u"50008c"_s}));
}

void TestPhoneGenerator::aliasRefusals_data()
{
    QTest::addColumn<QStringList>("servers");
    QTest::addColumn<QString>("idPattern");
    QTest::addColumn<QString>("namePattern");
    QTest::addColumn<QString>("error");
    const QStringList two{u"10.0.0.1"_s, u"10.0.0.2"_s};
    QTest::newRow("one server makes no alias")
        << QStringList{u"10.0.0.1"_s} << u"{ext}"_s << u"Agent {n}"_s << u"two servers"_s;
    QTest::newRow("{server} in the id")
        << two << u"a{server}{n}"_s << u"Agent {n}"_s << u"{server}"_s;
    QTest::newRow("unknown placeholder") << two << u"{x}{n}"_s << u"Agent {n}"_s << u"{x}"_s;
    QTest::newRow("the same id for every extension")
        << two << u"agent"_s << u"Agent {n}"_s << u"same id agent"_s;
    QTest::newRow("a dot in the id") << two << u"a.{n}"_s << u"Agent {n}"_s << u"\".\""_s;
    QTest::newRow("id over 20 characters")
        << two << u"agent-of-the-call-centre-{n}"_s << u"Agent {n}"_s << u"2 to 20"_s;
    QTest::newRow("an apostrophe in the name")
        << two << u"{ext}"_s << u"Agent {n}'s phone"_s << u"\"'\""_s;
}

void TestPhoneGenerator::aliasRefusals()
{
    QFETCH(QStringList, servers);
    QFETCH(QString, idPattern);
    QFETCH(QString, namePattern);
    QFETCH(QString, error);
    GeneratorSpec spec = baseSpec();
    spec.first = 1001;
    spec.last = 1002;
    spec.serverIps = servers;
    spec.namePattern = namePattern;
    spec.aliasPerAgent = true;
    spec.aliasIdPattern = idPattern;
    const GeneratorResult result = PhoneGenerator::generate(spec);
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
    QVERIFY(result.phones.isEmpty());
    QVERIFY(result.aliases.isEmpty());
}

QTEST_GUILESS_MAIN(TestPhoneGenerator)
#include "TestPhoneGenerator.moc"
