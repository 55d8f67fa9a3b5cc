#include "settings/HistorySettingsPage.h"
#include "ui_HistorySettingsPage.h"

#include "config/SecretStore.h"
#include "config/Settings.h"
#include "history/HistoryStore.h"
#include "widgets/FileDialog.h"
#include "widgets/PasswordVisibility.h"
#include "widgets/StatusColors.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

constexpr int kNeutral = -1;

// A local location with its file spelled out, so that the default file and
// its full path compare equal.
HistoryLocation resolved(HistoryLocation location)
{
    if (!location.isShared() && location.path.isEmpty())
        location.path = HistoryStore::defaultPath();
    return location;
}

} // namespace

HistorySettingsPage::HistorySettingsPage(Settings &settings, SecretStore &secrets, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_ui(std::make_unique<Ui::HistorySettingsPage>())
{
    m_ui->setupUi(this);
    PasswordVisibility::install(m_ui->passwordLineEdit);
    m_ui->engineComboBox->addItem(tr("MariaDB / MySQL"), int(HistoryEngine::MariaDb));
    m_ui->engineComboBox->addItem(tr("PostgreSQL"), int(HistoryEngine::PostgreSql));
    m_ui->passwordStorageLabel->setText(
        tr("Where the password is kept: %1. It is never written to the settings.")
            .arg(m_secrets.description()));

    connect(m_ui->localRadioButton, &QRadioButton::toggled, this,
            &HistorySettingsPage::updateEnabled);
    connect(m_ui->tlsCheckBox, &QCheckBox::toggled, this, &HistorySettingsPage::updateEnabled);
    connect(m_ui->engineComboBox, &QComboBox::currentIndexChanged, this,
            &HistorySettingsPage::engineChanged);
    connect(m_ui->caFileBrowsePushButton, &QPushButton::clicked, this,
            &HistorySettingsPage::browseCaFile);
    connect(m_ui->testConnectionPushButton, &QPushButton::clicked, this,
            &HistorySettingsPage::testConnection);
    // A result or a complaint about other values than those shown misleads.
    for (QLineEdit *edit : {m_ui->hostLineEdit, m_ui->databaseLineEdit, m_ui->userLineEdit,
                            m_ui->passwordLineEdit, m_ui->caFileLineEdit})
        connect(edit, &QLineEdit::textEdited, this, &HistorySettingsPage::fieldsEdited);
    connect(m_ui->portSpinBox, &QSpinBox::valueChanged, this, &HistorySettingsPage::fieldsEdited);
    connect(m_ui->sharedRadioButton, &QRadioButton::toggled, this,
            &HistorySettingsPage::fieldsEdited);
    connect(m_ui->tlsCheckBox, &QCheckBox::toggled, this, &HistorySettingsPage::fieldsEdited);
    load();
}

HistorySettingsPage::~HistorySettingsPage() = default;

void HistorySettingsPage::load()
{
    QString error;
    const QString url = m_settings.value(SettingKey::HistoryUrl).toString();
    const std::optional<HistoryLocation> location = HistoryLocation::fromUrl(url, &error);
    m_loaded = location.value_or(HistoryLocation{});
    m_ui->localPathLabel->setText(tr("File: %1")
                                      .arg(m_loaded.isShared() || m_loaded.path.isEmpty()
                                               ? HistoryStore::defaultPath()
                                               : m_loaded.path));
    (m_loaded.isShared() ? m_ui->sharedRadioButton : m_ui->localRadioButton)->setChecked(true);
    if (m_loaded.isShared()) {
        m_ui->engineComboBox->setCurrentIndex(
            std::max(0, m_ui->engineComboBox->findData(int(m_loaded.engine))));
        m_ui->hostLineEdit->setText(m_loaded.host);
        m_ui->databaseLineEdit->setText(m_loaded.database);
        m_ui->userLineEdit->setText(m_loaded.user);
        m_ui->tlsCheckBox->setChecked(m_loaded.tls);
        m_ui->caFileLineEdit->setText(m_loaded.caFile);
    }
    m_portEngine = HistoryEngine(m_ui->engineComboBox->currentData().toInt());
    m_ui->portSpinBox->setValue(m_loaded.isShared() ? m_loaded.effectivePort()
                                                    : HistoryLocation::defaultPort(m_portEngine));
    if (!location)
        showValidation(tr("The saved history address is not valid: %1").arg(error), true);
    updateEnabled();
    if (!m_loaded.isShared())
        return;
    // A stored password is never shown back, only that there is one.
    QPointer<HistorySettingsPage> self(this);
    m_secrets.read(m_loaded.secretKey(), [self](std::optional<QString> secret, const QString &) {
        if (!self || !secret)
            return;
        self->m_ui->passwordLineEdit->setPlaceholderText(
            tr("A password is stored; type here to replace it"));
    });
}

void HistorySettingsPage::setInUse(const HistoryLocation &location)
{
    m_inUse = location;
    m_ui->nextStartLabel->setText(
        tr("In use now: %1. A change here is used from the next start of the program.")
            .arg(location.displayName()));
}

void HistorySettingsPage::setLocked(const QString &why)
{
    m_locked = !why.isEmpty();
    m_ui->lockedLabel->setText(why);
    m_ui->lockedLabel->setVisible(!why.isEmpty());
    updateEnabled();
}

void HistorySettingsPage::updateEnabled()
{
    const bool shared = m_ui->sharedRadioButton->isChecked();
    m_ui->localRadioButton->setEnabled(!m_locked);
    m_ui->sharedRadioButton->setEnabled(!m_locked);
    m_ui->localPathLabel->setEnabled(!shared);
    m_ui->sharedWidget->setEnabled(shared && !m_locked);
    const bool ca = m_ui->tlsCheckBox->isChecked();
    m_ui->caFileLabel->setEnabled(ca);
    m_ui->caFileLineEdit->setEnabled(ca);
    m_ui->caFileBrowsePushButton->setEnabled(ca);
    m_ui->testConnectionPushButton->setEnabled(shared && !m_locked && !isTesting());
}

void HistorySettingsPage::engineChanged()
{
    // The port follows the type while it is the old type's default.
    const auto engine = HistoryEngine(m_ui->engineComboBox->currentData().toInt());
    if (m_ui->portSpinBox->value() == HistoryLocation::defaultPort(m_portEngine))
        m_ui->portSpinBox->setValue(HistoryLocation::defaultPort(engine));
    m_portEngine = engine;
    fieldsEdited();
}

void HistorySettingsPage::browseCaFile()
{
    const QString file =
        FileDialog::getOpenFileName(this, tr("CA certificate of the database server"),
                                    FileDialog::startPath(m_settings, m_ui->caFileLineEdit->text()),
                                    tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (file.isEmpty())
        return;
    FileDialog::remember(m_settings, file);
    m_ui->caFileLineEdit->setText(file);
    fieldsEdited();
}

void HistorySettingsPage::fieldsEdited()
{
    showValidation({}, false);
    if (!isTesting())
        showResult({}, kNeutral);
}

std::optional<HistoryLocation> HistorySettingsPage::typedLocation(QString *problem,
                                                                  QWidget **field) const
{
    auto refuse = [problem, field](QWidget *where, const QString &text) {
        if (problem)
            *problem = text;
        if (field)
            *field = where;
        return std::nullopt;
    };
    HistoryLocation location;
    if (!m_ui->sharedRadioButton->isChecked()) {
        // Keeps a file chosen elsewhere (the command-line tool's settings).
        location.path = m_loaded.isShared() ? QString() : m_loaded.path;
        return location;
    }
    static const QRegularExpression badHost(u"[\\s/@?#]|://"_s);
    static const QRegularExpression badName(u"[\\s/?#@]"_s);
    location.engine = HistoryEngine(m_ui->engineComboBox->currentData().toInt());
    location.host = m_ui->hostLineEdit->text().trimmed();
    location.database = m_ui->databaseLineEdit->text().trimmed();
    location.user = m_ui->userLineEdit->text().trimmed();
    location.tls = m_ui->tlsCheckBox->isChecked();
    location.caFile = location.tls ? m_ui->caFileLineEdit->text().trimmed() : QString();
    // The default port is left out of the address (as the command-line tool
    // writes it) unless the saved address named it: the keychain key stays.
    const int port = m_ui->portSpinBox->value();
    location.port =
        port == HistoryLocation::defaultPort(location.engine) && m_loaded.port == 0 ? 0 : port;
    if (location.host.isEmpty())
        return refuse(m_ui->hostLineEdit,
                      tr("Host: type the name or address of the database server."));
    if (badHost.match(location.host).hasMatch())
        return refuse(m_ui->hostLineEdit,
                      tr("Host: only the server's name or address, without a scheme, user, "
                         "path or spaces (e.g. db.example.com or 192.0.2.10)."));
    if (location.database.isEmpty())
        return refuse(m_ui->databaseLineEdit,
                      tr("Database: type the name of the database that holds the history "
                         "(e.g. viciprov)."));
    if (badName.match(location.database).hasMatch())
        return refuse(m_ui->databaseLineEdit,
                      tr("Database: a name without spaces or the characters / ? # @."));
    if (location.user.isEmpty())
        return refuse(m_ui->userLineEdit,
                      tr("Database user: type the user the program logs in as."));
    if (badName.match(location.user).hasMatch())
        return refuse(m_ui->userLineEdit,
                      tr("Database user: a name without spaces or the characters / ? # @."));
    if (!location.caFile.isEmpty()) {
        const QFileInfo ca(location.caFile);
        if (!ca.isFile() || !ca.isReadable())
            return refuse(m_ui->caFileLineEdit,
                          tr("CA certificate file: %1 is not a file this program can read.")
                              .arg(location.caFile));
    }
    // What the command-line tool would read back from the address.
    QString error;
    if (!HistoryLocation::fromUrl(location.toUrl(), &error))
        return refuse(m_ui->hostLineEdit, error);
    return location;
}

QString HistorySettingsPage::typedPassword() const
{
    return m_ui->sharedRadioButton->isChecked() ? m_ui->passwordLineEdit->text() : QString();
}

bool HistorySettingsPage::validate()
{
    QString problem;
    QWidget *field = nullptr;
    const std::optional<HistoryLocation> location = typedLocation(&problem, &field);
    if (!location) {
        showValidation(problem, true);
        if (field)
            field->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (location->engine == HistoryEngine::MariaDb &&
        location->host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        showValidation(tr("For MariaDB and MySQL, \"localhost\" means the server's local socket "
                          "and the port is not used; type 127.0.0.1 to connect to the port."),
                       false);
    else
        showValidation({}, false);
    return true;
}

bool HistorySettingsPage::save()
{
    if (m_locked)
        return true;
    if (!validate())
        return false;
    const HistoryLocation location = *typedLocation();
    m_settings.setValue(SettingKey::HistoryUrl, location.toUrl());
    m_settings.sync();
    const QString password = typedPassword();
    if (location.isShared() && !password.isEmpty())
        m_secrets.write(location.secretKey(), password, [](bool, const QString &) {});
    return true;
}

bool HistorySettingsPage::differsFromInUse() const
{
    const std::optional<HistoryLocation> typed = typedLocation();
    if (!typed || !m_inUse)
        return false;
    return resolved(*typed) != resolved(*m_inUse);
}

void HistorySettingsPage::testConnection()
{
    if (isTesting() || !m_ui->sharedRadioButton->isChecked() || !validate())
        return;
    const HistoryLocation location = *typedLocation();
    const QString typed = m_ui->passwordLineEdit->text();
    m_ui->testConnectionPushButton->setEnabled(false);
    showResult(tr("Testing the connection to %1…").arg(location.displayName()), kNeutral);
    if (!typed.isEmpty()) {
        startCheck(location, typed);
        return;
    }
    // Nothing typed: the password stored for these values, if any.
    m_watcher = std::make_unique<QFutureWatcher<HistoryConnectionCheck>>();
    QPointer<HistorySettingsPage> self(this);
    const quint64 test = m_testId;
    m_secrets.read(location.secretKey(),
                   [self, location, test](std::optional<QString> secret, const QString &) {
                       // Cancelled or closed meanwhile: nothing to do.
                       if (!self || self->m_testId != test)
                           return;
                       self->startCheck(location, secret.value_or(QString()));
                   });
}

void HistorySettingsPage::startCheck(const HistoryLocation &location, const QString &password)
{
    // A new watcher per test: an abandoned check's result goes nowhere. The
    // check holds copies only, so it may outlive this page.
    m_watcher = std::make_unique<QFutureWatcher<HistoryConnectionCheck>>();
    QFutureWatcher<HistoryConnectionCheck> *watcher = m_watcher.get();
    connect(watcher, &QFutureWatcher<HistoryConnectionCheck>::finished, this, [this, watcher] {
        const HistoryConnectionCheck check = watcher->result();
        m_lastCheck = check;
        m_watcher.release()->deleteLater(); // it is still emitting
        updateEnabled();
        if (check.ok()) {
            QString text = tr("Connected: the history can be kept there.");
            if (!check.serverVersion.isEmpty())
                text += QLatin1Char(' ') + tr("Server %1.").arg(check.serverVersion);
            if (check.schemaVersion == 0)
                text += QLatin1Char(' ') +
                        tr("The database is empty: the program creates its tables at its "
                           "next start.");
            showResult(text, int(StatusColors::Role::Success));
        } else {
            showResult(tr("Not connected: %1").arg(check.message), int(StatusColors::Role::Error));
        }
        emit testFinished(check.ok());
    });
    watcher->setFuture(QtConcurrent::run(
        [location, password] { return checkHistoryConnection(location, password); }));
}

void HistorySettingsPage::cancelTest()
{
    if (!isTesting())
        return;
    ++m_testId;
    m_watcher.reset();
    showResult(tr("Test cancelled."), kNeutral);
    updateEnabled();
}

bool HistorySettingsPage::isTesting() const
{
    return m_watcher != nullptr;
}

QString HistorySettingsPage::testResultText() const
{
    return m_ui->testResultLabel->text();
}

QString HistorySettingsPage::validationText() const
{
    return m_ui->validationMessageLabel->text();
}

void HistorySettingsPage::showValidation(const QString &text, bool error)
{
    QLabel *label = m_ui->validationMessageLabel;
    if (!text.isEmpty())
        StatusColors::applyText(label,
                                error ? StatusColors::Role::Error : StatusColors::Role::Warning);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void HistorySettingsPage::showResult(const QString &text, int role)
{
    QLabel *label = m_ui->testResultLabel;
    if (role == kNeutral)
        label->setPalette(palette());
    else
        StatusColors::applyText(label, StatusColors::Role(role));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace vp
