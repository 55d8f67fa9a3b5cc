#include "mainwindow/MainWindow.h"
#include "ui_MainWindow.h"

#include "api/ApiEndpoint.h"
#include "api/ApiRequest.h"
#include "history/HistoryWindow.h"
#include "history/PhonesWindow.h"
#include "mainwindow/BatchAliases.h"
#include "mainwindow/BatchPanel.h"
#include "mainwindow/DetailsDialog.h"
#include "mainwindow/PasswordDialog.h"
#include "mainwindow/PhoneFilterModel.h"
#include "mainwindow/PhoneForm.h"
#include "mainwindow/PhoneModel.h"
#include "rules/PhoneRules.h"
#include "service/ProvisioningService.h"
#include "settings/CredentialTestDialog.h"
#include "settings/SettingsDialog.h"
#include "widgets/AboutDialog.h"
#include "widgets/AppContext.h"
#include "widgets/MessageBox.h"
#include "widgets/ProgramRestart.h"
#include "widgets/StatusColors.h"
#include "widgets/UserGuideDialog.h"

#include "import/ImportDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QShortcut>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vp {

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/viciprov.svg"_s));
    m_form = new PhoneForm(context, m_ui->formHostWidget);
    m_form->setObjectName(u"phoneForm"_s);
    m_ui->formHostLayout->addWidget(m_form);
    // The form scrolls vertically only, so its side is never narrower than the form.
    m_ui->formScrollArea->setMinimumWidth(m_form->minimumSizeHint().width() +
                                          style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8);
    // The scroll area sizes the form for its width before a scroll bar
    // takes part of it; wrapped messages then lose their last line. The
    // form's height is set for the width it really has.
    m_ui->formScrollArea->viewport()->installEventFilter(this);
    m_ui->formHostWidget->installEventFilter(this);
    m_form->setDuplicateCheck([this](const PhoneRecord &phone) { return duplicateWarning(phone); });
    connect(m_form, &PhoneForm::addRequested, this, &MainWindow::addFromForm);
    // While the form is not ready, Add is disabled and says why (tooltip,
    // the line under the form); Ctrl+Return then shows what is missing
    // instead of doing nothing.
    m_addBlockedShortcut = new QShortcut(m_ui->actionAddPhone->shortcut(), this);
    m_addBlockedShortcut->setObjectName(u"addBlockedShortcut"_s);
    connect(m_addBlockedShortcut, &QShortcut::activated, this, [this] {
        m_form->showWhatIsMissing();
        statusBar()->showMessage(tr("Not sent. %1").arg(m_form->missingText()), 10000);
    });
    connect(m_form, &PhoneForm::validityChanged, this, &MainWindow::updateAddAction);
    connect(m_form, &PhoneForm::missingTextChanged, this, &MainWindow::updateAddAction);
    updateAddAction();

    // The platform adds the program's name after a title that does not end
    // with it ("Demo - Vici Provisioner"), so it is never said twice.
    if (context.isDemo())
        setWindowTitle(tr("Demo") + u" \u2014 "_s + QGuiApplication::applicationDisplayName());
    else
        setWindowTitle(QGuiApplication::applicationDisplayName());
    updateDemoBanner();
    applyStatusColors();

    setupTable();
    setupActions();
    setupStatusBar();
    restoreWindowState();

    ProvisioningService &service = context.service();
    connect(&service, &ProvisioningService::jobStarted, m_model, &PhoneModel::markStarted);
    connect(&service, &ProvisioningService::jobWaiting, m_model, &PhoneModel::markWaiting);
    connect(&service, &ProvisioningService::jobFinished, this, &MainWindow::onJobFinished);
    connect(&service, &ProvisioningService::sendingStopped, this, &MainWindow::onSendingStopped);
    connect(&service, &ProvisioningService::inFlightChanged, this, &MainWindow::updateStatusBar);
    connect(&service, &ProvisioningService::certificateRejected, this,
            [this](const QString &fingerprint, const QString &errors) {
                showNotice(tr("The server's certificate was refused (%1). If it is the right "
                              "server, trust this fingerprint in Settings > Certificates: %2")
                               .arg(errors, fingerprint),
                           false);
            });
    connect(&context, &AppContext::connectionChanged, this, &MainWindow::updateStatusBar);
    connect(&context, &AppContext::connectionChanged, this, &MainWindow::updateDemoBanner);

    connect(m_ui->noticeDismissPushButton, &QPushButton::clicked, m_ui->noticeFrame,
            &QWidget::hide);
    connect(m_ui->noticeHistoryPushButton, &QPushButton::clicked, this, &MainWindow::openHistory);
    // Under both the form and the table: the whole width for its buttons,
    // so a narrow window (900 pixels) cuts none of them.
    m_batchPanel = new BatchPanel(context, m_model, *this, m_ui->centralWidget);
    m_ui->centralLayout->addWidget(m_batchPanel);
    connect(m_batchPanel, &BatchPanel::sendRequested, this, &MainWindow::submitRows);
    connect(m_batchPanel, &BatchPanel::undoRequested, this, &MainWindow::undoBatch);
    connect(m_batchPanel, &BatchPanel::notice, this,
            [this](const QString &text) { showNotice(text, false); });
    setupAliases();

    const int interrupted = context.history().markInterrupted();
    if (interrupted > 0)
        showInterruptedNotice(interrupted);
    // After the window is up: a batch a crash or kill cut short is offered
    // for continuing (the dialog is not modal to the event loop).
    QTimer::singleShot(0, m_batchPanel, &BatchPanel::offerResume);
    // A build read (or re-read) changes the rules of the form and the status bar.
    connect(&context.service().builds(), &SystemBuilds::changed, this, [this] {
        m_form->reloadSettings();
        updateStatusBar();
    });
    updateStatusBar();
    updateActions();
}

