// viciprov-cli end to end: the real executable against the project's
// simulator (in this process, on a free loopback port), with throw-away
// settings and history.
#include "CliRunner.h"
#include "Simulator.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_stdout;
    QByteArray m_stderr;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    void writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    QByteArray readFile(const QString &name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Runs the CLI while this process's event loop keeps the simulator
    // answering; returns the exit code (-1 on crash or time-out).
    int runCli(const QStringList &arguments, const QString &password = u"Secret123"_s,
               const QString &url = {})
    {
        const test::CliRun run =
            test::runCli(m_dir->path(), url.isEmpty() ? m_sim->baseUrl().toString() : url,
                         u"apiadmin"_s, password, arguments);
        m_stdout = run.out;
        m_stderr = run.err;
        return run.exitCode;
    }

    QString diagnostics() const
    {
        return QString::fromUtf8("stdout:\n" + m_stdout + "\nstderr:\n" + m_stderr);
    }

    // The simulator's stored phone extension@server_ip, or an empty object.
    static QJsonObject storedPhone(const sim::Simulator &simulator, const QString &extension)
    {
        const QJsonArray phones = simulator.phones();
        for (const QJsonValue &value : phones) {
            const QJsonObject phone = value.toObject();
            if (phone.value(u"extension"_s).toString() == extension &&
                phone.value(u"server_ip"_s).toString() == u"10.10.10.15"_s)
                return phone;
        }
        return {};
    }

    int addOne(const QString &extension)
    {
        return runCli({u"add"_s, u"--extension"_s, extension, u"--server-ip"_s, u"10.10.10.15"_s,
                       u"--outbound-cid"_s, u"3125551212"_s, u"--phone-pass-env"_s,
                       u"VP_TEST_PASS"_s, u"--registration-password-env"_s, u"VP_TEST_PASS"_s});
    }

private slots:
    void deactivateActivateDelete();
    void deleteAsksOrNeedsYes();
    void deleteWithoutPermissionStopsAtOnce();
    void changeOfAPhoneTheServerLacks();
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_sim = std::make_unique<sim::Simulator>();
        QVERIFY(m_sim->listen(0));
    }

    void cleanup()
    {
        m_sim.reset();
        m_dir.reset();
    }

    void importsValidRowsAndReportsTheRest()
    {
        writeFile(u"agents.csv"_s,
                  "Extension,Full Name,Login,Password,SIP password,Outbound CID\r\n"
                  "8001,Ana Lopez,8001,PwAna8001,RgAna8001,+1 (312) 555-1201\r\n"
                  "8002,Bruno Silva,8002,PwBru8002,RgBru8002,3125551202\r\n"
                  "8003,Chloe O'Hara,80'03,PwChl8003,RgChl8003,3125551203\r\n"
                  "8004,Dana Smith,8002,PwDan8004,RgDan8004,3125551204\r\n"
                  "8005,Eve Adams,8005,PwEve8005,RgEve8005,3125551205\r\n");
        const int code = runCli({u"import"_s, path(u"agents.csv"_s), u"--default"_s,
                                 u"server_ip=10.10.10.15"_s, u"--report"_s, path(u"report.csv"_s)});
        QVERIFY2(code == 1, qPrintable(diagnostics()));
        // 8003's login has an apostrophe (the server would drop it; in the
        // full name it is only dropped, as the name is a label), 8004 repeats
        // 8002's login: both reported with line and reason, not sent.
        QVERIFY2(m_stderr.contains("line 4"), qPrintable(diagnostics()));
        QVERIFY2(m_stderr.contains("line 5"), qPrintable(diagnostics()));
        const QJsonArray phones = m_sim->phones();
        QVERIFY2(phones.size() == 3, qPrintable(diagnostics()));
        QStringList extensions;
        for (const auto &value : phones) {
            const QJsonObject phone = value.toObject();
            extensions << phone.value(u"extension"_s).toString();
            QCOMPARE(phone.value(u"server_ip"_s).toString(), u"10.10.10.15"_s);
            QCOMPARE(phone.value(u"local_gmt"_s).toString(), u"-5.00"_s);
            QCOMPARE(phone.value(u"protocol"_s).toString(), u"SIP"_s);
        }
        extensions.sort();
        QCOMPARE(extensions, (QStringList{u"8001"_s, u"8002"_s, u"8005"_s}));
        for (const auto &value : phones) {
            const QJsonObject phone = value.toObject();
            if (phone.value(u"extension"_s).toString() == "8001"_L1) {
                QCOMPARE(phone.value(u"outbound_cid"_s).toString(), u"13125551201"_s);
                QCOMPARE(phone.value(u"pass"_s).toString(), u"PwAna8001"_s);
                QCOMPARE(phone.value(u"fullname"_s).toString(), u"Ana Lopez"_s);
            }
        }
        const QByteArray report = readFile(u"report.csv"_s);
        const QList<QByteArray> lines = report.trimmed().split('\n');
        QCOMPARE(lines.size(), 6); // header + every row
        QVERIFY(lines[1].contains("8001") && lines[1].contains(",added,"));
        QVERIFY(lines[3].contains("8003") && lines[3].contains(",invalid,"));
        QVERIFY(lines[4].contains("8004") && lines[4].contains(",duplicate,"));
        for (const QByteArray secret : {"Secret123", "PwAna8001", "RgAna8001", "PwChl8003"}) {
            QVERIFY2(!report.contains(secret), secret.constData());
            QVERIFY2(!m_stdout.contains(secret), secret.constData());
            QVERIFY2(!m_stderr.contains(secret), secret.constData());
            QVERIFY2(!readFile(u"history.sqlite"_s).contains(secret), secret.constData());
            QVERIFY2(!readFile(u"history.sqlite-wal"_s).contains(secret), secret.constData());
        }

        // Running it again sends nothing new: the rows are in the history.
        const int total = m_sim->stats().totalRequests;
        const int again = runCli(
            {u"import"_s, path(u"agents.csv"_s), u"--default"_s, u"server_ip=10.10.10.15"_s});
        QCOMPARE(again, 1); // the two invalid rows are still invalid
        QCOMPARE(m_sim->stats().totalRequests, total);
        QCOMPARE(m_sim->phones().size(), 3);
    }

    // `add` with generated passwords writes the import's handout: the same
    // columns, owner-only, the passwords the server stored.
    void addWritesTheImportsHandout()
    {
        const QString handout = path(u"one.csv"_s);
        const int code = runCli({u"add"_s, u"--extension"_s, u"8101"_s, u"--server-ip"_s,
                                 u"10.10.10.15"_s, u"--outbound-cid"_s, u"3125551212"_s,
                                 u"--generate-passwords"_s, u"--handout"_s, handout});
        QVERIFY2(code == 0, qPrintable(diagnostics()));
        QCOMPARE(QFileInfo(handout).permissions() &
                     ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QList<QByteArray> lines = readFile(u"one.csv"_s).split('\n');
        QCOMPARE(lines.size(), 3); // header, the phone, nothing after the last CRLF
        QCOMPARE(lines[0], QByteArray("extension,server_ip,phone_login,phone_pass,"
                                      "registration_password,phone_full_name,dialplan_number\r"));
        const QList<QByteArray> cells = lines[1].trimmed().split(',');
        QCOMPARE(cells.size(), 7);
        QCOMPARE(cells[0], QByteArray("8101"));
        QCOMPARE(m_sim->phones().size(), 1);
        const QJsonObject stored = m_sim->phones().at(0).toObject();
        QCOMPARE(QString::fromUtf8(cells[3]), stored.value(u"pass"_s).toString());
        QCOMPARE(QString::fromUtf8(cells[4]), stored.value(u"conf_secret"_s).toString());
    }

    void dryRunSendsNothing()
    {
        writeFile(
            u"a.csv"_s,
            "extension,server_ip,phone_pass,registration_password,phone_full_name,outbound_cid\n"
            "9001,10.10.10.15,Pw9001a,Rg9001a,Test One,3125550001\n");
        const int code = runCli({u"import"_s, path(u"a.csv"_s), u"--dry-run"_s});
        QVERIFY2(code == 0, qPrintable(diagnostics()));
        QVERIFY(m_stdout.contains("would add 9001@10.10.10.15"));
        QCOMPARE(m_sim->stats().totalRequests, 0);
        QCOMPARE(m_sim->phones().size(), 0);
    }

    void wrongPasswordStopsAfterOneRequest()
    {
        QByteArray csv =
            "extension,server_ip,phone_pass,registration_password,phone_full_name,outbound_cid\n";
        for (int i = 0; i < 40; ++i)
            csv += QByteArray::number(9100 + i) + ",10.10.10.15,Pw" + QByteArray::number(i) +
                   "xx,Rg" + QByteArray::number(i) + "xx,Agent,3125550001\n";
        writeFile(u"b.csv"_s, csv);
        const int code = runCli({u"import"_s, path(u"b.csv"_s)}, u"WrongPass1"_s);
        QVERIFY2(code == 3, qPrintable(diagnostics()));
        QCOMPARE(m_sim->stats().perFunction.value(u"add_phone"_s), 1);
        QVERIFY(!m_stdout.contains("WrongPass1"));
        QVERIFY(!m_stderr.contains("WrongPass1"));
    }

    void unreachableServerExitsWithFour()
    {
        writeFile(
            u"c.csv"_s,
            "extension,server_ip,phone_pass,registration_password,phone_full_name,outbound_cid\n"
            "9201,10.10.10.15,Pw9201a,Rg9201a,Test,3125550001\n");
        // A port nothing listens on: bind one, note it, close it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString url = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
        probe.close();
        const int code = runCli({u"import"_s, path(u"c.csv"_s)}, u"Secret123"_s, url);
        QVERIFY2(code == 4, qPrintable(diagnostics()));
    }

    void passwordOnTheCommandLineIsRefused()
    {
        const int code = runCli({u"--password"_s, u"Secret123"_s, u"test-credentials"_s});
        QCOMPARE(code, 2);
        QVERIFY(m_stderr.contains("never taken from the command line"));
        QCOMPARE(m_sim->stats().totalRequests, 0);
    }

    void testCredentialsReportsEachStep()
    {
        QCOMPARE(runCli({u"test-credentials"_s}), 0);
        QVERIFY2(m_stdout.contains("[ok]"), qPrintable(diagnostics()));
        QVERIFY(m_stdout.contains("2.14-202"));
        QCOMPARE(m_sim->phones().size(), 0); // the probe creates nothing
        QCOMPARE(runCli({u"test-credentials"_s}, u"WrongPass1"_s), 3);
        QVERIFY(m_stdout.contains("[FAIL]"));
        QVERIFY(!m_stdout.contains("WrongPass1"));
    }

    void unreadableFileIsUsageError()
    {
        QCOMPARE(runCli({u"import"_s, path(u"missing.csv"_s)}), 2);
        QVERIFY(m_stderr.contains("missing.csv"));
    }

    // One history, two VICIdial systems that both have an Asterisk server at
    // 10.10.10.15: a list imported into one is still sent whole to the other,
    // and running it again against either sends nothing.
    void sameListGoesToEachSystem()
    {
        QByteArray csv = "extension,server_ip,phone_pass,registration_password,phone_full_name,"
                         "outbound_cid\r\n";
        for (int i = 1; i <= 12; ++i)
            csv += u"%1,10.10.10.15,Pw%1x,Rg%1x,Agent %1,31255510%2\r\n"_s.arg(7100 + i)
                       .arg(i, 2, 10, QLatin1Char('0'))
                       .toUtf8();
        writeFile(u"list.csv"_s, csv);
        sim::Simulator other;
        QVERIFY(other.listen(0));
        const QStringList import = {u"import"_s, path(u"list.csv"_s)};

        QVERIFY2(runCli(import) == 0, qPrintable(diagnostics()));
        QCOMPARE(m_sim->phones().size(), 12);
        QVERIFY2(runCli(import, u"Secret123"_s, other.baseUrl().toString()) == 0,
                 qPrintable(diagnostics()));
        QVERIFY2(other.phones().size() == 12, qPrintable(diagnostics()));
        QVERIFY2(m_stderr.contains("12 added"), qPrintable(diagnostics()));

        // Again on each: every row already added there, nothing sent.
        const int requestsA = m_sim->stats().totalRequests;
        const int requestsB = other.stats().totalRequests;
        QVERIFY2(runCli(import) == 0, qPrintable(diagnostics()));
        QVERIFY2(runCli(import, u"Secret123"_s, other.baseUrl().toString()) == 0,
                 qPrintable(diagnostics()));
        QCOMPARE(m_sim->stats().totalRequests, requestsA);
        QCOMPARE(other.stats().totalRequests, requestsB);
        QCOMPARE(m_sim->phones().size(), 12);
        QCOMPARE(other.phones().size(), 12);

        // The history tells the systems apart: --url shows one system's
        // attempts, each line naming its system.
        const QString hostB = u"127.0.0.1:%1"_s.arg(other.apiUrl().port());
        QVERIFY2(runCli({u"history"_s, u"--limit"_s, u"100"_s}, u"Secret123"_s,
                        other.baseUrl().toString()) == 0,
                 qPrintable(diagnostics()));
        const QList<QByteArray> lines = m_stdout.trimmed().split('\n');
        QCOMPARE(lines.size(), 12);
        for (const QByteArray &line : lines)
            QVERIFY2(line.contains(hostB.toUtf8()), line.constData());
        QVERIFY2(m_stderr.contains("12 of 12 attempts shown"), qPrintable(diagnostics()));
    }
};

