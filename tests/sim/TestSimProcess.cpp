// The viciprov-sim executable: its "listening on" line, the redacted request log,
// --state persistence across a restart, TLS and command-line errors.
#include "SimTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace simtest;
using namespace Qt::StringLiterals;

class TestSimProcess : public QObject
{
    Q_OBJECT
private slots:
    void cleanup()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

    void printsListeningLineAndLogsWithoutPasswords()
    {
        const QUrl base = start({u"--port"_s, u"0"_s});
        QVERIFY(base.isValid());
        QNetworkAccessManager nam;
        QUrl api = base;
        api.setPath(u"/vicidial/non_agent_api.php"_s);
        const HttpResult r = post(nam, api, addPhone("8001").set("pass", "Wrong123").encoded());
        QCOMPARE(r.body, "ERROR: Login incorrect, please try again: |apiadmin|Wrong123|BAD|\n"_ba);
        QVERIFY(post(nam, api, addPhone("8002").encoded()).body.startsWith("SUCCESS"));
        QTRY_VERIFY(m_stderr.count('\n') >= 2 ||
                    (m_stderr += m_process.readAllStandardError()).count('\n') >= 2);
        m_process.terminate();
        QVERIFY(m_process.waitForFinished(5000));
        m_stderr += m_process.readAllStandardError();
        // Exactly one line on stdout.
        QCOMPARE(m_process.readAllStandardOutput(), QByteArray());
        QVERIFY2(m_stderr.contains("pass=***"), m_stderr.constData());
        QVERIFY2(m_stderr.contains("phone_pass=***"), m_stderr.constData());
        QVERIFY2(m_stderr.contains("registration_password=***"), m_stderr.constData());
        QVERIFY2(m_stderr.contains("|apiadmin|***|BAD|"), m_stderr.constData());
        QVERIFY(!m_stderr.contains("Wrong123"));
        QVERIFY(!m_stderr.contains("Secret123"));
        QVERIFY(!m_stderr.contains("pw8002"));
        QVERIFY(!m_stderr.contains("reg8002"));
    }

    void stateSurvivesARestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString state = dir.filePath(u"sim.sqlite"_s);
        QUrl base = start({u"--state"_s, state});
        QVERIFY(base.isValid());
        QNetworkAccessManager nam;
        QUrl api = base;
        api.setPath(u"/vicidial/non_agent_api.php"_s);
        QVERIFY(post(nam, api, addPhone("8001").encoded()).body.startsWith("SUCCESS"));
        QVERIFY(post(nam, api, addPhone("8002").set("phone_full_name", "A%2BB%20%26%20C").encoded())
                    .body.startsWith("SUCCESS"));
        QVERIFY(
            post(nam, api,
                 "function=update_phone&user=apiadmin&pass=Secret123&source=test&extension=8001&"
                 "server_ip=10.10.10.15&active=N")
                .body.startsWith("SUCCESS"));
        const QByteArray before = phonesOf(nam, base);
        m_process.terminate();
        QVERIFY(m_process.waitForFinished(5000));

