// The simulator as a network peer: faults, TLS, concurrency races, malformed
// requests, paths and parameter precedence.
#include "SimTestClient.h"
#include "Simulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace simtest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sim::Fault)

namespace {

// Sends raw bytes and returns what came back before the server closed or went
// quiet. Event-driven, because the server runs in this same thread.
QByteArray rawExchange(quint16 port, const QByteArray &data, bool *closed, int quietMs = 500)
{
    QTcpSocket socket;
    QByteArray received;
    QEventLoop loop;
    QTimer quiet;
    quiet.setSingleShot(true);
    QObject::connect(&quiet, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(data); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        received += socket.readAll();
        quiet.start(quietMs);
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    // Writing 10 MB takes a while: stay quiet-timed only once the server answers.
    QTimer overall;
    overall.setSingleShot(true);
    QObject::connect(&overall, &QTimer::timeout, &loop, &QEventLoop::quit);
    overall.start(15000);
    QObject::connect(&socket, &QTcpSocket::bytesWritten, &loop, [&] {
        if (socket.bytesToWrite() == 0)
            quiet.start(quietMs);
    });
    socket.connectToHost(QHostAddress::LocalHost, port);
    loop.exec();
    received += socket.readAll();
    *closed = socket.state() != QAbstractSocket::ConnectedState;
    return received;
}

} // namespace

class TestSimTransport : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_sim = std::make_unique<sim::Simulator>();
        QVERIFY(m_sim->listen());
    }
    void cleanup() { m_sim.reset(); }

    void faults_data()
    {
        QTest::addColumn<sim::Fault>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<QNetworkReply::NetworkError>("error");
        QTest::addColumn<bool>("finishes");
        QTest::addColumn<bool>("phoneCreated");
        QTest::newRow("HTTP 500 with an empty body, nothing stored")
            << sim::Fault::ServerError500 << 500 << QNetworkReply::InternalServerError << true
            << false;
        QTest::newRow("HTTP 500 after the insert")
            << sim::Fault::ServerError500AfterInsert << 500 << QNetworkReply::InternalServerError
            << true << true;
        QTest::newRow("HTML error page") << sim::Fault::HtmlErrorPage << 503
                                         << QNetworkReply::ServiceUnavailableError << true << false;
        QTest::newRow("redirect to a login page")
            << sim::Fault::Redirect << 302 << QNetworkReply::NoError << true << false;
        QTest::newRow("garbage with HTTP 200")
            << sim::Fault::Garbage200 << 200 << QNetworkReply::NoError << true << false;
        QTest::newRow("connection closed mid-reply")
            << sim::Fault::CloseMidReply << 200 << QNetworkReply::RemoteHostClosedError << true
            << true;
        QTest::newRow("reply never finishes")
            << sim::Fault::NeverFinish << 200 << QNetworkReply::OperationCanceledError << false
            << true;
    }

    void faults()
    {
        QFETCH(sim::Fault, fault);
        QFETCH(int, status);
        QFETCH(QNetworkReply::NetworkError, error);
        QFETCH(bool, finishes);
        QFETCH(bool, phoneCreated);
        m_sim->injectFault(fault, 1);
        QNetworkAccessManager nam;
        // version is not an add_phone/update_phone request: it does not use up the fault.
        QVERIFY(post(nam, m_sim->apiUrl(), "function=version").body.startsWith("VERSION:"));
        const HttpResult r = post(nam, m_sim->apiUrl(), addPhone("8001").encoded(), 1500);
        QCOMPARE(r.finished, finishes);
        QCOMPARE(r.error, error);
        QCOMPARE(r.status, status);
        QVERIFY(!r.body.contains("|SIP|8001\n"));
        if (fault == sim::Fault::ServerError500 || fault == sim::Fault::ServerError500AfterInsert)
            QCOMPARE(r.body, QByteArray());
        if (fault == sim::Fault::HtmlErrorPage)
            QVERIFY(r.body.contains("<title>503 Service Unavailable</title>"));
        if (fault == sim::Fault::Redirect) {
            QCOMPARE(r.redirect.path(), u"/sim/login"_s);
            const HttpResult page = get(nam, m_sim->baseUrl().resolved(r.redirect));
            QCOMPARE(page.status, 200);
            QVERIFY(page.body.contains("<input type=\"password\" name=\"pass\">"));
        }
        QCOMPARE(m_sim->phones().size(), phoneCreated ? 1 : 0);
        QCOMPARE(m_sim->stats().faultsInjected, 1);
        // The fault was used up: the next request is answered normally.
        const HttpResult next = post(nam, m_sim->apiUrl(), addPhone("8002").encoded());
        QCOMPARE(
            next.body,
            "SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|8002|10.10.10.15|SIP|8002\n"_ba);
    }

    void faultRate()
    {
        m_sim->setRandomSeed(7);
        m_sim->setFaultRate(sim::Fault::ServerError500, 1.0);
        QNetworkAccessManager nam;
        QCOMPARE(post(nam, m_sim->apiUrl(), "function=version").status, 500);
        m_sim->setFaultRate(sim::Fault::ServerError500, 0.5);
        int failures = 0;
        for (int i = 0; i < 60; ++i)
            failures += post(nam, m_sim->apiUrl(), "function=version").status == 500 ? 1 : 0;
        QVERIFY2(failures > 10 && failures < 50, qPrintable(QString::number(failures)));
        m_sim->setFaultRate(sim::Fault::ServerError500, 0.0);
        QCOMPARE(post(nam, m_sim->apiUrl(), "function=version").status, 200);
    }

    void tls()
    {
        sim::Simulator tlsSim;
        QString error;
        QVERIFY2(tlsSim.enableTls(&error), qPrintable(error));
        QVERIFY(tlsSim.listen());
        QCOMPARE(tlsSim.apiUrl().scheme(), u"https"_s);
        QCOMPARE(tlsSim.certificateSha256().size(), 32);
        QNetworkAccessManager nam;
        // Refused without trusting the self-signed certificate...
        const HttpResult refused = post(nam, tlsSim.apiUrl(), "function=version");
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
        // ...accepted when the client pins exactly this certificate.
        QByteArray seenPin;
        QNetworkRequest request(tlsSim.apiUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply *reply = nam.post(request, "function=version");
        connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError> &) {
            seenPin =
                reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256);
            if (seenPin == tlsSim.certificateSha256())
                reply->ignoreSslErrors();
        });
        const HttpResult r = collect(reply, 5000);
        QCOMPARE(seenPin, tlsSim.certificateSha256());
        QCOMPARE(r.error, QNetworkReply::NoError);
        QVERIFY(r.body.startsWith("VERSION: 2.14-202"));
    }

    void sameExtensionRace()
    {
        m_sim->setLatencyMs(300);
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 5; ++i) {
            QNetworkRequest request(m_sim->apiUrl());
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArray("application/x-www-form-urlencoded"));
            replies.append(nam.post(request, addPhone("8030").encoded()));
        }
        int successes = 0, serverErrors = 0;
        for (QNetworkReply *reply : replies) {
            const HttpResult r = collect(reply, 5000);
            QVERIFY(r.finished);
            successes += r.body.startsWith("SUCCESS") ? 1 : 0;
            serverErrors += (r.status == 500 && r.body.isEmpty()) ? 1 : 0;
        }
        // All passed the duplicate check; the unique key let one insert through.
        QCOMPARE(successes, 1);
        QCOMPARE(serverErrors, 4);
        QCOMPARE(m_sim->phones().size(), 1);
        QCOMPARE(m_sim->stats().maxConcurrentSameExtension, 5);
        QCOMPARE(m_sim->stats().duplicateKeyErrors, 4);
    }

    void sameLoginRace()
    {
        m_sim->setLatencyMs(300);
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (const QByteArray n : {"8041", "8042", "8043"}) {
            QNetworkRequest request(m_sim->apiUrl());
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArray("application/x-www-form-urlencoded"));
            replies.append(nam.post(request, addPhone(n).set("phone_login", "shared40").encoded()));
        }
        for (QNetworkReply *reply : replies)
            QVERIFY(collect(reply, 5000).body.startsWith("SUCCESS"));
        // No unique key on login: the same login now exists three times.
        int shared = 0;
        for (const QJsonValue &v : m_sim->phones())
            shared += v.toObject().value(u"login"_s).toString() == "shared40"_L1 ? 1 : 0;
        QCOMPARE(shared, 3);
        QCOMPARE(m_sim->stats().maxConcurrentSameLogin, 3);
        QCOMPARE(m_sim->stats().maxConcurrentSameExtension, 1);
    }

    void sequentialRequestsDoNotRace()
    {
        m_sim->setLatencyMs(100);
        QNetworkAccessManager nam;
        QVERIFY(post(nam, m_sim->apiUrl(), addPhone("8050").encoded()).body.startsWith("SUCCESS"));
        QCOMPARE(
            post(nam, m_sim->apiUrl(), addPhone("8051").set("phone_login", "8050").encoded()).body,
            "ERROR: add_phone PHONE LOGIN ALREADY EXISTS: |apiadmin|8050\n"_ba);
        QCOMPARE(m_sim->stats().maxConcurrent, 1);
    }

    void latencyDoesNotBlockTheServer()
    {
        m_sim->setLatencyMs(800);
        QNetworkAccessManager nam;
        QNetworkRequest request(m_sim->apiUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply *slow = nam.post(request, addPhone("8060").encoded());
        QElapsedTimer timer;
        timer.start();
        QUrl phonesUrl = m_sim->baseUrl();
        phonesUrl.setPath(u"/sim/phones"_s);
        const HttpResult quick = get(nam, phonesUrl);
        QCOMPARE(quick.status, 200);
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        const HttpResult r = collect(slow, 5000);
        QVERIFY(r.body.startsWith("SUCCESS"));
        QVERIFY(timer.elapsed() >= 700);
    }

    void clientGivingUpDuringLatency()
    {
        m_sim->setLatencyMs(400);
        QNetworkAccessManager nam;
        const HttpResult r = post(nam, m_sim->apiUrl(), addPhone("8070").encoded(), 100);
        QVERIFY(!r.finished);
        QTest::qWait(600);
        // The server still did its work, and still serves.
        QCOMPARE(m_sim->phones().size(), 1);
        QCOMPARE(m_sim->stats().inFlight, 0);
        QVERIFY(post(nam, m_sim->apiUrl(), "function=version").body.startsWith("VERSION:"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("replyStart"); // empty: a clean close is enough
        QTest::newRow("no query at all")
            << "GET /vicidial/non_agent_api.php HTTP/1.1\r\nHost: x\r\n\r\n"_ba
            << "HTTP/1.1 200 OK"_ba;
        QTest::newRow("invalid percent-encoding")
            << "GET /vicidial/non_agent_api.php?function=version&x=%zz%4 HTTP/1.1\r\nHost: x\r\n\r\n"_ba
            << "HTTP/1.1 200 OK"_ba;
        QTest::newRow("huge value in the query")
            << "GET /vicidial/non_agent_api.php?function=add_phone&extension=" +
                   QByteArray(60000, '9') + " HTTP/1.1\r\nHost: x\r\n\r\n"
            << "HTTP/1.1 200 OK"_ba;
        QTest::newRow("binary garbage")
            << QByteArray("\x00\x01\xff\xfe garbage\r\n\r\n", 17) << QByteArray();
        QTest::newRow("not HTTP at all") << "HELLO THERE\r\n\r\n"_ba << QByteArray();
        QTest::newRow("header line without a colon")
            << "GET / HTTP/1.1\r\nthis is not a header\r\n\r\n"_ba
            << "HTTP/1.1 404 Not Found"_ba;
        const QByteArray big = "function=version&x=" + QByteArray(10 * 1024 * 1024, 'B');
        QTest::newRow("10 MB body")
            << "POST /vicidial/non_agent_api.php HTTP/1.1\r\nHost: x\r\n"
               "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                   QByteArray::number(big.size()) + "\r\n\r\n" + big
            << "HTTP/1.1 200 OK"_ba;
    }

    void malformed()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, replyStart);
        bool closed = false;
        const QByteArray received = rawExchange(m_sim->port(), request, &closed);
        if (replyStart.isEmpty()) {
            // Qt's HTTP parser rejects it: a clean close, no half-written reply.
            QVERIFY2(closed, received.left(200).constData());
            QCOMPARE(received, QByteArray());
        } else
            QVERIFY2(received.startsWith(replyStart), received.left(200).constData());
        // Whatever came before, the simulator keeps serving.
        QNetworkAccessManager nam;
        QVERIFY(post(nam, m_sim->apiUrl(), "function=version").body.startsWith("VERSION:"));
    }

    void paths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("with /vicidial") << u"/vicidial/non_agent_api.php"_s << 200;
        QTest::newRow("without /vicidial") << u"/non_agent_api.php"_s << 200;
        QTest::newRow("doubled slashes") << u"//vicidial//non_agent_api.php"_s << 200;
        QTest::newRow("another page") << u"/vicidial/admin.php"_s << 404;
        QTest::newRow("root") << u"/"_s << 404;
    }

    void paths()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QUrl url = m_sim->baseUrl();
        url.setPath(path);
        QNetworkAccessManager nam;
        const HttpResult r = get(nam, withQuery(url, "function=version"));
        QCOMPARE(r.status, status);
        QCOMPARE(r.body.startsWith("VERSION:"), status == 200);
    }

    void queryWinsOverBody()
    {
        QNetworkAccessManager nam;
        const QUrl url = withQuery(m_sim->apiUrl(), "pass=Secret123");
        QCOMPARE(post(nam, url, "function=add_phone&user=apiadmin&pass=Wrong&source=test").body,
                 "ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |apiadmin|||||||||||\n"_ba);
        // An empty value in the query still wins.
        QCOMPARE(post(nam, withQuery(m_sim->apiUrl(), "pass="),
                      "function=add_phone&user=apiadmin&pass=Secret123")
                     .body,
                 "ERROR: Login incorrect, please try again: |apiadmin||BAD|\n"_ba);
    }

    void bodyNeedsTheFormContentType()
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(m_sim->apiUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain"));
        const HttpResult r = collect(nam.post(request, QByteArray("function=version")), 5000);
        QCOMPARE(r.body, "ERROR: Login incorrect, please try again: |||BAD|\n"_ba);
    }

    void statsAndSignal()
    {
        QList<QByteArray> lines;
        connect(m_sim.get(), &sim::Simulator::requestHandled, this,
                [&](const QString &function, const QString &user, const QByteArray &first) {
                    QCOMPARE(function, u"add_phone"_s);
                    QCOMPARE(user, u"apiadmin"_s);
                    lines.append(first);
                });
        QNetworkAccessManager nam;
        post(nam, m_sim->apiUrl(),
             addPhone("8006").remove("outbound_cid").set("pass", "Wrong9").encoded());
        post(nam, m_sim->apiUrl(), addPhone("8006").remove("outbound_cid").encoded());
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), "ERROR: Login incorrect, please try again: |apiadmin|***|BAD|"_ba);
        QCOMPARE(
            lines.at(1),
            "ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |apiadmin|8006|8006|8006|8006|***|10.10.10.15|SIP|***|Test Phone 8006|-5.00|"_ba);
        QCOMPARE(m_sim->stats().totalRequests, 2);
        QCOMPARE(m_sim->stats().perFunction.value(u"add_phone"_s), 2);
        m_sim->resetStats();
        QCOMPARE(m_sim->stats().totalRequests, 0);
    }

private:
    std::unique_ptr<sim::Simulator> m_sim;
};

QTEST_GUILESS_MAIN(TestSimTransport)
#include "TestSimTransport.moc"
