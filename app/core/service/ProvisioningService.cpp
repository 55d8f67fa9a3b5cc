#include "service/ProvisioningService.h"

#include "api/ReplyParser.h"
#include "history/HistoryStore.h"
#include "rules/AliasRules.h"
#include "rules/PhoneRules.h"
#include "rules/UpdateRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QScopeGuard>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vp {

namespace {
QString methodName(HttpMethod method)
{
    return method == HttpMethod::Post ? u"POST"_s : u"GET"_s;
}
} // namespace

ProvisioningService::ProvisioningService(HistoryStore *history, QObject *parent)
    : QObject(parent), m_history(history), m_client(std::make_unique<ApiClient>())
{
    qRegisterMetaType<vp::JobResult>();
    qRegisterMetaType<vp::PhoneRecord>();
    qRegisterMetaType<vp::Outcome>();
    // Queued: a read can end inside startReady() (a refused connection), which
    // must not run again from within itself.
    connect(&m_builds, &SystemBuilds::changed, this, &ProvisioningService::schedule,
            Qt::QueuedConnection);
}

ProvisioningService::~ProvisioningService()
{
    // The client aborts what is in flight without calling back: no handler
    // may run on a half-destroyed service.
    m_client.reset();
}

void ProvisioningService::setConnection(const ConnectionConfig &config)
{
    const bool loginChanged = config.apiUrl != m_config.apiUrl ||
                              config.credentials.user != m_config.credentials.user ||
                              config.credentials.password != m_config.credentials.password;
    m_config = config;
    m_config.concurrency = qBound(1, m_config.concurrency, 8);
    m_config.timeoutMs = qMax(1000, m_config.timeoutMs);
    if (loginChanged)
        m_stopped = false;
    // Queued jobs of this system and API user take the new settings (a
    // corrected password, say); jobs of another system stay with theirs.
    const QString systemKey = VicidialSystem::keyFor(m_config.apiUrl);
    for (const qint64 id : m_queue) {
        Job &job = *m_jobs.at(id);
        if (job.systemKey == systemKey && job.config.credentials.user == m_config.credentials.user)
            job.config = m_config;
    }
    schedule();
}

void ProvisioningService::clearStop()
{
    m_stopped = false;
    schedule();
}

QString ProvisioningService::newBatchId()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-"_s) +
           QUuid::createUuid().toString(QUuid::Id128).left(6);
}

qint64 ProvisioningService::submit(const PhoneRecord &phone, const QString &batchId,
                                   const JobOptions &options)
{
    return submit(Operation::addPhone(phone), batchId, options);
}

qint64 ProvisioningService::submit(const Operation &operation, const QString &batchId,
                                   const JobOptions &options)
{
    if (m_stopped) {
        m_lastError = tr("Sending is stopped after a login or permission error. Fix the "
                         "settings (or choose to try again) before sending more.");
        return 0;
    }
    ConnectionConfig target = options.connection.value_or(m_config);
    target.concurrency = qBound(1, target.concurrency, 8);
    target.timeoutMs = qMax(1000, target.timeoutMs);
    // The rules of the build read from this system, when it was (start()
    // checks again with what is known then).
    const ServerBuild known = m_builds.build(VicidialSystem::keyFor(target.apiUrl));
    if (known.isKnown())
        target.ruleOptions.build = known;
    Operation op = operation;
    if (op.kind() == Operation::Kind::AddPhone) {
        const auto issues = PhoneRules::validate(op.phone(), target.ruleOptions);
        if (!issues.isEmpty()) {
            m_lastError = issues.first().message;
            return 0;
        }
        op = Operation::addPhone(PhoneRules::normalized(op.phone(), nullptr, target.ruleOptions));
    } else if (op.kind() == Operation::Kind::UpdatePhone) {
        // update_phone's own limits, on the changed fields only.
        const auto issues =
            UpdateRules::validate(op.phone(), op.changedFields(), target.ruleOptions);
        if (!issues.isEmpty() || op.changedFields().isEmpty()) {
            m_lastError =
                issues.isEmpty() ? tr("Not sent: no field to change.") : issues.first().message;
            return 0;
        }
        op = Operation::updatePhone(PhoneRules::normalized(op.phone(), nullptr, target.ruleOptions),
                                    op.changedFields());
    } else if (op.isAlias()) {
        if (const QString problem = AliasRules::problem(op); !problem.isEmpty()) {
            m_lastError = problem;
            return 0;
        }
    } else if (!op.isValid(target.ruleOptions)) {
        m_lastError = tr("Not sent: %1 needs an extension and a server IP (and, for a change, "
                         "the fields to change).")
                          .arg(op.apiFunction());
        return 0;
    }
    auto job = std::make_unique<Job>();
    job->id = m_nextId++;
    job->operation = op;
    job->batchId = batchId;
    job->options = options;
    job->options.connection.reset(); // kept once, in config
    // The job belongs to the system chosen now: a later setConnection() to
    // another system never redirects it.
    job->config = target;
    job->systemKey = VicidialSystem::keyFor(target.apiUrl);
    job->identity = job->systemKey + QLatin1Char('\n') + target.credentials.user;
    // Keyed by the system fixed here: a later setConnection() changes
    // neither where the job goes nor which guards it holds.
    job->guards = op.guardKeys();
    for (QString &key : job->guards)
        key.prepend(job->systemKey + QLatin1Char('\n'));
    const qint64 id = job->id;
    const PhoneRecord shown = job->operation.phone().withoutSecrets();
    m_jobs.emplace(id, std::move(job));
    m_queue.push_back(id);
    m_busy = true;
    emit jobQueued(id, shown);
    // Scheduling waits for the event loop so that a whole batch is queued
    // before the first request picks its slot.
    postSchedule();
    return id;
}

