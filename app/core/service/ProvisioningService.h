// Sends add_phone requests asynchronously with bounded concurrency and the
// safety rules an admin relies on: never two requests for the same
// extension+server or the same login in flight, a single request until the
// API login is known to be good, a batch stopped at the first login, lock-out
// or permission error, and every attempt written to history before it leaves.
#pragma once

#include "api/ApiRequest.h"
#include "model/Outcome.h"
#include "model/PhoneRecord.h"
#include "model/VicidialSystem.h"
#include "rules/PhoneRules.h"

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslError>
#include <QUrl>
#include <unordered_map>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QSslCertificate;
class QTimer;

namespace vp {

class HistoryStore;

struct ConnectionConfig
{
    QUrl apiUrl;
    ApiCredentials credentials;
    HttpMethod method = HttpMethod::Post;
    int concurrency = 4; // 1..8
    int timeoutMs = 30000;
    // SHA-256 fingerprints (hex, no separators, lower case) of certificates the
    // user chose to trust although they fail verification (self-signed).
    QStringList trustedCertificates;
    // How the server cleans fields (non-latin mode keeps letters of any script).
    RuleOptions ruleOptions;
    // The user's name for this VICIdial system, recorded with each attempt.
    QString systemName;
};

struct JobOptions
{
    // The previous attempt for this phone ended with an unknown outcome: an
    // "already exists on this server" reply then means our earlier request
    // created it, and counts as added (flagged for verification).
    bool resolvingUnknown = false;
    // Send to this connection instead of the current one (continuing a batch
    // on its own VICIdial system while the settings point at another).
    std::optional<ConnectionConfig> connection;
};

enum class JobState
{
    Queued,
    Sending,
    Finished
};

struct JobResult
{
    qint64 jobId = 0;
    QString batchId;
    PhoneRecord phone; // without secrets
    Outcome outcome = Outcome::Cancelled;
    int httpStatus = 0;
    QString message;
    QString redactedRequest;
    QString redactedReply;
    qint64 durationMs = 0;
    qint64 historyId = -1;
    bool verify = false;             // "already exists" accepted as added after an unknown outcome
    bool deactivationFailed = false; // added, but the follow-up update_phone active=N failed
};

class ProvisioningService : public QObject
{
    Q_OBJECT
public:
    explicit ProvisioningService(HistoryStore *history = nullptr, QObject *parent = nullptr);
    ~ProvisioningService() override;

    void setConnection(const ConnectionConfig &config);
    ConnectionConfig connection() const { return m_config; }

    // Queues one phone (already normalised by PhoneRules; an invalid phone is
    // refused with 0 and lastError()). Returns the job id.
    qint64 submit(const PhoneRecord &phone, const QString &batchId = {},
                  const JobOptions &options = {});
    QList<qint64> submitBatch(const QList<PhoneRecord> &phones, const QString &batchId,
                              const JobOptions &options = {});

    // A queued job is dropped (Cancelled); one in flight is aborted (Aborted,
    // since the server may already have acted on it).
    void cancel(qint64 jobId);
    void cancelAll(bool abortInFlight = true);
    void cancelBatch(const QString &batchId, bool abortInFlight = true);

    // Paused: nothing new is sent; what is in flight finishes.
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }

    int inFlightCount() const;
    int queuedCount() const { return int(m_queue.size()); }
    bool isIdle() const { return m_queue.empty() && m_inFlight.isEmpty(); }
    JobState jobState(qint64 jobId) const;
    QString lastError() const { return m_lastError; }

    // True once a reply proved the API login good; until then requests go one
    // at a time, so a wrong password costs one failed login, not N.
    // (Per VICIdial system and API user: the connection's own, for this accessor.)
    bool loginConfirmed() const;

    // After a login, lock-out or permission error everything is refused until
    // the connection changes (setConnection) or the user asks to try again
    // with the same credentials: a failing login is never repeated by itself.
    bool isStopped() const { return m_stopped; }
    void clearStop();

    static QString newBatchId();

signals:
    void jobQueued(qint64 jobId, const vp::PhoneRecord &phone);
    void jobStarted(qint64 jobId);
    void jobFinished(const vp::JobResult &result);
    // A login, lock-out, permission or history error stopped all sending; the
    // queued jobs were cancelled and nothing more was sent.
    void sendingStopped(vp::Outcome reason, const QString &message);
    // TLS verification failed for a certificate that is not trusted.
    void certificateRejected(const QString &sha256Fingerprint, const QString &errors);
    void inFlightChanged(int inFlight);
    void idle();

private:
    struct Job
    {
        qint64 id = 0;
        PhoneRecord phone; // with secrets, in memory only
        QString batchId;
        JobOptions options;
        JobState state = JobState::Queued;
        QPointer<QNetworkReply> reply;
        QTimer *timer = nullptr;
        QElapsedTimer elapsed;
        qint64 historyId = -1;
        bool timedOut = false;
        bool aborted = false;
        bool deactivating = false; // sending the follow-up update_phone active=N
        JobResult addResult;       // kept while the follow-up runs
        QString rejectedCertificate;
        QString redactedRequest; // of the request in flight, worked out once
        std::unique_ptr<ApiRequest> request;
        // Where the job goes, fixed when it was submitted.
        ConnectionConfig config;
        QString systemKey; // VicidialSystem::keyFor(config.apiUrl)
    };
    static QString identityOf(const Job &job); // system + API user
    static QString extensionGuard(const Job &job);
    static QString loginGuard(const Job &job);
    bool loginConfirmedFor(const Job &job) const;

    void schedule();
    void startReady();
    bool canStart(const Job &job) const;
    void beginHistoryGroup();
    bool endHistoryGroup();
    void start(Job &job);
    void send(Job &job, const ApiRequest &request, const QString &function);
    void onReplyFinished(qint64 jobId);
    void finishAddStep(Job &job, JobResult result);
    // startNext: on a reply, start the next queued jobs at once, their
    // write-ahead rows committed together with this result (group commit).
    void finishJob(qint64 jobId, JobResult result, bool startNext = false);
    void stopSending(Outcome reason, const QString &message);
    void cancelQueued(const std::function<bool(const Job &)> &which, const QString &message);
    void handleSslErrors(Job &job, QNetworkReply *reply, const QList<QSslError> &errors);
    QNetworkAccessManager *managerFor(const Job &job);
    int effectiveConcurrency() const;

    HistoryStore *m_history = nullptr;
    ConnectionConfig m_config;
    std::vector<QNetworkAccessManager *> m_managers;
    std::deque<qint64> m_queue;
    std::unordered_map<qint64, std::unique_ptr<Job>> m_jobs;
    QSet<qint64> m_inFlight;
    QHash<QString, int> m_busyExtensions; // system + PhoneRecord::extensionKey() -> jobs in flight
    QHash<QString, int> m_busyLogins;     // system + PhoneRecord::loginKey() -> jobs in flight
    QHash<QString, int> m_busyIdentities; // system + API user -> jobs in flight
    // System + API user -> the password a reply proved good (memory only).
    QHash<QString, QString> m_confirmedLogins;
    qint64 m_nextId = 1;
    bool m_paused = false;
    bool m_stopped = false;
    bool m_busy = false; // work was queued since the last idle() signal
    // A history transaction is open: a reply's result waits in it for the
    // next request's write-ahead row, and send() commits both before sending.
    bool m_historyGroup = false;
    QString m_lastError;
};

} // namespace vp

Q_DECLARE_METATYPE(vp::JobResult)
