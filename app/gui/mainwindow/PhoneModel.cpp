#include "mainwindow/PhoneModel.h"

#include "service/ProvisioningService.h"

#include <algorithm>
#include <QColor>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vp {

QString phoneStatusTitle(PhoneStatus status)
{
    switch (status) {
    case PhoneStatus::Queued:
        return QCoreApplication::translate("PhoneModel", "queued");
    case PhoneStatus::Sending:
        return QCoreApplication::translate("PhoneModel", "sending");
    case PhoneStatus::Added:
        return QCoreApplication::translate("PhoneModel", "added");
    case PhoneStatus::Failed:
        return QCoreApplication::translate("PhoneModel", "failed");
    case PhoneStatus::Unknown:
        return QCoreApplication::translate("PhoneModel", "unknown");
    }
    return {};
}

QIcon phoneStatusIcon(PhoneStatus status)
{
    // Each status has its own shape (clock, arrow, disc, square, triangle) so
    // the column reads without colour too.
    static const QIcon icons[] = {
        QIcon(u":/icons/status-queued.svg"_s),  QIcon(u":/icons/status-sending.svg"_s),
        QIcon(u":/icons/status-added.svg"_s),   QIcon(u":/icons/status-failed.svg"_s),
        QIcon(u":/icons/status-unknown.svg"_s),
    };
    return icons[int(status)];
}

PhoneStatus statusForOutcome(Outcome outcome)
{
    if (isSuccess(outcome))
        return PhoneStatus::Added;
    if (isUnknown(outcome))
        return PhoneStatus::Unknown;
    return PhoneStatus::Failed;
}

PhoneModel::PhoneModel(QObject *parent) : QAbstractTableModel(parent) {}

PhoneModel::~PhoneModel() = default;

int PhoneModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PhoneModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhoneModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PhoneRow &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case StatusRole:
        return int(row.status);
    case JobIdRole:
        return row.jobId;
    case BatchRole:
        return row.batchId;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return phoneStatusIcon(row.status);
        return {};
    case Qt::ToolTipRole:
        // The whole message (a narrow column cuts it) and what the outcome means.
        if (index.column() == MessageColumn || index.column() == StatusColumn) {
            if (!row.hasOutcome)
                return row.message;
            return row.message.isEmpty() ? outcomeExplanation(row.outcome, row.kind)
                                         : row.message + QLatin1Char('\n') +
                                               outcomeExplanation(row.outcome, row.kind);
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return phoneStatusTitle(row.status);
        case ExtensionColumn:
            return row.phone.extension();
        case NameColumn:
            return row.phone.value(PhoneField::PhoneFullName);
        case LoginColumn:
            return row.phone.login();
        case ServerColumn:
            return row.phone.serverIp();
        case ProtocolColumn:
            return row.phone.value(PhoneField::Protocol);
        case MessageColumn:
            return row.message;
        }
        return {};
    default:
        return {};
    }
}

QVariant PhoneModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case ExtensionColumn:
        return tr("Extension");
    case NameColumn:
        return tr("Name");
    case LoginColumn:
        return tr("Login");
    case ServerColumn:
        return tr("Server");
    case ProtocolColumn:
        return tr("Protocol");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

void PhoneModel::indexRow(int row, bool add)
{
    const PhoneRow &r = m_rows[std::size_t(row)];
    if (add) {
        m_rowsByExtension[r.phone.extensionKey()].append(row);
        m_rowsByLogin[r.phone.loginKey()].append(row);
        if (r.jobId > 0)
            m_rowByJob.insert(r.jobId, row);
        return;
    }
    auto unlink = [row](QHash<QString, QList<int>> &hash, const QString &key) {
        auto it = hash.find(key);
        if (it == hash.end())
            return;
        it->removeOne(row);
        if (it->isEmpty())
            hash.erase(it);
    };
    unlink(m_rowsByExtension, r.phone.extensionKey());
    unlink(m_rowsByLogin, r.phone.loginKey());
    if (r.jobId > 0)
        m_rowByJob.remove(r.jobId);
}

void PhoneModel::rebuildIndexes()
{
    m_rowByJob.clear();
    m_rowsByExtension.clear();
    m_rowsByLogin.clear();
    for (int row = 0; row < int(m_rows.size()); ++row)
        indexRow(row, true);
}

void PhoneModel::emitRowChanged(int row)
{
    emit dataChanged(QAbstractTableModel::index(row, 0),
                     QAbstractTableModel::index(row, ColumnCount - 1));
}

int PhoneModel::appendPhones(const QList<PhoneRecord> &phones, const QString &batchId,
                             const QList<int> &sourceLines)
{
    const int first = int(m_rows.size());
    if (phones.isEmpty())
        return first;
    beginInsertRows({}, first, first + int(phones.size()) - 1);
    m_rows.reserve(m_rows.size() + std::size_t(phones.size()));
    for (int i = 0; i < phones.size(); ++i) {
        PhoneRow row;
        row.phone = phones[i];
        row.batchId = batchId;
        row.sourceLine = i < sourceLines.size() ? sourceLines[i] : -1;
        row.message = tr("Waiting to be sent");
        m_rows.push_back(std::move(row));
        indexRow(int(m_rows.size()) - 1, true);
    }
    endInsertRows();
    return first;
}

