// Sends operations (add_phone today; update, deactivate, delete through the
// same path) asynchronously with bounded concurrency and the safety rules an
// admin relies on: never two requests for the same system+extension+server
// or system+login in flight, a single request until the API login is known
// to be good on that system, a batch stopped at the first login, lock-out or
// permission error, and every attempt written to history before it leaves.
// The wire (network access, time limits, redirects, certificate pins) is
// ApiClient's; this class keeps the queue, the scheduling, the guards and
// the write-ahead rule.
#pragma once

#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "config/ConnectionConfig.h"
#include "model/Operation.h"
#include "model/Outcome.h"
#include "model/PhoneRecord.h"
#include "model/VicidialSystem.h"
#include "rules/PhoneRules.h"
#include "service/SystemBuilds.h"

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <unordered_map>

namespace vp {

class HistoryStore;

struct JobOptions
{
    // The previous attempt for this phone ended with an unknown outcome: an
    // "already exists on this server" reply then means our earlier request
    // created it, and counts as added (flagged for verification).
    bool resolvingUnknown = false;
    // Send to this connection instead of the current one (continuing a batch
    // on its own VICIdial system while the settings point at another).
    std::optional<ConnectionConfig> connection;
    // Add or update (an import's "add or update" mode): when add_phone
    // answers that the extension already exists on the server, update_phone
    // sends it the phone's fields (passwords included when given) in the same
    // job; the result is then Updated, or the update's refusal.
    bool updateIfExists = false;
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
    Operation::Kind kind = Operation::Kind::AddPhone;
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

    // The build of each system: read before the first request to a system
    // (its jobs wait for the answer, or for the failure, which means the
    // newest rules), used for the rules, the reply parsing and what the build
    // cannot do, and recorded with each attempt.
    SystemBuilds &builds() { return m_builds; }
    const SystemBuilds &builds() const { return m_builds; }

    // Queues one operation (an add is normalised by PhoneRules; an invalid
    // one is refused with 0 and lastError()). Returns the job id.
    qint64 submit(const Operation &operation, const QString &batchId = {},
                  const JobOptions &options = {});
    // Queues the add of one phone: submit(Operation::addPhone(phone), ...).
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
    // The shared history cannot be written now (historyLost()).
    bool isHistoryLost() const { return m_historyLost; }

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
    // Team mode. A job waits: another program sharing the history has a
    // request in flight for its phone or login (message says who); it is
    // sent once that one finished.
    void jobWaiting(qint64 jobId, const QString &message);
    // The shared history stopped answering: nothing is sent (what was about
    // to go waits) until it answers again, tried every few seconds.
    void historyLost(const QString &message);
    void historyRestored();

private:
    struct Job
    {
        qint64 id = 0;
        Operation operation; // with secrets, in memory only
        QString batchId;
        JobOptions options;
        JobState state = JobState::Queued;
        ApiClient::CallId call = 0; // of the request in flight, 0 when none
        QElapsedTimer elapsed;
        qint64 historyId = -1;
        bool deactivating = false; // sending the follow-up update_phone active=N
        bool updating = false;     // sending the update of an add-or-update
        JobResult addResult;       // kept while the follow-up runs
        QString redactedRequest;   // of the request in flight, worked out once
        std::unique_ptr<ApiRequest> request;
        // Where the job goes, fixed when it was submitted.
        ConnectionConfig config;
        QString systemKey; // VicidialSystem::keyFor(config.apiUrl)
        // Worked out once at submit: canStart() asks for them for every
        // queued job each time it looks for one to start.
        QString identity;   // system + API user (a setConnection() keeps the user)
        QStringList guards; // system + each of Operation::guardKeys()
        // Team mode: the function of the request that waits to be sent (a
        // claim held by another program, or the shared history gone), and
        // who held the claim it waited for.
        QString heldFunction;
        QString waitedFor;
    };
    static const QString &identityOf(const Job &job) { return job.identity; }
    static const QStringList &guardsOf(const Job &job) { return job.guards; }
    bool loginConfirmedFor(const Job &job) const;

    void schedule();
    // Posts one scheduling pass for the event loop, unless one is posted
    // already: a batch of 1,000 submits is then looked at once, not 1,000
    // times (each pass walks the queue).
    void postSchedule();
    void startReady();
    bool canStart(const Job &job) const;
    // Why the job cannot go to its system's build (a function it lacks, a
    // field it ignores), or empty.
    QString refusalFor(const Job &job) const;
    void beginHistoryGroup();
    bool endHistoryGroup();
    void start(Job &job);
    void send(Job &job, const ApiRequest &request, const QString &function);
    void onReplyFinished(qint64 jobId, const ApiReply &reply);
    // Applies what the operation makes of the reply (an add resolving an
    // unknown, the switch-off after adding an inactive phone) and finishes.
    void finishStep(Job &job, JobResult result);
    // The follow-up requests (ProvisioningServiceSteps.cpp).
    void startDeactivation(Job &job, const JobResult &result);
    void finishUpdateStep(Job &job, JobResult result);
    void finishDeactivationStep(Job &job, const JobResult &result);
    // startNext: on a reply, start the next queued jobs at once, their
    // write-ahead rows committed together with this result (group commit).
    void finishJob(qint64 jobId, JobResult result, bool startNext = false);
    void stopSending(Outcome reason, const QString &message);
    void cancelQueued(const std::function<bool(const Job &)> &which, const QString &message);
    int effectiveConcurrency() const;
    // Team mode (ProvisioningServiceTeam.cpp): the job keeps its slot and its
    // request is sent again later.
    void holdForClaim(Job &job, const QString &function);
    void holdForHistory(Job &job, const QString &function);
    void retryHistory();
    void sendHeld(qint64 jobId);
    bool cancelHeld(Job &job);

    HistoryStore *m_history = nullptr;
    SystemBuilds m_builds;
    std::unique_ptr<ApiClient> m_client;
    ConnectionConfig m_config;
    std::deque<qint64> m_queue;
    std::unordered_map<qint64, std::unique_ptr<Job>> m_jobs;
    QSet<qint64> m_inFlight;
    // System + Operation::guardKeys() (extension@server, login) -> jobs in flight.
    QHash<QString, int> m_busyKeys;
    QHash<QString, int> m_busyIdentities; // system + API user -> jobs in flight
    // System + API user -> the password a reply proved good (memory only).
    QHash<QString, QString> m_confirmedLogins;
    qint64 m_nextId = 1;
    bool m_paused = false;
    bool m_stopped = false;
    bool m_busy = false; // work was queued since the last idle() signal
    bool m_schedulePosted = false;
    // A history transaction is open: a reply's result waits in it for the
    // next request's write-ahead row, and send() commits both before sending.
    bool m_historyGroup = false;
    bool m_historyLost = false;
    QList<qint64> m_heldForHistory;
    QTimer *m_historyRetry = nullptr;
    QString m_lastError;
};

} // namespace vp

Q_DECLARE_METATYPE(vp::JobResult)
