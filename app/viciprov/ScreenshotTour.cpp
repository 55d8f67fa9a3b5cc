#include "ScreenshotTour.h"

#include "history/AliasDialog.h"
#include "history/EditPhoneDialog.h"
#include "history/HistoryWindow.h"
#include "history/PhonesWindow.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/PhoneForm.h"
#include "settings/CredentialCheckView.h"
#include "settings/CredentialTestDialog.h"
#include "settings/HistorySettingsPage.h"
#include "settings/SettingsDialog.h"
#include "Simulator.h"
#include "widgets/AppContext.h"
#include "widgets/UserGuideDialog.h"

#include <cstdio>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vp {

ScreenshotTour::ScreenshotTour(MainWindow &window, AppContext &context, sim::Simulator *simulator,
                               const QString &directory)
    : m_window(window), m_context(context), m_simulator(simulator), m_directory(directory)
{}

ScreenshotTour::~ScreenshotTour() = default;

void ScreenshotTour::grab(QWidget *widget, const QString &name)
{
    QDir().mkpath(m_directory);
    const QString path = QDir(m_directory).filePath(name);
    if (!widget->grab().save(path)) {
        ++m_failures;
        std::fprintf(stderr, "could not save %s\n", qPrintable(path));
    } else {
        std::printf("saved %s\n", qPrintable(path));
    }
}

void ScreenshotTour::start()
{
    // A small batch with one phone for a server the cluster does not have,
    // and one whose login is taken, so the table shows each status.
    QList<PhoneRecord> phones;
    const QString names[] = {u"Ana Lima"_s,  u"Ben Ortiz"_s,    u"Chen Wei"_s,   u"Dana Kowalski"_s,
                             u"Eli Novak"_s, u"Farah Haddad"_s, u"Gus Moreau"_s, u"Hana Sato"_s};
    for (int i = 0; i < 8; ++i) {
        PhoneRecord phone;
        const QString ext = QString::number(8101 + i);
        phone.setValue(PhoneField::Extension, ext);
        phone.setValue(PhoneField::DialplanNumber, ext);
        phone.setValue(PhoneField::VoicemailId, ext);
        phone.setValue(PhoneField::PhoneLogin, i == 6 ? u"8101"_s : ext);
        phone.setValue(PhoneField::PhonePass, u"Pw"_s + ext + u"x"_s);
        phone.setValue(PhoneField::RegistrationPassword, u"Reg"_s + ext + u"y"_s);
        phone.setValue(PhoneField::PhoneFullName, names[i]);
        phone.setValue(PhoneField::ServerIp, i == 4 ? u"10.10.10.99"_s : u"10.10.10.15"_s);
        phone.setValue(PhoneField::Protocol, u"SIP"_s);
        phone.setValue(PhoneField::LocalGmt, u"-5.00"_s);
        phone.setValue(PhoneField::OutboundCid, u"3125550100"_s);
        phones << phone;
    }
    // One reply lost after the insert: the row and its history entry show "unknown".
    if (m_simulator)
        m_simulator->injectFault(sim::Fault::ServerError500AfterInsert, 1);
    m_window.sendImportedPhones(phones, {}, u"demo-batch-1"_s);
    QTimer::singleShot(1500, this, &ScreenshotTour::shootMain);
}

void ScreenshotTour::shootMain()
{
    // A half-typed phone shows the checks as you type.
    PhoneRecord draft;
    draft.setValue(PhoneField::Extension, u"8110"_s);
    draft.setValue(PhoneField::DialplanNumber, u"8110"_s);
    draft.setValue(PhoneField::VoicemailId, u"8110"_s);
    draft.setValue(PhoneField::PhoneLogin, u"agent.8110"_s);
    draft.setValue(PhoneField::PhonePass, u"Kq3vTz8wLm2R"_s);
    draft.setValue(PhoneField::PhoneFullName, u"Ivy Quinn"_s);
    draft.setValue(PhoneField::ServerIp, u"10.10.10.15"_s);
    draft.setValue(PhoneField::Protocol, u"SIP"_s);
    draft.setValue(PhoneField::LocalGmt, u"-5.00"_s);
    m_window.phoneForm()->setPhone(draft);
    grab(&m_window, u"main-window.png"_s);
    // The smallest size the window is made for (a laptop with a docked
    // panel), with the batch panel shown: nothing may be cut or overlap.
    m_window.resize(900, 600);
    QTimer::singleShot(300, this, [this] {
        grab(&m_window, u"main-window-900x600.png"_s);
        m_window.resize(1200, 760);
        QTimer::singleShot(200, this, &ScreenshotTour::shootSettings);
    });
}

