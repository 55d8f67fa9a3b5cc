// The import dialog's last two steps and its files: the preview's row
// removal and counts, the dry run, the CSV template, the agent handout written
// before sending, and Send. (The first steps are in ImportDialog.cpp.)
#include "import/ImportDialog.h"
#include "ui_ImportDialog.h"

#include "api/ApiRequest.h"
#include "import/BatchReportWriter.h"
#include "import/CsvTemplate.h"
#include "import/ImportPreviewModel.h"
#include "widgets/AppContext.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vp {

namespace {
constexpr int kDryRunShown = 20;
}

void ImportDialog::saveTemplate()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Save CSV Template"), FileDialog::startPath(m_context.settings(), u"phones.csv"_s),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    FileDialog::remember(m_context.settings(), path);
    QFile file(path);
    QFile guide(CsvTemplate::guidePathFor(path));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(CsvTemplate::templateCsv()) < 0 ||
        !guide.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        guide.write(CsvTemplate::fieldGuideCsv()) < 0) {
        MessageBox::warning(this, tr("Save CSV Template"),
                            tr("The template could not be saved: %1")
                                .arg(file.error() != QFileDevice::NoError ? file.errorString()
                                                                          : guide.errorString()));
        return;
    }
    showSourceMessage(
        tr("Saved %1 and the field guide %2.")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(guide.fileName())),
        false);
}

void ImportDialog::removeSelectedRows()
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->previewTableView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << m_previewProxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_previewModel->removeRows(row, 1);
}

void ImportDialog::showFirstProblem()
{
    // After filtering, the old position may show no row and no refused cell:
    // go to the top, to the first refused cell of the first row shown.
    QTableView *table = m_ui->previewTableView;
    table->scrollToTop();
    table->horizontalScrollBar()->setValue(0);
    if (m_previewProxy->rowCount() == 0)
        return;
    const int row = m_previewProxy->mapToSource(m_previewProxy->index(0, 0)).row();
    const QList<FieldIssue> &issues = m_previewModel->issues(row);
    if (!issues.isEmpty())
        table->scrollTo(
            m_previewProxy->index(0, ImportPreviewModel::columnOf(issues.first().field)));
}

void ImportDialog::updatePreviewSummary()
{
    QString text = m_previewModel->problemSummary() +
                   (m_previewModel->blockedCount() > 0
                        ? tr(". Rows with problems are not sent: fix a cell by double-clicking "
                             "it, or remove the row.")
                        : QString());
    const int pass = m_previewModel->generatedCount(PhoneField::PhonePass);
    const int registration = m_previewModel->generatedCount(PhoneField::RegistrationPassword);
    if (pass + registration > 0)
        text += u'\n' + tr("Generated passwords (cells marked \"generated\"): %1 login, %2 "
                           "registration. Save the agent handout to give them to the agents.")
                            .arg(pass)
                            .arg(registration);
    m_ui->previewSummaryLabel->setText(text);
    updateNavigation();
}

void ImportDialog::updateSendSummary()
{
    const ConnectionConfig config = m_context.connectionConfig();
    QString text = tr("%n phone(s) will be sent to %1 as API user \"%2\".", nullptr,
                      m_previewModel->readyCount())
                       .arg(config.apiUrl.toDisplayString(), config.credentials.user);
    if (m_previewModel->blockedCount() > 0)
        text += u' ' + tr("%n row(s) with problems will be skipped.", nullptr,
                          m_previewModel->blockedCount());
    if (m_generated && !m_generatedAliases.isEmpty())
        text += u' ' + tr("Then %n alias(es), each as soon as all its phones were added.", nullptr,
                          int(m_generatedAliases.size()));
    if (m_context.isDemo())
        text += u' ' + tr("(Demo: the simulated server.)");
    QLabel *label = m_ui->sendSummaryLabel;
    label->setText(text);
    // A wrapped label in a stacked page is given one line's height: ask for
    // what the text needs at the page's width, so no line is cut.
    // (After the page is laid out, when the label has its real width.)
    QTimer::singleShot(0, label, [label] {
        label->setMinimumHeight(label->heightForWidth(std::max(label->width(), 300)));
    });
}

