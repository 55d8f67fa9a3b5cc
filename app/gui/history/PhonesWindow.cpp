#include "history/PhonesWindow.h"

#include "service/ProvisioningService.h"
#include "widgets/AppContext.h"
#include "widgets/MessageBox.h"

#include <QComboBox>

#include <algorithm>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vp {

namespace {
enum Column
{
    ExtensionColumn,
    ServerIpColumn,
    LoginColumn,
    NameColumn,
    StateColumn,
    ChangedByColumn,
    ChangedAtColumn,
    BatchColumn,
    ColumnCount
};

QString stateTitle(KnownPhoneState state)
{
    switch (state) {
    case KnownPhoneState::Active:
        return PhonesWindow::tr("Active");
    case KnownPhoneState::Inactive:
        return PhonesWindow::tr("Inactive");
    case KnownPhoneState::Deleted:
        return PhonesWindow::tr("Deleted");
    case KnownPhoneState::Unknown:
        break;
    }
    return PhonesWindow::tr("Unknown");
}
} // namespace

PhonesWindow::PhonesWindow(AppContext &context, QWidget *parent)
    : QWidget(parent, Qt::Window), m_context(context)
{
    setObjectName(u"phonesWindow"_s);
    setWindowTitle(tr("Phones"));
    resize(900, 520);

    m_systemCombo = new QComboBox(this);
    m_systemCombo->setObjectName(u"systemComboBox"_s);
    m_stateCombo = new QComboBox(this);
    m_stateCombo->setObjectName(u"stateComboBox"_s);
    m_stateCombo->addItem(tr("All states"), -1);
    for (KnownPhoneState state : {KnownPhoneState::Active, KnownPhoneState::Inactive,
                                  KnownPhoneState::Deleted, KnownPhoneState::Unknown})
        m_stateCombo->addItem(stateTitle(state), int(state));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(u"searchLineEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Search extension, login, name, server IP"));
    m_searchEdit->setClearButtonEnabled(true);

    auto *filterRow = new QHBoxLayout;
    m_systemLabel = new QLabel(tr("&System:"), this);
    m_systemLabel->setBuddy(m_systemCombo);
    filterRow->addWidget(m_systemLabel);
    filterRow->addWidget(m_systemCombo, 1);
    filterRow->addWidget(m_stateCombo);
    filterRow->addWidget(m_searchEdit, 2);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"phonesTableWidget"_s);
    m_table->setHorizontalHeaderLabels({tr("Extension"), tr("Server IP"), tr("Login"), tr("Name"),
                                        tr("State"), tr("Changed by"), tr("Changed at (UTC)"),
                                        tr("Created by batch")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_deactivateButton = new QPushButton(tr("&Deactivate"), this);
    m_deactivateButton->setObjectName(u"deactivatePushButton"_s);
    m_reactivateButton = new QPushButton(tr("&Reactivate"), this);
    m_reactivateButton->setObjectName(u"reactivatePushButton"_s);
    m_deleteButton = new QPushButton(tr("De&lete…"), this);
    m_deleteButton->setObjectName(u"deletePushButton"_s);
    m_undoButton = new QPushButton(tr("&Undo batch…"), this);
    m_undoButton->setObjectName(u"undoBatchPushButton"_s);
    m_undoButton->setToolTip(tr("Delete the phones the batch of the selected phone (or the newest "
                                "batch) added; phones that already existed are kept."));
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(u"editButton"_s);
    m_editButton->setToolTip(tr("Change the fields of the selected phone"));
    m_createAgainButton = new QPushButton(tr("&Create again…"), this);
    m_createAgainButton->setObjectName(u"createAgainButton"_s);
    m_createAgainButton->setToolTip(
        tr("Add the selected deleted phones again with their recorded fields and new passwords"));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_summaryLabel, 1);
    buttonRow->addWidget(m_editButton);
    buttonRow->addWidget(m_deactivateButton);
    buttonRow->addWidget(m_reactivateButton);
    buttonRow->addWidget(m_deleteButton);
    buttonRow->addWidget(m_undoButton);
    buttonRow->addWidget(m_createAgainButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttonRow);

    connect(m_systemCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_phones = m_context.history().knownPhones(currentSystem());
        fillTable();
    });
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, &PhonesWindow::fillTable);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &PhonesWindow::fillTable);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PhonesWindow::updateButtons);
    connect(m_deactivateButton, &QPushButton::clicked, this, [this] { run(Action::Deactivate); });
    connect(m_reactivateButton, &QPushButton::clicked, this, [this] { run(Action::Reactivate); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { run(Action::Delete); });
    connect(m_undoButton, &QPushButton::clicked, this, [this] { undoBatch(); });
    connect(m_editButton, &QPushButton::clicked, this, &PhonesWindow::editPhone);
    connect(m_createAgainButton, &QPushButton::clicked, this, &PhonesWindow::createAgain);
    connect(&m_context.service(), &ProvisioningService::jobFinished, this,
            &PhonesWindow::onJobFinished);
    connect(&m_context.service(), &ProvisioningService::idle, this, [this] {
        if (!m_jobs.isEmpty())
            finishBatch();
    });
    updateButtons();
}

