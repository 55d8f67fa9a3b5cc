#include "history/HistoryWindow.h"
#include "ui_HistoryWindow.h"

#include "history/HistoryModel.h"
#include "widgets/AppContext.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QCloseEvent>
#include <QDir>
#include <QFontDatabase>
#include <QHeaderView>
#include <QSaveFile>
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
    const std::pair<HistoryModel::Column, int> widths[] = {
        {HistoryModel::TimeColumn, 150},      {HistoryModel::SystemColumn, 130},
        {HistoryModel::BuildColumn, 80},      {HistoryModel::ExtensionColumn, 90},
        {HistoryModel::NameColumn, 130},      {HistoryModel::ServerColumn, 100},
        {HistoryModel::LoginColumn, 90},      {HistoryModel::AliasIdColumn, 90},
        {HistoryModel::AliasNameColumn, 120}, {HistoryModel::OutcomeColumn, 170},
        {HistoryModel::MessageColumn, 290},   {HistoryModel::DurationColumn, 75}};
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
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &QWidget::close);

    const QByteArray geometry =
        context.settings().value(SettingKey::HistoryWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1100, 700);
    applyFilter();
}

HistoryWindow::~HistoryWindow() = default;

void HistoryWindow::closeEvent(QCloseEvent *event)
{
    m_context.settings().setValue(SettingKey::HistoryWindowGeometry, saveGeometry());
    QWidget::closeEvent(event);
}

HistoryFilter HistoryWindow::currentFilter() const
{
    HistoryFilter filter;
    filter.text = m_ui->filterLineEdit->text().trimmed();
    filter.outcomes = outcomesOf(m_ui->outcomeComboBox->currentData().toInt());
    filter.systemKey = m_ui->systemComboBox->currentData().toString();
    if (m_ui->dateFilterCheckBox->isChecked()) {
        filter.from = m_ui->fromDateEdit->date().startOfDay().toUTC();
        filter.to = m_ui->toDateEdit->date().addDays(1).startOfDay().addMSecs(-1).toUTC();
    }
    return filter;
}

void HistoryWindow::applyFilter()
{
    m_model->setFilter(currentFilter());
    m_ui->countLabel->setText(tr("Matching attempts: %1").arg(m_model->totalCount()));
    updateButtons();
}

void HistoryWindow::refresh()
{
    applyFilter();
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
        m_ui->detailsPlainTextEdit->clear();
        return;
    }
    const HistoryAttempt &a = attempts.first();
    QStringList lines;
    lines << tr("%1 %2 by %3 at %4").arg(a.method, a.function, a.apiUser, a.serverUrl);
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
    m_ui->detailsPlainTextEdit->setPlainText(lines.join(QLatin1Char('\n')));
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
