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

QHash<int, QStringList> passwordsFromJson(const QString &json)
{
    QHash<int, QStringList> passwords;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        QStringList pair;
        for (const QJsonValue &value : it.value().toArray())
            pair.append(value.toString());
        while (pair.size() < 2)
            pair.append(QString());
        passwords.insert(it.key().toInt(), pair);
    }
    return passwords;
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
    m_ui->batchStatusLabel->setText(text);
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

void BatchPanel::offerResume()
{
    QList<BatchProgress> offered;
    const QList<BatchInfo> orphaned = m_journal->orphanedBatches();
    for (const BatchInfo &info : orphaned) {
        BatchProgress progress = m_journal->progress(info.batchId);
        if (progress.hasWorkLeft())
            offered.append(std::move(progress));
        else if (!progress.rows.isEmpty())
            discardBatch(info.batchId); // every row definite: nothing to continue
    }
    if (!offered.isEmpty())
        showResumeDialog(offered, 0);
}

void BatchPanel::showResumeDialog(const QList<BatchProgress> &batches, int index)
{
    if (index >= batches.size())
        return;
    const QString batchId = batches.at(index).info.batchId;
    auto *dialog = new ResumeBatchDialog(batches.at(index), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResumeBatchDialog::exportRequested, this,
            [this, batchId] { exportReport(batchId); });
    connect(dialog, &QDialog::finished, this, [this, dialog, batches, index, batchId](int) {
        switch (dialog->choice()) {
        case ResumeBatchDialog::Choice::Continue:
            continueBatch(batchId);
            return; // one batch at a time: the next is offered at the next start
        case ResumeBatchDialog::Choice::Discard:
            discardBatch(batchId);
            break;
        case ResumeBatchDialog::Choice::Later:
            break;
        }
        showResumeDialog(batches, index + 1);
    });
    dialog->open();
}

void BatchPanel::continueBatch(const QString &batchId)
{
    if (m_batch.isValid() && !m_batch.isDone()) {
        emit notice(tr("Another batch is still running: continue this one when it has finished "
                       "(it is offered again at the next start)."));
        return;
    }
    const std::optional<BatchInfo> info = m_journal->batch(batchId);
    if (!info) {
        emit notice(tr("The batch could not be read: %1").arg(m_journal->lastError()));
        return;
    }
    // A batch continues only on its own VICIdial system and API user,
    // whatever the settings point at now.
    const ConnectionConfig current = m_context.connectionConfig();
    if (VicidialSystem::keyFor(QUrl(info->serverUrl)) == VicidialSystem::keyFor(current.apiUrl) &&
        info->apiUser == current.credentials.user) {
        if (!m_gate.readyToSend()) {
            emit notice(tr("The batch was not continued; it is offered again at the next start."));
            return;
        }
        readBatchPasswords(batchId);
        return;
    }
    continueOnOwnSystem(*info);
}

void BatchPanel::readBatchPasswords(const QString &batchId)
{
    QPointer<BatchPanel> self(this);
    m_context.secrets().read(BatchJournal::secretKey(batchId),
                             [self, batchId](std::optional<QString> secret, const QString &) {
                                 if (!self)
                                     return;
                                 self->continueWithPasswords(
                                     batchId, secret ? passwordsFromJson(*secret) : Passwords());
                             });
}

void BatchPanel::continueOnOwnSystem(const BatchInfo &info)
{
    const QUrl batchUrl(info.serverUrl);
    const VicidialSystem own = VicidialSystem::fromApiUrl(batchUrl);
    const VicidialSystem current = m_context.system();
    const QString later = tr("The batch was not continued; it is offered again at the next start.");
    if (m_context.service().isStopped()) {
        emit notice(tr("Sending is stopped after a login or permission error: %1")
                        .arg(m_context.service().lastError()) +
                    QLatin1Char(' ') + later);
        return;
    }
    const QString where =
        own == current
            ? tr("the API user %1 on %2, and the settings now use %3")
                  .arg(info.apiUser, own.displayName(),
                       m_context.connectionConfig().credentials.user)
            : tr("%1 (API user %2), and the settings now point at %3")
                  .arg(own.displayName(), info.apiUser,
                       current.displayName().isEmpty() ? tr("no server") : current.displayName());
    if (MessageBox::question(window(), tr("Batch of another system"),
                             tr("Batch \"%1\" was sent to %2.\n\nContinue it on %3? Its rows "
                                "are sent there only, never to the system in the settings.")
                                 .arg(info.label, where, own.displayName())) != QMessageBox::Yes) {
        emit notice(later);
        return;
    }
    ConnectionConfig config = m_context.connectionConfig();
    config.apiUrl = batchUrl;
    config.credentials.user = info.apiUser;
    config.credentials.password.clear();
    config.systemName.clear();
    if (const auto known = m_context.connectionFor(own.key);
        known && known->credentials.user == info.apiUser) {
        config = *known;
    }
    const QString batchId = info.batchId;
    QPointer<BatchPanel> self(this);
    const auto proceed = [self, batchId, config, later](QString password) {
        if (!self)
            return;
        ConnectionConfig target = config;
        if (password.isEmpty())
            password =
                PasswordDialog::askFor(self->m_context, self->window(), target.credentials.user,
                                       target.apiUrl.toString(QUrl::RemoveUserInfo));
        if (password.isEmpty()) {
            emit self->notice(later);
            return;
        }
        target.credentials.password = password;
        self->m_context.rememberConnection(target);
        self->readBatchPasswords(batchId);
    };
    if (!config.credentials.password.isEmpty()) {
        proceed(config.credentials.password);
        return;
    }
    m_context.secrets().read(SecretStore::keyFor(config.apiUrl.toString(), config.credentials.user),
                             [proceed](std::optional<QString> secret, const QString &) {
                                 proceed(secret.value_or(QString()));
                             });
}