MainWindow::~MainWindow() = default;

const BatchRun &MainWindow::currentBatch() const
{
    return m_batchPanel->current();
}

HistoryWindow *MainWindow::historyWindow() const
{
    return m_history.data();
}

PhonesWindow *MainWindow::phonesWindow() const
{
    return m_phones.data();
}

void MainWindow::setupActions()
{
    connect(m_ui->actionAddPhone, &QAction::triggered, this, [this] {
        if (m_form->isValid())
            addFromForm();
        else
            m_form->showWhatIsMissing();
    });
    connect(m_ui->actionImportList, &QAction::triggered, this, &MainWindow::openImport);
    connect(m_ui->actionTestCredentials, &QAction::triggered, this,
            &MainWindow::openCredentialTest);
    connect(m_ui->actionShowHistory, &QAction::triggered, this, &MainWindow::openHistory);
    connect(m_ui->actionShowPhones, &QAction::triggered, this, &MainWindow::openPhones);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionUserGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(m_ui->actionRetrySelected, &QAction::triggered, this, &MainWindow::retrySelected);
    connect(m_ui->actionEditSelected, &QAction::triggered, this, [this] {
        const auto rows = selectedRows();
        if (!rows.isEmpty())
            editRow(rows.first());
    });
    connect(m_ui->actionShowDetails, &QAction::triggered, this, &MainWindow::showDetails);
    connect(m_ui->actionCopyRow, &QAction::triggered, this, &MainWindow::copyRows);
    connect(m_ui->actionCopyCurl, &QAction::triggered, this, &MainWindow::copyCurl);
    connect(m_ui->actionRemoveRows, &QAction::triggered, this, &MainWindow::removeSelected);
    // Copy and remove act on the table only, not on the form's text fields.
    m_ui->phonesTableView->addActions({m_ui->actionCopyRow, m_ui->actionRemoveRows});
}

void MainWindow::setupStatusBar()
{
    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(u"serverStatusLabel"_s);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(u"userStatusLabel"_s);
    m_inFlightLabel = new QLabel(this);
    m_inFlightLabel->setObjectName(u"inFlightStatusLabel"_s);
    m_buildLabel = new QLabel(this);
    m_buildLabel->setObjectName(u"buildStatusLabel"_s);
    // Where every attempt is written: this computer, or the team's database.
    // It may be cut in a narrow window rather than widen it (full in the tooltip).
    const HistoryStore &history = m_context.history();
    m_historyLabel = new QLabel(tr("History: %1").arg(history.location().displayName()), this);
    m_historyLabel->setObjectName(u"historyStatusLabel"_s);
    m_historyLabel->setToolTip(history.isShared()
                                   ? m_historyLabel->text()
                                   : m_historyLabel->text() + u"\n"_s + history.path());
    m_historyLabel->setMinimumWidth(std::min(m_historyLabel->sizeHint().width(), 160));
    statusBar()->addPermanentWidget(m_historyLabel);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_buildLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_inFlightLabel);
}

