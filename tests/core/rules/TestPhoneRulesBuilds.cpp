// PhoneRules on older VICIdial builds: their cleaning in the checks and the
// "server would store" hints, and fields the build ignores flagged.
#include "rules/PhoneRules.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

namespace {

RuleOptions on(const char *version)
{
    RuleOptions options;
    options.build = *ServerBuild::fromVersion(QLatin1String(version));
    return options;
}

QList<FieldIssue::Kind> kinds(const QList<FieldIssue> &issues)
{
    QList<FieldIssue::Kind> out;
    for (const FieldIssue &issue : issues)
        out << issue.kind;
    return out;
}

} // namespace

class TestPhoneRulesBuilds : public QObject
{
    Q_OBJECT
private slots:
    void voicemailLettersBefore_2_14_168()
    {
        const QString value = u"vm8029"_s;
        QVERIFY(
            PhoneRules::validateField(PhoneField::VoicemailId, value, on("2.14-168")).isEmpty());
        const auto issues =
            PhoneRules::validateField(PhoneField::VoicemailId, value, on("2.14-167"));
        QCOMPARE(kinds(issues), {FieldIssue::Kind::BadCharacter});
        QCOMPARE(issues.first().position, 0);
        QVERIFY2(issues.first().message.contains("\"8029\""_L1),
                 qPrintable(issues.first().message));
        QCOMPARE(PhoneRules::serverCleaned(PhoneField::VoicemailId, value, on("2.14-167")),
                 u"8029"_s);
        QCOMPARE(PhoneRules::serverCleaned(PhoneField::VoicemailId, value, on("2.14-168")), value);
        // An unknown build follows the current rules.
        QVERIFY(PhoneRules::validateField(PhoneField::VoicemailId, value, {}).isEmpty());
    }

    void serverIpCleaningBefore_2_14_168()
    {
        QCOMPARE(PhoneRules::serverCleaned(PhoneField::ServerIp, u"10.10.10.15_a"_s, on("2.10-69")),
                 u"10.10.10.15"_s);
        QCOMPARE(
            PhoneRules::serverCleaned(PhoneField::ServerIp, u"10.10.10.15_a"_s, on("2.14-202")),
            u"10.10.10.15_a"_s);
    }

    void ignoredFieldsFlagged_data()
    {
        QTest::addColumn<QString>("build");
        QTest::addColumn<PhoneField>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("template on 2.14-127")
            << "2.14-127" << PhoneField::TemplateId << "tmpl1" << true;
        QTest::newRow("template on 2.14-128")
            << "2.14-128" << PhoneField::TemplateId << "tmpl1" << false;
        QTest::newRow("webphone on 2.10-69") << "2.10-69" << PhoneField::IsWebphone << "Y" << true;
        QTest::newRow("on_hook_agent on 2.14-117")
            << "2.14-117" << PhoneField::OnHookAgent << "N" << true;
        QTest::newRow("empty template is fine")
            << "2.4-39" << PhoneField::TemplateId << "" << false;
        QTest::newRow("email on 2.4-27") << "2.4-27" << PhoneField::Email << "a@b.cd" << false;
    }
    void ignoredFieldsFlagged()
    {
        QFETCH(QString, build);
        QFETCH(PhoneField, field);
        QFETCH(QString, value);
        QFETCH(bool, flagged);
        RuleOptions options;
        options.build = *ServerBuild::fromVersion(build);
        const auto issues = PhoneRules::validateField(field, value, options);
        QCOMPARE(kinds(issues).contains(FieldIssue::Kind::Ignored), flagged);
    }

    void ignoredMessageNamesBuildAndYear()
    {
        const auto issues =
            PhoneRules::validateField(PhoneField::TemplateId, u"tmpl1"_s, on("2.14-117"));
        QCOMPARE(issues.size(), 1);
        const QString message = issues.first().message;
        QVERIFY2(message.contains("2.14-117"_L1), qPrintable(message));
        QVERIFY2(message.contains("2020"_L1), qPrintable(message));
        QVERIFY2(message.contains("2.14-128"_L1), qPrintable(message));
        QVERIFY2(message.contains("ignores"_L1), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestPhoneRulesBuilds)
#include "TestPhoneRulesBuilds.moc"
