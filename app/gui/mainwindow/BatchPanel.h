// The main window's batch: starting one (its plan recorded in the batch
// journal and its passwords in the keychain before the first request), the
// progress panel with pause, resume, cancel and "Retry failed", the result
// report and the agent handout, and continuing a batch that a crash, a kill
// or a quit cut short.
#pragma once

#include "history/BatchJournal.h"
#include "mainwindow/BatchRun.h"
#include "model/PhoneRecord.h"

#include <functional>
#include <memory>
#include <QGroupBox>
#include <QHash>
#include <QMap>
#include <QSet>

class QWidget;

namespace Ui {
class BatchPanel;
}

namespace vp {

class AppContext;
class PhoneModel;
class ResumeBatchDialog;
struct JobResult;

// What the panel asks of the window it sits in before anything is sent: the
// server, the password, clearing a stop after a login error.
class SendGate
{
public:
    virtual ~SendGate() = default;
    virtual bool readyToSend() = 0;
};

class BatchPanel : public QGroupBox
{
    Q_OBJECT
public:
    BatchPanel(AppContext &context, PhoneModel *model, SendGate &gate, QWidget *parent);
    ~BatchPanel() override;

    const BatchRun &current() const { return m_batch; }
    BatchJournal &journal() { return *m_journal; }

    // skipped: the list's rows not sent (problems in the preview), counted
    // in the summary and the report.
    void start(const QList<PhoneRecord> &phones, const QList<int> &sourceLines,
               const QString &batchId, const QString &label, bool passwordsGenerated,
               const QList<BatchSkippedRow> &skipped = {});
    // A batch of any operations (Phones window, undo) on request.systemKey.
    // False, with *why, when another batch is still running.
    bool startOperations(const BatchRequest &request, QString *why,
                         const QList<BatchSkippedRow> &skipped = {});
    void onJobFinished(const JobResult &result);
    void retryFailed();
    // Rows of the running batch sent again one by one (context menu) count again.
    void countResent(const QList<int> &rows);
    void updatePanel();

    // On start-up: batches whose process is gone with rows left to send are
    // offered for continuing, one dialog each (non-modal to the event loop).
    void offerResume();
    // What the resume dialog's "Continue" does (public for tests).
    void continueBatch(const QString &batchId);
    // Not offered any more (its history stays); its passwords leave the keychain.
    void discardBatch(const QString &batchId);

    void exportReport(const QString &batchId);
    void saveHandout(const QString &batchId);

signals:
    // A message for the main window's notice bar.
    void notice(const QString &text);
    // These rows of the model are to be sent as jobs of the batch.
    void sendRequested(const QList<int> &rows, const QString &batchId);
    // "Undo batch…": take back what the batch added (the Phones window shows
    // the plan and sends the deletes).
    void undoRequested(const QString &batchId);
    // continueBatch finished queuing the rows it could (for tests and the status bar).
    void continued(const QString &batchId, int queued);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The status may run to several lines (a wait message): the panel keeps
    // the height they need at its width instead of cutting them off.
    void fitStatusLabel();
    using Passwords = QHash<int, QStringList>; // seq -> {phone_pass, registration_password}
    void storePasswords(const QString &batchId, const Passwords &passwords);
    void continueWithPasswords(const QString &batchId, const Passwords &stored);
    void readBatchPasswords(const QString &batchId);
    // The batch's system or API user is not the settings' one: asks whether to
    // continue there (with that account's password), never elsewhere.
    void continueOnOwnSystem(const BatchInfo &info);
    void closeIfComplete(const QString &batchId);
    // Journals and sends the rows (passwords kept in the keychain by position).
    void startRows(const BatchInfo &info, const QList<BatchPlanRow> &rows,
                   const QList<BatchSkippedRow> &skipped, const QString &systemKey);
    void showResumeDialog(const QList<BatchProgress> &batches, int index);

    AppContext &m_context;
    QString m_batchSystem; // the running batch's VICIdial system, as shown
    PhoneModel *m_model;
    SendGate &m_gate;
    const std::unique_ptr<Ui::BatchPanel> m_ui;
    std::unique_ptr<BatchJournal> m_journal;
    BatchRun m_batch;
    // The passwords of this run's batch by plan position, in memory; the rows
    // whose passwords were made anew when continuing (the first ones were lost).
    Passwords m_passwords;
    QSet<int> m_regenerated;
    // Why the batch waits (team mode): the shared history gone, or another
    // admin's request for a row's phone or login; empty when it does not.
    // Team mode: why nothing is sent (the shared history is gone), and why
    // rows wait (another admin's request for the same phone), by job.
    QString m_historyMessage;
    QMap<qint64, QString> m_waiting;
};

} // namespace vp
