// Sorting and filtering of the main table: a text filter over every column
// and a status filter, both cheap enough for thousands of rows.
#pragma once

#include <QSortFilterProxyModel>

namespace vp {

class PhoneFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PhoneFilterModel(QObject *parent = nullptr);

    // -1 shows every status, otherwise int(PhoneStatus).
    void setStatusFilter(int status);
    void setTextFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_status = -1;
    QString m_text;
};

} // namespace vp