void BatchPanel::continueWithPasswords(const QString &batchId, const Passwords &stored)
{
    const BatchProgress progress = m_journal->progress(batchId);
    if (progress.rows.isEmpty()) {
        emit notice(tr("The batch could not be read: %1").arg(m_journal->lastError()));
        return;
    }
    m_journal->adopt(batchId);
    m_batchSystem = VicidialSystem::fromApiUrl(QUrl(progress.info.serverUrl)).displayName();
    m_batch = BatchRun(batchId);
    m_batch.setChanges(
        std::any_of(progress.rows.cbegin(), progress.rows.cend(), [](const BatchRowStatus &row) {
            return row.row.kind != Operation::Kind::AddPhone || row.row.updateIfExists;
        }));
    const BatchResumePlan plan =
        BatchResumePlan::make(progress, stored, [] { return PasswordGenerator::generate(); });
    m_passwords = plan.passwords;
    m_regenerated = plan.regenerated;

    // Every row of it goes to the batch's own system (submitRows holds to that).
    QList<int> toSend;
    for (const ResumeRow &resume : plan.toSend) {
        const int row =
            m_model->appendPhones({resume.phone}, batchId, {resume.status.row.sourceLine});
        m_model->setOperation(row, resume.status.row);
        m_model->setResolvingUnknown(row, resume.resolvingUnknown);
        m_model->setSystemKey(row, plan.systemKey);
        toSend.append(row);
    }
    for (const ResumeRow &resume : plan.failed) {
        const int row = m_model->appendUnsent(resume.phone,
                                              outcomeTitle(resume.status.attempt.outcome) +
                                                  u": "_s + resume.status.attempt.message,
                                              false, batchId, resume.status.row.sourceLine);
        m_model->setOperation(row, resume.status.row);
        m_model->setSystemKey(row, plan.systemKey);
    }
    QStringList lost; // "line 12 (1012)"
    for (const BatchPlanRow &row : plan.lost)
        lost.append(tr("line %1 (%2)").arg(row.sourceLine).arg(row.phone.extension()));
    const int failed = int(plan.failed.size());
    if (!m_regenerated.isEmpty())
        storePasswords(batchId, m_passwords);

    m_batch.addPending(int(toSend.size()));
    QList<int> skippedLines;
    for (const BatchSkippedRow &row : progress.skipped)
        skippedLines.append(row.sourceLine);
    m_batch.setSkippedLines(skippedLines);
    m_ui->pauseBatchPushButton->setChecked(false);
    setVisible(true);
    emit sendRequested(toSend, batchId);
    for (int row : toSend) {
        if (m_model->phoneRow(row).jobId <= 0)
            m_batch.recordOutcome(Outcome::Cancelled);
    }
    updatePanel();

    QStringList parts;
    parts << tr("Continuing batch \"%1\": %n row(s) sent again", nullptr, int(toSend.size()))
                 .arg(progress.info.label);
    const int unknown = plan.unknown;
    if (unknown > 0)
        parts << tr("%n of them had no definite answer and are checked (\"already exists\" "
                    "then counts as added)",
                    nullptr, unknown);
    parts << tr("%n already added", nullptr, plan.alreadyAdded);
    if (failed > 0)
        parts << tr("%n failed row(s) listed to fix and retry", nullptr, failed);
    QString text = parts.join(u"; "_s) + QLatin1Char('.');
    if (!m_regenerated.isEmpty())
        text += QLatin1Char(' ') +
                tr("New passwords were made for %n row(s): the first ones were not kept (no "
                   "keychain). Save the agent handout when the batch ends.",
                   nullptr, int(m_regenerated.size()));
    if (!lost.isEmpty()) {
        text += QLatin1Char(' ') +
                tr("The passwords of %n row(s) were not kept (no keychain): import \"%1\" again "
                   "to send them; the phones already added are recognised from history. Rows: %2",
                   nullptr, int(lost.size()))
                    .arg(progress.info.label, lost.mid(0, 20).join(u", "_s));
        // The rest of this batch now comes from that new import.
        discardBatch(batchId);
    }
    emit notice(text);
    emit continued(batchId, int(toSend.size()));
}

void BatchPanel::discardBatch(const QString &batchId)
{
    m_journal->close(batchId);
    m_context.secrets().remove(BatchJournal::secretKey(batchId), [](bool, const QString &) {});
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

} // namespace vp
