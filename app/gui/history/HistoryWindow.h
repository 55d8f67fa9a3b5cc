// Every attempt ever made, filtered by text, outcome and date, with the
// redacted request and reply of the selected one; failed attempts can be sent
// again and unknown ones resolved by a resend.
#pragma once

#include "history/HistoryTypes.h"

#include <memory>
#include <QWidget>

namespace Ui {
class HistoryWindow;
}

namespace vp {

class AppContext;
class HistoryModel;

class HistoryWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryWindow(AppContext &context, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    HistoryModel *model() const { return m_model; }
    void refresh();
    // Writes the attempts matching the filter to a CSV file (asks where).
    bool exportCsv();

signals:
    void retryRequested(const QList<vp::HistoryAttempt> &attempts, bool resolvingUnknown);
    // "Undo batch…" for the batch of the selected attempt.
    void undoRequested(const QString &batchId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    HistoryFilter currentFilter() const;
    void applyFilter();
    void showSelected();
    void updateButtons();
    QList<HistoryAttempt> selectedAttempts() const;

    AppContext &m_context;
    const std::unique_ptr<Ui::HistoryWindow> m_ui;
    HistoryModel *m_model = nullptr;
};

} // namespace vp
