// The import dialog's "Action for every row": add (the default), add or
// update, switch off, delete. The mode decides which defaults matter (only
// the server IP for switching off or deleting), how rows are checked
// (ImportPipeline::checkRow), what the preview says each row will do, the
// dry run's requests, and the confirmation before sending. previewSettings()
// gathers the mode with the defaults the rows are checked under.
#include "import/ImportDialog.h"
#include "ui_ImportDialog.h"

#include "import/ImportPreviewModel.h"
#include "widgets/AppContext.h"

using namespace Qt::StringLiterals;

namespace vp {

ImportPreviewSettings ImportDialog::previewSettings() const
{
    ImportPreviewSettings settings;
    ImportDefaults &defaults = settings.defaults;
    const auto put = [&defaults](PhoneField field, const QString &value) {
        if (!value.trimmed().isEmpty())
            defaults.values.insert(field, value.trimmed());
    };
    put(PhoneField::ServerIp, m_ui->serverIpComboBox->currentText());
    put(PhoneField::Protocol, m_ui->protocolComboBox->currentText());
    put(PhoneField::LocalGmt, m_ui->localGmtComboBox->currentData().toString());
    put(PhoneField::TemplateId, m_ui->templateIdLineEdit->text());
    put(PhoneField::OutboundCid, m_ui->outboundCidLineEdit->text());
    const bool derived = m_ui->derivedCheckBox->isChecked();
    defaults.dialplanFromExtension = derived;
    defaults.voicemailFromExtension = derived;
    defaults.loginFromExtension = derived;
    defaults.generatePasswords = m_ui->generatePasswordsCheckBox->isChecked();
    settings.namePattern = m_ui->namePatternLineEdit->text().trimmed();
    settings.rules = m_context.ruleOptions();
    settings.mode = importMode();
    if (!ImportPipeline::readsField(settings.mode, PhoneField::Protocol))
        settings.namePattern.clear();
    return settings;
}

void ImportDialog::setupModeChoice()
{
    QComboBox *box = m_ui->modeComboBox;
    box->addItem(tr("Add phones"), importModeKey(ImportMode::Add));
    box->addItem(tr("Add, or update the phones that exist"),
                 importModeKey(ImportMode::AddOrUpdate));
    box->addItem(tr("Switch off the listed phones"), importModeKey(ImportMode::Deactivate));
    box->addItem(tr("Delete the listed phones"), importModeKey(ImportMode::Delete));
    connect(box, &QComboBox::currentIndexChanged, this, [this] {
        applyMode();
        updateMappingMessage();
    });
    applyMode();
}

ImportMode ImportDialog::importMode() const
{
    return importModeFromKey(m_ui->modeComboBox->currentData().toString())
        .value_or(ImportMode::Add);
}

void ImportDialog::applyMode()
{
    const ImportMode mode = importMode();
    const bool fields = ImportPipeline::readsField(mode, PhoneField::Protocol);
    // Switching off or deleting reads the extension and server IP only.
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->protocolComboBox),
                            static_cast<QWidget *>(m_ui->localGmtComboBox),
                            static_cast<QWidget *>(m_ui->templateIdLineEdit),
                            static_cast<QWidget *>(m_ui->outboundCidLineEdit),
                            static_cast<QWidget *>(m_ui->namePatternLineEdit),
                            static_cast<QWidget *>(m_ui->derivedCheckBox),
                            static_cast<QWidget *>(m_ui->generatePasswordsCheckBox)})
        widget->setEnabled(fields);
    QString hint;
    switch (mode) {
    case ImportMode::Add:
        break;
    case ImportMode::AddOrUpdate:
        hint = tr("A phone whose extension already exists on its server is updated with the "
                  "row's fields (passwords too, when the row gives them); the others are added. "
                  "Each row must suit both.");
        break;
    case ImportMode::Deactivate:
        hint = tr("Only the extension and server IP are read; every listed phone is switched "
                  "off (it stays on the server and can be switched on again).");
        break;
    case ImportMode::Delete:
        hint = tr("Only the extension and server IP are read; every listed phone is deleted "
                  "from the server. This cannot be undone.");
        break;
    }
    m_ui->modeHintLabel->setText(hint);
    m_ui->modeHintLabel->setVisible(!hint.isEmpty());
}

QString ImportDialog::sendQuestion(int count) const
{
    const QString system = m_context.system().displayName();
    switch (importMode()) {
    case ImportMode::Add:
        break;
    case ImportMode::AddOrUpdate:
        return tr("Add or update %n phone(s) on %1 now?", nullptr, count).arg(system);
    case ImportMode::Deactivate:
        return tr("Switch off %n phone(s) on %1 now?", nullptr, count).arg(system);
    case ImportMode::Delete:
        return tr("Delete %n phone(s) from %1? This cannot be undone: the phones and their "
                  "settings are removed from VICIdial.",
                  nullptr, count)
            .arg(system);
    }
    return tr("Create %n phone(s) on the server now?", nullptr, count);
}

} // namespace vp
