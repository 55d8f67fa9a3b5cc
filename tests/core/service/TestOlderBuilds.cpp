// The product against the simulator playing older VICIdial builds: adding,
// a wrong password (one request, then stop), the two-factor refusal, and a
// field the build ignores (stored nothing, flagged by the rules given the build).
#include "history/HistoryStore.h"
#include "rules/PhoneRules.h"
#include "service/CredentialCheck.h"
#include "service/ProvisioningService.h"
#include "ServiceFixture.h"
#include "Simulator.h"
#include "TestPhones.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace vp;
using vp::test::makePhone;

class TestOlderBuilds : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_env;

    void start(const QString &version)
    {
        sim::SimConfig config = sim::SimConfig::defaults();
        sim::SimUser twoFactor;
        twoFactor.user = QStringLiteral("twofactor");
        twoFactor.pass = QStringLiteral("Two12345");
        twoFactor.twoFactor = true;
        config.users.append(twoFactor);
        const auto build = sim::SimBuild::fromVersion(version);
        QVERIFY(build);
        config.build = *build;
        const QString error = m_env.start(config);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    ConnectionConfig config(const QString &user, const QString &password)
    {
        return test::makeConfig(m_env.sim->apiUrl(), password, user);
    }

    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(m_env.service->isIdle(), 30000); }

private slots:
    void cleanup() { m_env.stop(); }

    void addsAndStopsOnAWrongPassword_data()
    {
        QTest::addColumn<QString>("build");
        QTest::addColumn<Outcome>("wrongPassword");
        QTest::newRow("2.4-39") << QStringLiteral("2.4-39") << Outcome::NoPermission;
        QTest::newRow("2.8-54") << QStringLiteral("2.8-54") << Outcome::NoPermission;
        QTest::newRow("2.10-69") << QStringLiteral("2.10-69") << Outcome::LoginFailed;
        QTest::newRow("2.14-107") << QStringLiteral("2.14-107") << Outcome::LoginFailed;
        QTest::newRow("2.14-117") << QStringLiteral("2.14-117") << Outcome::LoginFailed;
        QTest::newRow("2.14-136") << QStringLiteral("2.14-136") << Outcome::LoginFailed;
        QTest::newRow("2.14-202") << QStringLiteral("2.14-202") << Outcome::LoginFailed;
        QTest::newRow("SNCT 3.1.1-9") << QStringLiteral("3.1.1-9") << Outcome::LoginFailed;
    }
    void addsAndStopsOnAWrongPassword()
    {
        QFETCH(QString, build);
        QFETCH(Outcome, wrongPassword);
        start(build);
        m_env.service->setConnection(
            config(QStringLiteral("apiadmin"), QStringLiteral("Secret123")));
        QVERIFY(m_env.service->submit(makePhone(QStringLiteral("8001"))) > 0);
        waitIdle();
        QCOMPARE(m_env.results.size(), 1);
        QCOMPARE(m_env.results[0].outcome, Outcome::Added);
        QCOMPARE(m_env.sim->phones().size(), 1);

        // Ten phones with a wrong password: one request, then the batch stops.
        m_env.service->setConnection(
            config(QStringLiteral("apiadmin"), QStringLiteral("WrongPass1")));
        QList<PhoneRecord> phones;
        for (int i = 0; i < 10; ++i)
            phones << makePhone(QString::number(6000 + i));
        QSignalSpy stopped(m_env.service.get(), &ProvisioningService::sendingStopped);
        m_env.service->submitBatch(phones, QStringLiteral("b"));
        waitIdle();
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(stopped.at(0).at(0).value<Outcome>(), wrongPassword);
        QCOMPARE(m_env.sim->stats().perFunction.value(QStringLiteral("add_phone")), 2);
        QCOMPARE(m_env.sim->phones().size(), 1);
    }

    void twoFactorStopsAfterOneRequest()
    {
        start(QStringLiteral("2.14-143"));
        m_env.service->setConnection(
            config(QStringLiteral("twofactor"), QStringLiteral("Two12345")));
        QSignalSpy stopped(m_env.service.get(), &ProvisioningService::sendingStopped);
        m_env.service->submitBatch(
            {makePhone(QStringLiteral("7001")), makePhone(QStringLiteral("7002"))},
            QStringLiteral("b"));
        waitIdle();
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(stopped.at(0).at(0).value<Outcome>(), Outcome::TwoFactorRequired);
        QCOMPARE(m_env.sim->stats().perFunction.value(QStringLiteral("add_phone")), 1);
        QVERIFY(!m_env.results.first().message.contains(QLatin1String("Two12345")));
    }

    // Testing credentials reads the build and the probe's reply as that build
    // words it: before 2.8-55 a wrong password is "login or permission".
    void credentialTest_data()
    {
        QTest::addColumn<QString>("build");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("loginDetail");
        QTest::newRow("2.4-39 good") << "2.4-39"
                                     << "apiadmin"
                                     << "Secret123" << true << "Logged in";
        QTest::newRow("2.4-39 wrong password") << "2.4-39"
                                               << "apiadmin"
                                               << "WrongPass1" << false << "do not tell them apart";
        QTest::newRow("2.8-55 wrong password") << "2.8-55"
                                               << "apiadmin"
                                               << "WrongPass1" << false << "refused the user name";
        QTest::newRow("2.14-143 two-factor") << "2.14-143"
                                             << "twofactor"
                                             << "Two12345" << false << "two-factor";
        QTest::newRow("2.14-202 good") << "2.14-202"
                                       << "apiadmin"
                                       << "Secret123" << true << "Logged in";
    }
    void credentialTest()
    {
        QFETCH(QString, build);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(bool, ok);
        QFETCH(QString, loginDetail);
        start(build);
        CredentialCheck check;
        QSignalSpy finished(&check, &CredentialCheck::finished);
        check.start(m_env.sim->apiUrl(), {user, password, QStringLiteral("test")});
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toBool(), ok);
        QCOMPARE(check.serverBuild().version(), build);
        QVERIFY2(check.steps().at(0).detail.contains(build),
                 qPrintable(check.steps().at(0).detail));
        QVERIFY2(check.steps().at(1).detail.contains(loginDetail),
                 qPrintable(check.steps().at(1).detail));
        QCOMPARE(m_env.sim->stats().perFunction.value(QStringLiteral("add_phone")), 1);
    }

    // 2.14-117 reads no template_id: the phone is added without it. The rules,
    // given that build, flag the field instead of letting it vanish.
    void ignoredFieldIsFlaggedByTheRules()
    {
        start(QStringLiteral("2.14-117"));
        m_env.service->setConnection(
            config(QStringLiteral("apiadmin"), QStringLiteral("Secret123")));
        PhoneRecord phone = makePhone(QStringLiteral("8101"));
        phone.setValue(PhoneField::TemplateId, QStringLiteral("tmpl1"));
        QVERIFY(m_env.service->submit(phone) > 0);
        waitIdle();
        QCOMPARE(m_env.results.last().outcome, Outcome::Added);
        QCOMPARE(
            m_env.sim->phones().at(0).toObject().value(QStringLiteral("template_id")).toString(),
            QString());

        RuleOptions options;
        options.build = *ServerBuild::fromVersion(QStringLiteral("2.14-117"));
        const auto issues = PhoneRules::validate(phone, options);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().kind, FieldIssue::Kind::Ignored);
        QCOMPARE(issues.first().field, PhoneField::TemplateId);
        QVERIFY(PhoneRules::validate(phone, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOlderBuilds)
#include "TestOlderBuilds.moc"
