// What undoing a batch means: delete every phone the batch added on its
// VICIdial system, and nothing else. Phones that "already existed" were not
// made by the batch and are kept; failed rows made nothing; rows whose outcome
// stayed unknown are left (the phone may or may not exist, and a delete
// cannot tell whether this batch made it) and are named. A phone changed by a
// later attempt is still deleted, but named, so the user sees what the undo
// takes away. The plan is read from the history each time: an undo cut short
// (a crash, a lost connection) is finished by asking for the same undo again,
// which skips the phones already deleted and sends the others.
#pragma once

#include "history/HistoryTypes.h"
#include "model/VicidialSystem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace vp {

class HistoryStore;

struct UndoRow
{
    PhoneRecord phone; // as last sent, no secrets
    // Changed after the batch added it (by another attempt): who and when.
    bool changedSince = false;
    QString changedBy;
    QDateTime changedAt; // UTC
};

struct UndoPlan
{
    QString batchId;
    VicidialSystem system;
    QList<UndoRow> toDelete;    // added by the batch and still there, in batch order
    QList<PhoneRecord> unknown; // sent, never answered: left alone
    QList<PhoneRecord> created; // created again by a later batch: left alone
    int alreadyDeleted = 0;     // deleted since (by an earlier undo or by hand)
    int alreadyExisted = 0;     // there before the batch: kept
    int failed = 0;             // refused: nothing was made
};

class UndoPlanner
{
    Q_DECLARE_TR_FUNCTIONS(UndoPlanner)

public:
    // The plan of undoing batchId on `system`; nullopt with *error when the
    // history has no such batch, the batch added no phones, or it was sent to
    // another system (nothing is deleted on a system the batch did not add to).
    static std::optional<UndoPlan> plan(const HistoryStore &history, const QString &batchId,
                                        const VicidialSystem &system, QString *error);
    // The newest batch of this history on `system` that added at least one
    // phone and that isBatch accepts (the CLI: batches in the batch journal,
    // so a single `add` is not taken for the last import); empty when none.
    static QString lastBatch(const HistoryStore &history, const VicidialSystem &system,
                             const std::function<bool(const QString &)> &isBatch = {});
    // The batch journal's label of the undo of batchId ("Undo of ..."): the
    // undo is a batch of its own (BatchInfo::undoOf), resumable like any.
    static QString undoLabel(const QString &batchId);
};

} // namespace vp
