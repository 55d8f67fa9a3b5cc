// PhonesWindow::undoBatch: the desktop side of history/UndoPlan.h. The plan
// is read from the history when asked, shown in full before anything is
// sent, and the deletes go through the app's service like every other action
// of this window; asking again finishes an undo that was cut short.
#include "history/PhonesWindow.h"

#include "history/HistoryStore.h"
#include "history/UndoPlan.h"
#include "widgets/AppContext.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

// At most `limit` extensions of the list, then "and N more".
QString someOf(const QStringList &names, int limit = 15)
{
    if (names.size() <= limit)
        return names.join(u", "_s);
    return names.mid(0, limit).join(u", "_s) + u" "_s +
           PhonesWindow::tr("and %n more", nullptr, int(names.size() - limit));
}

QString planText(const UndoPlan &plan)
{
    QStringList lines;
    QStringList deleted, changed, unknown, created;
    for (const UndoRow &row : plan.toDelete) {
        deleted << row.phone.extension();
        if (row.changedSince)
            changed << PhonesWindow::tr("%1 (by %2, %3 UTC)")
                           .arg(row.phone.extension(), row.changedBy,
                                row.changedAt.toString(u"yyyy-MM-dd HH:mm"_s));
    }
    for (const PhoneRecord &phone : plan.unknown)
        unknown << phone.extension();
    for (const PhoneRecord &phone : plan.created)
        created << phone.extension();
    if (!deleted.isEmpty())
        lines << PhonesWindow::tr("Delete %n phone(s) it added: %1.", nullptr, int(deleted.size()))
                     .arg(someOf(deleted));
    if (!changed.isEmpty())
        lines << PhonesWindow::tr("Changed since the batch, deleted as they are now: %1.")
                     .arg(someOf(changed, 8));
    if (plan.alreadyExisted > 0)
        lines << PhonesWindow::tr("Kept: %n phone(s) that already existed before the batch.",
                                  nullptr, plan.alreadyExisted);
    if (plan.failed > 0)
        lines << PhonesWindow::tr("Nothing to do for %n refused row(s).", nullptr, plan.failed);
    if (plan.alreadyDeleted > 0)
        lines << PhonesWindow::tr("Skipped: %n phone(s) deleted since.", nullptr,
                                  plan.alreadyDeleted);
    if (!unknown.isEmpty())
        lines << PhonesWindow::tr("Left alone: %1. The server never answered whether they were "
                                  "added (they may have been there before); check them on "
                                  "VICIdial and delete them here if they are the batch's.")
                     .arg(someOf(unknown));
    if (!created.isEmpty())
        lines << PhonesWindow::tr("Left alone: %1, deleted and made again by a later batch.")
                     .arg(someOf(created));
    return lines.join(u"\n"_s);
}

} // namespace

void PhonesWindow::undoBatch(const QString &batchOfCaller)
{
    QString batchId = batchOfCaller;
    if (!batchId.isEmpty()) {
        // The batch's own system: nothing is deleted anywhere else.
        const QList<HistoryAttempt> attempts = m_context.history().batchAttempts(batchId);
        const int index =
            attempts.isEmpty() ? -1 : m_systemCombo->findData(attempts.first().systemKey);
        if (index >= 0 && index != m_systemCombo->currentIndex())
            m_systemCombo->setCurrentIndex(index);
    }
    const VicidialSystem system = currentSystem();
    const QString systemLabel = system.name.isEmpty() ? system.key : system.name;
    for (const KnownPhone &known : batchId.isEmpty() ? selectedPhones() : QList<KnownPhone>()) {
        if (!known.createdBatch.isEmpty()) {
            batchId = known.createdBatch;
            break;
        }
    }
    if (batchId.isEmpty())
        batchId = UndoPlanner::lastBatch(m_context.history(), system);
    if (batchId.isEmpty()) {
        MessageBox::information(this, tr("Undo batch"),
                                tr("No batch added phones on %1.").arg(systemLabel));
        return;
    }
    QString error;
    const std::optional<UndoPlan> plan =
        UndoPlanner::plan(m_context.history(), batchId, system, &error);
    if (!plan) {
        MessageBox::warning(this, tr("Undo batch"), error);
        return;
    }
    const QString title = tr("Undo batch %1 on %2").arg(batchId, systemLabel);
    if (plan->toDelete.isEmpty()) {
        MessageBox::information(this, tr("Undo batch"),
                                title + u"\n\n"_s + tr("Nothing to delete.") + u"\n"_s +
                                    planText(*plan));
        return;
    }
    const QString question = title + u"\n\n"_s + planText(*plan) + u"\n\n"_s +
                             tr("Deleting cannot be undone. Delete these phones?");
    if (MessageBox::question(this, tr("Undo batch"), question) != QMessageBox::Yes)
        return;
    QList<std::pair<Operation, QString>> operations;
    for (const UndoRow &row : plan->toDelete)
        operations.append({Operation::deletePhone(row.phone.extension(), row.phone.serverIp()),
                           row.phone.extensionKey()});
    submitAll(operations, UndoPlanner::undoLabel(batchId), batchId);
}

} // namespace vp
