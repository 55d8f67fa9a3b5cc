// The desktop program's start with a shared history (DesktopApp::startWith):
// a database that cannot be opened stops it with the reason and the choices
// Try again, Settings… and Quit; it never falls back to this computer's file.
// A real MariaDB server started by the test (tests/common/DbServer).
#include "config/SecretStore.h"
#include "config/Settings.h"
#include "DbServer.h"
#include "DesktopApp.h"
#include "history/HistoryStore.h"
#include "mainwindow/MainWindow.h"
#include "settings/HistorySettingsDialog.h"
#include "settings/HistorySettingsPage.h"
#include "widgets/AppContext.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using vp::MessageBox;
using vp::SettingKey;
using vp::test::DbServer;

class TestHistoryStartup : public QObject
{
    Q_OBJECT

    std::unique_ptr<DbServer> m_server;
    std::unique_ptr<vp::Settings> m_settings;
    std::unique_ptr<vp::MemorySecretStore> m_secrets;

    vp::HistoryLocation location() const { return *vp::HistoryLocation::fromUrl(m_server->url()); }

    bool start(vp::DesktopApp &app, QString *error)
    {
        return app.startWith(std::move(m_settings), std::move(m_secrets), error);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_server = DbServer::start(DbServer::Engine::MariaDb, &error);
        QVERIFY2(m_server, qPrintable(error));
    }

    void init()
    {
        QString error;
        if (!m_server->isRunning())
            QVERIFY2(m_server->restart(&error), qPrintable(error));
        m_settings = vp::Settings::createTemporary();
        m_settings->setValue(SettingKey::HistoryUrl, m_server->url());
        m_secrets = std::make_unique<vp::MemorySecretStore>();
        m_secrets->write(location().secretKey(), m_server->password(), {});
    }

    void cleanup()
    {
        MessageBox::setAnswerer({});
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void opensTheSharedHistoryAndShowsItInTheStatusBar()
    {
        int asked = 0;
        MessageBox::setAnswerer([&asked](const QString &) {
            ++asked;
            return QMessageBox::Close;
        });
        vp::DesktopApp app;
        QString error;
        QVERIFY2(start(app, &error), qPrintable(error));
        QCOMPARE(asked, 0);
        QVERIFY(app.context()->history().isShared());
        vp::MainWindow window(*app.context());
        const QString shown = window.findChild<QLabel *>(u"historyStatusLabel"_s)->text();
        QCOMPARE(shown, u"History: MariaDB database viciprov on 127.0.0.1:%1 (user viciprov)"_s.arg(
                            m_server->port()));
    }

    void aStoppedServerIsExplainedAndQuitDoesNotStart()
    {
        QVERIFY(m_server->stop());
        MessageBox::setNextAnswer(QMessageBox::Close);
        vp::DesktopApp app;
        QString error;
        QVERIFY(!start(app, &error));
        QVERIFY(!app.context());
        // The reason names the database; nothing was opened in its place.
        const QString asked = MessageBox::lastText();
        QVERIFY2(asked.contains(location().displayName()), qPrintable(asked));
        QVERIFY2(asked.contains(u"nothing can be sent"_s), qPrintable(asked));
        QVERIFY(!asked.contains(m_server->password()));
        QVERIFY2(error.startsWith(u"Not started"_s), qPrintable(error));
    }

    void tryAgainOpensOnceTheServerIsBack()
    {
        QVERIFY(m_server->stop());
        int asked = 0;
        MessageBox::setAnswerer([this, &asked](const QString &) {
            ++asked;
            QString error;
            if (!m_server->restart(&error))
                qWarning("%s", qPrintable(error));
            return QMessageBox::Retry;
        });
        vp::DesktopApp app;
        QString error;
        QVERIFY2(start(app, &error), qPrintable(error));
        QCOMPARE(asked, 1);
        QVERIFY(app.context()->history().isShared());
        QCOMPARE(app.context()->history().location(), location());
    }

    void settingsFixesAWrongPasswordAndKeepsIt()
    {
        m_secrets->write(location().secretKey(), u"Not-The-Password-1"_s, {});
        int asked = 0;
        bool typed = false;
        MessageBox::setAnswerer([this, &asked, &typed](const QString &text) {
            if (++asked > 1)
                return QMessageBox::Close;
            [&] { QVERIFY2(!text.contains(u"Not-The-Password-1"_s), qPrintable(text)); }();
            // "Settings…" opens just the history settings: the right password, Save.
            auto *poll = new QTimer(this);
            connect(poll, &QTimer::timeout, this, [this, poll, &typed] {
                auto *dialog =
                    qobject_cast<vp::HistorySettingsDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                poll->deleteLater();
                poll->stop();
                auto *password = dialog->findChild<QLineEdit *>(u"passwordLineEdit"_s);
                QTest::keyClicks(password, m_server->password());
                dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)
                    ->button(QDialogButtonBox::Save)
                    ->click();
                typed = true;
            });
            poll->start(50);
            return QMessageBox::Open;
        });
        vp::DesktopApp app;
        QString error;
        QVERIFY2(start(app, &error), qPrintable(error));
        QVERIFY(typed);
        QCOMPARE(asked, 1);
        QVERIFY(app.context()->history().isShared());
        // The password typed there is the one kept from now on.
        QString kept;
        app.context()->secrets().read(location().secretKey(),
                                      [&kept](std::optional<QString> secret, const QString &) {
                                          kept = secret.value_or(QString());
                                      });
        QTRY_COMPARE(kept, m_server->password());
    }

    void anInvalidAddressIsExplained()
    {
        m_settings->setValue(SettingKey::HistoryUrl, u"mysql://:secret@/"_s);
        MessageBox::setNextAnswer(QMessageBox::Close);
        vp::DesktopApp app;
        QString error;
        QVERIFY(!start(app, &error));
        QVERIFY2(MessageBox::lastText().contains(u"not valid"_s),
                 qPrintable(MessageBox::lastText()));
    }
};

QTEST_MAIN(TestHistoryStartup)
#include "TestHistoryStartup.moc"
