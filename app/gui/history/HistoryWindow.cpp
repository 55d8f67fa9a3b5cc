#include "history/HistoryWindow.h"
#include "ui_HistoryWindow.h"

#include "history/HistoryModel.h"
#include "history/HistoryWatcher.h"
#include "widgets/AppContext.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QCloseEvent>
#include <QDir>
#include <QFontDatabase>
#include <QHeaderView>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

// The outcome filter's entries: broad groups first, then each outcome.
enum OutcomeGroup
{
    AllGroup = -1,
    AddedGroup = -2,
    FailedGroup = -3,
    UnknownGroup = -4
};

QList<Outcome> outcomesOf(int choice)
{
    QList<Outcome> list;
    if (choice >= 0)
        return {Outcome(choice)};
    for (int i = 0; i < OutcomeCount; ++i) {
        const Outcome outcome = Outcome(i);
        if ((choice == AddedGroup && isSuccess(outcome)) ||
            (choice == UnknownGroup && isUnknown(outcome)) ||
            (choice == FailedGroup && !isSuccess(outcome) && !isUnknown(outcome)))
            list.append(outcome);
    }
    return list;
}

} // namespace

HistoryWindow::HistoryWindow(AppContext &context, QWidget *parent)
    : QWidget(parent, Qt::Window), m_context(context), m_ui(std::make_unique<Ui::HistoryWindow>())
{
    m_ui->setupUi(this);
    m_model = new HistoryModel(context.history(), this);
    m_ui->historyTableView->setModel(m_model);
    QHeaderView *header = m_ui->historyTableView->horizontalHeader();
    // By column, so that a column added in between does not shift the others.
    // What was sent, its outcome and who sent it fit in the window's default
    // width; the alias columns (empty for phones), the message and the rest
    // follow.
    const std::pair<HistoryModel::Column, int> widths[] = {
        {HistoryModel::TimeColumn, 145},      {HistoryModel::SystemColumn, 120},
        {HistoryModel::BuildColumn, 100},     {HistoryModel::ExtensionColumn, 80},
        {HistoryModel::NameColumn, 120},      {HistoryModel::ServerColumn, 95},
        {HistoryModel::LoginColumn, 80},      {HistoryModel::OutcomeColumn, 160},
        {HistoryModel::OsUserColumn, 80},     {HistoryModel::MachineColumn, 100},
        {HistoryModel::ApiUserColumn, 90},    {HistoryModel::AliasIdColumn, 80},
        {HistoryModel::AliasNameColumn, 110}, {HistoryModel::MessageColumn, 290},
        {HistoryModel::DurationColumn, 75}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    m_ui->historyTableView->verticalHeader()->setDefaultSectionSize(
        m_ui->historyTableView->fontMetrics().height() + 8);
    m_ui->detailsPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->historySplitter->setSizes({480, 160});

    m_ui->outcomeComboBox->addItem(tr("All outcomes"), int(AllGroup));
    m_ui->outcomeComboBox->addItem(tr("Added"), int(AddedGroup));
    m_ui->outcomeComboBox->addItem(tr("Failed"), int(FailedGroup));
    m_ui->outcomeComboBox->addItem(tr("Unknown"), int(UnknownGroup));
    m_ui->outcomeComboBox->insertSeparator(m_ui->outcomeComboBox->count());
    for (int i = 0; i < OutcomeCount; ++i) {
        // "Added" is the group above (it is the only outcome in it).
        if (Outcome(i) != Outcome::Added)
            m_ui->outcomeComboBox->addItem(outcomeTitle(Outcome(i)), i);
    }
    // Every VICIdial system the history knows; the settings' one named first.
    m_ui->systemComboBox->addItem(tr("All systems"), QString());
    const VicidialSystem current = context.system();
    const QList<VicidialSystem> systems = context.history().systems();
    for (const VicidialSystem &system : systems) {
        const QString name = system.key == current.key && !current.name.isEmpty()
                                 ? current.name
                                 : system.displayName();
        m_ui->systemComboBox->addItem(name, system.key);
        m_ui->systemComboBox->setItemData(m_ui->systemComboBox->count() - 1, system.key,
                                          Qt::ToolTipRole);
    }
    connect(m_ui->systemComboBox, &QComboBox::currentIndexChanged, this,
            &HistoryWindow::applyFilter);
    // Who sent it: anyone, or one of those the history knows.
    for (QComboBox *comboBox :
         {m_ui->osUserComboBox, m_ui->machineComboBox, m_ui->apiUserComboBox}) {
        comboBox->addItem(tr("Anyone"), QString());
        connect(comboBox, &QComboBox::currentIndexChanged, this, &HistoryWindow::applyFilter);
    }
    updateWhoFilters();
    // Escape and Ctrl+W close the window, as in the app's dialogs.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Close)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &QWidget::close);
    }
    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addDays(-7));
    m_ui->toDateEdit->setDate(today);

    // Typing waits a moment so a search over many rows does not run per key.
    auto *typingTimer = new QTimer(this);
    typingTimer->setSingleShot(true);
    typingTimer->setInterval(250);
    connect(typingTimer, &QTimer::timeout, this, &HistoryWindow::applyFilter);
    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, typingTimer,
            qOverload<>(&QTimer::start));
    connect(m_ui->outcomeComboBox, &QComboBox::currentIndexChanged, this,
            &HistoryWindow::applyFilter);
    connect(m_ui->dateFilterCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromDateEdit->setEnabled(on);
        m_ui->toDateEdit->setEnabled(on);
        applyFilter();
    });
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, &HistoryWindow::applyFilter);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, &HistoryWindow::applyFilter);
    connect(m_ui->historyTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryWindow::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryWindow::showSelected);
    connect(m_ui->retryPushButton, &QPushButton::clicked, this,
            [this] { emit retryRequested(selectedAttempts(), false); });
    connect(m_ui->resolvePushButton, &QPushButton::clicked, this, [this] {
        QList<HistoryAttempt> unknown;
        for (const HistoryAttempt &a : selectedAttempts()) {
            if (HistoryModel::isUnresolved(a))
                unknown.append(a);
        }
        emit retryRequested(unknown, true);
    });
    connect(m_ui->undoBatchPushButton, &QPushButton::clicked, this, [this] {
        const QList<HistoryAttempt> selected = selectedAttempts();
        if (!selected.isEmpty() && !selected.first().batchId.isEmpty())
            emit undoRequested(selected.first().batchId);
    });
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, &HistoryWindow::exportCsv);
    // Attempts of other programs (another admin's computer on a shared
    // history, the command-line tool on this one) arrive while it is shown.
    m_watcher = new HistoryWatcher(context.history(), this);
    connect(m_watcher, &HistoryWatcher::historyChanged, this, &HistoryWindow::refresh);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &QWidget::close);

    const QByteArray geometry =
        context.settings().value(SettingKey::HistoryWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 720);
    applyFilter();
}