QList<qint64> ProvisioningService::submitBatch(const QList<PhoneRecord> &phones,
                                               const QString &batchId, const JobOptions &options)
{
    QList<qint64> ids;
    ids.reserve(phones.size());
    for (const auto &phone : phones)
        ids << submit(phone, batchId, options);
    return ids;
}

int ProvisioningService::inFlightCount() const
{
    return int(m_inFlight.size());
}

JobState ProvisioningService::jobState(qint64 jobId) const
{
    const auto it = m_jobs.find(jobId);
    return it == m_jobs.end() ? JobState::Finished : it->second->state;
}

int ProvisioningService::effectiveConcurrency() const
{
    return m_config.concurrency;
}

bool ProvisioningService::loginConfirmedFor(const Job &job) const
{
    const auto it = m_confirmedLogins.constFind(identityOf(job));
    return it != m_confirmedLogins.cend() && *it == job.config.credentials.password;
}

bool ProvisioningService::loginConfirmed() const
{
    const auto it = m_confirmedLogins.constFind(VicidialSystem::keyFor(m_config.apiUrl) +
                                                QLatin1Char('\n') + m_config.credentials.user);
    return it != m_confirmedLogins.cend() && *it == m_config.credentials.password;
}

// The guards are per system: the same extension on another VICIdial system
// is another phone. Until a reply proves a login good on a system, its
// requests go one at a time, so a wrong password costs one failed login.
bool ProvisioningService::canStart(const Job &job) const
{
    if (!loginConfirmedFor(job) && m_busyIdentities.contains(identityOf(job)))
        return false;
    for (const QString &key : guardsOf(job)) {
        if (m_busyKeys.contains(key))
            return false;
    }
    return true;
}

void ProvisioningService::postSchedule()
{
    if (m_schedulePosted)
        return;
    m_schedulePosted = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_schedulePosted = false;
            schedule();
        },
        Qt::QueuedConnection);
}

void ProvisioningService::schedule()
{
    startReady();
    if (m_busy && isIdle()) {
        m_busy = false;
        emit idle();
    }
}

QString ProvisioningService::refusalFor(const Job &job) const
{
    const ServerBuild build = m_builds.build(job.systemKey);
    if (!build.isKnown())
        return {};
    const QString missing = unavailableReason(job.operation, build);
    if (!missing.isEmpty())
        return tr("Not sent: %1").arg(missing);
    if (job.operation.kind() != Operation::Kind::AddPhone)
        return {};
    // The build was read after the job was queued: its rules (a field it
    // ignores, its cleaning) apply now.
    RuleOptions options = job.config.ruleOptions;
    options.build = build;
    const auto issues = PhoneRules::validate(job.operation.phone(), options);
    return issues.isEmpty() ? QString() : tr("Not sent: %1").arg(issues.first().message);
}

void ProvisioningService::startReady()
{
    std::vector<std::pair<qint64, QString>> refused;
    auto it = m_queue.begin();
    while (!m_paused && !m_stopped && !m_historyLost && it != m_queue.end() &&
           m_inFlight.size() < effectiveConcurrency()) {
        Job &job = *m_jobs.at(*it);
        // Nothing goes to a system before its build is read (or failed to be).
        if (!m_builds.ensureRead(job.systemKey, job.config) || !canStart(job)) {
            ++it; // its extension or login is in flight: a later job may go first
            continue;
        }
        it = m_queue.erase(it);
        QString refusal = refusalFor(job);
        if (refusal.isEmpty())
            start(job);
        else
            refused.emplace_back(job.id, std::move(refusal));
    }
    // Finished after the loop: a handler may queue more work.
    for (const auto &[id, message] : refused) {
        JobResult result;
        result.outcome = Outcome::Cancelled;
        result.message = message;
        finishJob(id, result);
    }
}

