#include "import/ImportPreviewModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace vp {

namespace {
const QColor kInvalid(255, 205, 205);
const QColor kWarning(255, 229, 180);
const QColor kChangedByServer(255, 245, 170);
const QColor kNormalised(215, 232, 255);
const QString kMask = u"\u25CF\u25CF\u25CF\u25CF\u25CF\u25CF\u25CF\u25CF"_s;

PhoneField fieldOfColumn(int column)
{
    return static_cast<PhoneField>(column - ImportPreviewModel::FirstFieldColumn);
}

bool isFieldColumn(int column)
{
    return column >= ImportPreviewModel::FirstFieldColumn &&
           column < ImportPreviewModel::ActiveColumn;
}
} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPreview(ImportPreviewData data, const ImportPreviewSettings &settings)
{
    beginResetModel();
    m_rows = std::move(data.rows);
    m_issues = std::move(data.issues);
    m_settings = settings;
    while (m_issues.size() < m_rows.size())
        m_issues.append(QList<FieldIssue>());
    endResetModel();
    recount();
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_issues.clear();
    endResetModel();
    recount();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ActiveColumn + 1;
}

bool ImportPreviewModel::isBlocked(int row) const
{
    return ImportPipeline::verdict(m_rows[row], m_issues[row]) != ImportVerdict::Ready;
}

QString ImportPreviewModel::sentValue(int row, PhoneField field) const
{
    return PhoneRules::normalizedValue(field, m_rows[row].phone.value(field), m_settings.rules);
}

QString ImportPreviewModel::storedValue(int row, PhoneField field) const
{
    return PhoneRules::serverCleaned(field, sentValue(row, field), m_settings.rules);
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // The state backgrounds are pale on every theme: their text is dark, a
    // dark theme's light text would not read on them.
    if (role == Qt::ForegroundRole)
        return data(index, Qt::BackgroundRole).isValid()
                   ? QVariant(QBrush(QColor(0x1f, 0x1f, 0x1f)))
                   : QVariant();
    const int r = index.row();
    const ImportRow &row = m_rows[r];
    const int column = index.column();

    if (column == LineColumn) {
        if (role == Qt::DisplayRole)
            return row.line;
        if (role == BlockedRole)
            return isBlocked(r) ? u"1"_s : u"0"_s;
        return {};
    }
    if (column == StatusColumn) {
        const bool blocked = isBlocked(r);
        switch (role) {
        case Qt::DisplayRole:
            // The count is that of the tooltip's lines: field issues and row notes.
            if (!m_issues[r].isEmpty() || (blocked && row.problems.size() > 1))
                return tr("%n problem(s)", nullptr, int(m_issues[r].size() + row.problems.size()));
            if (row.alreadyAdded && row.problems.size() == row.duplicateNotes.size())
                return tr("Already added");
            if (row.duplicateOfLine > 0 && row.problems.size() == row.duplicateNotes.size())
                return tr("Duplicate of line %1").arg(row.duplicateOfLine);
            if (!row.problems.isEmpty())
                return blocked ? tr("%n problem(s)", nullptr, int(row.problems.size()))
                               : tr("Ready (warning)");
            // What sending it will do, when that is more than adding it.
            if (m_settings.mode != ImportMode::Add)
                return ImportPipeline::plannedAction(m_settings.mode, row);
            return tr("Ready");
        case Qt::ToolTipRole: {
            QStringList lines;
            for (const FieldIssue &issue : m_issues[r])
                lines << issue.message;
            lines += row.problems;
            return lines.join(u'\n');
        }
        case Qt::BackgroundRole:
            if (blocked)
                return QBrush(kInvalid);
            if (!row.problems.isEmpty())
                return QBrush(kWarning);
            return {};
        default:
            return {};
        }
    }
    if (column == ActiveColumn) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.phone.isActive() ? u"Y"_s : u"N"_s;
        return {};
    }
    if (!isFieldColumn(column))
        return {};

    const PhoneField field = fieldOfColumn(column);
    const QString value = row.phone.value(field);
    const bool secret = isSecretField(field);
    const bool generated = secret && row.isGenerated(field) && !value.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        // Where a password comes from shows in the cell: made here, or read.
        if (generated)
            return tr("generated");
        return secret && !value.isEmpty() ? kMask : value;
    case Qt::EditRole:
        return value;
    case Qt::FontRole:
        if (generated) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::BackgroundRole: {
        QStringList reasons;
        for (const FieldIssue &issue : m_issues[r]) {
            if (issue.field == field)
                reasons << issue.message;
        }
        if (!reasons.isEmpty())
            return role == Qt::ToolTipRole ? QVariant(reasons.join(u'\n'))
                                           : QVariant(QBrush(kInvalid));
        if (secret) {
            if (role != Qt::ToolTipRole || value.isEmpty())
                return {};
            return generated ? tr("Generated: a new random password (this row gave none). The "
                                  "agent handout lists it.")
                             : tr("From the list.");
        }
        const QString sent = sentValue(r, field);
        const QString stored = PhoneRules::serverCleaned(field, sent, m_settings.rules);
        // Only a value the user gave: an empty optional field taking the
        // server's default is expected, not a surprise.
        if (!sent.isEmpty() && stored != sent) {
            if (role == Qt::BackgroundRole)
                return QBrush(kChangedByServer);
            return tr("The server would store \"%1\".").arg(stored);
        }
        if (sent != value) {
            if (role == Qt::BackgroundRole)
                return QBrush(kNormalised);
            return tr("Sent as \"%1\".").arg(sent);
        }
        return {};
    }
    default:
        return {};
    }
}

