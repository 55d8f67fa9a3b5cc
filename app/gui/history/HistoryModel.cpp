#include "history/HistoryModel.h"

#include "history/HistoryStore.h"
#include "mainwindow/PhoneModel.h"
#include "widgets/StatusColors.h"

#include <QColor>
#include <QGuiApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace vp {

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
    return !parent.isValid() && int(m_rows.size()) < m_total;
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
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.insert(m_rows.end(), page.begin(), page.end());
    endInsertRows();
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