void PhonesWindow::refresh()
{
    // The current system first, then every other one the history knows.
    const QString chosen = m_systemCombo->count() > 0 ? currentSystem().key : QString();
    QList<VicidialSystem> systems{m_context.system()};
    for (const VicidialSystem &system : m_context.history().systems()) {
        if (system.key != systems.first().key)
            systems.append(system);
    }
    {
        const QSignalBlocker blocker(m_systemCombo);
        m_systemCombo->clear();
        for (const VicidialSystem &system : std::as_const(systems)) {
            const QString label = system.name.isEmpty() || system.name == system.key
                                      ? system.key
                                      : system.name + u" ("_s + system.key + u")"_s;
            m_systemCombo->addItem(label, system.key);
            m_systemCombo->setItemData(m_systemCombo->count() - 1, system.name, Qt::UserRole + 1);
        }
        const int index = chosen.isEmpty() ? 0 : m_systemCombo->findData(chosen);
        m_systemCombo->setCurrentIndex(std::max(0, index));
    }
    // One system: its name is in the window title instead of a list of one.
    m_systemCombo->setVisible(m_systemCombo->count() > 1);
    m_systemLabel->setVisible(m_systemCombo->count() > 1);
    const VicidialSystem shown = currentSystem();
    setWindowTitle(tr("Phones on %1").arg(shown.name.isEmpty() ? shown.key : shown.name));
    m_phones = m_context.history().knownPhones(currentSystem());
    fillTable();
}

VicidialSystem PhonesWindow::currentSystem() const
{
    return VicidialSystem{m_systemCombo->currentData().toString(),
                          m_systemCombo->currentData(Qt::UserRole + 1).toString()};
}

QString PhonesWindow::stateText(const QString &extension, const QString &serverIp) const
{
    PhoneRecord key;
    key.setValue(PhoneField::Extension, extension);
    key.setValue(PhoneField::ServerIp, serverIp);
    const int row = rowOf(key.extensionKey());
    return row < 0 ? QString() : m_table->item(row, StateColumn)->text();
}

void PhonesWindow::fillTable()
{
    const int wanted = m_stateCombo->currentData().toInt();
    const QString text = m_searchEdit->text().trimmed();
    m_table->setRowCount(0);
    for (int i = 0; i < m_phones.size(); ++i) {
        const KnownPhone &known = m_phones.at(i);
        if (wanted >= 0 && int(known.state) != wanted)
            continue;
        const QStringList cells{known.phone.extension(),
                                known.phone.serverIp(),
                                known.phone.login(),
                                known.phone.value(PhoneField::PhoneFullName),
                                stateTitle(known.state),
                                known.apiUser,
                                known.changedAt.toString(Qt::ISODate),
                                known.createdBatch};
        if (!text.isEmpty()) {
            bool match = false;
            for (int column : {ExtensionColumn, ServerIpColumn, LoginColumn, NameColumn})
                match = match || cells.at(column).contains(text, Qt::CaseInsensitive);
            if (!match)
                continue;
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, i);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void PhonesWindow::updateButtons()
{
    const QList<KnownPhone> selected = selectedPhones();
    const bool any = !selected.isEmpty() && m_jobs.isEmpty();
    const auto isDeleted = [](const KnownPhone &known) {
        return known.state == KnownPhoneState::Deleted;
    };
    m_editButton->setEnabled(any && selected.size() == 1 && !isDeleted(selected.first()));
    m_createAgainButton->setEnabled(any &&
                                    std::all_of(selected.cbegin(), selected.cend(), isDeleted));
    m_deactivateButton->setEnabled(any);
    m_reactivateButton->setEnabled(any);
    m_deleteButton->setEnabled(any);
    m_undoButton->setEnabled(
        m_jobs.isEmpty() &&
        std::any_of(m_phones.cbegin(), m_phones.cend(),
                    [](const KnownPhone &known) { return !known.createdBatch.isEmpty(); }));
}

QList<KnownPhone> PhonesWindow::selectedPhones() const
{
    QList<KnownPhone> result;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        result.append(m_phones.at(m_table->item(index.row(), 0)->data(Qt::UserRole).toInt()));
    return result;
}

int PhonesWindow::rowOf(const QString &extensionKey) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const int i = m_table->item(row, 0)->data(Qt::UserRole).toInt();
        if (m_phones.at(i).phone.extensionKey() == extensionKey)
            return row;
    }
    return -1;
}

