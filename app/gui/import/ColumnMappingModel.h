// One row per column of the imported table: its header, a few sample values
// and the add_phone field it feeds (or "Ignore", or the Y/N "Active" column).
// The Field column is edited with a combo box (ImportFieldDelegate); a field
// can feed from one column only, so choosing it elsewhere clears the other.
#pragma once

#include "import/ColumnMapping.h"
#include "import/CsvReader.h"

#include <QAbstractTableModel>

namespace vp {

class ColumnMappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        HeaderColumn,
        SamplesColumn,
        FieldColumn,
        ColumnCount
    };
    // Edit-role codes of FieldColumn besides fieldIndex(): nothing, "active",
    // and one column for both passwords.
    static constexpr int IgnoreCode = -1;
    static constexpr int ActiveCode = 1000;
    static constexpr int BothPasswordsCode = 1001;

    explicit ColumnMappingModel(QObject *parent = nullptr);

    void setTable(const CsvTable &table, const ColumnMapping &mapping);
    ColumnMapping mapping() const;
    void clear();

    // The codes and texts the combo box offers, in order.
    static QList<QPair<int, QString>> choices();
    static QString choiceText(int code);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void mappingChanged();

private:
    struct Entry
    {
        QString header;
        QString samples;
        int code = IgnoreCode;
    };
    QList<Entry> m_entries;
};

} // namespace vp
