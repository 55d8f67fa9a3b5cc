// The side-effect-free credential test from the specification: `version`
// (is this URL a VICIdial server?), then add_phone with no phone fields (is
// the login good, may this user add phones?). Nothing is created, and a
// failed login is never repeated by itself.
#pragma once

#include "api/ApiRequest.h"
#include "api/ReplyParser.h"

#include <optional>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace vp {

struct CheckStep
{
    enum class Id
    {
        Reach,
        Login,
        Permission
    };
    enum class Status
    {
        Pending,
        Running,
        Passed,
        Failed,
        Skipped
    };
    Id id = Id::Reach;
    Status status = Status::Pending;
    QString title;  // "Server reachable", "API login", "Permission to add phones"
    QString detail; // what was found (server version, the refusal)
    QString fix;    // for a failure: what to change, on which side
};

class CredentialCheck : public QObject
{
    Q_OBJECT
public:
    explicit CredentialCheck(QObject *parent = nullptr);
    ~CredentialCheck() override;

    // Starts the check; ignored while one runs (no two logins at once).
    void start(const QUrl &apiUrl, const ApiCredentials &credentials,
               HttpMethod method = HttpMethod::Post, int timeoutMs = 20000,
               const QStringList &trustedCertificates = {});
    void cancel();
    bool isRunning() const { return m_running; }
    QList<CheckStep> steps() const { return m_steps; }
    bool succeeded() const;
    // SHA-256 (hex) of a certificate that failed verification, if any.
    QString rejectedCertificate() const { return m_rejectedCertificate; }

signals:
    void stepChanged(int index, const vp::CheckStep &step);
    void finished(bool ok);

private:
    void sendVersion();
    void sendProbe();
    void onVersionFinished();
    void onProbeFinished();
    QNetworkReply *send(const ApiRequest &request);
    // The finished reply's content, once; nullopt when it was already taken.
    std::optional<ReplyInput> takeReply();
    void setStep(int index, CheckStep::Status status, const QString &detail,
                 const QString &fix = {});
    void skipRemaining(int from);
    void finish(bool ok);

    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_reply;
    QList<CheckStep> m_steps;
    QUrl m_apiUrl;
    ApiCredentials m_credentials;
    HttpMethod m_method = HttpMethod::Post;
    int m_timeoutMs = 20000;
    QStringList m_trusted;
    QString m_rejectedCertificate;
    bool m_running = false;
    bool m_timedOut = false;
};

} // namespace vp

Q_DECLARE_METATYPE(vp::CheckStep)