void ProvisioningService::beginHistoryGroup()
{
    // A reply finished from inside another's handling (abort() emits finished
    // at once) joins the open group; its guard may commit it early, which is
    // always safe: later writes then commit on their own.
    if (m_historyGroup || !m_history)
        return;
    m_historyGroup = m_history->beginGroup();
}

bool ProvisioningService::endHistoryGroup()
{
    if (!m_historyGroup)
        return true;
    m_historyGroup = false;
    return m_history->commitGroup();
}

void ProvisioningService::start(Job &job)
{
    job.state = JobState::Sending;
    m_inFlight.insert(job.id);
    for (const QString &key : guardsOf(job))
        m_busyKeys[key]++;
    m_busyIdentities[identityOf(job)]++;
    job.request = std::make_unique<ApiRequest>(
        ApiRequest::forOperation(job.config.apiUrl, job.config.credentials, job.operation));
    emit jobStarted(job.id);
    emit inFlightChanged(inFlightCount());
    send(job, *job.request, job.operation.apiFunction());
}

void ProvisioningService::send(Job &job, const ApiRequest &request, const QString &function)
{
    job.elapsed.start();
    job.historyId = -1;
    job.redactedRequest = request.redactedDescription(job.config.method);
    if (m_history) {
        HistoryAttempt attempt;
        attempt.startedAt = QDateTime::currentDateTimeUtc();
        attempt.serverUrl = job.config.apiUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        attempt.systemKey = job.systemKey;
        attempt.systemName = job.config.systemName;
        attempt.serverBuild = m_builds.info(job.systemKey).historyText();
        attempt.apiUser = job.config.credentials.user;
        attempt.method = methodName(job.config.method);
        attempt.function = function;
        attempt.batchId = job.batchId;
        attempt.phone = job.operation.phone().withoutSecrets();
        if (job.operation.isAlias()) {
            attempt.aliasId = job.operation.aliasId();
            attempt.aliasName = job.operation.aliasName();
            attempt.aliasLogins = job.operation.aliasLogins();
        }
        attempt.redactedRequest = job.redactedRequest;
        job.historyId = m_history->recordStart(attempt);
        if (job.historyId == HistoryStore::kClaimed) {
            endHistoryGroup();
            holdForClaim(job, function);
            return;
        }
        // A reply's result may wait in the same transaction: the row is
        // durable once this commit succeeds, and only then may it leave.
        if (!endHistoryGroup())
            job.historyId = -1;
        if (job.historyId < 0 && m_history->isShared()) {
            // The shared database is gone: wait for it, send nothing.
            job.historyId = -1;
            holdForHistory(job, function);
            return;
        }
        if (job.historyId < 0) {
            // Write-ahead failed: a request we cannot record must not leave.
            const QString message =
                tr("Not sent: the history cannot be written (%1). Nothing more will be sent "
                   "until this is fixed.")
                    .arg(m_history->lastError());
            JobResult result;
            result.outcome = Outcome::Cancelled;
            result.message = message;
            finishJob(job.id, result);
            stopSending(Outcome::Cancelled, message);
            return;
        }
    }

    const qint64 id = job.id;
    job.call = m_client->send(request, transportOptions(job.config),
                              [this, id](const ApiReply &reply) { onReplyFinished(id, reply); });
}

