#include "mainwindow/BatchAliases.h"

#include "service/ProvisioningService.h"
#include "widgets/AppContext.h"

using namespace Qt::StringLiterals;

namespace vp {

BatchAliases::BatchAliases(AppContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{
    connect(&m_context.service(), &ProvisioningService::jobFinished, this,
            &BatchAliases::onJobFinished);
}

void BatchAliases::start(const QString &batchId, const AliasFollowUp &aliases,
                         const ConnectionConfig &connection)
{
    if (aliases.isEmpty())
        return;
    Batch batch;
    batch.aliases = aliases;
    batch.connection = connection;
    m_batches.insert(batchId, batch);
}

void BatchAliases::onJobFinished(const JobResult &result)
{
    if (const auto job = m_aliasJobs.constFind(result.jobId); job != m_aliasJobs.cend()) {
        const AliasJob done = *job;
        m_aliasJobs.erase(job);
        const auto it = m_batches.find(done.batchId);
        if (it == m_batches.end())
            return;
        it->jobs.removeAll(result.jobId);
        it->reported = false;
        if (isSuccess(result.outcome)) {
            ++it->added;
        } else {
            const QString detail =
                result.message.isEmpty() ? QString() : u" ("_s + result.message + u')';
            it->refused
                << tr("alias %1: %2%3").arg(done.aliasId, outcomeTitle(result.outcome), detail);
        }
        reportIfDone(done.batchId);
        return;
    }
    if (result.kind != Operation::Kind::AddPhone || !m_batches.contains(result.batchId))
        return;
    m_batches[result.batchId].aliases.recordLogin(result.phone.login(), result.outcome);
    m_batches[result.batchId].reported = false;
    sendReady(result.batchId);
    reportIfDone(result.batchId);
}

void BatchAliases::sendReady(const QString &batchId)
{
    Batch &batch = m_batches[batchId];
    JobOptions options;
    options.connection = batch.connection;
    for (const Operation &alias : batch.aliases.takeReady()) {
        // Not part of the batch's rows: its counts and report stay the phones'.
        const qint64 job = m_context.service().submit(alias, {}, options);
        if (job <= 0) {
            batch.refused << tr("alias %1: not sent (%2)")
                                 .arg(alias.aliasId(), m_context.service().lastError());
            continue;
        }
        batch.jobs << job;
        m_aliasJobs.insert(job, {batchId, alias.aliasId()});
    }
}

void BatchAliases::reportIfDone(const QString &batchId)
{
    const auto it = m_batches.find(batchId);
    if (it == m_batches.end() || it->reported || !it->jobs.isEmpty() || !it->aliases.isSettled())
        return;
    const QStringList blocked = it->aliases.blockedReasons();
    QString text = tr("Aliases of the batch: %n added.", nullptr, it->added);
    if (!it->refused.isEmpty())
        text += u' ' + tr("Refused by the server: %1.").arg(it->refused.join(u"; "_s));
    if (!blocked.isEmpty())
        text +=
            u' ' +
            tr("Not sent, because a phone of theirs was not added: %1.").arg(blocked.join(u"; "_s));
    // A phone sent again later ("Retry failed") can still free a blocked
    // alias: the batch is kept while some alias waits for that.
    if (blocked.isEmpty()) {
        m_batches.erase(it);
    } else {
        it->reported = true;
        it->added = 0;
        it->refused.clear();
    }
    emit notice(text);
}

} // namespace vp
