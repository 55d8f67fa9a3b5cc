#include "mainwindow/BatchPanel.h"
#include "history/BatchResumePlan.h"
#include "ui_BatchPanel.h"

#include "config/Settings.h"
#include "import/BatchReportWriter.h"
#include "mainwindow/PasswordDialog.h"
#include "mainwindow/PhoneModel.h"
#include "mainwindow/ResumeBatchDialog.h"
#include "rules/PasswordGenerator.h"
#include "service/ProvisioningService.h"
#include "widgets/AppContext.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

QString passwordsToJson(const QHash<int, QStringList> &passwords)
{
    QJsonObject object;
    for (auto it = passwords.begin(); it != passwords.end(); ++it)
        object.insert(QString::number(it.key()), QJsonArray::fromStringList(it.value()));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

BatchPanel::BatchPanel(AppContext &context, PhoneModel *model, SendGate &gate, QWidget *parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_model(model)
    , m_gate(gate)
    , m_ui(std::make_unique<Ui::BatchPanel>())
    , m_journal(std::make_unique<BatchJournal>(context.history()))
{
    m_ui->setupUi(this);
    setObjectName(u"batchGroupBox"_s);
    setVisible(false);
    connect(m_ui->pauseBatchPushButton, &QPushButton::toggled, this, [this](bool paused) {
        if (paused)
            m_context.service().pause();
        else
            m_context.service().resume();
        m_ui->pauseBatchPushButton->setText(paused ? tr("Res&ume") : tr("Pa&use"));
        updatePanel();
    });
    connect(m_ui->cancelBatchPushButton, &QPushButton::clicked, this, [this] {
        if (m_batch.isValid())
            m_context.service().cancelBatch(m_batch.batchId());
    });
    connect(m_ui->retryFailedPushButton, &QPushButton::clicked, this, &BatchPanel::retryFailed);
    connect(m_ui->exportReportPushButton, &QPushButton::clicked, this, [this] {
        if (m_batch.isValid())
            exportReport(m_batch.batchId());
    });
    connect(m_ui->saveHandoutPushButton, &QPushButton::clicked, this, [this] {
        if (m_batch.isValid())
            saveHandout(m_batch.batchId());
    });
    connect(m_ui->undoBatchPanelPushButton, &QPushButton::clicked, this, [this] {
        if (m_batch.isValid())
            emit undoRequested(m_batch.batchId());
    });
    connect(m_ui->closeBatchPushButton, &QPushButton::clicked, this, &QWidget::hide);
    // Team mode: a shared history that stopped answering pauses the batch
    // (the service sends nothing) until it is back; a row waiting for another
    // admin's request says so.
    connect(&m_context.service(), &ProvisioningService::historyLost, this,
            [this](const QString &message) {
                m_historyMessage = message;
                updatePanel();
            });
    connect(&m_context.service(), &ProvisioningService::historyRestored, this, [this] {
        m_historyMessage.clear();
        updatePanel();
    });
    // Each waiting row's reason, until it leaves or ends.
    connect(&m_context.service(), &ProvisioningService::jobWaiting, this,
            [this](qint64 jobId, const QString &message) {
                m_waiting.insert(jobId, message);
                updatePanel();
            });
    connect(&m_context.service(), &ProvisioningService::jobStarted, this, [this](qint64 jobId) {
        if (m_waiting.remove(jobId) > 0)
            updatePanel();
    });
    connect(&m_context.service(), &ProvisioningService::jobFinished, this,
            [this](const JobResult &result) {
                if (m_waiting.remove(result.jobId) > 0)
                    updatePanel();
            });
}

BatchPanel::~BatchPanel() = default;

void BatchPanel::start(const QList<PhoneRecord> &phones, const QList<int> &sourceLines,
                       const QString &batchId, const QString &label, bool passwordsGenerated,
                       const QList<BatchSkippedRow> &skipped)
{
    BatchInfo info;
    info.batchId = batchId;
    info.label = label;
    info.serverUrl = m_context.connectionConfig().apiUrl.toString();
    info.apiUser = m_context.settings().value(SettingKey::ApiUser).toString();
    info.passwordsGenerated = passwordsGenerated;
    QList<BatchPlanRow> rows;
    rows.reserve(phones.size());
    for (int i = 0; i < phones.size(); ++i)
        rows << BatchPlanRow::fromOperation(Operation::addPhone(phones[i]), sourceLines.value(i));
    startRows(info, rows, skipped, m_context.system().key);
}

bool BatchPanel::startOperations(const BatchRequest &request, QString *why,
                                 const QList<BatchSkippedRow> &skipped)
{
    if (m_batch.isValid() && !m_batch.isDone()) {
        *why = tr("Another batch is still running: wait for it to finish, or cancel it.");
        return false;
    }
    startRows(request.info, request.rows, skipped, request.systemKey);
    return true;
}

void BatchPanel::startRows(const BatchInfo &info, const QList<BatchPlanRow> &rows,
                           const QList<BatchSkippedRow> &skipped, const QString &systemKey)
{
    const QString batchId = info.batchId;
    m_batchSystem = VicidialSystem::fromApiUrl(QUrl(info.serverUrl)).displayName();
    // Without the plan the batch still runs (the history records every
    // attempt before it is sent); only continuing after a crash is lost.
    if (!m_journal->begin(info, rows, skipped))
        emit notice(tr("This batch could not be recorded for continuing after a crash (%1). "
                       "It is sent anyway; history records every attempt.")
                        .arg(m_journal->lastError()));
    m_passwords.clear();
    m_regenerated.clear();
    QList<PhoneRecord> phones;
    QList<int> sourceLines;
    phones.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        phones << rows[i].phone;
        sourceLines << rows[i].sourceLine;
        const QString pass = rows[i].phone.value(PhoneField::PhonePass);
        const QString registration = rows[i].phone.value(PhoneField::RegistrationPassword);
        if (!pass.isEmpty() || !registration.isEmpty())
            m_passwords.insert(i, {pass, registration});
    }
    storePasswords(batchId, m_passwords);

    const int first = m_model->appendPhones(phones, batchId, sourceLines);
    QList<int> modelRows;
    modelRows.reserve(rows.size());
    bool changes = false;
    for (int i = 0; i < rows.size(); ++i) {
        m_model->setOperation(first + i, rows[i]);
        m_model->setSystemKey(first + i, systemKey);
        modelRows.append(first + i);
        changes = changes || rows[i].kind != Operation::Kind::AddPhone || rows[i].updateIfExists;
    }
    m_batch = BatchRun(batchId);
    m_batch.setChanges(changes);
    m_batch.addPending(int(modelRows.size()));
    QList<int> skippedLines;
    for (const BatchSkippedRow &row : skipped)
        skippedLines.append(row.sourceLine);
    m_batch.setSkippedLines(skippedLines);
    m_ui->pauseBatchPushButton->setChecked(false);
    setVisible(true);
    emit sendRequested(modelRows, batchId);
    // Rows the service refused at once (invalid, stopped) count as failed now.
    for (int row : modelRows) {
        if (m_model->phoneRow(row).jobId <= 0)
            m_batch.recordOutcome(Outcome::Cancelled);
    }
    updatePanel();
}

void BatchPanel::storePasswords(const QString &batchId, const Passwords &passwords)
{
    if (passwords.isEmpty())
        return;
    // The keychain keeps them across a crash; a memory store only for this run
    // (then continuing asks for the file again or makes new generated ones).
    m_context.secrets().write(BatchJournal::secretKey(batchId), passwordsToJson(passwords),
                              [](bool, const QString &) {});
}

void BatchPanel::onJobFinished(const JobResult &result)
{
    if (!m_batch.isValid() || result.batchId != m_batch.batchId())
        return;
    m_batch.recordOutcome(result.outcome);
    updatePanel();
    if (m_batch.isDone())
        closeIfComplete(m_batch.batchId());
}

void BatchPanel::closeIfComplete(const QString &batchId)
{
    const BatchProgress progress = m_journal->progress(batchId);
    if (!progress.rows.isEmpty() && !progress.hasWorkLeft())
        discardBatch(batchId);
}

void BatchPanel::updatePanel()
{
    const bool valid = m_batch.isValid();
    m_ui->exportReportPushButton->setEnabled(valid);
    m_ui->saveHandoutPushButton->setEnabled(valid && m_batch.added() > 0);
    // Only a finished batch that added phones can be taken back.
    m_ui->undoBatchPanelPushButton->setEnabled(valid && m_batch.isDone() && !m_batch.isChanges() &&
                                               m_batch.added() > 0);
    if (!valid)
        return;
    m_ui->batchProgressBar->setMaximum(std::max(1, m_batch.total()));
    m_ui->batchProgressBar->setValue(m_batch.finished());
    const bool done = m_batch.isDone();
    setTitle(
        m_batchSystem.isEmpty()
            ? (done ? tr("Batch finished") : tr("Batch running"))
            : (done ? tr("Batch finished on %1") : tr("Batch running on %1")).arg(m_batchSystem));
    QString text = done ? m_batch.summaryText() : m_batch.progressText();
    if (!done && m_context.service().isPaused())
        text += QLatin1Char(' ') + tr("Paused: nothing new is sent.");
    if (!done && !m_historyMessage.isEmpty()) {
        text += QLatin1Char('\n') + m_historyMessage;
    } else if (!done && !m_waiting.isEmpty()) {
        text += QLatin1Char('\n') + m_waiting.last();
        if (m_waiting.size() > 1)
            text += QLatin1Char(' ') + tr("(%n more waiting)", nullptr, int(m_waiting.size() - 1));
    }
    m_ui->batchStatusLabel->setText(text);
    fitStatusLabel();
    m_ui->pauseBatchPushButton->setEnabled(!done);
    m_ui->cancelBatchPushButton->setEnabled(!done);
    m_ui->retryFailedPushButton->setEnabled(done &&
                                            (m_batch.failed() > 0 || m_batch.unknown() > 0));
}

void BatchPanel::retryFailed()
{
    if (!m_batch.isValid() || !m_gate.readyToSend())
        return;
    QList<int> rows = m_model->rowsOfBatch(m_batch.batchId(), PhoneStatus::Failed);
    rows += m_model->rowsOfBatch(m_batch.batchId(), PhoneStatus::Unknown);
    // The batch's totals stay: the rows sent again leave their earlier
    // outcome and count once more when their answer comes.
    for (int row : std::as_const(rows)) {
        const PhoneRow &r = m_model->phoneRow(row);
        m_batch.reopen(r.outcome);
        // A row fixed in the form (another server, say) is reported as sent.
        if (r.sourceLine > 0)
            m_journal->updatePlanPhone(m_batch.batchId(), r.sourceLine, r.phone);
    }
    emit sendRequested(rows, m_batch.batchId());
    // Rows the service refused at once count as failed again now.
    for (int row : std::as_const(rows)) {
        if (m_model->phoneRow(row).jobId <= 0)
            m_batch.recordOutcome(Outcome::Cancelled);
    }
    updatePanel();
}

void BatchPanel::countResent(const QList<int> &rows)
{
    if (!m_batch.isValid() || m_batch.isDone())
        return;
    int inBatch = 0;
    for (int row : rows)
        inBatch += m_model->phoneRow(row).batchId == m_batch.batchId() ? 1 : 0;
    m_batch.addPending(inBatch);
}

void BatchPanel::exportReport(const QString &batchId)
{
    const BatchProgress progress = m_journal->progress(batchId);
    QList<BatchReportRow> rows;
    rows.reserve(progress.rows.size());
    for (const BatchRowStatus &status : progress.rows) {
        BatchReportRow row;
        row.line = status.row.sourceLine;
        row.phone = status.row.phone;
        row.finished = status.state != BatchRowState::NotSent;
        row.outcome = status.hasAttempt ? status.attempt.outcome : Outcome::Cancelled;
        if (status.state == BatchRowState::Unknown && status.attempt.finished == false)
            row.outcome = Outcome::Interrupted;
        // The service's message already says when "already exists" was
        // taken as added after an unknown outcome: no second note.
        row.message = status.hasAttempt ? status.attempt.message : tr("Not sent");
        rows.append(row);
    }
    // Every row of the list: also those not sent for a problem the preview showed.
    for (const BatchSkippedRow &skipped : progress.skipped) {
        BatchReportRow row;
        row.line = skipped.sourceLine;
        row.phone = skipped.phone;
        row.skipped = skipped.reason;
        row.message = skipped.message;
        rows.append(row);
    }
    std::stable_sort(
        rows.begin(), rows.end(),
        [](const BatchReportRow &a, const BatchReportRow &b) { return a.line < b.line; });
    if (rows.isEmpty()) {
        emit notice(tr("There is nothing to report for this batch."));
        return;
    }
    const QString path = FileDialog::getSaveFileName(
        window(), tr("Export Batch Report"),
        FileDialog::startPath(m_context.settings(), u"batch-report.csv"_s),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    FileDialog::remember(m_context.settings(), path);
    QString error;
    if (!BatchReportWriter::writeReport(path, rows, &error)) {
        MessageBox::warning(window(), tr("Export Batch Report"), error);
        return;
    }
    emit notice(tr("Report saved to %1: %2")
                    .arg(QDir::toNativeSeparators(path), BatchReportWriter::summary(rows)));
}

void BatchPanel::saveHandout(const QString &batchId)
{
    if (MessageBox::warning(
            window(), tr("Save Agent Handout"),
            tr("The handout lists the login password and registration password of every phone "
               "this batch added, in plain text. Anyone who reads the file can register as "
               "these phones.\n\nThe file is made readable by you only. Hand it out over a "
               "safe channel and delete it afterwards.\n\nSave it?"),
            QMessageBox::Save | QMessageBox::Cancel) != QMessageBox::Save)
        return;
    // The password each phone was last sent with in this run, by extension.
    QHash<QString, PhoneRecord> sent;
    for (int row : m_model->rowsOfBatch(batchId, PhoneStatus::Added))
        sent.insert(m_model->phoneRow(row).phone.extensionKey(), m_model->phoneRow(row).phone);

    const BatchProgress progress = m_journal->progress(batchId);
    QList<PhoneRecord> phones;
    QStringList left;
    for (const BatchRowStatus &status : progress.rows) {
        if (status.state != BatchRowState::Added)
            continue;
        const BatchPlanRow &plan = status.row;
        PhoneRecord phone = sent.value(plan.phone.extensionKey(), PhoneRecord());
        if (phone.extension().isEmpty()) {
            phone = plan.phone;
            const QStringList pair = m_passwords.value(plan.seq);
            phone.setValue(PhoneField::PhonePass, pair.value(0));
            phone.setValue(PhoneField::RegistrationPassword, pair.value(1));
        }
        // A phone that already existed keeps the password it was first sent
        // with; when that one was lost and replaced, the handout cannot say it.
        const bool passwordUncertain = status.attempt.verify && m_regenerated.contains(plan.seq);
        const bool passwordMissing =
            plan.phonePassSet && phone.value(PhoneField::PhonePass).isEmpty();
        if (passwordUncertain || passwordMissing) {
            left.append(plan.phone.extension());
            continue;
        }
        phones.append(phone);
    }
    if (phones.isEmpty()) {
        MessageBox::information(window(), tr("Save Agent Handout"),
                                tr("No added phone of this batch has a password this program "
                                   "still holds."));
        return;
    }
    const QString path = FileDialog::getSaveFileName(
        window(), tr("Save Agent Handout"),
        FileDialog::startPath(m_context.settings(), u"agent-handout.csv"_s),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    FileDialog::remember(m_context.settings(), path);
    QString error;
    if (!BatchReportWriter::writeHandout(path, phones, &error)) {
        MessageBox::warning(window(), tr("Save Agent Handout"), error);
        return;
    }
    QString text = tr("Handout with %n phone(s) saved to %1 (readable by you only).", nullptr,
                      int(phones.size()))
                       .arg(QDir::toNativeSeparators(path));
    if (!left.isEmpty())
        text +=
            QLatin1Char(' ') + tr("Left out, their password on the server is not known here: %1")
                                   .arg(left.join(u", "_s));
    emit notice(text);
}

void BatchPanel::resizeEvent(QResizeEvent *event)
{
    QGroupBox::resizeEvent(event);
    fitStatusLabel();
}

void BatchPanel::fitStatusLabel()
{
    QLabel *label = m_ui->batchStatusLabel;
    const int width = label->width() > 0 ? label->width() : label->sizeHint().width();
    const int height = label->heightForWidth(width);
    if (height > 0 && height != label->minimumHeight())
        label->setMinimumHeight(height);
}

} // namespace vp
