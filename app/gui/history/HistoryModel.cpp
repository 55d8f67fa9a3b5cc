#include "history/HistoryModel.h"

#include "history/HistoryStore.h"
#include "mainwindow/PhoneModel.h"
#include "widgets/StatusColors.h"

#include <algorithm>
#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QScopeGuard>
#include <QSet>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

// What reading an attempt again can find changed: its result.
bool sameResult(const HistoryAttempt &a, const HistoryAttempt &b)
{
    return a.finished == b.finished && a.outcome == b.outcome && a.httpStatus == b.httpStatus &&
           a.finishedAt == b.finishedAt && a.durationMs == b.durationMs && a.verify == b.verify &&
           a.message == b.message && a.redactedReply == b.redactedReply;
}

} // namespace

HistoryModel::HistoryModel(const HistoryStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    reload();
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = m_store.isOpen() ? m_store.count(m_filter) : 0;
    // The first page comes with the reset, so a view never fetches while the
    // reset is being announced.
    if (m_total > 0) {
        const auto page = m_store.query(m_filter, 0, PageSize);
        m_rows.assign(page.begin(), page.end());
    }
    endResetModel();
}

void HistoryModel::update(int keepRows)
{
    if (!m_store.isOpen())
        return;
    const int total = m_store.count(m_filter);
    // The rows needed plus the new ones, read from the first: the model stays
    // the first rows of the result, so paging on (fetchMore) goes on where it
    // should.
    const int loaded = int(m_rows.size());
    const int needed = std::min(loaded, std::max(keepRows, int(PageSize)));
    const int wanted =
        std::max(needed + std::max(0, total - m_total), std::min(total, int(PageSize)));
    const QList<HistoryAttempt> page = m_store.query(m_filter, 0, wanted);
    // Attempts are never deleted: nothing read back means the read failed
    // (a server gone for a moment); keep what is shown.
    if (page.isEmpty() && loaded > 0)
        return;
    const std::vector<HistoryAttempt> fresh(page.begin(), page.end());
    m_changing = true;
    const auto changed = qScopeGuard([this] { m_changing = false; });
    removeMissing(fresh);
    if (!insertAndUpdate(fresh)) {
        // Not expected (attempts keep their order): start over.
        beginResetModel();
        m_rows = fresh;
        endResetModel();
    }
    m_total = std::max(total, int(m_rows.size()));
}

// Rows that no longer match (an unfinished attempt finished outside the
// outcome filtered on) and rows past those read again (fetchMore reads them
// again); bottom up, a run of rows at a time.
void HistoryModel::removeMissing(const std::vector<HistoryAttempt> &fresh)
{
    QSet<qint64> keep;
    keep.reserve(qsizetype(fresh.size()));
    for (const HistoryAttempt &a : fresh)
        keep.insert(a.id);
    int row = int(m_rows.size()) - 1;
    while (row >= 0) {
        if (keep.contains(m_rows[std::size_t(row)].id)) {
            --row;
            continue;
        }
        const int last = row;
        while (row > 0 && !keep.contains(m_rows[std::size_t(row - 1)].id))
            --row;
        beginRemoveRows({}, row, last);
        m_rows.erase(m_rows.begin() + row, m_rows.begin() + last + 1);
        endRemoveRows();
        --row;
    }
}

// With every row of the model in fresh: inserts the others where fresh has
// them and updates the rows whose result changed. False (and nothing done)
// when the rows are not in fresh's order.
bool HistoryModel::insertAndUpdate(const std::vector<HistoryAttempt> &fresh)
{
    std::size_t kept = 0;
    for (const HistoryAttempt &a : fresh) {
        if (kept < m_rows.size() && a.id == m_rows[kept].id)
            ++kept;
    }
    if (kept != m_rows.size())
        return false;
    std::size_t row = 0;
    while (row < fresh.size()) {
        if (row < m_rows.size() && m_rows[row].id == fresh[row].id) {
            if (!sameResult(m_rows[row], fresh[row])) {
                m_rows[row] = fresh[row];
                emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
            }
            ++row;
            continue;
        }
        std::size_t end = row;
        while (end < fresh.size() && (row >= m_rows.size() || fresh[end].id != m_rows[row].id))
            ++end;
        beginInsertRows({}, int(row), int(end) - 1);
        m_rows.insert(m_rows.begin() + std::ptrdiff_t(row), fresh.begin() + std::ptrdiff_t(row),
                      fresh.begin() + std::ptrdiff_t(end));
        endInsertRows();
        row = end;
    }
    return true;
}

