// BatchPanel, continuing a batch cut short: the batches whose process is
// gone are offered at start-up, one dialog each; a batch continues on its own
// VICIdial system and API user only, with the passwords the keychain kept (or
// new ones for a generated batch), and each row with its own operation.
#include "config/Settings.h"
#include "history/BatchResumePlan.h"
#include "import/BatchReportWriter.h"
#include "mainwindow/BatchPanel.h"
#include "mainwindow/PasswordDialog.h"
#include "mainwindow/PhoneModel.h"
#include "mainwindow/ResumeBatchDialog.h"
#include "rules/PasswordGenerator.h"
#include "service/ProvisioningService.h"
#include "ui_BatchPanel.h"
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

} // namespace vp
