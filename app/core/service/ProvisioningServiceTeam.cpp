// Team mode in the service: a request whose phone or login another program
// sharing the history has in flight waits for it; a shared history that
// stops answering holds everything until it is back. In both cases the job
// keeps its slot and its request, and nothing leaves before its write-ahead
// row is in the database.
#include "history/HistoryStore.h"
#include "service/ProvisioningService.h"

using namespace Qt::StringLiterals;

namespace vp {

namespace {
// How often a job waiting for a claim asks again, and how often a lost
// shared history is tried.
constexpr int kClaimRetryMs = 1000;
constexpr int kHistoryRetryMs = 2000;
} // namespace

void ProvisioningService::holdForClaim(Job &job, const QString &function)
{
    const QString holder = m_history->claimHolder();
    // Said once per holder, not at every retry.
    const bool news = job.waitedFor != holder;
    job.heldFunction = function;
    job.waitedFor = holder;
    if (news) {
        emit jobWaiting(job.id, tr("Waiting: %1 %2 is being sent by %3 right now (shared history).")
                                    .arg(function, job.operation.phone().extensionKey(), holder));
    }
    const qint64 id = job.id;
    QTimer::singleShot(kClaimRetryMs, this, [this, id] { sendHeld(id); });
}

void ProvisioningService::holdForHistory(Job &job, const QString &function)
{
    job.heldFunction = function;
    if (!m_heldForHistory.contains(job.id))
        m_heldForHistory.append(job.id);
    if (m_historyLost)
        return;
    m_historyLost = true;
    m_lastError = tr("The shared history cannot be written (%1). Nothing is sent until it "
                     "answers again; trying every %n second(s).",
                     nullptr, kHistoryRetryMs / 1000)
                      .arg(m_history->lastError());
    if (!m_historyRetry) {
        m_historyRetry = new QTimer(this);
        m_historyRetry->setInterval(kHistoryRetryMs);
        connect(m_historyRetry, &QTimer::timeout, this, &ProvisioningService::retryHistory);
    }
    m_historyRetry->start();
    emit historyLost(m_lastError);
}

void ProvisioningService::retryHistory()
{
    if (!m_history->reconnect())
        return;
    m_historyRetry->stop();
    m_historyLost = false;
    m_lastError.clear();
    emit historyRestored();
    const QList<qint64> held = std::exchange(m_heldForHistory, {});
    for (qint64 id : held)
        sendHeld(id);
    postSchedule();
}

void ProvisioningService::sendHeld(qint64 jobId)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end() || it->second->state != JobState::Sending || it->second->call != 0)
        return;
    Job &job = *it->second;
    if (m_historyLost) {
        if (!m_heldForHistory.contains(jobId))
            m_heldForHistory.append(jobId);
        return;
    }
    const QString function = std::exchange(job.heldFunction, {});
    send(job, *job.request, function);
    // Recorded and on its way (not held again): it is sending now.
    const auto sent = m_jobs.find(jobId);
    if (sent != m_jobs.end() && sent->second->heldFunction.isEmpty() &&
        sent->second->state == JobState::Sending && sent->second->call != 0)
        emit jobStarted(jobId);
}

bool ProvisioningService::cancelHeld(Job &job)
{
    if (job.state != JobState::Sending || job.call != 0 || job.heldFunction.isEmpty())
        return false;
    m_heldForHistory.removeAll(job.id);
    JobResult result;
    result.outcome = Outcome::Cancelled;
    result.message = tr("Cancelled before sending (it was waiting for the shared history).");
    finishJob(job.id, result);
    return true;
}

} // namespace vp
