// Offered at start-up for a batch whose program stopped before every row was
// sent (crash, kill, quit): what each row came to (added, already existed,
// failed, unknown, never sent), and the choice to continue it, leave it for
// later, or discard it.
#pragma once

#include "history/BatchJournal.h"

#include <memory>
#include <QDialog>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class ResumeBatchDialog;
}

namespace vp {

class ResumeBatchDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        Later,
        Continue,
        Discard
    };

    explicit ResumeBatchDialog(const BatchProgress &progress, QWidget *parent = nullptr);
    ~ResumeBatchDialog() override;

    Choice choice() const { return m_choice; }
    QString batchId() const { return m_batchId; }
    static QString stateTitle(BatchRowState state);

signals:
    void exportRequested();

private:
    void choose(Choice choice);
    void applyFilter();

    const std::unique_ptr<Ui::ResumeBatchDialog> m_ui;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QString m_batchId;
    Choice m_choice = Choice::Later;
};

} // namespace vp
