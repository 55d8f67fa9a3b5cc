// The side-effect-free credential test from the specification: `version`
// (is this URL a VICIdial server?), then add_phone with no phone fields (is
// the login good, may this user add phones?), then update_phone with no
// phone (may this user change, deactivate and reactivate phones?). Whether
// the user may delete phones cannot be proved without deleting one: the last
// step says so and names the setting. Nothing is created or changed, and a
// failed login is never repeated by itself.
#pragma once

#include "model/ServerBuild.h"
#include "service/SystemBuilds.h"

#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/ReplyParser.h"

#include <QList>
#include <QObject>
#include <QUrl>

namespace vp {

struct CheckStep
{
    enum class Id
    {
        Reach,
        Login,
        Permission,       // to add phones
        UpdatePermission, // to change, deactivate, reactivate phones
        DeletePermission, // never proved: always Skipped, with the setting it needs
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
    // The server is reachable, the login good and the user may add phones
    // (what finished(true) says). The change and delete steps inform; a user
    // who may only add phones still passes.
    bool succeeded() const;
    static constexpr int stepCount() { return 5; }
    // SHA-256 (hex) of a certificate that failed verification, if any.
    QString rejectedCertificate() const { return m_rejectedCertificate; }
    // The build the server's version reply named (unknown until step 1 passed);
    // the probe's reply is read as that build words it.
    ServerBuild serverBuild() const { return m_build; }
    // All that step 1 learnt of the build, for SystemBuilds::record() (Unread
    // when the check did not get that far).
    SystemBuildInfo buildInfo() const { return m_buildInfo; }

signals:
    void stepChanged(int index, const vp::CheckStep &step);
    void finished(bool ok);

private:
    void sendVersion();
    void sendProbe();
    void onVersionFinished(const ApiReply &reply);
    void onProbeFinished(const ApiReply &reply);
    void sendUpdateProbe();
    void onUpdateProbeFinished(const ApiReply &reply);
    void finishWithDeleteStep();
    void send(const ApiRequest &request, void (CredentialCheck::*done)(const ApiReply &));
    void setStep(int index, CheckStep::Status status, const QString &detail,
                 const QString &fix = {});
    void skipRemaining(int from);
    void finish(bool ok);

    ApiClient m_client;
    ApiClient::CallId m_call = 0; // the request in flight, 0 when none
    QList<CheckStep> m_steps;
    QUrl m_apiUrl;
    ApiCredentials m_credentials;
    TransportOptions m_transport;
    QString m_rejectedCertificate;
    ServerBuild m_build;
    SystemBuildInfo m_buildInfo;
    bool m_running = false;
};

} // namespace vp

Q_DECLARE_METATYPE(vp::CheckStep)
