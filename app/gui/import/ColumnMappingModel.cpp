#include "import/ColumnMappingModel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace vp {

namespace {
constexpr int kSamples = 3;

bool isPasswordCode(int code)
{
    return code == fieldIndex(PhoneField::PhonePass) ||
           code == fieldIndex(PhoneField::RegistrationPassword) ||
           code == ColumnMappingModel::BothPasswordsCode;
}

// Two columns cannot feed one field: the codes that choosing code takes over.
bool conflicts(int code, int other)
{
    if (code == ColumnMappingModel::IgnoreCode || other == ColumnMappingModel::IgnoreCode)
        return false;
    if (code == other)
        return true;
    return (code == ColumnMappingModel::BothPasswordsCode ||
            other == ColumnMappingModel::BothPasswordsCode) &&
           isPasswordCode(code) && isPasswordCode(other);
}
} // namespace

ColumnMappingModel::ColumnMappingModel(QObject *parent) : QAbstractTableModel(parent) {}

QList<QPair<int, QString>> ColumnMappingModel::choices()
{
    QList<QPair<int, QString>> list;
    list.append({IgnoreCode, choiceText(IgnoreCode)});
    for (const PhoneFieldInfo &info : phoneFields())
        list.append({fieldIndex(info.field), choiceText(fieldIndex(info.field))});
    // Right after the two password fields: one column may give both.
    const int registration = fieldIndex(PhoneField::RegistrationPassword);
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].first == registration) {
            list.insert(i + 1, {BothPasswordsCode, choiceText(BothPasswordsCode)});
            break;
        }
    }
    list.append({ActiveCode, choiceText(ActiveCode)});
    return list;
}

QString ColumnMappingModel::choiceText(int code)
{
    if (code == IgnoreCode)
        return tr("(ignore)");
    if (code == ActiveCode)
        return tr("Active (Y/N)");
    if (code == BothPasswordsCode)
        return tr("Both passwords (phone_pass and registration_password)");
    if (code >= 0 && code < PhoneFieldCount) {
        const PhoneField field = static_cast<PhoneField>(code);
        return tr("%1 (%2)").arg(fieldLabel(field), apiName(field));
    }
    return QString();
}

void ColumnMappingModel::setTable(const CsvTable &table, const ColumnMapping &mapping)
{
    beginResetModel();
    m_entries.clear();
    const int columns = std::max<int>(table.columnCount, int(mapping.columns.size()));
    for (int c = 0; c < columns; ++c) {
        Entry entry;
        entry.header = c < table.header.size() && !table.header[c].isEmpty()
                           ? table.header[c]
                           : tr("Column %1").arg(c + 1);
        QStringList samples;
        for (const CsvRow &row : table.rows) {
            if (samples.size() >= kSamples)
                break;
            if (c < row.cells.size() && !row.cells[c].trimmed().isEmpty())
                samples << row.cells[c].trimmed().left(30);
        }
        entry.samples = samples.join(u", "_s);
        if (c == mapping.activeColumn)
            entry.code = ActiveCode;
        else if (c == mapping.bothPasswordsColumn)
            entry.code = BothPasswordsCode;
        else if (c < mapping.columns.size() && mapping.columns[c])
            entry.code = fieldIndex(*mapping.columns[c]);
        m_entries.append(entry);
    }
    endResetModel();
    emit mappingChanged();
}

void ColumnMappingModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

ColumnMapping ColumnMappingModel::mapping() const
{
    ColumnMapping mapping;
    for (int c = 0; c < m_entries.size(); ++c) {
        const int code = m_entries[c].code;
        if (code >= 0 && code < PhoneFieldCount)
            mapping.columns.append(static_cast<PhoneField>(code));
        else
            mapping.columns.append(std::nullopt);
        if (code == ActiveCode)
            mapping.activeColumn = c;
        if (code == BothPasswordsCode)
            mapping.bothPasswordsColumn = c;
    }
    return mapping;
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries[index.row()];
    switch (index.column()) {
    case HeaderColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return entry.header;
        break;
    case SamplesColumn:
        // A password column never shows its values.
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return isPasswordCode(entry.code) && !entry.samples.isEmpty() ? tr("(hidden)")
                                                                          : entry.samples;
        break;
    case FieldColumn:
        if (role == Qt::DisplayRole)
            return choiceText(entry.code);
        if (role == Qt::EditRole)
            return entry.code;
        if (role == Qt::ForegroundRole && entry.code == IgnoreCode)
            return QBrush(QColor(Qt::gray));
        break;
    default:
        break;
    }
    return {};
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != FieldColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const int code = value.toInt(&ok);
    if (!ok || (code != IgnoreCode && code != ActiveCode && code != BothPasswordsCode &&
                (code < 0 || code >= PhoneFieldCount)))
        return false;
    if (m_entries[index.row()].code == code)
        return true;
    if (code != IgnoreCode) {
        for (int r = 0; r < m_entries.size(); ++r) {
            if (r != index.row() && conflicts(code, m_entries[r].code)) {
                m_entries[r].code = IgnoreCode;
                const QModelIndex other = this->index(r, FieldColumn);
                emit dataChanged(other, other);
            }
        }
    }
    m_entries[index.row()].code = code;
    emit dataChanged(index, index);
    emit mappingChanged();
    return true;
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == FieldColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case HeaderColumn:
        return tr("Column");
    case SamplesColumn:
        return tr("First values");
    case FieldColumn:
        return tr("Sent as");
    default:
        return {};
    }
}

} // namespace vp