void MainWindow::updateStatusBar()
{
    const Settings &s = m_context.settings();
    // The VICIdial system everything new goes to: its name, else host[:port].
    const VicidialSystem system = m_context.system();
    m_serverLabel->setText(system.isValid() ? tr("System: %1").arg(system.displayName())
                                            : tr("No server set"));
    m_serverLabel->setToolTip(system.key);
    // The build of this system only (read at the credential test or before
    // its first request); nothing shown before it was asked.
    const SystemBuildInfo build = m_context.service().builds().info(system.key);
    m_buildLabel->setVisible(system.isValid() && build.state != SystemBuildInfo::State::Unread);
    m_buildLabel->setText(build.state == SystemBuildInfo::State::Unreadable
                              ? tr("VICIdial version unknown")
                              : build.displayText());
    m_buildLabel->setToolTip(build.displayText());
    const QString user = s.value(SettingKey::ApiUser).toString();
    m_userLabel->setText(user.isEmpty() ? tr("No API user") : tr("User: %1").arg(user));
    const ProvisioningService &service = m_context.service();
    m_inFlightLabel->setText(
        tr("Sending: %1, waiting: %2").arg(service.inFlightCount()).arg(service.queuedCount()));
}

void MainWindow::restoreWindowState()
{
    const Settings &s = m_context.settings();
    const QByteArray geometry = s.value(SettingKey::MainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1200, 760);
    restoreState(s.value(SettingKey::MainWindowState).toByteArray());
    const QByteArray splitter = s.value(SettingKey::MainSplitterState).toByteArray();
    if (splitter.isEmpty() || !m_ui->mainSplitter->restoreState(splitter))
        m_ui->mainSplitter->setSizes({480, 720});
}

void MainWindow::saveWindowState()
{
    Settings &s = m_context.settings();
    s.setValue(SettingKey::MainWindowGeometry, saveGeometry());
    s.setValue(SettingKey::MainWindowState, saveState());
    s.setValue(SettingKey::MainSplitterState, m_ui->mainSplitter->saveState());
    s.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_context.service().isIdle() &&
        MessageBox::question(
            this, tr("Phones are still being sent"),
            tr("%n phone(s) still being sent or waiting. Quit anyway? "
               "Those in flight may or may not be created; history "
               "marks them as unknown. A batch is offered for continuing "
               "at the next start.",
               nullptr, m_context.service().inFlightCount() + m_context.service().queuedCount())) !=
            QMessageBox::Yes) {
        event->ignore();
        return;
    }
    m_context.service().cancelAll();
    saveWindowState();
    if (m_history)
        m_history->close();
    event->accept();
}

void MainWindow::showInterruptedNotice(int count)
{
    showNotice(tr("Attempts still being sent when the program last stopped: %1. Whether those "
                  "phones were created is unknown; resend them from the history to find out "
                  "(an \"already exists\" reply then counts as added).")
                   .arg(count),
               true);
}

void MainWindow::showNotice(const QString &text, bool offerHistory)
{
    m_ui->noticeLabel->setText(text);
    m_ui->noticeHistoryPushButton->setVisible(offerHistory);
    m_ui->noticeFrame->setVisible(true);
}

QString MainWindow::duplicateWarning(const PhoneRecord &phone) const
{
    const int except = m_editing.isValid() ? m_editing.row() : -1;
    const HistoryStore &history = m_context.history();
    // What was added on another VICIdial system says nothing about this one.
    const auto system = VicidialSystem::fromApiUrl(m_context.connectionConfig().apiUrl);
    if (!phone.serverIp().trimmed().isEmpty()) {
        if (m_model->hasExtension(phone.extensionKey(), except))
            return tr("Extension %1 on %2 is already in the list.")
                .arg(phone.extension().trimmed(), phone.serverIp().trimmed());
        if (history.wasAdded(system, phone.extension().trimmed(), phone.serverIp().trimmed()))
            return tr("Extension %1 was already added on %2 (see history).")
                .arg(phone.extension().trimmed(), phone.serverIp().trimmed());
    }
    if (!phone.login().trimmed().isEmpty()) {
        if (m_model->hasLogin(phone.loginKey(), except))
            return tr("Login %1 is already in the list.").arg(phone.login().trimmed());
        if (history.loginWasAdded(system, phone.login().trimmed()))
            return tr("Login %1 was already added (see history).").arg(phone.login().trimmed());
    }
    return {};
}

bool MainWindow::readyToSend()
{
    if (m_context.connectionConfig().apiUrl.isEmpty() ||
        m_context.settings().value(SettingKey::ApiUser).toString().isEmpty()) {
        MessageBox::information(this, tr("Server not set"),
                                tr("Set the server address and the API user first."));
        openSettings();
        if (m_context.connectionConfig().apiUrl.isEmpty())
            return false;
    }
    if (!PasswordDialog::ensurePassword(m_context, this))
        return false;
    if (m_context.service().isStopped()) {
        if (MessageBox::question(this, tr("Sending was stopped"),
                                 tr("Sending stopped after this error:\n%1\n\nTry again with the "
                                    "same credentials? Each failed login counts towards the "
                                    "server's lock-out.")
                                     .arg(m_context.service().lastError())) != QMessageBox::Yes)
            return false;
        m_context.service().clearStop();
    }
    return true;
}

