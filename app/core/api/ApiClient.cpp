#include "api/ApiClient.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vp {

namespace {
constexpr int kConnectionsPerManager = 6;
constexpr std::size_t kManagers = 2; // concurrency is at most 8
} // namespace

ApiClient::ApiClient(QObject *parent) : QObject(parent)
{
    for (std::size_t i = 0; i < kManagers; ++i) {
        auto *manager = new QNetworkAccessManager(this);
        // A VICIdial API never redirects: a redirect (to a login page, or
        // from http to https) would resend the password to an address the
        // user did not choose, and must not be mistaken for an answer.
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_managers.push_back(manager);
        m_managerLoad.push_back(0);
    }
}

ApiClient::~ApiClient()
{
    // Replies are children of the managers: no handler may run on callers
    // that are being destroyed with us.
    for (auto &entry : m_calls) {
        if (entry.second.reply) {
            entry.second.reply->disconnect(this);
            entry.second.reply->abort();
        }
    }
}

QString ApiClient::fingerprintOf(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString ApiClient::displayFingerprint(const QString &hex)
{
    QStringList pairs;
    for (int i = 0; i + 1 < hex.size(); i += 2)
        pairs << hex.mid(i, 2).toUpper();
    return pairs.join(QLatin1Char(':'));
}

QNetworkAccessManager *ApiClient::pickManager(std::size_t *index)
{
    // The first manager with a free connection: up to 6 in flight all share
    // the first one's kept-alive connections.
    std::size_t chosen = 0;
    for (std::size_t i = 0; i < m_managers.size(); ++i) {
        if (m_managerLoad[i] < kConnectionsPerManager) {
            chosen = i;
            break;
        }
        if (m_managerLoad[i] < m_managerLoad[chosen])
            chosen = i;
    }
    *index = chosen;
    return m_managers[chosen];
}

ApiClient::CallId ApiClient::send(const ApiRequest &request, const TransportOptions &options,
                                  Handler done)
{
    const CallId id = m_nextId++;
    std::size_t managerIndex = 0;
    QNetworkAccessManager *manager = pickManager(&managerIndex);
    const QNetworkRequest networkRequest = request.networkRequest(options.method);
    QNetworkReply *reply = options.method == HttpMethod::Post
                               ? manager->post(networkRequest, request.body(HttpMethod::Post))
                               : manager->get(networkRequest);
    Call &call = m_calls[id];
    call.reply = reply;
    call.manager = managerIndex;
    call.done = std::move(done);
    m_managerLoad[managerIndex]++;

    connect(reply, &QNetworkReply::finished, this, [this, id] { finish(id); });
    const QStringList trusted = options.trustedCertificates;
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, id, reply, trusted](const QList<QSslError> &errors) {
                const QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
                const QString fingerprint = fingerprintOf(certificate);
                if (!certificate.isNull() && trusted.contains(fingerprint)) {
                    reply->ignoreSslErrors(errors);
                    return;
                }
                const auto it = m_calls.find(id);
                if (it == m_calls.end())
                    return;
                QStringList texts;
                for (const auto &error : errors)
                    texts << error.errorString();
                it->second.rejectedCertificate = fingerprint;
                it->second.certificateErrors = texts.join(u"; "_s);
            });
    // Parented to the reply: it goes when the reply goes.
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id] {
        const auto it = m_calls.find(id);
        if (it == m_calls.end() || !it->second.reply)
            return;
        it->second.timedOut = true;
        it->second.reply->abort();
    });
    timer->start(options.timeoutMs);
    return id;
}

void ApiClient::abort(CallId id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end() || !it->second.reply)
        return;
    it->second.aborted = true;
    it->second.reply->abort(); // emits finished at once
}

void ApiClient::finish(CallId id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call call = std::move(it->second);
    m_calls.erase(it);
    m_managerLoad[call.manager]--;
    QNetworkReply *reply = call.reply;
    reply->disconnect(this);
    reply->deleteLater(); // its timer with it

    ApiReply result;
    result.input = ReplyParser::inputFrom(reply);
    result.input.timedOut = call.timedOut;
    result.input.aborted = call.aborted;
    result.rejectedCertificate = call.rejectedCertificate;
    result.certificateErrors = call.certificateErrors;
    // The call is gone before the handler runs: it may send the next one.
    if (call.done)
        call.done(result);
}

} // namespace vp
