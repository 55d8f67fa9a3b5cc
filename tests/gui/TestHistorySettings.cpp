// Settings > History: this computer or a shared database, what is saved where
// (the address in the settings, the password in the secret store only), the
// messages for bad input, TLS and its CA file, and "Test connection" against
// a real MariaDB server started by the test (tests/common/DbServer).
#include "config/SecretStore.h"
#include "config/Settings.h"
#include "DbServer.h"
#include "history/HistoryStore.h"
#include "mainwindow/MainWindow.h"
#include "settings/HistorySettingsPage.h"
#include "settings/SettingsDialog.h"
#include "widgets/AppContext.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using vp::HistoryConnectionCheck;
using vp::HistorySettingsPage;
using vp::SettingKey;
using vp::test::DbServer;

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

QString secretOf(vp::SecretStore &store, const QString &key)
{
    QString result = u"<none>"_s;
    bool answered = false;
    store.read(key, [&](std::optional<QString> secret, const QString &) {
        result = secret.value_or(u"<none>"_s);
        answered = true;
    });
    if (!QTest::qWaitFor([&answered] { return answered; }, 5000))
        qWarning("the secret store did not answer");
    return result;
}

} // namespace

class TestHistorySettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<DbServer> m_server;
    std::unique_ptr<DbServer> m_tlsServer; // TLS only, with a certificate authority of its own
    std::unique_ptr<vp::Settings> m_settings;
    std::unique_ptr<vp::MemorySecretStore> m_secrets;
    std::unique_ptr<HistorySettingsPage> m_page;

    HistorySettingsPage *openPage()
    {
        m_page = std::make_unique<HistorySettingsPage>(*m_settings, *m_secrets);
        m_page->resize(600, 560);
        m_page->show();
        if (!QTest::qWaitForWindowExposed(m_page.get()))
            return nullptr;
        return m_page.get();
    }

    // Types a shared location the way a person does.
    void typeShared(const QString &host, int port, const QString &database, const QString &user,
                    const QString &password)
    {
        child<QRadioButton>(m_page.get(), "sharedRadioButton")->click();
        auto type = [this](const char *name, const QString &text) {
            auto *edit = child<QLineEdit>(m_page.get(), name);
            edit->clear();
            QTest::keyClicks(edit, text);
        };
        type("hostLineEdit", host);
        child<QSpinBox>(m_page.get(), "portSpinBox")->setValue(port);
        type("databaseLineEdit", database);
        type("userLineEdit", user);
        type("passwordLineEdit", password);
    }

    vp::HistoryConnectionCheck runTest()
    {
        auto *button = child<QPushButton>(m_page.get(), "testConnectionPushButton");
        QSignalSpy finished(m_page.get(), &HistorySettingsPage::testFinished);
        button->click();
        // Busy: the button waits and the page says what is being tried.
        if (m_page->isTesting()) {
            [&] {
                QVERIFY(!button->isEnabled());
                QVERIFY(m_page->testResultText().contains(u"Testing"_s));
            }();
        }
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000); }();
        [&] { QVERIFY(button->isEnabled()); }();
        return m_page->lastCheck().value_or(HistoryConnectionCheck{});
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_server = DbServer::start(DbServer::Engine::MariaDb, &error);
        QVERIFY2(m_server, qPrintable(error));
        m_tlsServer = DbServer::startWithTls(DbServer::Engine::MariaDb, &error);
        QVERIFY2(m_tlsServer, qPrintable(error));
    }

    void init()
    {
        m_settings = vp::Settings::createTemporary();
        m_secrets = std::make_unique<vp::MemorySecretStore>();
    }

    void cleanup()
    {
        m_page.reset();
        vp::MessageBox::setNextAnswer(QMessageBox::NoButton);
        m_secrets.reset();
        m_settings.reset();
    }

    void thisComputerIsTheDefaultAndDisablesTheFields()
    {
        HistorySettingsPage *page = openPage();
        QVERIFY(page);
        QVERIFY(child<QRadioButton>(page, "localRadioButton")->isChecked());
        QVERIFY(child<QLabel>(page, "localPathLabel")
                    ->text()
                    .contains(vp::HistoryStore::defaultPath()));
        QVERIFY(!child<QLineEdit>(page, "hostLineEdit")->isEnabled());
        QVERIFY(!child<QLineEdit>(page, "passwordLineEdit")->isEnabled());
        QVERIFY(!child<QPushButton>(page, "testConnectionPushButton")->isEnabled());
        child<QRadioButton>(page, "sharedRadioButton")->click();
        QVERIFY(child<QLineEdit>(page, "hostLineEdit")->isEnabled());
        QVERIFY(child<QPushButton>(page, "testConnectionPushButton")->isEnabled());
        child<QRadioButton>(page, "localRadioButton")->click();
        QVERIFY(page->save());
        QCOMPARE(m_settings->value(SettingKey::HistoryUrl).toString(), QString());
    }

    void savesTheAddressAndKeepsThePasswordInTheKeychainOnly()
    {
        HistorySettingsPage *page = openPage();
        QVERIFY(page);
        typeShared(u"192.0.2.10"_s, 3306, u"viciprov"_s, u"prov"_s, u"Pa55-word-xyz"_s);
        QVERIFY(page->save());
        // The default port is left out, as the command-line tool writes it.
        const QString url = m_settings->value(SettingKey::HistoryUrl).toString();
        QCOMPARE(url, u"mysql://prov@192.0.2.10/viciprov"_s);
        const auto location = vp::HistoryLocation::fromUrl(url);
        QVERIFY(location);
        QCOMPARE(secretOf(*m_secrets, location->secretKey()), u"Pa55-word-xyz"_s);
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("192.0.2.10"));
        QVERIFY(!stored.contains("Pa55-word-xyz"));
    }

    void loadsASharedAddressAndNeverShowsTheStoredPassword()
    {
        QTemporaryDir dir;
        const QString ca = dir.filePath(u"ca.pem"_s);
        QFile caFile(ca);
        QVERIFY(caFile.open(QIODevice::WriteOnly));
        caFile.write("-----BEGIN CERTIFICATE-----\n");
        caFile.close();
        const QString url = u"postgresql://prov@db.example.com:6543/hist?tls=1&ca="_s + ca;
        m_settings->setValue(SettingKey::HistoryUrl, url);
        m_secrets->write(vp::HistoryLocation::fromUrl(url)->secretKey(), u"stored-secret"_s, {});
        HistorySettingsPage *page = openPage();
        QVERIFY(page);
        QVERIFY(child<QRadioButton>(page, "sharedRadioButton")->isChecked());
        QCOMPARE(child<QComboBox>(page, "engineComboBox")->currentText(), u"PostgreSQL"_s);
        QCOMPARE(child<QLineEdit>(page, "hostLineEdit")->text(), u"db.example.com"_s);
        QCOMPARE(child<QSpinBox>(page, "portSpinBox")->value(), 6543);
        QCOMPARE(child<QLineEdit>(page, "databaseLineEdit")->text(), u"hist"_s);
        QCOMPARE(child<QLineEdit>(page, "userLineEdit")->text(), u"prov"_s);
        QVERIFY(child<QCheckBox>(page, "tlsCheckBox")->isChecked());
        QCOMPARE(child<QLineEdit>(page, "caFileLineEdit")->text(), ca);
        auto *password = child<QLineEdit>(page, "passwordLineEdit");
        QTRY_VERIFY(!password->placeholderText().isEmpty());
        QVERIFY(password->text().isEmpty());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        // Saved unchanged: the same address, the stored password kept.
        QVERIFY(page->save());
        QCOMPARE(m_settings->value(SettingKey::HistoryUrl).toString(),
                 vp::HistoryLocation::fromUrl(url)->toUrl());
        QCOMPARE(secretOf(*m_secrets, vp::HistoryLocation::fromUrl(url)->secretKey()),
                 u"stored-secret"_s);
    }

    void portFollowsTheTypeUntilChanged()
    {
        HistorySettingsPage *page = openPage();
        QVERIFY(page);
        child<QRadioButton>(page, "sharedRadioButton")->click();
        auto *engine = child<QComboBox>(page, "engineComboBox");
        auto *port = child<QSpinBox>(page, "portSpinBox");
        QCOMPARE(port->value(), 3306);
        engine->setCurrentIndex(engine->findText(u"PostgreSQL"_s));
        QCOMPARE(port->value(), 5432);
        port->setValue(6000);
        engine->setCurrentIndex(engine->findText(u"MariaDB / MySQL"_s));
        QCOMPARE(port->value(), 6000);
    }

    void badInputSaysWhatAndWhere_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty host is refused")
            << QString() << u"viciprov"_s << u"prov"_s << u"hostLineEdit"_s << u"Host:"_s;
        QTest::newRow("host with a scheme is refused")
            << u"mysql://db.example.com"_s << u"viciprov"_s << u"prov"_s << u"hostLineEdit"_s
            << u"without a scheme"_s;
        QTest::newRow("empty database is refused") << u"db.example.com"_s << QString() << u"prov"_s
                                                   << u"databaseLineEdit"_s << u"Database:"_s;
        QTest::newRow("empty user is refused") << u"db.example.com"_s << u"viciprov"_s << QString()
                                               << u"userLineEdit"_s << u"Database user:"_s;
    }

    void badInputSaysWhatAndWhere()
    {
        QFETCH(QString, host);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, field);
        QFETCH(QString, says);
        HistorySettingsPage *page = openPage();
        QVERIFY(page);
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page));
        typeShared(host, 3306, database, user, u"x"_s);
        QVERIFY(!page->save());
        QVERIFY2(page->validationText().contains(says), qPrintable(page->validationText()));
        QVERIFY(child<QLabel>(page, "validationMessageLabel")->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(page, qPrintable(field)));
        QCOMPARE(m_settings->value(SettingKey::HistoryUrl).toString(), QString());
        // Typing again clears the complaint.
        QTest::keyClicks(child<QLineEdit>(page, qPrintable(field)), u"a"_s);
        QVERIFY(page->validationText().isEmpty());
    }

    void localhostForMariaDbIsAllowedWithAHint()
    {
        HistorySettingsPage *page = openPage();
        QVERIFY(page);
        typeShared(u"localhost"_s, 3306, u"viciprov"_s, u"prov"_s, {});
        QVERIFY(page->validate());
        QVERIFY2(page->validationText().contains(u"127.0.0.1"_s),
                 qPrintable(page->validationText()));
    }

    void tlsTurnsOnTheCaFileAndBrowseFillsIt()
    {
        HistorySettingsPage *page = openPage();
        QVERIFY(page);
        typeShared(u"db.example.com"_s, 3306, u"viciprov"_s, u"prov"_s, {});
        auto *tls = child<QCheckBox>(page, "tlsCheckBox");
        auto *ca = child<QLineEdit>(page, "caFileLineEdit");
        auto *browse = child<QPushButton>(page, "caFileBrowsePushButton");
        QVERIFY(!ca->isEnabled());
        QVERIFY(!browse->isEnabled());
        tls->click();
        QVERIFY(ca->isEnabled());
        QVERIFY(browse->isEnabled());
        // A file that is not there is refused where it was typed.
        QTest::keyClicks(ca, u"/nonexistent/ca.pem"_s);
        QVERIFY(!page->save());
        QVERIFY(page->validationText().contains(u"/nonexistent/ca.pem"_s));
        QTemporaryDir dir;
        const QString file = dir.filePath(u"server-ca.pem"_s);
        QFile caFile(file);
        QVERIFY(caFile.open(QIODevice::WriteOnly));
        caFile.close();
        vp::FileDialog::setNextFileName(file);
        browse->click();
        QCOMPARE(ca->text(), file);
        QVERIFY(page->save());
        auto saved =
            vp::HistoryLocation::fromUrl(m_settings->value(SettingKey::HistoryUrl).toString());
        QVERIFY(saved);
        QVERIFY(saved->tls);
        QCOMPARE(saved->caFile, file);
        // TLS off: no CA in the address either.
        tls->click();
        QVERIFY(page->save());
        saved = vp::HistoryLocation::fromUrl(m_settings->value(SettingKey::HistoryUrl).toString());
        QVERIFY(!saved->tls);
        QVERIFY(saved->caFile.isEmpty());
    }

    void testConnectionOnARealServer_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("port"); // 0 = the server's
        QTest::addColumn<int>("problem");
        QTest::newRow("right password connects")
            << QString() << 0 << int(HistoryConnectionCheck::Problem::None);
        QTest::newRow("wrong password is a refused login")
            << u"Wrong-Password-4711"_s << 0 << int(HistoryConnectionCheck::Problem::LoginRefused);
        QTest::newRow("a port nobody listens on is unreachable")
            << QString() << -1 << int(HistoryConnectionCheck::Problem::Unreachable);
    }

    void testConnectionOnARealServer()
    {
        QFETCH(QString, password);
        QFETCH(int, port);
        QFETCH(int, problem);
        if (password.isEmpty())
            password = m_server->password();
        if (port < 0) {
            QTcpServer probe; // a free port, closed again at once
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } else if (port == 0) {
            port = m_server->port();
        }
        HistorySettingsPage *page = openPage();
        QVERIFY(page);
        typeShared(m_server->host(), port, m_server->database(), m_server->user(), password);
        const HistoryConnectionCheck check = runTest();
        QCOMPARE(int(check.problem), problem);
        const QString shown = page->testResultText();
        QVERIFY2(!shown.contains(password), "the password is shown");
        QVERIFY(!check.message.contains(password));
        if (check.ok())
            QVERIFY2(shown.startsWith(u"Connected"_s), qPrintable(shown));
        else
            QVERIFY2(shown.startsWith(u"Not connected"_s) && shown.contains(check.message),
                     qPrintable(shown));
        // Tested as typed: nothing was saved.
        QCOMPARE(m_settings->value(SettingKey::HistoryUrl).toString(), QString());
    }

    void testConnectionWithTlsAndTheServersCaFile()
    {
        HistorySettingsPage *page = openPage();
        QVERIFY(page);
        typeShared(m_tlsServer->host(), m_tlsServer->port(), m_tlsServer->database(),
                   m_tlsServer->user(), m_tlsServer->password());
        child<QCheckBox>(page, "tlsCheckBox")->click();
        vp::FileDialog::setNextFileName(m_tlsServer->caFile());
        child<QPushButton>(page, "caFileBrowsePushButton")->click();
        const HistoryConnectionCheck check = runTest();
        QVERIFY2(check.ok(), qPrintable(check.message));
        QVERIFY(page->testResultText().startsWith(u"Connected"_s));
    }

    void testConnectionWithTlsToAServerWithoutIt()
    {
        HistorySettingsPage *page = openPage();
        QVERIFY(page);
        typeShared(m_server->host(), m_server->port(), m_server->database(), m_server->user(),
                   m_server->password());
        child<QCheckBox>(page, "tlsCheckBox")->click();
        const HistoryConnectionCheck check = runTest();
        QCOMPARE(check.problem, HistoryConnectionCheck::Problem::TlsFailed);
        QVERIFY(page->testResultText().startsWith(u"Not connected"_s));
    }

    void testConnectionUsesTheStoredPasswordWhenNoneIsTyped()
    {
        const QString url = u"mysql://%1@%2:%3/%4"_s.arg(m_server->user(), m_server->host())
                                .arg(m_server->port())
                                .arg(m_server->database());
        m_settings->setValue(SettingKey::HistoryUrl, url);
        m_secrets->write(vp::HistoryLocation::fromUrl(url)->secretKey(), m_server->password(), {});
        HistorySettingsPage *page = openPage();
        QVERIFY(page);
        QVERIFY(child<QLineEdit>(page, "passwordLineEdit")->text().isEmpty());
        QVERIFY(runTest().ok());
    }

    void closingDuringATestDoesNotCrash()
    {
        // A server that accepts and never answers keeps the check waiting.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        HistorySettingsPage *page = openPage();
        QVERIFY(page);
        typeShared(u"127.0.0.1"_s, silent.serverPort(), u"viciprov"_s, u"prov"_s, u"x"_s);
        child<QPushButton>(page, "testConnectionPushButton")->click();
        QVERIFY(page->isTesting());
        page->cancelTest();
        QVERIFY(!page->isTesting());
        QVERIFY(child<QPushButton>(page, "testConnectionPushButton")->isEnabled());
        child<QPushButton>(page, "testConnectionPushButton")->click();
        QVERIFY(page->isTesting());
        m_page.reset(); // closed while the check still runs
        QTest::qWait(7000);
    }

    void settingsDialogSaysTheChangeIsUsedAtTheNextStart()
    {
        auto history = std::make_unique<vp::HistoryStore>();
        QVERIFY(history->openInMemory());
        vp::AppContext context(vp::Settings::createTemporary(), std::move(history),
                               std::make_unique<vp::MemorySecretStore>());
        vp::SettingsDialog dialog(context);
        auto *page = child<HistorySettingsPage>(&dialog, "historySettingsPage");
        auto *tabs = child<QTabWidget>(&dialog, "settingsTabWidget");
        QCOMPARE(tabs->tabText(tabs->indexOf(page)), u"&History"_s);
        QVERIFY(page->testResultText().isEmpty());
        child<QRadioButton>(page, "sharedRadioButton")->click();
        // Bad input: the dialog stays open on the History tab.
        tabs->setCurrentIndex(0);
        dialog.accept();
        QCOMPARE(tabs->currentWidget(), page);
        QVERIFY(dialog.result() != QDialog::Accepted);
        QTest::keyClicks(child<QLineEdit>(page, "hostLineEdit"), u"127.0.0.1"_s);
        QTest::keyClicks(child<QLineEdit>(page, "databaseLineEdit"), u"viciprov"_s);
        QTest::keyClicks(child<QLineEdit>(page, "userLineEdit"), u"prov"_s);
        vp::MessageBox::setNextAnswer(QMessageBox::No);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY2(vp::MessageBox::lastText().contains(u"next start"_s),
                 qPrintable(vp::MessageBox::lastText()));
        QVERIFY(!dialog.restartRequested());
        QCOMPARE(context.settings().value(SettingKey::HistoryUrl).toString(),
                 u"mysql://prov@127.0.0.1/viciprov"_s);
    }

    void demoModeKeepsItsOwnHistory()
    {
        auto history = std::make_unique<vp::HistoryStore>();
        QVERIFY(history->openInMemory());
        vp::AppContext context(vp::Settings::createTemporary(), std::move(history),
                               std::make_unique<vp::MemorySecretStore>());
        context.setDemo(true);
        vp::SettingsDialog dialog(context);
        auto *page = child<HistorySettingsPage>(&dialog, "historySettingsPage");
        QVERIFY(page->isLocked());
        QVERIFY(!child<QRadioButton>(page, "sharedRadioButton")->isEnabled());
        QVERIFY(child<QLabel>(page, "lockedLabel")->text().contains(u"--demo"_s));
    }

    void mainWindowShowsWhichHistoryIsInUse()
    {
        auto history = std::make_unique<vp::HistoryStore>();
        QTemporaryDir dir;
        QVERIFY(history->open(dir.filePath(u"h.sqlite"_s)));
        vp::AppContext context(vp::Settings::createTemporary(), std::move(history),
                               std::make_unique<vp::MemorySecretStore>());
        vp::MainWindow window(context);
        auto *label = child<QLabel>(&window, "historyStatusLabel");
        QVERIFY2(label->text().startsWith(u"History: this computer"_s), qPrintable(label->text()));
        QVERIFY(label->toolTip().contains(dir.filePath(u"h.sqlite"_s)));
    }
};

QTEST_MAIN(TestHistorySettings)
#include "TestHistorySettings.moc"