HistoryWindow::~HistoryWindow() = default;

void HistoryWindow::closeEvent(QCloseEvent *event)
{
    m_context.settings().setValue(SettingKey::HistoryWindowGeometry, saveGeometry());
    QWidget::closeEvent(event);
}

void HistoryWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_watcher->start();
}

void HistoryWindow::hideEvent(QHideEvent *event)
{
    m_watcher->stop();
    QWidget::hideEvent(event);
}

HistoryFilter HistoryWindow::currentFilter() const
{
    HistoryFilter filter;
    filter.text = m_ui->filterLineEdit->text().trimmed();
    filter.outcomes = outcomesOf(m_ui->outcomeComboBox->currentData().toInt());
    filter.systemKey = m_ui->systemComboBox->currentData().toString();
    filter.osUser = m_ui->osUserComboBox->currentData().toString();
    filter.machine = m_ui->machineComboBox->currentData().toString();
    filter.apiUser = m_ui->apiUserComboBox->currentData().toString();
    if (m_ui->dateFilterCheckBox->isChecked()) {
        filter.from = m_ui->fromDateEdit->date().startOfDay().toUTC();
        filter.to = m_ui->toDateEdit->date().addDays(1).startOfDay().addMSecs(-1).toUTC();
    }
    return filter;
}