void ImportDialog::dryRun()
{
    const ConnectionConfig config = m_context.connectionConfig();
    const QList<BatchPlanRow> rows = m_previewModel->readyRows();
    const bool exact = m_ui->exactRequestsCheckBox->isChecked();
    QStringList out;
    out << tr("Dry run: nothing was sent. %n request(s) would go to %1 (%2), at most %3 at a "
              "time:",
              nullptr, int(rows.size()))
               .arg(config.apiUrl.toDisplayString(), ApiRequest::methodName(config.method))
               .arg(config.concurrency);
    for (int i = 0; i < rows.size() && i < kDryRunShown; ++i) {
        const ApiRequest request =
            ApiRequest::forOperation(config.apiUrl, config.credentials, rows[i].operation());
        out << QString() << tr("Line %1:").arg(rows[i].sourceLine);
        if (exact) {
            out << request.redactedDescription(config.method);
            continue;
        }
        // The fields as the server receives them, decoded; passwords masked.
        for (const auto &[name, value] : request.parameters()) {
            const std::optional<PhoneField> field = phoneFieldFromApiName(name);
            if (!field)
                continue; // function, user, pass, source: the same for every line
            const QString shown = ApiRequest::isSecretParameter(name) && !value.isEmpty()
                                      ? u"\u25CF\u25CF\u25CF\u25CF\u25CF\u25CF"_s
                                      : value;
            out << u"  %1 (%2): %3"_s.arg(fieldLabel(*field), name, shown);
        }
    }
    if (rows.size() > kDryRunShown)
        out << QString() << tr("... and %n more.", nullptr, int(rows.size()) - kDryRunShown);
    if (m_previewModel->mode() == ImportMode::AddOrUpdate)
        out << QString()
            << tr("A phone that already exists is then sent update_phone with the same "
                  "fields.");
    if (m_previewModel->blockedCount() > 0)
        out << QString()
            << tr("%n row(s) with problems would be skipped.", nullptr,
                  m_previewModel->blockedCount());
    if (!exact)
        out << QString()
            << tr("Each request also carries function=%3, the API user \"%1\", its "
                  "password and source=%2. \"Show exact requests\" shows them as sent "
                  "(passwords hidden).")
                   .arg(config.credentials.user, config.credentials.source,
                        rows.isEmpty() ? u"add_phone"_s : rows.first().operation().apiFunction());
    m_dryRunText = out.join(u'\n');
    m_ui->dryRunTextEdit->setPlainText(m_dryRunText);
}

void ImportDialog::saveHandout()
{
    const auto answer = MessageBox::warning(
        this, tr("Save Agent Handout"),
        tr("The handout lists every phone's login password and registration password in plain "
           "text. Anyone who reads the file can register as these phones.\n\nIt is made before "
           "sending, so it also lists phones the server may refuse; after the batch, \"Agent "
           "handout\" in the main window lists only the phones added.\n\nThe file is made "
           "readable by you only. Hand it out over a safe channel and delete it afterwards.\n\n"
           "Save it?"),
        QMessageBox::Save | QMessageBox::Cancel);
    if (answer != QMessageBox::Save)
        return;
    const QString path = FileDialog::getSaveFileName(
        this, tr("Save Agent Handout"),
        FileDialog::startPath(m_context.settings(), u"agent-handout.csv"_s),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    FileDialog::remember(m_context.settings(), path);
    QString error;
    if (!BatchReportWriter::writeHandout(path, m_previewModel->readyPhones(), &error))
        MessageBox::warning(this, tr("Save Agent Handout"), error);
}

void ImportDialog::send()
{
    QList<int> lines;
    const QList<PhoneRecord> phones = m_previewModel->readyPhones(&lines);
    if (phones.isEmpty())
        return;
    AliasFollowUp aliases;
    if (m_generated && !m_generatedAliases.isEmpty()) {
        // Each generated login -> the login its row is sent with (the preview
        // may have changed it); a row not sent leaves its alias unsent.
        QHash<QString, QString> loginsSent;
        for (int i = 0; i < phones.size(); ++i) {
            const QString generated = m_generatedLogins.value(lines.at(i) - 1);
            if (!generated.isEmpty())
                loginsSent.insert(generated, phones.at(i).login());
        }
        aliases = AliasFollowUp(m_generatedAliases, loginsSent);
    }
    QString question = sendQuestion(int(phones.size()));
    if (!aliases.isEmpty())
        question += u' ' + tr("Then %n alias(es), each once its phones were added.", nullptr,
                              aliases.count());
    const auto answer = MessageBox::question(this, tr("Send Phones"), question,
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    Settings &settings = m_context.settings();
    const QString ip = m_ui->serverIpComboBox->currentText().trimmed();
    if (!ip.isEmpty())
        settings.addRecentServerIp(ip);
    QString label;
    if (m_generated)
        label = tr("Generated range");
    else if (m_ui->sourceTabWidget->currentWidget() == m_ui->fileTab)
        label = QFileInfo(QDir::fromNativeSeparators(m_ui->fileLineEdit->text())).fileName();
    else
        label = tr("Pasted list");
    if (importMode() != ImportMode::Add) {
        BatchRequest request;
        request.info.batchId = ProvisioningService::newBatchId();
        request.info.label = u"%1 (%2)"_s.arg(label, m_ui->modeComboBox->currentText());
        request.info.passwordsGenerated = m_generated;
        request.systemKey = VicidialSystem::keyFor(m_context.connectionConfig().apiUrl);
        request.rows = m_previewModel->readyRows();
        emit operationsRequested(request, m_previewModel->skippedRows());
        accept();
        return;
    }
    emit sendRequested(phones, lines, ProvisioningService::newBatchId(), label, m_generated,
                       m_previewModel->skippedRows(), aliases);
    accept();
}

} // namespace vp