bool ImportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int r = index.row();
    ImportRow &row = m_rows[r];
    if (index.column() == ActiveColumn) {
        const std::optional<bool> active = ImportPlan::parseActive(value.toString());
        if (!active)
            return false;
        row.phone.setActive(*active);
        emit dataChanged(index, index);
        return true;
    }
    if (!isFieldColumn(index.column()))
        return false;
    const PhoneField field = fieldOfColumn(index.column());
    const QString text = value.toString();
    if (row.phone.value(field) == text)
        return true;
    row.phone.setValue(field, text);
    row.generated.removeAll(field); // typed now
    m_issues[r] = ImportPipeline::checkRow(row, m_settings);
    if (field == PhoneField::Extension || field == PhoneField::ServerIp ||
        field == PhoneField::PhoneLogin) {
        // One edit can clear or create a duplicate anywhere in the list.
        remarkDuplicates();
        emit dataChanged(this->index(0, 0), this->index(rowCount() - 1, columnCount() - 1));
    } else {
        emit dataChanged(this->index(r, 0), this->index(r, columnCount() - 1));
    }
    recount();
    return true;
}

void ImportPreviewModel::remarkDuplicates()
{
    ImportPipeline::markDuplicates(m_rows, m_settings);
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (isFieldColumn(index.column()) || index.column() == ActiveColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role == Qt::DisplayRole) {
        if (section == LineColumn)
            return tr("Line");
        if (section == StatusColumn)
            return tr("Status");
        if (section == ActiveColumn)
            return tr("Active");
        if (isFieldColumn(section))
            return fieldLabel(fieldOfColumn(section));
    }
    if (role == Qt::ToolTipRole && isFieldColumn(section)) {
        const PhoneField field = fieldOfColumn(section);
        const int generated = generatedCount(field);
        if (!isSecretField(field) || generated == 0)
            return apiName(field);
        return tr("%1: generated in %n row(s), from the list in the others.", nullptr, generated)
            .arg(apiName(field));
    }
    return {};
}

bool ImportPreviewModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    m_issues.remove(row, count);
    endRemoveRows();
    remarkDuplicates();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    recount();
    return true;
}