void HistoryWindow::applyFilter()
{
    // What is read from here on is new to the watcher only if written later.
    m_watcher->setKnownStamp(m_context.history().changeStamp());
    m_model->setFilter(currentFilter());
    updateCount();
    updateButtons();
}

void HistoryWindow::updateCount()
{
    m_ui->countLabel->setText(tr("Matching attempts: %1").arg(m_model->totalCount()));
}

void HistoryWindow::refresh()
{
    // A shared database that went away: the watcher reached it again, so the
    // window's connection can too (also writes results kept meanwhile).
    HistoryStore &history = m_context.history();
    if (history.isShared() && !history.isOpen())
        history.reconnect();
    QTableView *table = m_ui->historyTableView;
    // Scrolled down, the rows in view stay in view as rows arrive above them;
    // at the top, the new rows show.
    qint64 topId = -1;
    const int topRow = table->rowAt(0);
    if (table->verticalScrollBar()->value() > 0 && topRow >= 0)
        topId = m_model->attempt(topRow).id;
    // The rows in sight, the selected and the current one stay loaded.
    int keep = table->rowAt(table->viewport()->height() - 1);
    if (keep < 0)
        keep = m_model->rowCount() - 1; // the rows end above the bottom
    const auto selected = table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        keep = std::max(keep, index.row());
    keep = std::max(keep, table->currentIndex().row());
    m_model->update(keep + 1);
    if (topId >= 0) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->attempt(row).id != topId)
                continue;
            if (row != topRow) {
                const int left = table->horizontalScrollBar()->value();
                table->doItemsLayout();
                table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
                table->horizontalScrollBar()->setValue(left);
            }
            break;
        }
    }
    updateWhoFilters();
    updateCount();
    // The selected attempt may have finished meanwhile.
    showSelected();
}

void HistoryWindow::updateWhoFilters()
{
    const HistoryStore &history = m_context.history();
    // Users and machines come from the small table of program starts; the
    // API users from a scan of every attempt, so those are read again only
    // when somebody started a program, a row shows one not listed, or a
    // minute went by: not on every change during another admin's batch.
    bool sessionsChanged = setWhoChoices(m_ui->osUserComboBox, history.osUsers());
    sessionsChanged |= setWhoChoices(m_ui->machineComboBox, history.machines());
    bool unlisted = false;
    for (int row = 0; row < m_model->rowCount() && !unlisted; ++row) {
        const QString &apiUser = m_model->attempt(row).apiUser;
        unlisted = !apiUser.isEmpty() && m_ui->apiUserComboBox->findData(apiUser) < 0;
    }
    if (!m_apiUsersRead.isValid() || m_apiUsersRead.hasExpired(60000) || sessionsChanged ||
        unlisted) {
        setWhoChoices(m_ui->apiUserComboBox, history.apiUsers());
        m_apiUsersRead.start();
    }
}

bool HistoryWindow::setWhoChoices(QComboBox *comboBox, const QStringList &values)
{
    const QString chosen = comboBox->currentData().toString();
    QStringList choices = values;
    // A choice in use stays, even if the history no longer names it.
    if (!chosen.isEmpty() && !choices.contains(chosen))
        choices.append(chosen);
    QStringList shown;
    for (int i = 1; i < comboBox->count(); ++i)
        shown.append(comboBox->itemData(i).toString());
    if (shown == choices)
        return false;
    const QSignalBlocker blocker(comboBox); // the filter stays as it is
    while (comboBox->count() > 1)
        comboBox->removeItem(1);
    for (const QString &value : std::as_const(choices))
        comboBox->addItem(value, value);
    comboBox->setCurrentIndex(std::max(0, comboBox->findData(chosen)));
    return true;
}

