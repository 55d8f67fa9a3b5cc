#include "import/ImportFieldDelegate.h"

#include "import/ColumnMappingModel.h"

#include <QComboBox>

using namespace Qt::StringLiterals;

namespace vp {

QWidget *ImportFieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(u"fieldComboBox%1"_s.arg(index.row()));
    // The combo has no label of its own: name it after the file's column.
    combo->setAccessibleName(
        tr("Field for column %1")
            .arg(index.sibling(index.row(), ColumnMappingModel::HeaderColumn).data().toString()));
    for (const auto &choice : ColumnMappingModel::choices())
        combo->addItem(choice.second, choice.first);
    // Persistent editors: commit as soon as the user picks, not on focus loss.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ImportFieldDelegate *>(this);
        emit self->commitData(combo);
    });
    return combo;
}

void ImportFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const int position = combo->findData(index.data(Qt::EditRole));
    if (position >= 0 && position != combo->currentIndex())
        combo->setCurrentIndex(position);
}

void ImportFieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace vp