void ScreenshotTour::shootSettings()
{
    auto *dialog = new SettingsDialog(m_context, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    connect(dialog->checkView(), &CredentialCheckView::finished, this, [this, dialog] {
        grab(dialog, u"settings.png"_s);
        dialog->close();
        QTimer::singleShot(200, this, &ScreenshotTour::shootHistorySettings);
    });
    dialog->testCredentials();
}

void ScreenshotTour::shootHistorySettings()
{
    auto *dialog = new SettingsDialog(m_context, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    HistorySettingsPage *page = dialog->historyPage();
    // The demo locks the page to its own file; the picture shows it as a
    // normal start has it (the dialog is closed without saving).
    page->setLocked({});
    dialog->findChild<QTabWidget *>(u"settingsTabWidget"_s)->setCurrentWidget(page);
    dialog->show();
    QTimer::singleShot(200, this, [this, dialog, page] {
        const QPixmap local = dialog->grab();
        page->findChild<QRadioButton *>(u"sharedRadioButton"_s)->click();
        page->findChild<QLineEdit *>(u"hostLineEdit"_s)->setText(u"127.0.0.1"_s);
        // Nothing listens on port 1: the test shows how a problem is told.
        page->findChild<QSpinBox *>(u"portSpinBox"_s)->setValue(1);
        page->findChild<QLineEdit *>(u"databaseLineEdit"_s)->setText(u"viciprov"_s);
        page->findChild<QLineEdit *>(u"userLineEdit"_s)->setText(u"provisioner"_s);
        page->findChild<QLineEdit *>(u"passwordLineEdit"_s)->setText(u"example"_s);
        connect(page, &HistorySettingsPage::testFinished, this, [this, dialog, local] {
            QTimer::singleShot(100, this, [this, dialog, local] {
                const QPixmap shared = dialog->grab();
                const int gap = 16;
                QPixmap both(local.width() + gap + shared.width(),
                             std::max(local.height(), shared.height()));
                both.fill(dialog->palette().color(QPalette::Window).darker(115));
                QPainter painter(&both);
                painter.drawPixmap(0, 0, local);
                painter.drawPixmap(local.width() + gap, 0, shared);
                painter.end();
                QLabel picture;
                picture.setPixmap(both);
                picture.resize(both.size());
                grab(&picture, u"settings-history.png"_s);
                dialog->close();
                QTimer::singleShot(200, this, &ScreenshotTour::shootCredentialTest);
            });
        });
        page->testConnection();
    });
}

void ScreenshotTour::shootCredentialTest()
{
    // A wrong password shows a failed step with its fix.
    const QString good = m_context.apiPassword();
    m_context.setApiPassword(u"WrongPass1"_s);
    auto *dialog = new CredentialTestDialog(m_context, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    connect(dialog->checkView(), &CredentialCheckView::finished, this, [this, dialog, good] {
        QTimer::singleShot(100, this, [this, dialog, good] {
            grab(dialog, u"credential-test.png"_s);
            dialog->close();
            m_context.setApiPassword(good);
            QTimer::singleShot(200, this, &ScreenshotTour::shootDroppedCheck);
        });
    });
    dialog->runCheck();
}

void ScreenshotTour::shootDroppedCheck()
{
    // The connection breaks during the login check: the test says nothing was created.
    if (m_simulator)
        m_simulator->injectFault(sim::Fault::CloseMidReply, 1);
    auto *dialog = new CredentialTestDialog(m_context, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    connect(dialog->checkView(), &CredentialCheckView::finished, this, [this, dialog] {
        QTimer::singleShot(100, this, [this, dialog] {
            grab(dialog, u"credential-test-dropped.png"_s);
            dialog->close();
            auto *guide = new UserGuideDialog(&m_window);
            guide->setAttribute(Qt::WA_DeleteOnClose);
            guide->show();
            QTimer::singleShot(300, this, [this, guide] {
                grab(guide, u"user-guide.png"_s);
                guide->close();
                QTimer::singleShot(200, this, &ScreenshotTour::shootHistory);
            });
        });
    });
    dialog->runCheck();
}

void ScreenshotTour::shootHistory()
{
    const auto actions = m_window.findChildren<QAction *>(u"actionShowHistory"_s);
    if (!actions.isEmpty())
        actions.first()->trigger();
    QTimer::singleShot(500, this, [this] {
        if (HistoryWindow *history = m_window.historyWindow()) {
            auto *table = history->findChild<QTableView *>(u"historyTableView"_s);
            if (table)
                table->selectRow(1);
            grab(history, u"history.png"_s);
            history->close();
        } else
            ++m_failures;
        shootPhones();
    });
}

void ScreenshotTour::shootPhones()
{
    const auto actions = m_window.findChildren<QAction *>(u"actionShowPhones"_s);
    if (!actions.isEmpty())
        actions.first()->trigger();
    QTimer::singleShot(500, this, [this] {
        PhonesWindow *phones = m_window.phonesWindow();
        if (!phones) {
            ++m_failures;
            shootAliases();
            return;
        }
        grab(phones, u"phones.png"_s);
        // Phones > Edit… on the first phone: a new name typed, a new login
        // password generated, the registration password left unchanged.
        auto *table = phones->findChild<QTableWidget *>(u"phonesTableWidget"_s);
        auto *edit = phones->findChild<QPushButton *>(u"editButton"_s);
        if (table && edit && table->rowCount() > 0) {
            table->selectRow(0);
            edit->click();
        }
        QTimer::singleShot(300, this, [this, phones] {
            if (auto *dialog = phones->findChild<EditPhoneDialog *>()) {
                if (auto *name = dialog->findChild<QLineEdit *>(u"phoneFullNameLineEdit"_s))
                    name->setText(name->text() + u" Souza"_s);
                if (auto *generate =
                        dialog->findChild<QPushButton *>(u"generatePhonePassPushButton"_s))
                    generate->click();
                grab(dialog, u"edit-phone.png"_s);
                dialog->reject();
            } else {
                ++m_failures;
            }
            phones->close();
            shootAliases();
        });
    });
}

void ScreenshotTour::shootAliases()
{
    const auto actions = m_window.findChildren<QAction *>(u"actionPhoneAliases"_s);
    if (!actions.isEmpty())
        actions.first()->trigger();
    AliasDialog *dialog = m_window.aliasDialog();
    const auto next = [this] { shootImport([this] { emit finished(m_failures == 0 ? 0 : 1); }); };
    if (!dialog) {
        ++m_failures;
        next();
        return;
    }
    // An alias added with its answer shown.
    const std::pair<const char *, QString> values[] = {{"aliasIdLineEdit", u"ana"_s},
                                                       {"aliasNameLineEdit", u"Ana Lima"_s},
                                                       {"loginsLineEdit", u"8101, 8102"_s}};
    for (const auto &[name, value] : values) {
        if (auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name)))
            edit->setText(value);
    }
    connect(dialog, &AliasDialog::aliasFinished, this, [this, dialog, next] {
        QTimer::singleShot(100, this, [this, dialog, next] {
            grab(dialog, u"aliases.png"_s);
            dialog->close();
            next();
        });
    });
    if (auto *add = dialog->findChild<QPushButton *>(u"addPushButton"_s))
        add->click();
}

} // namespace vp