QList<HistoryAttempt> HistoryWindow::selectedAttempts() const
{
    QList<HistoryAttempt> list;
    const auto rows = m_ui->historyTableView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        list.append(m_model->attempt(index.row()));
    return list;
}

void HistoryWindow::updateButtons()
{
    const auto attempts = selectedAttempts();
    bool anyUnknown = false;
    bool anyRetryable = false;
    for (const HistoryAttempt &a : attempts) {
        anyUnknown |= HistoryModel::isUnresolved(a);
        anyRetryable |= a.finished && !isSuccess(a.outcome);
    }
    m_ui->retryPushButton->setEnabled(anyRetryable);
    m_ui->resolvePushButton->setEnabled(anyUnknown);
    // A batch that added phones (the Phones window checks it again).
    const QList<HistoryAttempt> selected = selectedAttempts();
    m_ui->undoBatchPushButton->setEnabled(
        !selected.isEmpty() && !selected.first().batchId.isEmpty() &&
        selected.first().function == u"add_phone"_s && isSuccess(selected.first().outcome));
}

void HistoryWindow::showSelected()
{
    updateButtons();
    const auto attempts = selectedAttempts();
    if (attempts.size() != 1) {
        if (!m_ui->detailsPlainTextEdit->document()->isEmpty())
            m_ui->detailsPlainTextEdit->clear();
        return;
    }
    const HistoryAttempt &a = attempts.first();
    QStringList lines;
    lines << tr("%1 %2 by %3 at %4").arg(a.method, a.function, a.apiUser, a.serverUrl);
    lines << (a.osUser.isEmpty() && a.machine.isEmpty()
                  ? tr("Sent by: not recorded (an older version of the program sent it)")
                  : tr("Sent by %1 on %2, as API user %3").arg(a.osUser, a.machine, a.apiUser));
    lines << tr("Started %1, %2")
                 .arg(QLocale().toString(a.startedAt.toLocalTime(), QLocale::LongFormat),
                      a.finished ? tr("took %1 ms").arg(a.durationMs) : tr("never finished"));
    if (a.finished)
        lines << tr("Outcome: %1 (HTTP %2). %3")
                     .arg(outcomeTitle(a.outcome))
                     .arg(a.httpStatus)
                     .arg(outcomeExplanation(a.outcome));
    if (a.verify)
        lines << tr("\"Already exists\" was taken as added after an unknown outcome: check "
                    "this phone on the server.");
    lines << QString() << tr("Request:") << a.redactedRequest << QString() << tr("Reply:")
          << (a.redactedReply.isEmpty() ? tr("(none)") : a.redactedReply);
    // Unchanged on a refresh: the pane keeps its scroll position.
    const QString text = lines.join(QLatin1Char('\n'));
    if (text != m_ui->detailsPlainTextEdit->toPlainText())
        m_ui->detailsPlainTextEdit->setPlainText(text);
}

bool HistoryWindow::exportCsv()
{
    const QString fileName = FileDialog::getSaveFileName(
        this, tr("Export history"),
        FileDialog::startPath(m_context.settings(), u"viciprov-history.csv"_s),
        tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return false;
    FileDialog::remember(m_context.settings(), fileName);
    QSaveFile file(fileName);
    QString error;
    if (!file.open(QIODevice::WriteOnly)) {
        error = file.errorString();
    } else if (!m_context.history().exportCsv(currentFilter(), &file, &error)) {
        file.cancelWriting();
    } else if (!file.commit()) {
        error = file.errorString();
    }
    if (!error.isEmpty()) {
        MessageBox::warning(this, tr("Export failed"),
                            tr("Could not write %1: %2").arg(fileName, error));
        return false;
    }
    return true;
}

} // namespace vp
