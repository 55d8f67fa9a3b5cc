// Keeps the first columns of a wide table in sight: a second view beside the
// table shows them (same model, same selection) and scrolls vertically with
// it, while the table itself scrolls only the other columns sideways. So a
// refused cell far to the right is always seen next to its line and status.
#pragma once

#include <QObject>
#include <QSet>

class QTableView;

namespace vp {

class FrozenColumns : public QObject
{
    Q_OBJECT
public:
    // view must sit in a box layout; the frozen view is put just before it.
    // Call after view's model is set.
    FrozenColumns(QTableView *view, int count);

    QTableView *frozenView() const { return m_frozen; }
    // After columns were resized or the model reset.
    void update();
    // Columns the table does not show at all (beyond the frozen ones).
    void setHiddenColumns(const QSet<int> &columns) { m_hidden = columns; }

private:
    void hideColumns();

    QTableView *m_view;
    QTableView *m_frozen;
    int m_count;
    QSet<int> m_hidden;
};

} // namespace vp