        base = start({u"--state"_s, state});
        QVERIFY(base.isValid());
        api = base;
        api.setPath(u"/vicidial/non_agent_api.php"_s);
        const QByteArray after = phonesOf(nam, base);
        QCOMPARE(after, before);
        const QJsonArray rows = QJsonDocument::fromJson(after).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(u"active"_s).toString(), u"N"_s);
        QCOMPARE(rows.at(1).toObject().value(u"fullname"_s).toString(), u"A+B  C"_s);
        QCOMPARE(
            post(nam, api, addPhone("8001").encoded()).body,
            "ERROR: add_phone PHONE ALREADY EXISTS ON THIS SERVER: |apiadmin|10.10.10.15|8001\n"_ba);
        // /sim/reset empties the file too.
        QUrl reset = base;
        reset.setPath(u"/sim/reset"_s);
        QCOMPARE(post(nam, reset, QByteArray()).status, 200);
        m_process.terminate();
        QVERIFY(m_process.waitForFinished(5000));
        base = start({u"--state"_s, state});
        QCOMPARE(phonesOf(nam, base), "[]"_ba);
    }

    void tlsAndConfigAndLatency()
    {
        const QUrl base = start({u"--tls"_s, u"--config"_s,
                                 QString::fromUtf8(VP_TEST_DATA_DIR "/sim/test-config.json"),
                                 u"--latency-ms"_s, u"50"_s});
        QCOMPARE(base.scheme(), u"https"_s);
        QNetworkAccessManager nam;
        QUrl api = base;
        api.setPath(u"/vicidial/non_agent_api.php"_s);
        QNetworkRequest request(api);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply *reply = nam.post(
            request, addPhone("8001").set("user", "lowuser").set("pass", "Low123").encoded());
        connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
        QCOMPARE(collect(reply, 5000).body,
                 "ERROR: add_phone USER DOES NOT HAVE PERMISSION TO ADD PHONES: |lowuser|0\n"_ba);
    }

    void buildOption()
    {
        const QUrl base = start({u"--build"_s, u"2.4-33"_s});
        QNetworkAccessManager nam;
        QUrl api = base;
        api.setPath(u"/vicidial/non_agent_api.php"_s);
        static const QRegularExpression oldLine(
            u"^VERSION: 2\\.4-33\\|BUILD: 110424-0854\\|DATE: [-0-9 :]{19}\\|EPOCH: \\d+\n$"_s);
        const QByteArray version = post(nam, api, "function=version").body;
        QVERIFY2(oldLine.match(QString::fromLatin1(version)).hasMatch(), version.constData());
        // No update_phone before 2.4-37.
        QCOMPARE(post(nam, api,
                      "function=update_phone&user=apiadmin&pass=Secret123&source=test"
                      "&extension=8001&server_ip=10.10.10.15&active=N")
                     .body,
                 "ERROR: NO FUNCTION SPECIFIED\n"_ba);
    }

    void faultRateOption()
    {
        const QUrl base = start({u"--fault-rate"_s, u"server-error-500=1"_s});
        QNetworkAccessManager nam;
        QUrl api = base;
        api.setPath(u"/vicidial/non_agent_api.php"_s);
        const HttpResult r = post(nam, api, "function=version");
        QCOMPARE(r.status, 500);
        QCOMPARE(r.body, QByteArray());
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("missing config file")
            << QStringList{u"--config"_s, u"/nonexistent/x.json"_s} << "cannot read"_ba;
        QTest::newRow("unknown fault")
            << QStringList{u"--fault-rate"_s, u"meteor=0.5"_s} << "--fault-rate"_ba;
        QTest::newRow("rate over 1")
            << QStringList{u"--fault-rate"_s, u"redirect=2"_s} << "--fault-rate"_ba;
        QTest::newRow("port out of range") << QStringList{u"--port"_s, u"70000"_s} << "--port"_ba;
        QTest::newRow("cert without tls") << QStringList{u"--cert"_s, u"a.pem"_s} << "--tls"_ba;
        QTest::newRow("unknown build")
            << QStringList{u"--build"_s, u"2.14-999"_s} << "unknown VICIdial build"_ba;
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        QProcess process;
        process.start(QString::fromUtf8(VICIPROV_SIM_EXE), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QCOMPARE(process.readAllStandardOutput(), QByteArray());
        QVERIFY(process.readAllStandardError().contains(message));
    }

    void version()
    {
        QProcess process;
        process.start(QString::fromUtf8(VICIPROV_SIM_EXE), {u"--version"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().startsWith("viciprov-sim " VICIPROV_VERSION));
    }

private:
    QUrl start(const QStringList &arguments)
    {
        cleanup();
        m_stderr.clear();
        m_process.start(QString::fromUtf8(VICIPROV_SIM_EXE), arguments);
        if (!m_process.waitForStarted(5000))
            return QUrl();
        QByteArray out;
        while (!out.contains('\n') && m_process.waitForReadyRead(10000))
            out += m_process.readAllStandardOutput();
        static const QRegularExpression line(u"^listening on (https?://127\\.0\\.0\\.1:\\d+)\n$"_s);
        const auto match = line.match(QString::fromUtf8(out));
        if (!match.hasMatch()) {
            qWarning("unexpected first output: %s", out.constData());
            return QUrl();
        }
        return QUrl(match.captured(1));
    }

    static QByteArray phonesOf(QNetworkAccessManager &nam, QUrl base)
    {
        base.setPath(u"/sim/phones"_s);
        return get(nam, base).body;
    }

    QProcess m_process;
    QByteArray m_stderr;
};

QTEST_GUILESS_MAIN(TestSimProcess)
#include "TestSimProcess.moc"
