#include "settings/HistorySettingsDialog.h"

#include "settings/HistorySettingsPage.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vp {

// Two widgets and no form of its own: the page carries the .ui
// (ui/HistorySettingsPage.ui), shared with Settings > History.
HistorySettingsDialog::HistorySettingsDialog(Settings &settings, SecretStore &secrets,
                                             QWidget *parent)
    : QDialog(parent)
    , m_page(new HistorySettingsPage(settings, secrets, this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("History Settings"));
    m_page->setObjectName(u"historySettingsPage"_s);
    m_buttonBox->setObjectName(u"buttonBox"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page);
    layout->addWidget(m_buttonBox);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &HistorySettingsDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, m_page, &HistorySettingsPage::cancelTest);
    resize(600, sizeHint().height());
}

HistorySettingsDialog::~HistorySettingsDialog() = default;

void HistorySettingsDialog::accept()
{
    if (!m_page->save())
        return;
    m_page->cancelTest();
    QDialog::accept();
}

} // namespace vp