void TestCliImport::deactivateActivateDelete()
{
    QVERIFY2(addOne(u"8801"_s) == 0, qPrintable(diagnostics()));
    QCOMPARE(storedPhone(*m_sim, u"8801"_s).value(u"active"_s).toString(), u"Y"_s);
    const QStringList target = {u"--extension"_s, u"8801"_s, u"--server-ip"_s, u"10.10.10.15"_s};

    QVERIFY2(runCli(QStringList{u"deactivate"_s} + target) == 0, qPrintable(diagnostics()));
    QCOMPARE(storedPhone(*m_sim, u"8801"_s).value(u"active"_s).toString(), u"N"_s);
    QVERIFY2(m_stdout.contains("8801@10.10.10.15: updated"), qPrintable(diagnostics()));

    QVERIFY2(runCli(QStringList{u"activate"_s} + target) == 0, qPrintable(diagnostics()));
    QCOMPARE(storedPhone(*m_sim, u"8801"_s).value(u"active"_s).toString(), u"Y"_s);

    QVERIFY2(runCli(QStringList{u"delete"_s, u"--yes"_s} + target) == 0, qPrintable(diagnostics()));
    QVERIFY(storedPhone(*m_sim, u"8801"_s).isEmpty());
    QVERIFY2(m_stdout.contains("deleted"), qPrintable(diagnostics()));

    // Every change is in the history with its API function, without the password.
    QVERIFY2(runCli({u"history"_s, u"--csv"_s}) == 0, qPrintable(diagnostics()));
    int changes = 0;
    for (const QByteArray &line : m_stdout.split('\n'))
        changes += line.contains("update_phone") ? 1 : 0;
    QCOMPARE(changes, 3);
    QVERIFY(!m_stdout.contains("Secret123"));
}

