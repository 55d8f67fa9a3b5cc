// The rows an import would send, one per phone, each cell checked with
// PhoneRules: a bad cell is coloured with the reason in its tooltip, a value
// the client or the server would change shows what is sent and stored. Cells
// are editable (the row is checked again, duplicates re-marked) and rows can
// be removed. Passwords are shown masked.
#pragma once

#include "history/BatchJournal.h"
#include "import/ImportPipeline.h"

#include <QAbstractTableModel>
#include <QMap>

namespace vp {

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        LineColumn,
        StatusColumn,
        FirstFieldColumn
    };
    // Column of a field: FirstFieldColumn + fieldIndex(field); then "Active".
    static int columnOf(PhoneField field) { return FirstFieldColumn + fieldIndex(field); }
    static constexpr int ActiveColumn = FirstFieldColumn + PhoneFieldCount;
    // Column 0, "1" for a row that would not be sent (for the problem filter).
    static constexpr int BlockedRole = Qt::UserRole + 1;

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(ImportPreviewData data, const ImportPreviewSettings &settings);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    const ImportRow &row(int row) const { return m_rows[row]; }
    const QList<FieldIssue> &issues(int row) const { return m_issues[row]; }
    // Would not be sent: a field is invalid, or it repeats an earlier row or
    // history. Other row notes (ragged row, unreadable Active) only warn.
    bool isBlocked(int row) const;
    int blockedCount() const { return m_blocked; }
    int readyCount() const { return int(m_rows.size()) - m_blocked; }

    // Rows that would be sent, normalised as the service expects, and their
    // source lines.
    QList<PhoneRecord> readyPhones(QList<int> *lines = nullptr) const;
    // The same rows as the import mode's operations, for the batch journal.
    QList<BatchPlanRow> readyRows() const;
    ImportMode mode() const { return m_settings.mode; }
    // Rows that would not be sent, with their reasons (no passwords).
    QList<BatchSkippedRow> skippedRows() const;
    // Problem counts: each FieldIssue kind, duplicates, already added, warnings.
    QMap<QString, int> problemCounts() const;
    QString problemSummary() const;

    // Rows whose password field was generated (no column, or an empty cell).
    int generatedCount(PhoneField field) const;

    // The value the client sends for a cell, and what the server would store.
    QString sentValue(int row, PhoneField field) const;
    QString storedValue(int row, PhoneField field) const;

signals:
    void countsChanged();

private:
    void recount();
    void remarkDuplicates();
    static QString kindName(FieldIssue::Kind kind);

    QList<ImportRow> m_rows;
    QList<QList<FieldIssue>> m_issues;
    ImportPreviewSettings m_settings;
    int m_blocked = 0;
};

} // namespace vp