bool HistoryModel::isUnresolved(const HistoryAttempt &attempt)
{
    return !attempt.finished || isUnknown(attempt.outcome);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && int(m_rows.size()) < m_total;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto page = m_store.query(m_filter, int(m_rows.size()), PageSize);
    if (page.isEmpty()) {
        // The store shrank under us (another process); stop asking.
        m_total = int(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.insert(m_rows.end(), page.begin(), page.end());
    endInsertRows();
    m_changing = false;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryAttempt &a = m_rows[std::size_t(index.row())];
    const bool unresolved = isUnresolved(a);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(a.startedAt.toLocalTime(), QLocale::ShortFormat);
        case SystemColumn:
            return VicidialSystem{a.systemKey, a.systemName}.displayName();
        case BuildColumn:
            // "?x": the server printed a version this program could not read.
            return a.serverBuild.startsWith(QLatin1Char('?'))
                       ? tr("%1 (not recognised)").arg(a.serverBuild.mid(1))
                       : a.serverBuild;
        case ExtensionColumn:
            return a.phone.extension();
        case NameColumn:
            return a.phone.value(PhoneField::PhoneFullName);
        case ServerColumn:
            return a.phone.serverIp();
        case LoginColumn:
            return a.phone.login();
        case AliasIdColumn:
            return a.aliasId;
        case AliasNameColumn:
            return a.aliasName;
        case OutcomeColumn:
            return a.finished ? outcomeTitle(a.outcome) : tr("sending");
        case OsUserColumn:
            return a.osUser;
        case MachineColumn:
            return a.machine;
        case ApiUserColumn:
            return a.apiUser;
        case MessageColumn:
            return a.message;
        case DurationColumn:
            return a.finished ? tr("%1 ms").arg(a.durationMs) : QString();
        case BatchColumn:
            return a.batchId;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == OutcomeColumn) {
            if (!a.finished)
                return phoneStatusIcon(PhoneStatus::Sending);
            return phoneStatusIcon(statusForOutcome(a.outcome));
        }
        return {};
    case Qt::BackgroundRole:
        // Unknown outcomes stand out: they need a resend to find out.
        return unresolved ? QVariant(StatusColors::attentionBackground(QGuiApplication::palette()))
                          : QVariant();
    case Qt::ForegroundRole:
        return unresolved ? QVariant(StatusColors::attentionText(QGuiApplication::palette()))
                          : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == SystemColumn)
            return a.systemKey;
        if ((index.column() == AliasIdColumn || index.column() == AliasNameColumn) &&
            !a.aliasId.isEmpty())
            return a.aliasLogins.isEmpty()
                       ? tr("The alias's logins were not changed by this request.")
                       : tr("Phone logins sent: %1").arg(a.aliasLogins.join(u", "_s));
        if ((index.column() == OsUserColumn || index.column() == MachineColumn) &&
            a.osUser.isEmpty() && a.machine.isEmpty())
            return tr("Not recorded: an older version of the program sent this request.");
        if (index.column() == BuildColumn && a.serverBuild.isEmpty())
            return tr("The server's VICIdial build was not known when this request went.");
        if (unresolved)
            return tr("Unknown whether this phone was created. Select it and choose "
                      "\"Resend to resolve\".");
        return a.finished ? outcomeExplanation(a.outcome) : QString();
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SystemColumn:
        return tr("System");
    case BuildColumn:
        return tr("VICIdial build");
    case ExtensionColumn:
        return tr("Extension");
    case NameColumn:
        return tr("Name");
    case ServerColumn:
        return tr("Server IP");
    case LoginColumn:
        return tr("Login");
    case AliasIdColumn:
        return tr("Alias id");
    case AliasNameColumn:
        return tr("Alias name");
    case OutcomeColumn:
        return tr("Outcome");
    case OsUserColumn:
        return tr("OS user");
    case MachineColumn:
        return tr("Machine");
    case ApiUserColumn:
        return tr("API user");
    case MessageColumn:
        return tr("Message");
    case DurationColumn:
        return tr("Duration");
    case BatchColumn:
        return tr("Batch");
    }
    return {};
}

} // namespace vp
