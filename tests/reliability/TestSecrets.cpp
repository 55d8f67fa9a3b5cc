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

using namespace Qt::StringLiterals;

using namespace vp;
using namespace vp::reliability;

namespace {
const QString kRightPassword = u"Vq7Right_Api_0451"_s;
// The server keeps only [-_0-9A-Za-z]; it logs in (and echoes) "Wx9WrongApi8832".
const QString kWrongPassword = u"Wx9Wrong!Api#8832"_s;

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
        env.insert(u"VP_PASS"_s, password);
        const CliRun run = runCli(env, QStringList{u"--password-env"_s, u"VP_PASS"_s} + arguments);
        const QString name = arguments.join(QLatin1Char(' '));
        m_outputs.append({name + u" (stdout)"_s, run.out});
        m_outputs.append({name + u" (stderr)"_s, run.err});
        return run;
    }

    // Every byte form of every secret that must not be found (never empty).
    QList<std::pair<QString, QByteArray>> needles() const
    {
        QList<std::pair<QString, QByteArray>> out;
        static const QRegularExpression notKept(u"[^-_0-9A-Za-z]"_s);
        for (const QString &secret : m_secrets) {
            QStringList forms = {secret};
            const QString cleaned = QString(secret).remove(notKept);
            if (cleaned != secret)
                forms << cleaned;
            for (const QString &form : forms) {
                Q_ASSERT(form.size() >= 8);
                out.append({form + u" (UTF-8)"_s, form.toUtf8()});
                out.append({form + u" (UTF-16LE)"_s, utf16(form, false)});
                out.append({form + u" (UTF-16BE)"_s, utf16(form, true)});
                const QByteArray encoded = QUrl::toPercentEncoding(form);
                if (encoded != form.toUtf8())
                    out.append({form + u" (percent-encoded)"_s, encoded});
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
                    hits << file + u": "_s + form.first;
        }
        return hits;
    }

    static QByteArray cmdline(qint64 pid) { return readFile(u"/proc/%1/cmdline"_s.arg(pid)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = path(u"session"_s);
        m_env = privateEnvironment(m_root);
        // The settings written below go where the processes will read them.
        for (const QString &name : {u"HOME"_s, u"XDG_CONFIG_HOME"_s, u"XDG_DATA_HOME"_s,
                                    u"XDG_CACHE_HOME"_s, u"TMPDIR"_s})
            qputenv(name.toLatin1().constData(), m_env.value(name).toLocal8Bit());
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QCoreApplication::setOrganizationName(u"ViciProvisioner"_s);
        QCoreApplication::setApplicationName(u"viciprov"_s);
        m_handout = m_root + u"/home/handout.csv"_s;
        m_secrets = {kRightPassword, kWrongPassword};
    }

    void fullSessionLeavesNoPasswordAnywhere()
    {
        // The server, its configuration and state live outside the scanned folders.
        const QString simConfig = path(u"sim-config.json"_s);
        const QByteArray config = "{\"users\": [{\"user\": \"apiadmin\", \"pass\": \"" +
                                  kRightPassword.toUtf8() +
                                  "\", \"user_level\": 9}], \"servers\": [\"10.10.10.15\"]}";
        QVERIFY(writeFile(simConfig, config));
        SimProcess sim;
        QVERIFY(sim.start(m_env,
                          {u"--config"_s, simConfig, u"--latency-ms"_s, u"100"_s, u"--state"_s,
                           path(u"sim.sqlite"_s)},
                          path(u"sim.log"_s)));

        // 1. Settings saved the way the desktop app saves them; the password
        //    goes to the secret store (no keychain here: memory only).
        {
            auto settings = Settings::createDefault();
            settings->setValue(SettingKey::ServerUrl, sim.baseUrl().toString());
            settings->setValue(SettingKey::ApiUser, u"apiadmin"_s);
            settings->setValue(SettingKey::SourceLabel, u"relitest"_s);
            settings->setValue(SettingKey::DefaultServerIp, u"10.10.10.15"_s);
            settings->sync();
            QVERIFY(settings->fileName().startsWith(m_root));
            KeychainSecretStore store;
            bool written = false;
            store.write(SecretStore::keyFor(sim.baseUrl().toString(), u"apiadmin"_s),
                        kRightPassword, [&written](bool, const QString &) { written = true; });
            QTRY_VERIFY_WITH_TIMEOUT(written, 30000);
        }

        // 2. Credential tests, wrong then right: the server echoes the wrong one.
        QCOMPARE(cli(kWrongPassword, {u"test-credentials"_s}).exitCode, 3);
        QCOMPARE(cli(kRightPassword, {u"test-credentials"_s}).exitCode, 0);

        // 3. An import with the wrong password: one request, echoed, stopped.
        const QString given = path(u"given.csv"_s); // the user's file, not scanned
        QByteArray csv = "extension,server_ip,phone_login,phone_pass,registration_password,"
                         "phone_full_name,outbound_cid\n";
        for (int i = 0; i < 24; ++i) {
            const QString ext = QString::number(7100 + i);
            const QString pass = u"PhK4pass"_s + ext;
            const QString reg = u"RgQ8reg-"_s + ext;
            m_secrets << pass << reg;
            csv += ext.toUtf8() + ",10.10.10.15," + ext.toUtf8() + ',' + pass.toUtf8() + ',' +
                   reg.toUtf8() + ",Agent " + ext.toUtf8() + ",3125551212\n";
        }
        QVERIFY(writeFile(given, csv));
        const CliRun refused = cli(kWrongPassword, {u"import"_s, given});
        QVERIFY2(refused.exitCode == 3, qPrintable(refused.all()));

        // 4. The same import with the right password, watched while it runs:
        //    no password on any command line, none in the live history files.
        {
            QProcessEnvironment env = m_env;
            env.insert(u"VP_PASS"_s, kRightPassword);
            auto process = startCli(env, {u"--password-env"_s, u"VP_PASS"_s, u"import"_s, given,
                                          u"--report"_s, m_root + u"/home/report-given.csv"_s});
            QVERIFY(process->waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(sim.stats().value(u"totalRequests"_s).toInt() > 6, 20000);
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
            m_outputs.append({u"watched import (stdout)"_s, run.out});
            m_outputs.append({u"watched import (stderr)"_s, run.err});
            QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        }

        // 5. An import with generated passwords, a handout and a report.
        const QString bare = path(u"bare.csv"_s);
        QVERIFY(writeFile(bare, "extension,phone_login,phone_full_name,outbound_cid\n"
                                "7201,7201,Gen One,3125551212\n7202,7202,Gen Two,3125551212\n"
                                "7203,7203,Gen Three,3125551212\n"));
        const CliRun generated =
            cli(kRightPassword, {u"import"_s, bare, u"--default"_s, u"server_ip=10.10.10.15"_s,
                                 u"--generate-passwords"_s, u"--handout"_s, m_handout,
                                 u"--report"_s, m_root + u"/home/report-bare.csv"_s});
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
        const CliRun listed = cli(kRightPassword, {u"history"_s, u"--limit"_s, u"1000"_s});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains("login_failed"));
        const CliRun exported = cli(kRightPassword, {u"history"_s, u"--csv"_s});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(writeFile(m_root + u"/home/export.csv"_s, exported.out));
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
                    hits << output.first + u": "_s + form.first;
        const QByteArray simLog = readFile(path(u"sim.log"_s));
        QVERIFY(simLog.size() > 0);
        for (const auto &form : forms)
            if (simLog.contains(form.second))
                hits << u"viciprov-sim log: "_s + form.first;
        qInfo("secrets: %lld passwords in %lld forms searched in %d files and %lld outputs",
              qlonglong(m_secrets.size()), qlonglong(forms.size()), files,
              qlonglong(m_outputs.size()));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        // A control: the server's own table keeps phone passwords in plain
        // text (as VICIdial does), and the same search finds them there.
        const QByteArray serverState =
            readFile(path(u"sim.sqlite"_s)) + readFile(path(u"sim.sqlite-wal"_s));
        int found = 0;
        for (const auto &form : forms)
            found += serverState.contains(form.second);
        QVERIFY2(found >= 48, qPrintable(QString::number(found)));
        QVERIFY(files >= 5); // settings, history, two reports, export at least
        QDirIterator history(m_root, {u"history*.sqlite"_s}, QDir::Files,
                             QDirIterator::Subdirectories);
        QVERIFY2(history.hasNext(), "the history was not under the private folders");
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "TestSecrets.moc"
