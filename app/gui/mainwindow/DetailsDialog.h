// Shows one attempt's request and reply, both already redacted.
#pragma once

#include <memory>
#include <QDialog>

namespace Ui {
class DetailsDialog;
}

namespace vp {

class DetailsDialog : public QDialog
{
    Q_OBJECT
public:
    DetailsDialog(const QString &summary, const QString &redactedRequest,
                  const QString &redactedReply, QWidget *parent = nullptr);
    ~DetailsDialog() override;

private:
    const std::unique_ptr<Ui::DetailsDialog> m_ui;
};

} // namespace vp