void TestCliImport::deleteAsksOrNeedsYes()
{
    QVERIFY2(addOne(u"8802"_s) == 0, qPrintable(diagnostics()));
    const int before = m_sim->stats().totalRequests;
    // Not on a terminal (as here): no question can be asked, so nothing is sent.
    QCOMPARE(runCli({u"delete"_s, u"--extension"_s, u"8802"_s, u"--server-ip"_s, u"10.10.10.15"_s}),
             2);
    QVERIFY2(m_stderr.contains("--yes"), qPrintable(diagnostics()));
    QCOMPARE(m_sim->stats().totalRequests, before);
    QVERIFY(!storedPhone(*m_sim, u"8802"_s).isEmpty());
    // A value the server would clean cannot name the phone: refused before sending.
    QCOMPARE(runCli({u"delete"_s, u"--yes"_s, u"--extension"_s, u"88 02"_s, u"--server-ip"_s,
                     u"10.10.10.15"_s}),
             2);
    QCOMPARE(m_sim->stats().totalRequests, before);
}

void TestCliImport::deleteWithoutPermissionStopsAtOnce()
{
    sim::SimConfig config = sim::SimConfig::defaults();
    config.users[0].deletePhones = false;
    sim::Simulator restricted(config);
    QVERIFY(restricted.listen(0));
    const QString url = restricted.baseUrl().toString();
    QVERIFY2(runCli({u"add"_s, u"--extension"_s, u"8803"_s, u"--server-ip"_s, u"10.10.10.15"_s,
                     u"--outbound-cid"_s, u"3125551212"_s, u"--phone-pass-env"_s, u"VP_TEST_PASS"_s,
                     u"--registration-password-env"_s, u"VP_TEST_PASS"_s},
                    u"Secret123"_s, url) == 0,
             qPrintable(diagnostics()));
    const int before = restricted.stats().perFunction.value(u"update_phone"_s);
    QCOMPARE(runCli({u"delete"_s, u"--yes"_s, u"--extension"_s, u"8803"_s, u"--server-ip"_s,
                     u"10.10.10.15"_s},
                    u"Secret123"_s, url),
             3);
    QCOMPARE(restricted.stats().perFunction.value(u"update_phone"_s), before + 1);
    QVERIFY(!storedPhone(restricted, u"8803"_s).isEmpty());
    QVERIFY2(m_stderr.contains("Stopped"), qPrintable(diagnostics()));
}

void TestCliImport::changeOfAPhoneTheServerLacks()
{
    QCOMPARE(
        runCli({u"deactivate"_s, u"--extension"_s, u"8899"_s, u"--server-ip"_s, u"10.10.10.15"_s}),
        1);
    QVERIFY2(m_stdout.contains("phone_not_found"), qPrintable(diagnostics()));
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "TestCliImport.moc"
