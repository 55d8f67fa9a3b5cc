// The aliases of a generated batch ("one alias per agent across the servers")
// sent after their phones: each add_phone_alias goes through the app's
// provisioning service as soon as every one of its logins was added (or
// already existed); an alias whose phones failed is reported in the main
// window's notice bar, never sent (core's AliasFollowUp decides).
#pragma once

#include "config/ConnectionConfig.h"
#include "import/AliasFollowUp.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace vp {

class AppContext;
struct JobResult;

class BatchAliases : public QObject
{
    Q_OBJECT
public:
    explicit BatchAliases(AppContext &context, QObject *parent = nullptr);

    // The batch's phones were queued with this connection; its aliases follow.
    void start(const QString &batchId, const AliasFollowUp &aliases,
               const ConnectionConfig &connection);
    bool isWaiting(const QString &batchId) const { return m_batches.contains(batchId); }

signals:
    // What became of the batch's aliases, once nothing of them is on its way.
    void notice(const QString &text);

private:
    struct Batch
    {
        AliasFollowUp aliases;
        ConnectionConfig connection;
        QList<qint64> jobs; // alias requests in flight
        int added = 0;
        QStringList refused; // "alias 1003: Phone not found (login 1003b)"
        bool reported = false;
    };
    struct AliasJob
    {
        QString batchId;
        QString aliasId;
    };
    void onJobFinished(const JobResult &result);
    void sendReady(const QString &batchId);
    void reportIfDone(const QString &batchId);

    AppContext &m_context;
    QHash<QString, Batch> m_batches;     // by batch id
    QHash<qint64, AliasJob> m_aliasJobs; // alias requests in flight
};

} // namespace vp
