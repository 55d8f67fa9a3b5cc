// HTTPS to a server with a self-signed certificate: refused by default with
// its SHA-256 fingerprint in the message; trusted once its exact fingerprint
// is pinned; refused again when the certificate changes. And plain http to
// another machine is flagged before anything is sent.
#include "api/ApiEndpoint.h"
#include "history/HistoryStore.h"
#include "ReliabilityHelpers.h"
#include "service/CredentialCheck.h"
#include "service/ProvisioningService.h"
#include "Simulator.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;
using namespace vp::reliability;

namespace {
QString colonFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}
} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::Simulator> startTlsSim(quint16 port = 0)
    {
        auto simulator = std::make_unique<sim::Simulator>();
        QString error;
        if (!simulator->enableTls(&error) || !simulator->listen(port))
            return nullptr;
        return simulator;
    }

    JobResult sendOne(ProvisioningService &service, const QString &extension)
    {
        JobResult last;
        const auto connection = connect(&service, &ProvisioningService::jobFinished, this,
                                        [&last](const JobResult &r) { last = r; });
        service.submit(makePhone(extension));
        if (!QTest::qWaitFor([&] { return service.isIdle(); }, 15000))
            last.message = u"did not finish"_s;
        disconnect(connection);
        return last;
    }

private slots:
    void selfSignedIsRefusedThenPinnedThenRefusedWhenChanged()
    {
        auto first = startTlsSim();
        QVERIFY(first);
        const quint16 port = first->port();
        QCOMPARE(first->apiUrl().scheme(), u"https"_s);
        HistoryStore history;
        QVERIFY(history.openInMemory());
        ProvisioningService service(&history);
        QSignalSpy rejected(&service, &ProvisioningService::certificateRejected);
        ConnectionConfig config = makeConfig(first->apiUrl());
        service.setConnection(config);

        // 1. Refused by default: nothing reaches the API, the message shows the pin.
        JobResult result = sendOne(service, u"8801"_s);
        QCOMPARE(result.outcome, Outcome::NetworkError);
        QVERIFY(nothingChanged(result.outcome));
        QVERIFY2(result.message.contains(colonFingerprint(first->certificateSha256())),
                 qPrintable(result.message));
        QCOMPARE(rejected.size(), 1);
        const QString pin = rejected.at(0).at(0).toString();
        QCOMPARE(pin, QString::fromLatin1(first->certificateSha256().toHex()));
        QCOMPARE(first->stats().totalRequests, 0);
        QCOMPARE(first->phones().size(), 0);
        const auto attempt = history.attempt(result.historyId);
        QVERIFY(attempt && attempt->finished);
        QCOMPARE(attempt->outcome, Outcome::NetworkError);

        // 2. The user trusts exactly this certificate: it works.
        config.trustedCertificates = {pin};
        service.setConnection(config);
        result = sendOne(service, u"8802"_s);
        QCOMPARE(result.outcome, Outcome::Added);
        QCOMPARE(first->phones().size(), 1);

        // 3. Later the server (same address) shows another certificate: refused again.
        first.reset();
        auto second = startTlsSim(port);
        QVERIFY2(second, "could not listen on the same port again");
        QVERIFY(second->certificateSha256() != QByteArray::fromHex(pin.toLatin1()));
        rejected.clear();
        result = sendOne(service, u"8803"_s);
        QCOMPARE(result.outcome, Outcome::NetworkError);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(result.message.contains(colonFingerprint(second->certificateSha256())));
        QCOMPARE(second->stats().totalRequests, 0);
        QCOMPARE(second->phones().size(), 0);
    }

    void credentialCheckShowsTheFingerprintAndHonoursThePin()
    {
        auto simulator = startTlsSim();
        QVERIFY(simulator);
        ApiCredentials credentials;
        credentials.user = u"apiadmin"_s;
        credentials.password = u"Secret123"_s;
        credentials.source = u"test"_s;
        CredentialCheck check;
        QSignalSpy finished(&check, &CredentialCheck::finished);
        check.start(simulator->apiUrl(), credentials);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QVERIFY(!check.succeeded());
        QCOMPARE(check.rejectedCertificate(),
                 QString::fromLatin1(simulator->certificateSha256().toHex()));
        QCOMPARE(simulator->stats().totalRequests, 0);
        check.start(simulator->apiUrl(), credentials, HttpMethod::Post, 15000,
                    {check.rejectedCertificate()});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
        QVERIFY(check.succeeded());
    }

    void plainHttpToAnotherHostIsFlagged_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("insecure");
        QTest::newRow("http to a LAN address") << u"http://10.0.0.5"_s << true;
        QTest::newRow("no scheme means http, flagged") << u"dialer.example.com"_s << true;
        QTest::newRow("full API URL over http")
            << u"http://dialer.example.com/vicidial/non_agent_api.php"_s << true;
        QTest::newRow("https is fine") << u"https://dialer.example.com"_s << false;
        QTest::newRow("loopback http is fine") << u"http://127.0.0.1:8080"_s << false;
        QTest::newRow("localhost http is fine") << u"localhost:8080"_s << false;
        QTest::newRow("IPv6 loopback http is fine") << u"http://[::1]/"_s << false;
        QTest::newRow("a name that only starts with localhost is flagged")
            << u"http://localhost.evil.example"_s << true;
        QTest::newRow("127 in another position is flagged") << u"http://10.127.0.1"_s << true;
    }

    void plainHttpToAnotherHostIsFlagged()
    {
        QFETCH(QString, input);
        QFETCH(bool, insecure);
        const EndpointResult result = ApiEndpoint::fromUserInput(input);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.insecure, insecure);
        QCOMPARE(!result.warnings.isEmpty(), insecure);
        if (insecure)
            QVERIFY(
                result.warnings.join(QLatin1Char(' '))
                    .contains("unencrypted"_L1, Qt::CaseInsensitive) ||
                result.warnings.join(QLatin1Char(' ')).contains("http"_L1, Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "TestTls.moc"
