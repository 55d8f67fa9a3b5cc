// The main window: the phone form on the left, this session's phones on the
// right with their send status, the running batch's progress, and the menus
// that reach import, credential test, history and settings. Sending goes
// through the provisioning service and never blocks the window.
#pragma once

#include "import/AliasFollowUp.h"
#include "mainwindow/BatchPanel.h"
#include "mainwindow/BatchRun.h"
#include "model/PhoneRecord.h"

#include <memory>
#include <QMainWindow>
#include <QPersistentModelIndex>
#include <QPointer>

class QLabel;
class QShortcut;

namespace Ui {
class MainWindow;
}

namespace vp {

class AppContext;
class BatchPanel;
class AliasDialog;
class BatchAliases;
class HistoryWindow;
class PhonesWindow;
class PhoneFilterModel;
class PhoneForm;
class PhoneModel;
struct HistoryAttempt;
struct JobOptions;
struct JobResult;
enum class Outcome;

class MainWindow : public QMainWindow, private SendGate
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    PhoneForm *phoneForm() const { return m_form; }
    PhoneModel *phoneModel() const { return m_model; }
    PhoneFilterModel *filterModel() const { return m_filter; }
    HistoryWindow *historyWindow() const;
    PhonesWindow *phonesWindow() const;
    // The open Tools > Phone aliases dialog, or null.
    AliasDialog *aliasDialog() const;
    const BatchRun &currentBatch() const;
    BatchPanel *batchPanel() const { return m_batchPanel; }

    // Shows the non-modal notice about attempts a crash left unfinished.
    void showInterruptedNotice(int count);

public slots:
    // From the import dialog: adds the rows and sends them as one batch.
    void sendImportedPhones(const QList<vp::PhoneRecord> &phones, const QList<int> &sourceLines,
                            const QString &batchId, const QString &label = {},
                            bool passwordsGenerated = false,
                            const QList<vp::BatchSkippedRow> &skipped = {},
                            const vp::AliasFollowUp &aliases = {});
    // From the history window: phones to send again (their passwords are not
    // in history, so the rows wait for them in the form).
    void retryFromHistory(const QList<vp::HistoryAttempt> &attempts, bool resolvingUnknown);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupActions();
    void setupTable();
    void setupStatusBar();
    void restoreWindowState();
    void saveWindowState();

    void addFromForm();
    QString duplicateWarning(const PhoneRecord &phone) const;
    bool readyToSend() override;
    void submitRows(const QList<int> &rows, const QString &batchId);
    void onJobFinished(const JobResult &result);
    void onSendingStopped(Outcome reason, const QString &message);

    QList<int> selectedRows() const;
    void scrollToRows(int first, int last);
    void retrySelected();
    void editRow(int row);
    void showDetails();
    void copyRows();
    void copyCurl();
    void removeSelected();
    void showContextMenu(const QPoint &position);
    void updateActions();

    void updateStatusBar();
    void showNotice(const QString &text, bool offerHistory);
    // A batch of operations (Phones window, an import mode, an undo) through
    // the batch panel, on request.systemKey's connection (MainWindowBatches.cpp).
    bool sendBatch(BatchRequest &request, const QList<BatchSkippedRow> &skipped, QString *why);
    // The batch panel's or the history's "Undo batch…": the Phones window
    // shows the plan and sends the deletes as a batch of their own.
    void undoBatch(const QString &batchId);

    void openImport();
    void openSettings();
    void openCredentialTest();
    void openHistory();
    void openPhones();
    // Tools > Phone aliases and the aliases that follow a generated batch
    // (MainWindowAliases.cpp).
    void setupAliases();
    void openAliases();
    void showAbout();
    void showUserGuide();
    void updateAddAction();
    void updateDemoBanner();
    void applyStatusColors();

    AppContext &m_context;
    const std::unique_ptr<Ui::MainWindow> m_ui;
    PhoneForm *m_form = nullptr;
    PhoneModel *m_model = nullptr;
    PhoneFilterModel *m_filter = nullptr;
    QPointer<HistoryWindow> m_history;
    QPointer<PhonesWindow> m_phones;
    // Permanent status bar labels: Designer cannot place them, so they are made here.
    QLabel *m_serverLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_buildLabel = nullptr;
    QLabel *m_historyLabel = nullptr;
    QLabel *m_inFlightLabel = nullptr;
    // The failed row being fixed in the form (Add then resends it).
    QPersistentModelIndex m_editing;
    BatchPanel *m_batchPanel = nullptr;
    BatchAliases *m_batchAliases = nullptr;
    // Ctrl+Return while the form is not ready (the action is disabled then).
    QShortcut *m_addBlockedShortcut = nullptr;
};

} // namespace vp