void ProvisioningService::onReplyFinished(qint64 jobId, const ApiReply &reply)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    job.call = 0;
    const ReplyInput &input = reply.input;
    if (!reply.rejectedCertificate.isEmpty())
        emit certificateRejected(reply.rejectedCertificate, reply.certificateErrors);

    const ApiRequest &request = *job.request;
    // Read as the system's build words its replies (unknown: the newest rules).
    const ServerBuild build = m_builds.build(job.systemKey);
    const ParsedReply parsed = ReplyParser::parse(input, request.secrets(), build);

    JobResult result;
    result.jobId = job.id;
    result.batchId = job.batchId;
    result.kind = job.operation.kind();
    result.phone = job.operation.phone().withoutSecrets();
    result.outcome = parsed.outcome;
    result.httpStatus = input.httpStatus;
    result.message = parsed.message;
    if (!reply.rejectedCertificate.isEmpty()) {
        result.message = tr("The server's certificate is not trusted (SHA-256 %1). Check it and "
                            "trust it in Settings if it is your server's.")
                             .arg(ApiClient::displayFingerprint(reply.rejectedCertificate));
    }
    result.redactedRequest = job.redactedRequest;
    result.redactedReply = parsed.redactedBody;
    result.durationMs = job.elapsed.elapsed();
    result.historyId = job.historyId;

    // Any reply past the login check proves the credentials; a refused
    // login forgets a password once proven (it may have changed since).
    if (disprovesLogin(parsed.outcome))
        m_confirmedLogins.remove(identityOf(job));
    else if (provesLogin(parsed.outcome, build))
        m_confirmedLogins.insert(identityOf(job), job.config.credentials.password);

    // This result and the next request's write-ahead row share one commit
    // (send() or finishJob() commits it, before anything is emitted; the
    // guard when neither did).
    beginHistoryGroup();
    const auto commit = qScopeGuard([this] { endHistoryGroup(); });
    if (job.deactivating)
        finishDeactivationStep(job, result);
    else if (job.updating)
        finishUpdateStep(job, result);
    else
        finishStep(job, result);
}

void ProvisioningService::finishJob(qint64 jobId, JobResult result, bool startNext)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    std::unique_ptr<Job> job = std::move(it->second);
    m_jobs.erase(it);
    result.jobId = jobId;
    result.batchId = job->batchId;
    result.kind = job->operation.kind();
    result.phone = job->operation.phone().withoutSecrets();
    if (job->state == JobState::Sending) {
        m_inFlight.remove(jobId);
        for (const QString &key : guardsOf(*job)) {
            if (--m_busyKeys[key] <= 0)
                m_busyKeys.remove(key);
        }
        const QString identity = identityOf(*job);
        if (--m_busyIdentities[identity] <= 0)
            m_busyIdentities.remove(identity);
    }
    job->state = JobState::Finished;
    if (m_historyGroup) {
        // The slot is free: the next request goes now, its write-ahead row in
        // the transaction holding this result (one commit for both, and no
        // trip through the event loop between a reply and the next request).
        if (startNext)
            startReady();
        endHistoryGroup();
    }
    emit jobFinished(result);
    emit inFlightChanged(inFlightCount());
    postSchedule();
}

void ProvisioningService::stopSending(Outcome reason, const QString &message)
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_lastError = message;
    cancelQueued([](const Job &) { return true; },
                 tr("Not sent: sending stopped (%1).").arg(outcomeTitle(reason)));
    emit sendingStopped(reason, message);
}

void ProvisioningService::cancelQueued(const std::function<bool(const Job &)> &which,
                                       const QString &message)
{
    std::deque<qint64> keep;
    std::vector<qint64> cancelled;
    for (qint64 id : m_queue) {
        if (which(*m_jobs.at(id)))
            cancelled.push_back(id);
        else
            keep.push_back(id);
    }
    m_queue.swap(keep);
    for (qint64 id : cancelled) {
        JobResult result;
        result.outcome = Outcome::Cancelled;
        result.message = message;
        finishJob(id, result);
    }
}

void ProvisioningService::cancel(qint64 jobId)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    if (job.state == JobState::Queued) {
        cancelQueued([jobId](const Job &j) { return j.id == jobId; },
                     tr("Cancelled before sending."));
    } else if (job.call != 0) {
        m_client->abort(job.call); // its handler runs at once, with aborted set
    } else {
        cancelHeld(job); // waiting to be sent (team mode): nothing left
    }
}

void ProvisioningService::cancelAll(bool abortInFlight)
{
    cancelQueued([](const Job &) { return true; }, tr("Cancelled before sending."));
    if (!abortInFlight)
        return;
    const auto inFlight = m_inFlight;
    for (qint64 id : inFlight)
        cancel(id);
}

void ProvisioningService::cancelBatch(const QString &batchId, bool abortInFlight)
{
    cancelQueued([&batchId](const Job &j) { return j.batchId == batchId; },
                 tr("Cancelled before sending."));
    if (!abortInFlight)
        return;
    const auto inFlight = m_inFlight;
    for (qint64 id : inFlight) {
        const auto it = m_jobs.find(id);
        if (it != m_jobs.end() && it->second->batchId == batchId)
            cancel(id);
    }
}

void ProvisioningService::pause()
{
    m_paused = true;
}

void ProvisioningService::resume()
{
    m_paused = false;
    schedule();
}

} // namespace vp
