#include "widgets/AboutDialog.h"
#include "ui_AboutDialog.h"

#include "widgets/AppContext.h"

#include <QClipboard>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QIcon>
#include <QPushButton>

using namespace Qt::StringLiterals;

#ifndef VICIPROV_VERSION
#error "VICIPROV_VERSION comes from cmake/CommonConfig.cmake (the project() version)"
#endif
#ifndef VICIPROV_LICENSE
#error "VICIPROV_LICENSE comes from the top-level CMakeLists.txt"
#endif

namespace vp {

namespace {

QString licenceName(const QString &id)
{
    if (id == "GPL-3.0-or-later"_L1)
        return AboutDialog::tr("GNU General Public License, version 3 or later");
    return id;
}

// An in-memory history has no file: say so instead of showing ":memory:".
QString historyLocation(const QString &path)
{
    if (path.isEmpty() || path == ":memory:"_L1)
        return AboutDialog::tr("kept in memory only, gone when the program closes");
    return path;
}

} // namespace

AboutDialog::AboutDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    const QString version = QString::fromUtf8(VICIPROV_VERSION);
    m_ui->iconLabel->setPixmap(QIcon(u":/icons/viciprov.svg"_s).pixmap(64, 64));
    m_ui->iconLabel->setAccessibleName(tr("Vici Provisioner icon"));
    m_ui->titleLabel->setText(tr("Vici Provisioner %1").arg(version));
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.5);
    m_ui->titleLabel->setFont(title);

    m_ui->versionValueLabel->setText(version);
    // The Qt a user's system loads can differ from the one it was built with;
    // both matter when a bug depends on Qt.
    m_ui->qtValueLabel->setText(
        tr("%1 (built with %2)")
            .arg(QString::fromLatin1(qVersion()), QString::fromUtf8(QT_VERSION_STR)));
    m_ui->licenceValueLabel->setText(tr("%1 (%2)").arg(licenceName(licenceId()), licenceId()));
    m_ui->settingsPathLineEdit->setText(context.settings().fileName());
    m_ui->historyPathLineEdit->setText(historyLocation(context.history().path()));
    m_ui->passwordStorageValueLabel->setText(context.secrets().description());
    m_ui->noticeLabel->setText(
        tr("This program is free software: you can redistribute it and/or modify it under the "
           "terms of the GNU General Public License as published by the Free Software "
           "Foundation, either version 3 of the License, or (at your option) any later version. "
           "It comes with ABSOLUTELY NO WARRANTY; the Licence tab has the full text."));

    m_ui->licencePlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->licencePlainTextEdit->setPlainText(licenceText());

    connect(m_ui->copyPushButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(detailsText()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::licenceId()
{
    return QString::fromUtf8(VICIPROV_LICENSE);
}

QString AboutDialog::licenceText()
{
    QFile file(u":/about/LICENSE"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString AboutDialog::detailsText() const
{
    // Not translated: this text goes into bug reports read by the developers.
    return "Vici Provisioner "_L1 + m_ui->versionValueLabel->text() + "\nQt "_L1 +
           QString::fromLatin1(qVersion()) + u" (built with " QT_VERSION_STR ")\nLicence: "_s +
           licenceId() + "\nSettings: "_L1 + m_ui->settingsPathLineEdit->text() + "\nHistory: "_L1 +
           m_ui->historyPathLineEdit->text() + QLatin1Char('\n');
}

} // namespace vp
