#include "history/UndoPlan.h"

#include "history/HistoryStore.h"
#include "history/KnownPhones.h"

#include <QHash>

#include <algorithm>

namespace vp {

using namespace Qt::StringLiterals;

namespace {

bool isAdd(const HistoryAttempt &attempt)
{
    // Rows recorded before the function was kept were all add_phone.
    return attempt.function.isEmpty() || attempt.function == "add_phone"_L1;
}

enum class RowState
{
    Added,
    AlreadyExisted,
    Failed,
    Unknown
};

struct BatchRow
{
    PhoneRecord phone;
    RowState state = RowState::Failed;
    bool sawUnknown = false;
    qint64 addAttemptId = 0;
};

} // namespace

std::optional<UndoPlan> UndoPlanner::plan(const HistoryStore &history, const QString &batchId,
                                          const VicidialSystem &system, QString *error)
{
    const QList<HistoryAttempt> attempts = history.batchAttempts(batchId);
    if (attempts.isEmpty()) {
        *error = tr("This history has no batch %1.").arg(batchId);
        return std::nullopt;
    }
    const HistoryAttempt &first = attempts.first();
    if (first.systemKey != system.key) {
        const VicidialSystem own{first.systemKey, first.systemName};
        *error = tr("Batch %1 was sent to %2 (%3), not to %4. Nothing is deleted on a system the "
                    "batch did not add to; to undo it, give that system's address.")
                     .arg(batchId, own.displayName(), first.serverUrl, system.displayName());
        return std::nullopt;
    }

    // Each row of the batch, from its latest add_phone attempt (the history
    // gives one per row; older histories may give more, read in order).
    QList<BatchRow> rows;
    QHash<QString, int> indexOf;
    for (const HistoryAttempt &attempt : attempts) {
        if (!isAdd(attempt) || attempt.systemKey != system.key)
            continue;
        const QString key = attempt.phone.extensionKey();
        auto found = indexOf.constFind(key);
        if (found == indexOf.cend()) {
            found = indexOf.insert(key, int(rows.size()));
            rows.append(BatchRow{attempt.phone, RowState::Failed, false, 0});
        }
        BatchRow &row = rows[*found];
        if (row.state == RowState::Added)
            continue; // one success at most; later answers change nothing
        if (!attempt.finished || isUnknown(attempt.outcome)) {
            row.state = RowState::Unknown;
            row.sawUnknown = true;
        } else if (attempt.outcome == Outcome::Added) {
            row.state = RowState::Added;
            row.phone = attempt.phone;
            row.addAttemptId = attempt.id;
        } else if (attempt.outcome == Outcome::AlreadyExistsOnServer) {
            // After an unknown answer (verify: the batch counted it as added)
            // the phone may be this batch's or may have been there before:
            // an undo cannot tell, so leaves it.
            row.state =
                row.sawUnknown || attempt.verify ? RowState::Unknown : RowState::AlreadyExisted;
        } else if (!row.sawUnknown) {
            row.state = RowState::Failed;
        }
    }
    if (rows.isEmpty()) {
        *error = tr("Batch %1 added no phones: there is nothing to undo.").arg(batchId);
        return std::nullopt;
    }

    QHash<QString, KnownPhone> known;
    for (const KnownPhone &phone : history.knownPhones(system))
        known.insert(phone.phone.extensionKey(), phone);

    UndoPlan plan;
    plan.batchId = batchId;
    plan.system = VicidialSystem{system.key, first.systemName};
    for (const BatchRow &row : rows) {
        switch (row.state) {
        case RowState::AlreadyExisted:
            ++plan.alreadyExisted;
            continue;
        case RowState::Failed:
            ++plan.failed;
            continue;
        case RowState::Unknown:
            plan.unknown << row.phone;
            continue;
        case RowState::Added:
            break;
        }
        const auto now = known.constFind(row.phone.extensionKey());
        if (now != known.cend() && now->state == KnownPhoneState::Deleted) {
            ++plan.alreadyDeleted;
            continue;
        }
        if (now != known.cend() && !now->createdBatch.isEmpty() && now->createdBatch != batchId) {
            plan.created << now->phone; // deleted since and made again by another batch
            continue;
        }
        UndoRow undo;
        undo.phone = row.phone;
        if (now != known.cend()) {
            undo.phone = now->phone;
            if (now->lastAttemptId > row.addAttemptId) {
                undo.changedSince = true;
                undo.changedBy = now->apiUser;
                undo.changedAt = now->changedAt;
            }
        }
        plan.toDelete << undo;
    }
    return plan;
}

QString UndoPlanner::lastBatch(const HistoryStore &history, const VicidialSystem &system,
                               const std::function<bool(const QString &)> &isBatch)
{
    for (const QString &batchId : history.batches(500)) {
        if (isBatch && !isBatch(batchId))
            continue;
        const QList<HistoryAttempt> attempts = history.batchAttempts(batchId);
        if (!attempts.isEmpty() && attempts.first().systemKey == system.key &&
            std::any_of(attempts.cbegin(), attempts.cend(), [](const HistoryAttempt &attempt) {
                return isAdd(attempt) && attempt.finished && attempt.outcome == Outcome::Added;
            }))
            return batchId;
    }
    return {};
}

QString UndoPlanner::undoLabel(const QString &batchId)
{
    return tr("Undo of %1").arg(batchId);
}

} // namespace vp
