#include "widgets/FrozenColumns.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace vp {

FrozenColumns::FrozenColumns(QTableView *view, int count)
    : QObject(view), m_view(view), m_frozen(new QTableView(view->parentWidget())), m_count(count)
{
    m_frozen->setObjectName(view->objectName() + u"Frozen"_s);
    m_frozen->setModel(view->model());
    m_frozen->setSelectionModel(view->selectionModel());
    m_frozen->setSelectionBehavior(view->selectionBehavior());
    m_frozen->setSelectionMode(view->selectionMode());
    m_frozen->setEditTriggers(view->editTriggers());
    m_frozen->setItemDelegate(view->itemDelegate());
    m_frozen->setAccessibleName(view->accessibleName());
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(view->verticalScrollMode());
    m_frozen->verticalHeader()->setVisible(view->verticalHeader()->isVisible());
    m_frozen->verticalHeader()->setDefaultSectionSize(view->verticalHeader()->defaultSectionSize());
    m_frozen->horizontalHeader()->setStretchLastSection(false);
    m_frozen->setSizePolicy(QSizePolicy::Fixed, view->sizePolicy().verticalPolicy());
    if (auto *box = qobject_cast<QBoxLayout *>(view->parentWidget()->layout())) {
        // Side by side, no gap, in a row of their own.
        auto *row = new QHBoxLayout;
        row->setSpacing(0);
        const int at = box->indexOf(view);
        box->removeWidget(view);
        row->addWidget(m_frozen);
        row->addWidget(view, 1);
        box->insertLayout(at, row, 1);
    }
    QWidget::setTabOrder(m_frozen, view);

    // One vertical position for both; the table's scroll bar drives.
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, m_frozen->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_frozen->verticalScrollBar(), &QScrollBar::valueChanged, view->verticalScrollBar(),
            &QScrollBar::setValue);
    // The same height of rows: a horizontal scroll bar under the table is
    // matched by one under the frozen part (it has nothing to scroll).
    connect(view->horizontalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int maximum) {
        m_frozen->setHorizontalScrollBarPolicy(maximum > 0 ? Qt::ScrollBarAlwaysOn
                                                           : Qt::ScrollBarAlwaysOff);
    });
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(view->model(), &QAbstractItemModel::modelReset, this, &FrozenColumns::update);
    connect(view->model(), &QAbstractItemModel::layoutChanged, this, &FrozenColumns::update);
    update();
}

void FrozenColumns::hideColumns()
{
    const int columns = m_view->model() ? m_view->model()->columnCount() : 0;
    for (int c = 0; c < columns; ++c) {
        m_view->setColumnHidden(c, c < m_count || m_hidden.contains(c));
        m_frozen->setColumnHidden(c, c >= m_count);
    }
}

void FrozenColumns::update()
{
    hideColumns();
    m_frozen->resizeColumnsToContents();
    int width = m_frozen->frameWidth() * 2;
    if (m_frozen->verticalHeader()->isVisible())
        width += m_frozen->verticalHeader()->width();
    for (int c = 0; c < m_count; ++c)
        width += m_frozen->columnWidth(c);
    m_frozen->setFixedWidth(width);
    m_frozen->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value());
}

} // namespace vp
