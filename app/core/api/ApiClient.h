// The one way requests reach a VICIdial server: it owns the network access,
// the time limit, the redirect policy (none are followed), certificate
// pinning (a certificate that fails verification is accepted only when the
// caller trusts its SHA-256 fingerprint) and turning a finished reply into
// what the reply parser reads. The provisioning service and the credential
// check both send through it; neither touches QNetworkAccessManager.
#pragma once

#include "api/ApiRequest.h"
#include "api/ReplyParser.h"

#include <functional>
#include <QObject>
#include <QStringList>
#include <unordered_map>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QSslCertificate;

namespace vp {

// How one request goes: the connection's method, time limit and pins.
struct TransportOptions
{
    HttpMethod method = HttpMethod::Post;
    int timeoutMs = 30000;
    // SHA-256 fingerprints (hex, lower case, no separators) of certificates
    // the user chose to trust although they fail verification.
    QStringList trustedCertificates;
};

// What came back: the parser's input (timedOut and aborted filled in) and,
// when TLS verification failed for a certificate nobody trusts, its
// fingerprint and the verification errors.
struct ApiReply
{
    ReplyInput input;
    QString rejectedCertificate; // SHA-256 hex, empty when none was refused
    QString certificateErrors;   // "; "-joined texts of the refused certificate's errors
};

class ApiClient : public QObject
{
    Q_OBJECT
public:
    using CallId = quint64;
    using Handler = std::function<void(const ApiReply &)>;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // Sends the request; `done` runs exactly once, when the reply is complete,
    // timed out or aborted. It may run from inside abort(), and may send again.
    CallId send(const ApiRequest &request, const TransportOptions &options, Handler done);
    // The call ends with aborted set (its handler runs before this returns).
    void abort(CallId call);
    bool isInFlight(CallId call) const { return m_calls.count(call) != 0; }
    int inFlightCount() const { return int(m_calls.size()); }

    static QString fingerprintOf(const QSslCertificate &certificate);
    // "AB:CD:..." for people to compare with what the server admin reads out.
    static QString displayFingerprint(const QString &hex);

private:
    struct Call
    {
        QNetworkReply *reply = nullptr;
        std::size_t manager = 0;
        Handler done;
        bool timedOut = false;
        bool aborted = false;
        QString rejectedCertificate;
        QString certificateErrors;
    };
    QNetworkAccessManager *pickManager(std::size_t *index);
    void finish(CallId id);

    // Qt 6.4 opens at most 6 HTTP/1.1 connections per host and manager, and
    // queues the rest inside the manager: a second manager takes requests
    // beyond the sixth in flight, so that concurrency 7 and 8 really run in
    // parallel. Below that everything shares the first manager's connections.
    std::vector<QNetworkAccessManager *> m_managers;
    std::vector<int> m_managerLoad; // calls in flight per manager
    std::unordered_map<CallId, Call> m_calls;
    CallId m_nextId = 1;
};

} // namespace vp
