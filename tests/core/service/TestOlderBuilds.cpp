// The product against the simulator playing older VICIdial builds: the
// service reads each system's build before its first request; adding, a
// wrong password (one request, then stop, never taken as a proven login), the
// two-factor refusal, update_phone where the build has it (unavailable with a
// reason where not), a field the build ignores (flagged, not sent), two
// systems on different builds, and a server whose version cannot be read.
#include "history/HistoryStore.h"
#include "rules/PhoneRules.h"
#include "service/CredentialCheck.h"
#include "service/ProvisioningService.h"
#include "service/SystemBuilds.h"
#include "Simulator.h"
#include "TestPhones.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace vp;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(vp::PhoneField)

using test::makePhone;

class TestOlderBuilds : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<ProvisioningService> m_service;
    QList<JobResult> m_results;

    void start(const QString &version)
    {
        sim::SimConfig config = sim::SimConfig::defaults();
        sim::SimUser twoFactor;
        twoFactor.user = u"twofactor"_s;
        twoFactor.pass = u"Two12345"_s;
        twoFactor.twoFactor = true;
        config.users.append(twoFactor);
        sim::SimUser addOnly; // may add phones, not change them
        addOnly.user = u"addonly"_s;
        addOnly.pass = u"Add12345"_s;
        addOnly.allowedFunctions = u" version add_phone "_s;
        config.users.append(addOnly);
        const auto build = sim::SimBuild::fromVersion(version);
        QVERIFY(build);
        config.build = *build;
        m_sim = std::make_unique<sim::Simulator>(config);
        QVERIFY(m_sim->listen(0));
        m_history = std::make_unique<HistoryStore>();
        QString error;
        QVERIFY2(m_history->openInMemory(&error), qPrintable(error));
        m_service = std::make_unique<ProvisioningService>(m_history.get());
        m_results.clear();
        connect(m_service.get(), &ProvisioningService::jobFinished, this,
                [this](const JobResult &r) { m_results << r; });
    }

    ConnectionConfig config(const QString &user, const QString &password)
    {
        ConnectionConfig c;
        c.apiUrl = m_sim->apiUrl();
        c.credentials.user = user;
        c.credentials.password = password;
        c.credentials.source = u"test"_s;
        c.concurrency = 4;
        c.timeoutMs = 10000;
        return c;
    }

    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(m_service->isIdle(), 30000); }