int PhoneModel::appendUnsent(const PhoneRecord &phone, const QString &message,
                             bool resolvingUnknown, const QString &batchId, int sourceLine)
{
    const int row = appendPhones({phone}, batchId, {sourceLine});
    PhoneRow &r = m_rows[std::size_t(row)];
    r.status = resolvingUnknown ? PhoneStatus::Unknown : PhoneStatus::Failed;
    r.message = message;
    r.resolvingUnknown = resolvingUnknown;
    emitRowChanged(row);
    return row;
}

void PhoneModel::setSystemKey(int row, const QString &systemKey)
{
    if (row >= 0 && row < rowCount())
        m_rows[std::size_t(row)].systemKey = systemKey;
}

void PhoneModel::setResolvingUnknown(int row, bool resolving)
{
    m_rows[std::size_t(row)].resolvingUnknown = resolving;
}

void PhoneModel::setOperation(int row, const BatchPlanRow &plan)
{
    PhoneRow &r = m_rows[std::size_t(row)];
    r.kind = plan.kind;
    r.fields = plan.fields;
    r.updateIfExists = plan.updateIfExists;
}

Operation PhoneRow::operation() const
{
    BatchPlanRow plan;
    plan.phone = phone;
    plan.kind = kind;
    plan.fields = fields;
    return plan.operation();
}

void PhoneModel::setJob(int row, qint64 jobId, const QString &refusal)
{
    PhoneRow &r = m_rows[std::size_t(row)];
    if (r.jobId > 0)
        m_rowByJob.remove(r.jobId);
    r.jobId = jobId;
    r.hasOutcome = false;
    r.redactedRequest.clear();
    r.redactedReply.clear();
    if (jobId > 0) {
        m_rowByJob.insert(jobId, row);
        r.status = PhoneStatus::Queued;
        r.message = tr("Waiting to be sent");
    } else {
        r.status = PhoneStatus::Failed;
        r.message = refusal;
    }
    emitRowChanged(row);
    if (jobId <= 0)
        emit rowFinished(row);
}

void PhoneModel::setPhone(int row, const PhoneRecord &phone)
{
    indexRow(row, false);
    m_rows[std::size_t(row)].phone = phone;
    indexRow(row, true);
    emitRowChanged(row);
}

void PhoneModel::markStarted(qint64 jobId)
{
    const int row = rowForJob(jobId);
    if (row < 0)
        return;
    m_rows[std::size_t(row)].status = PhoneStatus::Sending;
    m_rows[std::size_t(row)].message = tr("Sending…");
    emitRowChanged(row);
}

void PhoneModel::markWaiting(qint64 jobId, const QString &message)
{
    const int row = rowForJob(jobId);
    if (row < 0)
        return;
    m_rows[std::size_t(row)].status = PhoneStatus::Queued;
    m_rows[std::size_t(row)].message = message;
    emitRowChanged(row);
}

void PhoneModel::applyResult(const JobResult &result)
{
    const int row = rowForJob(result.jobId);
    if (row < 0)
        return;
    PhoneRow &r = m_rows[std::size_t(row)];
    r.status = statusForOutcome(result.outcome);
    r.hasOutcome = true;
    r.outcome = result.outcome;
    r.message = result.message.isEmpty() ? outcomeTitle(result.outcome) : result.message;
    r.redactedRequest = result.redactedRequest;
    r.redactedReply = result.redactedReply;
    r.resolvingUnknown = r.status == PhoneStatus::Unknown;
    emitRowChanged(row);
    emit rowFinished(row);
}

void PhoneModel::removeRowList(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // From the end, joining neighbours into one removal each.
    int i = int(rows.size()) - 1;
    while (i >= 0) {
        const int last = rows[i];
        int first = last;
        while (i > 0 && rows[i - 1] == first - 1)
            first = rows[--i];
        --i;
        if (first < 0 || last >= int(m_rows.size()))
            continue;
        beginRemoveRows({}, first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
    }
    rebuildIndexes();
}

void PhoneModel::clear()
{
    beginResetModel();
    m_rows.clear();
    rebuildIndexes();
    endResetModel();
}

QList<int> PhoneModel::rowsOfBatch(const QString &batchId, PhoneStatus status) const
{
    QList<int> rows;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (m_rows[std::size_t(row)].batchId == batchId &&
            m_rows[std::size_t(row)].status == status)
            rows.append(row);
    }
    return rows;
}

bool PhoneModel::hasExtension(const QString &extensionKey, int exceptRow) const
{
    const auto rows = m_rowsByExtension.value(extensionKey);
    return std::any_of(rows.begin(), rows.end(), [exceptRow](int r) { return r != exceptRow; });
}

bool PhoneModel::hasLogin(const QString &loginKey, int exceptRow) const
{
    const auto rows = m_rowsByLogin.value(loginKey);
    return std::any_of(rows.begin(), rows.end(), [exceptRow](int r) { return r != exceptRow; });
}

} // namespace vp
