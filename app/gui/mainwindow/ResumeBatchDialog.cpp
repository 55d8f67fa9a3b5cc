#include "mainwindow/ResumeBatchDialog.h"
#include "ui_ResumeBatchDialog.h"

#include "mainwindow/PhoneModel.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

constexpr int StateRole = Qt::UserRole + 1;

enum Column
{
    LineColumn,
    ExtensionColumn,
    LoginColumn,
    ServerColumn,
    NameColumn,
    StateColumn,
    MessageColumn,
    ColumnCount
};

QIcon stateIcon(BatchRowState state)
{
    switch (state) {
    case BatchRowState::NotSent:
        return phoneStatusIcon(PhoneStatus::Queued);
    case BatchRowState::Added:
        return phoneStatusIcon(PhoneStatus::Added);
    case BatchRowState::AlreadyExisted:
    case BatchRowState::Failed:
        return phoneStatusIcon(PhoneStatus::Failed);
    case BatchRowState::Unknown:
        return phoneStatusIcon(PhoneStatus::Unknown);
    }
    return {};
}

} // namespace

QString ResumeBatchDialog::stateTitle(BatchRowState state)
{
    switch (state) {
    case BatchRowState::NotSent:
        return tr("Never sent");
    case BatchRowState::Added:
        return tr("Added");
    case BatchRowState::AlreadyExisted:
        return tr("Already existed");
    case BatchRowState::Failed:
        return tr("Failed");
    case BatchRowState::Unknown:
        return tr("Unknown");
    }
    return {};
}

ResumeBatchDialog::ResumeBatchDialog(const BatchProgress &progress, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ResumeBatchDialog>())
    , m_batchId(progress.info.batchId)
{
    m_ui->setupUi(this);
    setObjectName(u"resumeBatchDialog"_s);

    const BatchInfo &info = progress.info;
    const QString started = QLocale().toString(info.createdAt.toLocalTime(), QLocale::ShortFormat);
    m_ui->summaryLabel->setText(
        tr("The batch \"%1\" (started %2, server %3, API user %4) did not finish: the program "
           "stopped before every row had a definite answer.")
            .arg(info.label, started, info.serverUrl, info.apiUser));
    const int notSent = progress.count(BatchRowState::NotSent);
    const int unknown = progress.count(BatchRowState::Unknown);
    m_ui->countsLabel->setText(
        tr("%n row(s):", nullptr, int(progress.rows.size())) + QLatin1Char(' ') +
        QStringList{
            tr("%n added", nullptr, progress.count(BatchRowState::Added)),
            tr("%n already existed", nullptr, progress.count(BatchRowState::AlreadyExisted)),
            tr("%n failed", nullptr, progress.count(BatchRowState::Failed)),
            tr("%n unknown", nullptr, unknown), tr("%n never sent", nullptr, notSent)}
            .join(u", "_s) +
        QLatin1Char('.'));
    QString plan = tr("Continue sends the %n row(s) never sent", nullptr, notSent);
    if (unknown > 0)
        plan += QLatin1Char(' ') +
                tr("and checks the %n unknown one(s): an \"already exists\" reply then counts as "
                   "added, so nothing is created twice",
                   nullptr, unknown);
    plan += u". "_s + tr("Failed rows go to the main window's list to fix and retry.") +
            QLatin1Char(' ') +
            (info.passwordsGenerated
                 ? tr("Passwords come from the system keychain; if it did not keep them, new ones "
                      "are generated for rows the server never confirmed.")
                 : tr("Passwords come from the system keychain; if it did not keep them, you are "
                      "asked to import the source file again."));
    m_ui->passwordLabel->setText(plan);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Line"), tr("Extension"), tr("Login"), tr("Server"),
                                        tr("Name"), tr("State"), tr("Message")});
    for (const BatchRowStatus &status : progress.rows) {
        const PhoneRecord &phone = status.row.phone;
        QList<QStandardItem *> items;
        auto *line = new QStandardItem;
        line->setData(status.row.sourceLine, Qt::DisplayRole);
        items << line << new QStandardItem(phone.extension()) << new QStandardItem(phone.login())
              << new QStandardItem(phone.serverIp())
              << new QStandardItem(phone.value(PhoneField::PhoneFullName));
        auto *state = new QStandardItem(stateIcon(status.state), stateTitle(status.state));
        state->setData(int(status.state), StateRole);
        items << state << new QStandardItem(status.hasAttempt ? status.attempt.message : QString());
        m_model->appendRow(items);
    }
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(StateColumn);
    m_proxy->setFilterRole(StateRole);
    m_ui->rowsTableView->setModel(m_proxy);
    m_ui->rowsTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->rowsTableView->verticalHeader()->hide();
    // One line per row, as in the main window's table.
    m_ui->rowsTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->rowsTableView->sortByColumn(LineColumn, Qt::AscendingOrder);
    m_ui->rowsTableView->resizeColumnsToContents();

    m_ui->stateComboBox->addItem(tr("All rows"), -1);
    for (BatchRowState state :
         {BatchRowState::NotSent, BatchRowState::Unknown, BatchRowState::Failed,
          BatchRowState::AlreadyExisted, BatchRowState::Added})
        m_ui->stateComboBox->addItem(stateIcon(state), stateTitle(state), int(state));
    connect(m_ui->stateComboBox, &QComboBox::currentIndexChanged, this,
            &ResumeBatchDialog::applyFilter);

    connect(m_ui->continuePushButton, &QPushButton::clicked, this,
            [this] { choose(Choice::Continue); });
    connect(m_ui->laterPushButton, &QPushButton::clicked, this, [this] { choose(Choice::Later); });
    connect(m_ui->discardPushButton, &QPushButton::clicked, this,
            [this] { choose(Choice::Discard); });
    connect(m_ui->exportPushButton, &QPushButton::clicked, this,
            &ResumeBatchDialog::exportRequested);
    m_ui->continuePushButton->setEnabled(progress.hasWorkLeft());
    m_ui->continuePushButton->setFocus();
}

ResumeBatchDialog::~ResumeBatchDialog() = default;

void ResumeBatchDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Later)
        reject();
    else
        accept();
}

void ResumeBatchDialog::applyFilter()
{
    const int state = m_ui->stateComboBox->currentData().toInt();
    m_proxy->setFilterFixedString(state < 0 ? QString() : QString::number(state));
}

} // namespace vp