private slots:
    void cleanup()
    {
        m_service.reset();
        m_history.reset();
        m_sim.reset();
    }

    void addsAndStopsOnAWrongPassword_data()
    {
        QTest::addColumn<QString>("build");
        QTest::addColumn<Outcome>("wrongPassword");
        QTest::newRow("2.4-27") << u"2.4-27"_s << Outcome::LoginOrPermission;
        QTest::newRow("2.4-39") << u"2.4-39"_s << Outcome::LoginOrPermission;
        QTest::newRow("2.8-54") << u"2.8-54"_s << Outcome::LoginOrPermission;
        QTest::newRow("2.10-69") << u"2.10-69"_s << Outcome::LoginFailed;
        QTest::newRow("2.14-107") << u"2.14-107"_s << Outcome::LoginFailed;
        QTest::newRow("2.14-117") << u"2.14-117"_s << Outcome::LoginFailed;
        QTest::newRow("2.14-136") << u"2.14-136"_s << Outcome::LoginFailed;
        QTest::newRow("2.14-202") << u"2.14-202"_s << Outcome::LoginFailed;
        QTest::newRow("SNCT 3.1.1-9") << u"3.1.1-9"_s << Outcome::LoginFailed;
    }
    void addsAndStopsOnAWrongPassword()
    {
        QFETCH(QString, build);
        QFETCH(Outcome, wrongPassword);
        start(build);
        m_service->setConnection(config(u"apiadmin"_s, u"Secret123"_s));
        QVERIFY(m_service->submit(makePhone(u"8001"_s)) > 0);
        waitIdle();
        QCOMPARE(m_results.size(), 1);
        QCOMPARE(m_results[0].outcome, Outcome::Added);
        QCOMPARE(m_sim->phones().size(), 1);

        // Ten phones with a wrong password: one request, then the batch stops.
        m_service->setConnection(config(u"apiadmin"_s, u"WrongPass1"_s));
        QList<PhoneRecord> phones;
        for (int i = 0; i < 10; ++i)
            phones << makePhone(QString::number(6000 + i));
        QSignalSpy stopped(m_service.get(), &ProvisioningService::sendingStopped);
        m_service->submitBatch(phones, u"b"_s);
        waitIdle();
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(stopped.at(0).at(0).value<Outcome>(), wrongPassword);
        QCOMPARE(m_sim->stats().perFunction.value(u"add_phone"_s), 2);
        QCOMPARE(m_sim->phones().size(), 1);
        QVERIFY(!m_service->loginConfirmed());
        // The build was read once, before the first request, and kept.
        QCOMPARE(m_sim->stats().perFunction.value(u"version"_s), 1);
        const SystemBuildInfo info =
            m_service->builds().info(VicidialSystem::keyFor(m_sim->apiUrl()));
        QCOMPARE(info.state, SystemBuildInfo::State::Known);
        QCOMPARE(info.build.version(), build);
        // ...and recorded with every attempt (the history's build column).
        const QList<HistoryAttempt> attempts = m_history->query({}, 0, 100);
        QCOMPARE(attempts.size(), 2);
        for (const HistoryAttempt &attempt : attempts)
            QCOMPARE(attempt.serverBuild, build);
    }

    // Before 2.8-55 the wrong password is the first thing the service meets:
    // one request, the batch stopped, and the login never counted as proven.
    void wrongPasswordFirstOnOldBuilds_data()
    {
        QTest::addColumn<QString>("build");
        QTest::newRow("2.4-27") << u"2.4-27"_s;
        QTest::newRow("2.4-39") << u"2.4-39"_s;
        QTest::newRow("2.8-54") << u"2.8-54"_s;
    }
    void wrongPasswordFirstOnOldBuilds()
    {
        QFETCH(QString, build);
        start(build);
        m_service->setConnection(config(u"apiadmin"_s, u"WrongPass1"_s));
        QList<PhoneRecord> phones;
        for (int i = 0; i < 6; ++i)
            phones << makePhone(QString::number(6100 + i));
        QSignalSpy stopped(m_service.get(), &ProvisioningService::sendingStopped);
        m_service->submitBatch(phones, u"b"_s);
        waitIdle();
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(stopped.at(0).at(0).value<Outcome>(), Outcome::LoginOrPermission);
        QCOMPARE(m_sim->stats().perFunction.value(u"add_phone"_s), 1);
        QVERIFY(!m_service->loginConfirmed());
        QVERIFY(!provesLogin(Outcome::NoPermission,
                             m_service->builds().build(VicidialSystem::keyFor(m_sim->apiUrl()))));
        QVERIFY2(m_results.first().message.contains(build), qPrintable(m_results.first().message));
    }

    // update_phone (here: adding a phone inactive, then switching it back on)
    // where the build has it; before 2.4-37 it is unavailable, with the
    // reason, and nothing is sent.
    void updateWhereTheBuildHasIt_data()
    {
        QTest::addColumn<QString>("build");
        QTest::addColumn<bool>("hasUpdate");
        QTest::newRow("2.4-27") << u"2.4-27"_s << false;
        QTest::newRow("2.4-34") << u"2.4-34"_s << false;
        QTest::newRow("2.4-37") << u"2.4-37"_s << true;
        QTest::newRow("2.4-39") << u"2.4-39"_s << true;
        QTest::newRow("2.10-69") << u"2.10-69"_s << true;
        QTest::newRow("2.14-107") << u"2.14-107"_s << true;
        QTest::newRow("2.14-117") << u"2.14-117"_s << true;
        QTest::newRow("2.14-136") << u"2.14-136"_s << true;
        QTest::newRow("2.14-202") << u"2.14-202"_s << true;
        QTest::newRow("SNCT 3.1.1-9") << u"3.1.1-9"_s << true;
    }
    void updateWhereTheBuildHasIt()
    {
        QFETCH(QString, build);
        QFETCH(bool, hasUpdate);
        start(build);
        m_service->setConnection(config(u"apiadmin"_s, u"Secret123"_s));
        PhoneRecord phone = makePhone(u"8201"_s);
        phone.setActive(false);
        QVERIFY(m_service->submit(phone) > 0);
        waitIdle();
        QCOMPARE(m_results.size(), 1);
        if (!hasUpdate) {
            QCOMPARE(m_results[0].outcome, Outcome::Cancelled);
            QVERIFY2(m_results[0].message.contains("has no update_phone"_L1),
                     qPrintable(m_results[0].message));
            QVERIFY(m_sim->phones().isEmpty());
            QCOMPARE(m_sim->stats().perFunction.value(u"add_phone"_s), 0);
            QVERIFY(m_service->submit(
                        Operation::setPhoneActive(u"8201"_s, u"10.10.10.15"_s, true)) > 0);
            waitIdle();
            QCOMPARE(m_results.last().outcome, Outcome::Cancelled);
            QCOMPARE(m_sim->stats().perFunction.value(u"update_phone"_s), 0);
            return;
        }
        QCOMPARE(m_results[0].outcome, Outcome::Added);
        QVERIFY2(!m_results[0].deactivationFailed, qPrintable(m_results[0].message));
        QCOMPARE(m_sim->phones().at(0).toObject().value(u"active"_s).toString(), u"N"_s);
        QVERIFY(m_service->submit(Operation::setPhoneActive(u"8201"_s, u"10.10.10.15"_s, true)) >
                0);
        waitIdle();
        QCOMPARE(m_results.last().outcome, Outcome::Updated);
        QCOMPARE(m_sim->phones().at(0).toObject().value(u"active"_s).toString(), u"Y"_s);
    }

    // Phone aliases came with 2.4-37: before it the service refuses them
    // with the reason and sends nothing.
    void aliasesWhereTheBuildHasIt_data()
    {
        QTest::addColumn<QString>("build");
        QTest::addColumn<bool>("hasAliases");
        QTest::newRow("2.4-34") << u"2.4-34"_s << false;
        QTest::newRow("2.4-37") << u"2.4-37"_s << true;
        QTest::newRow("2.14-202") << u"2.14-202"_s << true;
    }
    void aliasesWhereTheBuildHasIt()
    {
        QFETCH(QString, build);
        QFETCH(bool, hasAliases);
        start(build);
        m_service->setConnection(config(u"apiadmin"_s, u"Secret123"_s));
        QVERIFY(m_service->submit(makePhone(u"8301"_s)) > 0);
        waitIdle();
        QCOMPARE(m_results.last().outcome, Outcome::Added);
        QVERIFY(m_service->submit(Operation::addAlias(u"al83"_s, u"Agent"_s, {u"8301"_s})) > 0);
        waitIdle();
        if (!hasAliases) {
            QCOMPARE(m_results.last().outcome, Outcome::Cancelled);
            QVERIFY2(m_results.last().message.contains("has no add_phone_alias"_L1),
                     qPrintable(m_results.last().message));
            QCOMPARE(m_sim->stats().perFunction.value(u"add_phone_alias"_s), 0);
            QVERIFY(m_sim->aliases().isEmpty());
            return;
        }
        QCOMPARE(m_results.last().outcome, Outcome::Added);
        QVERIFY(m_service->submit(Operation::deleteAlias(u"al83"_s)) > 0);
        waitIdle();
        QCOMPARE(m_results.last().outcome, Outcome::Updated);
        QVERIFY(m_sim->aliases().isEmpty());
    }

    // One service, two systems on different builds: each keeps its own, and
    // the rules of one are never applied to the other.
    void twoSystemsKeepTheirOwnBuild()
    {
        start(u"2.4-39"_s);
        sim::SimConfig newer = sim::SimConfig::defaults();
        sim::Simulator other(newer);
        QVERIFY(other.listen(0));
        const ConnectionConfig oldSystem = config(u"apiadmin"_s, u"Secret123"_s);
        ConnectionConfig newSystem = oldSystem;
        newSystem.apiUrl = other.apiUrl();
        m_service->setConnection(oldSystem);
        PhoneRecord phone = makePhone(u"8301"_s);
        phone.setValue(PhoneField::TemplateId, u"tmpl1"_s);
        JobOptions toNew;
        toNew.connection = newSystem;
        QVERIFY(m_service->submit(phone, u"n"_s, toNew) > 0);
        QVERIFY(m_service->submit(phone, u"o"_s) > 0);
        waitIdle();
        QCOMPARE(m_results.size(), 2);
        for (const JobResult &r : std::as_const(m_results)) {
            if (r.batchId == "n"_L1) {
                QCOMPARE(r.outcome, Outcome::Added);
            } else {
                QCOMPARE(r.outcome, Outcome::Cancelled);
                QVERIFY2(r.message.contains("2.4-39"_L1), qPrintable(r.message));
            }
        }
        QCOMPARE(other.phones().size(), 1);
        QCOMPARE(m_sim->phones().size(), 0);
        QCOMPARE(m_service->builds().build(VicidialSystem::keyFor(m_sim->apiUrl())).version(),
                 u"2.4-39"_s);
        QCOMPARE(m_service->builds().build(VicidialSystem::keyFor(other.apiUrl())).version(),
                 u"2.14-202"_s);
    }

    // A server that is not reachable for version, or names a version this
    // program cannot read: the newest rules, nothing blocked, and a
    // permission refusal is not taken as proof of the login.
    void unreadableVersionFollowsTheNewestRules()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QByteArrayList bodies;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, &bodies] {
                    const QByteArray request = socket->peek(socket->bytesAvailable());
                    const qsizetype headerEnd = request.indexOf("\r\n\r\n");
                    const qsizetype lengthAt = request.indexOf("Content-Length: ");
                    if (headerEnd < 0 || lengthAt < 0)
                        return;
                    const int length =
                        request.mid(lengthAt + 16, request.indexOf('\r', lengthAt) - lengthAt - 16)
                            .toInt();
                    if (request.size() < headerEnd + 4 + length)
                        return;
                    const QByteArray body = request.mid(headerEnd + 4, length);
                    socket->readAll();
                    bodies << body;
                    const QByteArray reply =
                        body.contains("function=version")
                            ? "VERSION: 3.2b-7|BUILD: 20240101|DATE: 2026-11-27 08:48:25|\n"_ba
                            : "ERROR: add_phone USER DOES NOT HAVE PERMISSION TO ADD PHONES: "
                              "|apiadmin|0\n"_ba;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; "
                                  "charset=utf-8\r\nConnection: close\r\nContent-Length: " +
                                  QByteArray::number(reply.size()) + "\r\n\r\n" + reply);
                    socket->disconnectFromHost();
                });
            }
        });
        m_results.clear();
        m_history = std::make_unique<HistoryStore>();
        QString error;
        QVERIFY2(m_history->openInMemory(&error), qPrintable(error));
        m_service = std::make_unique<ProvisioningService>(m_history.get());
        connect(m_service.get(), &ProvisioningService::jobFinished, this,
                [this](const JobResult &r) { m_results << r; });
        ConnectionConfig c;
        c.apiUrl =
            QUrl(u"http://127.0.0.1:%1/vicidial/non_agent_api.php"_s.arg(server.serverPort()));
        c.credentials = {u"apiadmin"_s, u"Maybe123"_s, u"test"_s};
        c.timeoutMs = 10000;
        m_service->setConnection(c);
        QSignalSpy stopped(m_service.get(), &ProvisioningService::sendingStopped);
        m_service->submitBatch({makePhone(u"8401"_s), makePhone(u"8402"_s)}, u"b"_s);
        waitIdle();
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(stopped.at(0).at(0).value<Outcome>(), Outcome::NoPermission);
        QCOMPARE(bodies.size(), 2);                  // version, then one add_phone
        QVERIFY(!bodies.at(0).contains("Maybe123")); // version carries no password
        QVERIFY(!m_service->loginConfirmed());
        QVERIFY2(m_results.first().message.contains("2.8-55"_L1),
                 qPrintable(m_results.first().message));
        const SystemBuildInfo info = m_service->builds().info(VicidialSystem::keyFor(c.apiUrl));
        QCOMPARE(info.state, SystemBuildInfo::State::Unreadable);
        QCOMPARE(info.versionText, u"3.2b-7"_s);
        QVERIFY2(info.displayText().contains("3.2b-7"_L1), qPrintable(info.displayText()));
        QCOMPARE(info.historyText(), u"?3.2b-7"_s);

        // Unreachable: the version request fails, the add is still tried (and
        // fails alike); nothing waits for ever.
        server.close();
        m_results.clear();
        m_service = std::make_unique<ProvisioningService>(m_history.get());
        connect(m_service.get(), &ProvisioningService::jobFinished, this,
                [this](const JobResult &r) { m_results << r; });
        m_service->setConnection(c);
        QVERIFY(m_service->submit(makePhone(u"8403"_s)) > 0);
        waitIdle();
        QCOMPARE(m_results.size(), 1);
        QCOMPARE(m_results[0].outcome, Outcome::NetworkError);
        QCOMPARE(m_service->builds().info(VicidialSystem::keyFor(c.apiUrl)).state,
                 SystemBuildInfo::State::Unreadable);
    }

    void twoFactorStopsAfterOneRequest()
    {
        start(u"2.14-143"_s);
        m_service->setConnection(config(u"twofactor"_s, u"Two12345"_s));
        QSignalSpy stopped(m_service.get(), &ProvisioningService::sendingStopped);
        m_service->submitBatch({makePhone(u"7001"_s), makePhone(u"7002"_s)}, u"b"_s);
        waitIdle();
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(stopped.at(0).at(0).value<Outcome>(), Outcome::TwoFactorRequired);
        QCOMPARE(m_sim->stats().perFunction.value(u"add_phone"_s), 1);
        QVERIFY(!m_results.first().message.contains("Two12345"_L1));
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
        check.start(m_sim->apiUrl(), {user, password, u"test"_s});
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toBool(), ok);
        QCOMPARE(check.serverBuild().version(), build);
        QVERIFY2(check.steps().at(0).detail.contains(build),
                 qPrintable(check.steps().at(0).detail));
        QVERIFY2(check.steps().at(1).detail.contains(loginDetail),
                 qPrintable(check.steps().at(1).detail));
        QCOMPARE(m_sim->stats().perFunction.value(u"add_phone"_s), 1);
    }

    // The credential test also asks whether the user may change phones (an
    // update_phone naming no phone: the permission is checked before the
    // required fields) and says what deleting needs without trying it.
    void credentialTestChangeStep_data()
    {
        QTest::addColumn<QString>("build");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("text");
        QTest::newRow("2.14-202 may change")
            << "2.14-202"
            << "apiadmin"
            << "Secret123" << int(CheckStep::Status::Passed) << "may change";
        QTest::newRow("2.14-202 add only")
            << "2.14-202"
            << "addonly"
            << "Add12345" << int(CheckStep::Status::Failed) << "API Allowed Functions";
        QTest::newRow("2.4-39 may change")
            << "2.4-39"
            << "apiadmin"
            << "Secret123" << int(CheckStep::Status::Passed) << "may change";
        QTest::newRow("2.4-27 has no update_phone")
            << "2.4-27"
            << "apiadmin"
            << "Secret123" << int(CheckStep::Status::Skipped) << "2.4-37";
    }
    void credentialTestChangeStep()
    {
        QFETCH(QString, build);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(int, status);
        QFETCH(QString, text);
        start(build);
        CredentialCheck check;
        QSignalSpy finished(&check, &CredentialCheck::finished);
        check.start(m_sim->apiUrl(), {user, password, u"test"_s});
        QVERIFY(finished.wait(10000));
        // Adding works for all of them: the check as a whole passes.
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(check.steps().size(), CredentialCheck::stepCount());
        const CheckStep &change = check.steps().at(3);
        QCOMPARE(change.id, CheckStep::Id::UpdatePermission);
        QCOMPARE(int(change.status), status);
        QVERIFY2(QString(change.detail + change.fix).contains(text),
                 qPrintable(change.detail + u" / "_s + change.fix));
        const CheckStep &remove = check.steps().at(4);
        QCOMPARE(remove.id, CheckStep::Id::DeletePermission);
        QCOMPARE(remove.status, CheckStep::Status::Skipped);
        QVERIFY(remove.detail.contains("Delete Phones"_L1));
        // Nothing was changed on the server: it holds no phone the check made.
        QVERIFY(m_sim->phones().isEmpty());
        QVERIFY(!QString(change.detail + change.fix).contains(password));
    }

    // 2.14-117 reads no template_id: the service, having read the build, does
    // not send a phone whose template would vanish; it says why. The rules,
    // given that build, flag the field.
    void ignoredFieldIsFlagged_data()
    {
        QTest::addColumn<QString>("build");
        QTest::addColumn<PhoneField>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ignored");
        QTest::newRow("2.14-117 template")
            << "2.14-117" << PhoneField::TemplateId << "tmpl1" << true;
        QTest::newRow("2.4-39 webphone") << "2.4-39" << PhoneField::IsWebphone << "Y" << true;
        QTest::newRow("2.14-127 on-hook agent")
            << "2.14-127" << PhoneField::OnHookAgent << "Y" << true;
        QTest::newRow("2.14-128 template")
            << "2.14-128" << PhoneField::TemplateId << "tmpl1" << false;
    }
    void ignoredFieldIsFlagged()
    {
        QFETCH(QString, build);
        QFETCH(PhoneField, field);
        QFETCH(QString, value);
        QFETCH(bool, ignored);
        start(build);
        m_service->setConnection(config(u"apiadmin"_s, u"Secret123"_s));
        PhoneRecord phone = makePhone(u"8101"_s);
        phone.setValue(field, value);
        QVERIFY(m_service->submit(phone) > 0);
        waitIdle();
        if (!ignored) {
            QCOMPARE(m_results.last().outcome, Outcome::Added);
            QCOMPARE(m_sim->phones().size(), 1);
            return;
        }
        QCOMPARE(m_results.last().outcome, Outcome::Cancelled);
        const QString message = m_results.last().message;
        QVERIFY2(message.contains("ignores"_L1) && message.contains(build), qPrintable(message));
        QVERIFY(m_sim->phones().isEmpty());
        QCOMPARE(m_sim->stats().perFunction.value(u"add_phone"_s), 0);

        // Once the build is known the service refuses at submit, as the rules do.
        QCOMPARE(m_service->submit(phone), 0);
        QVERIFY(m_service->lastError().contains("ignores"_L1));
        RuleOptions options;
        options.build = *ServerBuild::fromVersion(build);
        const auto issues = PhoneRules::validate(phone, options);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().kind, FieldIssue::Kind::Ignored);
        QCOMPARE(issues.first().field, field);
        QVERIFY(PhoneRules::validate(phone, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOlderBuilds)
#include "TestOlderBuilds.moc"