QList<BatchPlanRow> ImportPreviewModel::readyRows() const
{
    ImportPreviewData data;
    data.rows = m_rows;
    data.issues = m_issues;
    QList<int> lines;
    const QList<Operation> operations =
        ImportPipeline::readyOperations(data, m_settings.mode, m_settings.rules, &lines);
    QList<BatchPlanRow> rows;
    rows.reserve(operations.size());
    for (int i = 0; i < operations.size(); ++i)
        rows << BatchPlanRow::fromOperation(operations[i], lines[i],
                                            m_settings.mode == ImportMode::AddOrUpdate);
    return rows;
}

QList<PhoneRecord> ImportPreviewModel::readyPhones(QList<int> *lines) const
{
    QList<PhoneRecord> phones;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (isBlocked(r))
            continue;
        phones.append(PhoneRules::normalized(m_rows[r].phone, nullptr, m_settings.rules));
        if (lines)
            lines->append(m_rows[r].line);
    }
    return phones;
}

QList<BatchSkippedRow> ImportPreviewModel::skippedRows() const
{
    QList<BatchSkippedRow> skipped;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (!isBlocked(r))
            continue;
        const ImportRow &row = m_rows[r];
        BatchSkippedRow item;
        item.sourceLine = row.line;
        item.phone = row.phone.withoutSecrets();
        item.reason = ImportPipeline::skipReason(row, m_issues[r]);
        QStringList reasons;
        for (const FieldIssue &issue : m_issues[r])
            reasons << issue.message;
        reasons += row.problems;
        item.message = reasons.join(u"; "_s);
        skipped.append(item);
    }
    return skipped;
}

QString ImportPreviewModel::kindName(FieldIssue::Kind kind)
{
    switch (kind) {
    case FieldIssue::Kind::Missing:
        return tr("missing value");
    case FieldIssue::Kind::TooShort:
        return tr("too short");
    case FieldIssue::Kind::TooLong:
        return tr("too long");
    case FieldIssue::Kind::BadCharacter:
        return tr("character the server would remove");
    case FieldIssue::Kind::NotAllowed:
        return tr("value not in the allowed list");
    case FieldIssue::Kind::Invalid:
        return tr("invalid value");
    case FieldIssue::Kind::Ignored:
        return tr("field this server's build ignores");
    }
    return {};
}

QMap<QString, int> ImportPreviewModel::problemCounts() const
{
    QMap<QString, int> counts;
    for (int r = 0; r < m_rows.size(); ++r) {
        for (const FieldIssue &issue : m_issues[r])
            ++counts[kindName(issue.kind)];
        const ImportRow &row = m_rows[r];
        if (row.duplicateOfLine > 0)
            ++counts[tr("duplicate in the list")];
        if (row.alreadyAdded)
            ++counts[tr("already added (history)")];
        if (row.problems.size() > row.duplicateNotes.size())
            ++counts[tr("row warning")];
    }
    return counts;
}

QString ImportPreviewModel::problemSummary() const
{
    QString text = tr("%n row(s): ", nullptr, int(m_rows.size())) +
                   tr("%n ready, ", nullptr, readyCount()) +
                   tr("%n with problems", nullptr, m_blocked);
    const QMap<QString, int> counts = problemCounts();
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << u"%1: %2"_s.arg(it.key()).arg(it.value());
    if (!parts.isEmpty())
        text += u" \u2014 "_s + parts.join(u", "_s);
    return text;
}

int ImportPreviewModel::generatedCount(PhoneField field) const
{
    int count = 0;
    for (const ImportRow &row : m_rows)
        count += row.isGenerated(field) ? 1 : 0;
    return count;
}

void ImportPreviewModel::recount()
{
    int blocked = 0;
    for (int r = 0; r < m_rows.size(); ++r)
        blocked += isBlocked(r) ? 1 : 0;
    m_blocked = blocked;
    emit countsChanged();
}

} // namespace vp