void PhonesWindow::run(Action action)
{
    QList<KnownPhone> phones;
    for (const KnownPhone &known : selectedPhones()) {
        if (known.state != KnownPhoneState::Deleted)
            phones.append(known);
    }
    if (phones.isEmpty())
        return;
    const VicidialSystem system = currentSystem();
    const QString systemLabel = system.name.isEmpty() ? system.key : system.name;
    if (!canSend())
        return;
    if (action == Action::Delete) {
        const QString question =
            tr("Delete %n phone(s) on %1? This cannot be undone: the phones and their settings "
               "are removed from VICIdial.",
               nullptr, int(phones.size()))
                .arg(systemLabel);
        if (MessageBox::question(this, tr("Delete phones"), question) != QMessageBox::Yes)
            return;
    }
    QList<std::pair<Operation, QString>> operations;
    for (const KnownPhone &known : std::as_const(phones)) {
        operations.append(
            {action == Action::Delete
                 ? Operation::deletePhone(known.phone.extension(), known.phone.serverIp())
                 : Operation::setPhoneActive(known.phone.extension(), known.phone.serverIp(),
                                             action == Action::Reactivate),
             known.phone.extensionKey()});
    }
    const int count = int(operations.size());
    submitAll(operations, action == Action::Delete ? tr("Delete %n phone(s)", nullptr, count)
                          : action == Action::Reactivate
                              ? tr("Switch on %n phone(s)", nullptr, count)
                              : tr("Switch off %n phone(s)", nullptr, count));
}

bool PhonesWindow::canSend()
{
    const VicidialSystem system = currentSystem();
    if (m_context.connectionFor(system.key) && m_sendBatch)
        return true;
    MessageBox::warning(this, tr("Phones"),
                        tr("There is no connection to %1 in this session: choose it in the "
                           "settings first. Nothing was sent.")
                            .arg(system.name.isEmpty() ? system.key : system.name));
    return false;
}

bool PhonesWindow::submitAll(const QList<std::pair<Operation, QString>> &operations,
                             const QString &label, const QString &undoOf,
                             const QList<PhoneRecord> &withPasswords)
{
    if (!canSend())
        return false;
    const VicidialSystem system = currentSystem();
    BatchRequest request;
    request.info.batchId = ProvisioningService::newBatchId();
    request.info.label = label.isEmpty()
                             ? tr("Phones window: %n change(s)", nullptr, int(operations.size()))
                             : label;
    request.info.undoOf = undoOf;
    request.systemKey = system.key;
    for (const auto &entry : operations)
        request.rows << BatchPlanRow::fromOperation(entry.first);
    QString why;
    if (!m_sendBatch(request, &why)) {
        m_summaryLabel->setText(tr("Nothing was sent: %1").arg(why));
        return false;
    }
    m_batchId = request.info.batchId;
    m_done = m_succeeded = m_failed = 0;
    m_stopMessage.clear();
    m_note.clear();
    m_handout.clear();
    m_newPasswords.clear();
    m_jobs.clear();
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const QString &key = operations.at(i).second;
        m_jobs.insert(key);
        if (i < withPasswords.size())
            m_newPasswords.insert(key, withPasswords.at(i));
        const int row = rowOf(key);
        if (row >= 0)
            m_table->item(row, StateColumn)->setText(tr("Sending…"));
    }
    m_summaryLabel->setText(tr("%n request(s) queued: see the batch panel of the main window.",
                               nullptr, int(m_jobs.size())));
    updateButtons();
    return true;
}

void PhonesWindow::onJobFinished(const JobResult &result)
{
    const QString key = result.phone.extensionKey();
    if (result.batchId.isEmpty() || result.batchId != m_batchId || !m_jobs.remove(key))
        return;
    const int row = rowOf(key);
    ++m_done;
    const PhoneRecord withPasswords = m_newPasswords.take(key);
    if (!m_editKey.isEmpty() && key == m_editKey)
        finishEdit(result);
    if (isSuccess(result.outcome)) {
        ++m_succeeded;
        if (!withPasswords.extension().isEmpty())
            m_handout.append(withPasswords);
    } else {
        ++m_failed;
        if (result.outcome == Outcome::NoPermission) {
            m_stopMessage = outcomeExplanation(result.outcome, result.kind);
        } else if (m_stopMessage.isEmpty()) {
            m_stopMessage = outcomeTitle(result.outcome) + u": "_s + result.message;
        }
    }
    if (row >= 0)
        m_table->item(row, StateColumn)->setText(outcomeTitle(result.outcome));
    if (m_jobs.isEmpty())
        finishBatch();
}

void PhonesWindow::finishBatch()
{
    // Rows the service never took (refused at once, a stop) have no answer
    // to wait for once it is idle.
    if (!m_jobs.isEmpty()) {
        m_failed += int(m_jobs.size());
        m_done += int(m_jobs.size());
        m_jobs.clear();
        m_newPasswords.clear();
        if (m_stopMessage.isEmpty())
            m_stopMessage = tr("Some were not sent: see the batch panel.");
    }
    QString summary =
        tr("%1 done: %2 succeeded, %3 failed.").arg(m_done).arg(m_succeeded).arg(m_failed);
    if (m_failed > 0 && !m_stopMessage.isEmpty())
        summary += u' ' + m_stopMessage;
    if (!m_note.isEmpty())
        summary += u' ' + m_note;
    m_phones = m_context.history().knownPhones(currentSystem());
    fillTable();
    m_summaryLabel->setText(summary);
    if (!m_handout.isEmpty())
        offerHandout();
}

} // namespace vp
