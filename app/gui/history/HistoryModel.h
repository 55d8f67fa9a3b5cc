// Every attempt from the history store, newest first, read a page (200 rows)
// at a time as the view scrolls (fetchMore), so a million rows open at once.
#pragma once

#include "history/HistoryTypes.h"

#include <QAbstractTableModel>
#include <vector>

namespace vp {

class HistoryStore;

class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        SystemColumn,
        BuildColumn, // the system's VICIdial build when the request went
        ExtensionColumn,
        NameColumn,
        ServerColumn, // the phone's Asterisk server IP (server_ip)
        LoginColumn,
        OutcomeColumn,
        OsUserColumn,    // who sent it: the operating-system user,
        MachineColumn,   // the computer
        ApiUserColumn,   // and the VICIdial API user
        AliasIdColumn,   // alias attempts (add_phone_alias, update_phone_alias)
        AliasNameColumn, // the name as sent (empty: an update that kept it)
        MessageColumn,
        DurationColumn,
        BatchColumn,
        ColumnCount
    };
    static constexpr int PageSize = 200;

    explicit HistoryModel(const HistoryStore &store, QObject *parent = nullptr);
    ~HistoryModel() override;

    void setFilter(const HistoryFilter &filter);
    HistoryFilter filter() const { return m_filter; }
    // Reads again from the store, from the first row (a new filter).
    void reload();
    // Reads the first rows again and merges them in place: new attempts are
    // inserted, changed ones updated, those that no longer match removed, so
    // a view keeps its selection and current row (no reset). keepRows: the
    // rows a view needs (in sight, selected); loaded rows past them and past
    // the first page are let go (fetchMore reads them again), so watching a
    // long batch does not read ever more rows.
    void update(int keepRows = 0);
    // Matching attempts in the store (not only those loaded).
    int totalCount() const { return m_total; }

    const HistoryAttempt &attempt(int row) const { return m_rows[std::size_t(row)]; }
    static bool isUnresolved(const HistoryAttempt &attempt);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    void removeMissing(const std::vector<HistoryAttempt> &fresh);
    bool insertAndUpdate(const std::vector<HistoryAttempt> &fresh);

    const HistoryStore &m_store;
    HistoryFilter m_filter;
    std::vector<HistoryAttempt> m_rows;
    int m_total = 0;
    // Views and testers fetch more from inside the signals of a merge or a
    // fetch (rows removed at the end of a scroll range; rowsAboutToBeInserted):
    // not until the rows are in place.
    bool m_changing = false;
};

} // namespace vp
