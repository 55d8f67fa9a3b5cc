// A whole session with distinctive passwords (settings saved, a wrong and a
// right API password, replies that echo them, imports with given and with
// generated phone passwords, a report and a history export), then every file
// written under the private HOME/XDG/TMPDIR folders and every captured output
// is searched for every password in UTF-8 and UTF-16 (and the forms the
// server echoes): none may appear. Only the agent handout, written on
// explicit request, holds passwords, and it is mode 0600. While the processes
// run, /proc/PID/cmdline of viciprov-cli and viciprov-sim holds none either.
#include "config/SecretStore.h"
#include "config/Settings.h"
#include "ProcessHelpers.h"
#include "ReliabilityHelpers.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace vp;
using namespace vp::reliability;

namespace {
const QString kRightPassword = QStringLiteral("Vq7Right_Api_0451");
// The server keeps only [-_0-9A-Za-z]; it logs in (and echoes) "Wx9WrongApi8832".
const QString kWrongPassword = QStringLiteral("Wx9Wrong!Api#8832");

QByteArray utf16(const QString &text, bool bigEndian)
{
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char hi = char(u >> 8), lo = char(u & 0xff);
        out.append(bigEndian ? hi : lo);
        out.append(bigEndian ? lo : hi);
    }
    return out;
}
} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root; // the processes' HOME, XDG folders and TMPDIR live here
    QProcessEnvironment m_env;
    QStringList m_secrets;
    QList<std::pair<QString, QByteArray>> m_outputs; // what every run printed
    QString m_handout;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    CliRun cli(const QString &password, const QStringList &arguments)
    {
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("VP_PASS"), password);
        const CliRun run =
            runCli(env, QStringList{QStringLiteral("--password-env"), QStringLiteral("VP_PASS")} +
                            arguments);
        const QString name = arguments.join(QLatin1Char(' '));
        m_outputs.append({name + QStringLiteral(" (stdout)"), run.out});
        m_outputs.append({name + QStringLiteral(" (stderr)"), run.err});
        return run;
    }

    // Every byte form of every secret that must not be found (never empty).
    QList<std::pair<QString, QByteArray>> needles() const
    {
        QList<std::pair<QString, QByteArray>> out;
        static const QRegularExpression notKept(QStringLiteral("[^-_0-9A-Za-z]"));
        for (const QString &secret : m_secrets) {
            QStringList forms = {secret};
            const QString cleaned = QString(secret).remove(notKept);
            if (cleaned != secret)
                forms << cleaned;
            for (const QString &form : forms) {
                Q_ASSERT(form.size() >= 8);
                out.append({form + QStringLiteral(" (UTF-8)"), form.toUtf8()});
                out.append({form + QStringLiteral(" (UTF-16LE)"), utf16(form, false)});
                out.append({form + QStringLiteral(" (UTF-16BE)"), utf16(form, true)});
                const QByteArray encoded = QUrl::toPercentEncoding(form);
                if (encoded != form.toUtf8())
                    out.append({form + QStringLiteral(" (percent-encoded)"), encoded});
            }
        }
        return out;
    }

    // Returns "file: secret form" for every hit; counts the files read.
    QStringList scanFiles(int *files) const
    {
        QStringList hits;
        const auto forms = needles();
        QDirIterator it(m_root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file == m_handout)
                continue;
            const QByteArray content = readFile(file);
            ++*files;
            for (const auto &form : forms)
                if (content.contains(form.second))
                    hits << file + QStringLiteral(": ") + form.first;
        }
        return hits;
    }

    static QByteArray cmdline(qint64 pid)
    {
        return readFile(QStringLiteral("/proc/%1/cmdline").arg(pid));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = path(QStringLiteral("session"));
        m_env = privateEnvironment(m_root);
        // The settings written below go where the processes will read them.
        for (const QString &name : {QStringLiteral("HOME"), QStringLiteral("XDG_CONFIG_HOME"),
                                    QStringLiteral("XDG_DATA_HOME"),
                                    QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("TMPDIR")})
            qputenv(name.toLatin1().constData(), m_env.value(name).toLocal8Bit());
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QCoreApplication::setOrganizationName(QStringLiteral("ViciProvisioner"));
        QCoreApplication::setApplicationName(QStringLiteral("viciprov"));
        m_handout = m_root + QStringLiteral("/home/handout.csv");
        m_secrets = {kRightPassword, kWrongPassword};
    }

    void fullSessionLeavesNoPasswordAnywhere()
    {
        // The server, its configuration and state live outside the scanned folders.
        const QString simConfig = path(QStringLiteral("sim-config.json"));
        const QByteArray config = "{\"users\": [{\"user\": \"apiadmin\", \"pass\": \"" +
                                  kRightPassword.toUtf8() +
                                  "\", \"user_level\": 9}], \"servers\": [\"10.10.10.15\"]}";
        QVERIFY(writeFile(simConfig, config));
        SimProcess sim;
        QVERIFY(sim.start(m_env,
                          {QStringLiteral("--config"), simConfig, QStringLiteral("--latency-ms"),
                           QStringLiteral("100"), QStringLiteral("--state"),
                           path(QStringLiteral("sim.sqlite"))},
                          path(QStringLiteral("sim.log"))));

        // 1. Settings saved the way the desktop app saves them; the password
        //    goes to the secret store (no keychain here: memory only).
        {
            auto settings = Settings::createDefault();
            settings->setValue(SettingKey::ServerUrl, sim.baseUrl().toString());
            settings->setValue(SettingKey::ApiUser, QStringLiteral("apiadmin"));
            settings->setValue(SettingKey::SourceLabel, QStringLiteral("relitest"));
            settings->setValue(SettingKey::DefaultServerIp, QStringLiteral("10.10.10.15"));
            settings->sync();
            QVERIFY(settings->fileName().startsWith(m_root));
            KeychainSecretStore store;
            bool written = false;
            store.write(SecretStore::keyFor(sim.baseUrl().toString(), QStringLiteral("apiadmin")),
                        kRightPassword, [&written](bool, const QString &) { written = true; });
            QTRY_VERIFY_WITH_TIMEOUT(written, 30000);
        }

        // 2. Credential tests, wrong then right: the server echoes the wrong one.
        QCOMPARE(cli(kWrongPassword, {QStringLiteral("test-credentials")}).exitCode, 3);
        QCOMPARE(cli(kRightPassword, {QStringLiteral("test-credentials")}).exitCode, 0);

        // 3. An import with the wrong password: one request, echoed, stopped.
        const QString given = path(QStringLiteral("given.csv")); // the user's file, not scanned
        QByteArray csv = "extension,server_ip,phone_login,phone_pass,registration_password,"
                         "phone_full_name,outbound_cid\n";
        for (int i = 0; i < 24; ++i) {
            const QString ext = QString::number(7100 + i);
            const QString pass = QStringLiteral("PhK4pass") + ext;
            const QString reg = QStringLiteral("RgQ8reg-") + ext;
            m_secrets << pass << reg;
            csv += ext.toUtf8() + ",10.10.10.15," + ext.toUtf8() + ',' + pass.toUtf8() + ',' +
                   reg.toUtf8() + ",Agent " + ext.toUtf8() + ",3125551212\n";
        }
        QVERIFY(writeFile(given, csv));
        const CliRun refused = cli(kWrongPassword, {QStringLiteral("import"), given});
        QVERIFY2(refused.exitCode == 3, qPrintable(refused.all()));

        // 4. The same import with the right password, watched while it runs:
        //    no password on any command line, none in the live history files.
        {
            QProcessEnvironment env = m_env;
            env.insert(QStringLiteral("VP_PASS"), kRightPassword);
            auto process =
                startCli(env, {QStringLiteral("--password-env"), QStringLiteral("VP_PASS"),
                               QStringLiteral("import"), given, QStringLiteral("--report"),
                               m_root + QStringLiteral("/home/report-given.csv")});
            QVERIFY(process->waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(sim.stats().value(QStringLiteral("totalRequests")).toInt() > 6,
                                     20000);
            const QByteArray cliLine = cmdline(process->processId());
            const QByteArray simLine = cmdline(sim.pid());
            QVERIFY(cliLine.contains("import"));
            QVERIFY(simLine.contains("--latency-ms"));
            int files = 0;
            const QStringList hits = scanFiles(&files);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
            QVERIFY(files > 0);
            for (const auto &form : needles()) {
                QVERIFY2(!cliLine.contains(form.second), qPrintable(form.first));
                QVERIFY2(!simLine.contains(form.second), qPrintable(form.first));
            }
            const CliRun run = finishCli(*process);
            m_outputs.append({QStringLiteral("watched import (stdout)"), run.out});
            m_outputs.append({QStringLiteral("watched import (stderr)"), run.err});
            QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        }

        // 5. An import with generated passwords, a handout and a report.
        const QString bare = path(QStringLiteral("bare.csv"));
        QVERIFY(writeFile(bare, "extension,phone_login,phone_full_name,outbound_cid\n"
                                "7201,7201,Gen One,3125551212\n7202,7202,Gen Two,3125551212\n"
                                "7203,7203,Gen Three,3125551212\n"));
        const CliRun generated =
            cli(kRightPassword,
                {QStringLiteral("import"), bare, QStringLiteral("--default"),
                 QStringLiteral("server_ip=10.10.10.15"), QStringLiteral("--generate-passwords"),
                 QStringLiteral("--handout"), m_handout, QStringLiteral("--report"),
                 m_root + QStringLiteral("/home/report-bare.csv")});
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.all()));
        QFileInfo handoutInfo(m_handout);
        QVERIFY(handoutInfo.exists());
        QCOMPARE(handoutInfo.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray handout = readFile(m_handout);
        const QList<QByteArray> lines = handout.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        for (int i = 1; i < lines.size(); ++i) {
            // extension, server_ip, phone_login, phone_pass, registration_password, name, dialplan
            const QList<QByteArray> cells = lines[i].trimmed().split(',');
            QCOMPARE(cells.size(), 7);
            QVERIFY(cells[3].size() >= 8 && cells[4].size() >= 8);
            m_secrets << QString::fromUtf8(cells[3]) << QString::fromUtf8(cells[4]);
        }

        // 6. The history, listed and exported as CSV (as "> export.csv" would).
        const CliRun listed =
            cli(kRightPassword,
                {QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("1000")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains("login_failed"));
        const CliRun exported =
            cli(kRightPassword, {QStringLiteral("history"), QStringLiteral("--csv")});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(writeFile(m_root + QStringLiteral("/home/export.csv"), exported.out));
        QVERIFY(exported.out.count('\n') >= 24 + 3 + 1);

        QCOMPARE(sim.phones().size(), 27);
        sim.stop();

        // 7. Every file under the private folders, every output, the server's log.
        int files = 0;
        QStringList hits = scanFiles(&files);
        const auto forms = needles();
        for (const auto &output : std::as_const(m_outputs))
            for (const auto &form : forms)
                if (output.second.contains(form.second))
                    hits << output.first + QStringLiteral(": ") + form.first;
        const QByteArray simLog = readFile(path(QStringLiteral("sim.log")));
        QVERIFY(simLog.size() > 0);
        for (const auto &form : forms)
            if (simLog.contains(form.second))
                hits << QStringLiteral("viciprov-sim log: ") + form.first;
        qInfo("secrets: %lld passwords in %lld forms searched in %d files and %lld outputs",
              qlonglong(m_secrets.size()), qlonglong(forms.size()), files,
              qlonglong(m_outputs.size()));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        // A control: the server's own table keeps phone passwords in plain
        // text (as VICIdial does), and the same search finds them there.
        const QByteArray serverState = readFile(path(QStringLiteral("sim.sqlite"))) +
                                       readFile(path(QStringLiteral("sim.sqlite-wal")));
        int found = 0;
        for (const auto &form : forms)
            found += serverState.contains(form.second);
        QVERIFY2(found >= 48, qPrintable(QString::number(found)));
        QVERIFY(files >= 5); // settings, history, two reports, export at least
        QDirIterator history(m_root, {QStringLiteral("history*.sqlite")}, QDir::Files,
                             QDirIterator::Subdirectories);
        QVERIFY2(history.hasNext(), "the history was not under the private folders");
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "TestSecrets.moc"