void MainWindow::addFromForm()
{
    const PhoneRecord phone = m_form->phone();
    const QString duplicate = duplicateWarning(phone);
    if (!duplicate.isEmpty() &&
        MessageBox::question(this, tr("Possible duplicate"),
                             duplicate + QLatin1Char('\n') +
                                 tr("Send it anyway? The server refuses a duplicate "
                                    "extension or login.")) != QMessageBox::Yes)
        return;
    if (!readyToSend())
        return;
    int row;
    if (m_editing.isValid()) {
        row = m_editing.row();
        m_model->setPhone(row, phone);
    } else {
        row = m_model->appendPhones({phone});
    }
    m_editing = QPersistentModelIndex();
    submitRows({row}, m_model->phoneRow(row).batchId);
    m_form->clearForNext();
    m_form->reloadSettings();
    m_ui->phonesTableView->scrollTo(m_filter->mapFromSource(m_model->index(row, 0)));
}

void MainWindow::submitRows(const QList<int> &rows, const QString &batchId)
{
    ProvisioningService &service = m_context.service();
    const VicidialSystem current = m_context.system();
    for (int row : rows) {
        const PhoneRow &r = m_model->phoneRow(row);
        JobOptions options;
        options.resolvingUnknown = r.resolvingUnknown;
        options.updateIfExists = r.updateIfExists;
        // A row stays with the system it was first sent to (or its batch's).
        if (r.systemKey.isEmpty()) {
            m_model->setSystemKey(row, current.key);
        } else if (r.systemKey != current.key) {
            options.connection = m_context.connectionFor(r.systemKey);
            if (!options.connection) {
                m_model->setJob(
                    row, 0,
                    tr("Not sent: this phone belongs to the VICIdial system %1, and "
                       "the settings now point at %2. Point the settings back at %1 "
                       "to send it there.")
                        .arg(VicidialSystem{r.systemKey, {}}.displayName(), current.displayName()));
                continue;
            }
        }
        const qint64 id = service.submit(r.operation(), batchId, options);
        m_model->setJob(row, id, id > 0 ? QString() : service.lastError());
    }
    updateStatusBar();
}

void MainWindow::sendImportedPhones(const QList<PhoneRecord> &phones, const QList<int> &sourceLines,
                                    const QString &batchId, const QString &label,
                                    bool passwordsGenerated, const QList<BatchSkippedRow> &skipped,
                                    const AliasFollowUp &aliases)
{
    if (phones.isEmpty() || !readyToSend())
        return;
    // What the notice said about the last batch (a saved report or handout) is not about this one.
    m_ui->noticeFrame->hide();
    m_batchPanel->start(phones, sourceLines, batchId, label, passwordsGenerated, skipped);
    m_batchAliases->start(batchId, aliases, m_context.connectionConfig());
}

void MainWindow::retryFromHistory(const QList<HistoryAttempt> &attempts, bool resolvingUnknown)
{
    for (const HistoryAttempt &attempt : attempts) {
        const int row = m_model->appendUnsent(attempt.phone,
                                              tr("Passwords are not kept in history: "
                                                 "double-click to enter them in the form and "
                                                 "send."),
                                              resolvingUnknown);
        // Resent to the system it was sent to, never to another.
        m_model->setSystemKey(row, attempt.systemKey);
    }
    if (attempts.size() == 1)
        editRow(m_model->rowCount() - 1);
    raise();
    activateWindow();
}

void MainWindow::onJobFinished(const JobResult &result)
{
    // Only a server IP the system took is offered again; one it refused is
    // taken out of the list and out of the form.
    const QString serverIp = result.phone.serverIp().trimmed();
    if (isSuccess(result.outcome) && !serverIp.isEmpty()) {
        m_context.settings().addRecentServerIp(serverIp);
    } else if (result.outcome == Outcome::UnknownServer && !serverIp.isEmpty()) {
        QStringList recent = m_context.settings().value(SettingKey::RecentServerIps).toStringList();
        if (recent.removeAll(serverIp) > 0)
            m_context.settings().setValue(SettingKey::RecentServerIps, recent);
        m_form->serverIpRefused(serverIp);
        m_form->reloadSettings();
    }
    m_model->applyResult(result);
    m_batchPanel->onJobFinished(result);
    updateStatusBar();
}

