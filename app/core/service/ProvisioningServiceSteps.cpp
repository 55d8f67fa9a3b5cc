// The steps after a request's reply (ProvisioningService::onReplyFinished):
// what an answer means for the job, and the follow-up requests some
// operations need, sent while the job keeps its extension and login busy:
// an inactive phone is switched off after add_phone (which always creates it
// active), and an add-or-update row that already exists is updated with the
// row's fields.
#include "service/ProvisioningService.h"

#include "history/HistoryStore.h"

using namespace Qt::StringLiterals;

namespace vp {

void ProvisioningService::finishStep(Job &job, JobResult result)
{
    const bool adding = job.operation.kind() == Operation::Kind::AddPhone;
    if (adding && !job.waitedFor.isEmpty() && !job.options.resolvingUnknown &&
        (result.outcome == Outcome::AlreadyExistsOnServer ||
         result.outcome == Outcome::LoginExists)) {
        // Team mode: it waited for another admin's request for this phone
        // or login, which created it.
        result.message = tr("%1 Another admin, %2, sent it while this one waited (shared "
                            "history).")
                             .arg(result.message, job.waitedFor);
    }
    if (adding && job.options.resolvingUnknown) {
        if (result.outcome == Outcome::AlreadyExistsOnServer) {
            // Our earlier request, whose answer was lost, created it.
            result.outcome = Outcome::Added;
            result.verify = true;
            result.message = tr("Already on the server: counted as added by the earlier attempt "
                                "whose answer was lost. Check that it is the phone you meant.");
        } else if (result.outcome == Outcome::LoginExists) {
            result.message =
                tr("The login already exists but this extension does not: the earlier attempt may "
                   "have failed while another phone uses this login. Not retried; check on the "
                   "server.");
        }
    }
    if (m_history && result.historyId >= 0)
        m_history->recordFinish(result.historyId, result.outcome, result.httpStatus, result.message,
                                result.redactedReply, result.durationMs, result.verify);

    if (adding && job.options.updateIfExists && result.outcome == Outcome::AlreadyExistsOnServer &&
        !m_stopped) {
        // Add or update: the extension is there, so the row's fields go to it
        // with update_phone (its own request, recorded as such).
        job.updating = true;
        job.addResult = result;
        job.request = std::make_unique<ApiRequest>(
            ApiRequest::forOperation(job.config.apiUrl, job.config.credentials,
                                     Operation::updateAllFields(job.operation.phone())));
        send(job, *job.request, u"update_phone"_s);
        return;
    }
    if (result.outcome == Outcome::Added && job.operation.needsDeactivation() && !m_stopped) {
        startDeactivation(job, result);
        return;
    }
    const Outcome outcome = result.outcome;
    const QString message = result.message;
    const bool stops = stopsBatch(outcome);
    finishJob(job.id, result, !stops);
    if (stops)
        stopSending(outcome, message);
}

void ProvisioningService::startDeactivation(Job &job, const JobResult &result)
{
    // add_phone always creates an active phone; switch it off now, keeping
    // the extension and login marked busy until this step is done.
    job.updating = false;
    job.deactivating = true;
    job.addResult = result;
    job.request = std::make_unique<ApiRequest>(ApiRequest::updatePhoneActive(
        job.config.apiUrl, job.config.credentials, job.operation.phone().extension(),
        job.operation.phone().serverIp(), false));
    send(job, *job.request, u"update_phone"_s);
}

void ProvisioningService::finishUpdateStep(Job &job, JobResult result)
{
    if (m_history && job.historyId >= 0)
        m_history->recordFinish(job.historyId, result.outcome, result.httpStatus, result.message,
                                result.redactedReply, result.durationMs);
    result.durationMs += job.addResult.durationMs;
    if (result.outcome == Outcome::Updated) {
        result.message = tr("Already on the server: updated with this row's fields.");
        // update_phone changes only what it is sent; "active" is not among
        // the fields, so an inactive row is switched off as after an add.
        if (job.operation.needsDeactivation() && !m_stopped) {
            startDeactivation(job, result);
            return;
        }
    } else if (!isUnknown(result.outcome) && !stopsBatch(result.outcome)) {
        result.message =
            tr("Already on the server, and the update was refused: %1").arg(result.message);
    }
    const Outcome outcome = result.outcome;
    const QString message = result.message;
    const bool stops = stopsBatch(outcome);
    finishJob(job.id, result, !stops);
    if (stops)
        stopSending(outcome, message);
}

void ProvisioningService::finishDeactivationStep(Job &job, const JobResult &result)
{
    JobResult earlier = job.addResult;
    const bool updated = earlier.outcome == Outcome::Updated;
    if (m_history && job.historyId >= 0)
        m_history->recordFinish(job.historyId, result.outcome, result.httpStatus, result.message,
                                result.redactedReply, result.durationMs);
    if (result.outcome != Outcome::Updated) {
        earlier.deactivationFailed = true;
        earlier.message =
            updated ? tr("Updated, but it could not be made inactive: %1").arg(result.message)
                    : tr("Added, but it could not be made inactive: %1").arg(result.message);
    } else {
        earlier.message = updated ? tr("Already on the server: updated with this row's fields "
                                       "and made inactive.")
                                  : tr("Added and made inactive.");
    }
    earlier.durationMs += result.durationMs;
    const bool stops = stopsBatch(result.outcome);
    finishJob(job.id, earlier, !stops);
    if (stops)
        stopSending(result.outcome, result.message);
}

} // namespace vp
