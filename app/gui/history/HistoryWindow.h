// Every attempt ever made, filtered by text, outcome, date and who sent it,
// with the redacted request and reply of the selected one; failed attempts can
// be sent again and unknown ones resolved by a resend. While it is shown,
// attempts written by other programs sharing the history appear by themselves.
#pragma once

#include "history/HistoryTypes.h"

#include <memory>
#include <QElapsedTimer>
#include <QWidget>

class QComboBox;

namespace Ui {
class HistoryWindow;
}

namespace vp {

class AppContext;
class HistoryModel;
class HistoryWatcher;

class HistoryWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryWindow(AppContext &context, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    HistoryModel *model() const { return m_model; }
    HistoryWatcher *watcher() const { return m_watcher; }
    // Reads the history again, keeping the selection and the scroll position.
    void refresh();
    // Writes the attempts matching the filter to a CSV file (asks where).
    bool exportCsv();

signals:
    void retryRequested(const QList<vp::HistoryAttempt> &attempts, bool resolvingUnknown);
    // "Undo batch…" for the batch of the selected attempt.
    void undoRequested(const QString &batchId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    HistoryFilter currentFilter() const;
    void applyFilter();
    void updateCount();
    // Fills the "who" filters with the values the history holds now.
    void updateWhoFilters();
    // False when it already offered those.
    bool setWhoChoices(QComboBox *comboBox, const QStringList &values);
    void showSelected();
    void updateButtons();
    QList<HistoryAttempt> selectedAttempts() const;

    AppContext &m_context;
    const std::unique_ptr<Ui::HistoryWindow> m_ui;
    HistoryModel *m_model = nullptr;
    HistoryWatcher *m_watcher = nullptr;
    QElapsedTimer m_apiUsersRead;
};

} // namespace vp