void MainWindow::onSendingStopped(Outcome reason, const QString &message)
{
    showNotice(
        tr("Sending stopped: %1. %2 Nothing more was sent.")
            .arg(outcomeTitle(reason), message.isEmpty() ? outcomeExplanation(reason) : message),
        false);
}

void MainWindow::retrySelected()
{
    QList<int> rows;
    for (int row : selectedRows()) {
        const PhoneRow &r = m_model->phoneRow(row);
        if (r.status != PhoneStatus::Failed && r.status != PhoneStatus::Unknown)
            continue;
        if (!PhoneRules::isValid(r.phone, m_context.ruleOptions())) {
            // Passwords missing (from history) or a value to fix: the form says what.
            editRow(row);
            return;
        }
        rows.append(row);
    }
    if (rows.isEmpty() || !readyToSend())
        return;
    m_batchPanel->countResent(rows);
    for (int row : rows)
        submitRows({row}, m_model->phoneRow(row).batchId);
}

void MainWindow::editRow(int row)
{
    m_editing = QPersistentModelIndex(m_model->index(row, 0));
    m_form->setPhone(m_model->phoneRow(row).phone);
    m_form->setEditing(true);
}

void MainWindow::openImport()
{
    auto *dialog = new ImportDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::sendRequested, this, &MainWindow::sendImportedPhones);
    connect(dialog, &ImportDialog::operationsRequested, this,
            [this](BatchRequest request, const QList<BatchSkippedRow> &skipped) {
                QString why;
                if (!sendBatch(request, skipped, &why))
                    showNotice(tr("The list was not sent: %1").arg(why), false);
            });
    dialog->show();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_context, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_form->reloadSettings();
        updateStatusBar();
        updateDemoBanner();
        if (dialog.restartRequested())
            ProgramRestart::restart(this);
    }
}

void MainWindow::openCredentialTest()
{
    auto *dialog = new CredentialTestDialog(m_context, this);
    dialog->setObjectName(u"credentialTestDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CredentialTestDialog::settingsRequested, this, [this, dialog] {
        dialog->close();
        openSettings();
    });
    dialog->show();
    dialog->runCheck();
}

void MainWindow::openHistory()
{
    if (!m_history) {
        m_history = new HistoryWindow(m_context, this);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_history, &HistoryWindow::retryRequested, this, &MainWindow::retryFromHistory);
        connect(m_history, &HistoryWindow::undoRequested, this, &MainWindow::undoBatch);
    } else {
        m_history->refresh();
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

void MainWindow::showUserGuide()
{
    auto *dialog = new UserGuideDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::updateAddAction()
{
    const bool valid = m_form->isValid();
    m_ui->actionAddPhone->setEnabled(valid);
    m_addBlockedShortcut->setEnabled(!valid);
    m_ui->actionAddPhone->setToolTip(valid ? tr("Send the phone in the form to the server")
                                           : m_form->missingText());
}

void MainWindow::updateDemoBanner()
{
    m_ui->demoBannerLabel->setVisible(m_context.isDemo());
    if (!m_context.isDemo())
        return;
    // Only while the settings point at the built-in simulator does the banner say so.
    const VicidialSystem system = m_context.system();
    m_ui->demoBannerLabel->setText(
        system.key == VicidialSystem::keyFor(m_context.demoServer())
            ? QCoreApplication::translate(
                  // The text of ui/MainWindow.ui, translated there.
                  "MainWindow",
                  "Demo mode: you are talking to a simulator built into this program, not a real "
                  "VICIdial server. Settings and history are kept apart from your real ones.")
            : tr("Demo mode: requests go to %1, not to the simulator built into this program. "
                 "Settings and history are kept apart from your real ones.")
                  .arg(system.displayName()));
}

void MainWindow::applyStatusColors()
{
    QPalette banner = m_ui->demoBannerLabel->palette();
    banner.setColor(QPalette::Window, StatusColors::bannerBackground(palette()));
    banner.setColor(QPalette::WindowText, StatusColors::bannerText(palette()));
    m_ui->demoBannerLabel->setPalette(banner);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_ui->formScrollArea->viewport() && event->type() == QEvent::Resize) ||
        (watched == m_ui->formHostWidget && event->type() == QEvent::LayoutRequest)) {
        const int height =
            m_ui->formHostWidget->heightForWidth(m_ui->formScrollArea->viewport()->width());
        if (height > 0)
            m_ui->formHostWidget->setMinimumHeight(height);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyStatusColors();
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_context, this);
    dialog.exec();
}

} // namespace vp
