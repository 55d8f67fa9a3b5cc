#include "ScreenshotTour.h"

#include "history/HistoryWindow.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/PhoneForm.h"
#include "settings/CredentialCheckView.h"
#include "settings/CredentialTestDialog.h"
#include "settings/SettingsDialog.h"
#include "Simulator.h"
#include "widgets/AppContext.h"
#include "widgets/UserGuideDialog.h"

#include <cstdio>
#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTableView>
#include <QTimer>

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
    const QString names[] = {QStringLiteral("Ana Lima"),   QStringLiteral("Ben Ortiz"),
                             QStringLiteral("Chen Wei"),   QStringLiteral("Dana Kowalski"),
                             QStringLiteral("Eli Novak"),  QStringLiteral("Farah Haddad"),
                             QStringLiteral("Gus Moreau"), QStringLiteral("Hana Sato")};
    for (int i = 0; i < 8; ++i) {
        PhoneRecord phone;
        const QString ext = QString::number(8101 + i);
        phone.setValue(PhoneField::Extension, ext);
        phone.setValue(PhoneField::DialplanNumber, ext);
        phone.setValue(PhoneField::VoicemailId, ext);
        phone.setValue(PhoneField::PhoneLogin, i == 6 ? QStringLiteral("8101") : ext);
        phone.setValue(PhoneField::PhonePass, QStringLiteral("Pw") + ext + QStringLiteral("x"));
        phone.setValue(PhoneField::RegistrationPassword,
                       QStringLiteral("Reg") + ext + QStringLiteral("y"));
        phone.setValue(PhoneField::PhoneFullName, names[i]);
        phone.setValue(PhoneField::ServerIp,
                       i == 4 ? QStringLiteral("10.10.10.99") : QStringLiteral("10.10.10.15"));
        phone.setValue(PhoneField::Protocol, QStringLiteral("SIP"));
        phone.setValue(PhoneField::LocalGmt, QStringLiteral("-5.00"));
        phone.setValue(PhoneField::OutboundCid, QStringLiteral("3125550100"));
        phones << phone;
    }
    // One reply lost after the insert: the row and its history entry show "unknown".
    if (m_simulator)
        m_simulator->injectFault(sim::Fault::ServerError500AfterInsert, 1);
    m_window.sendImportedPhones(phones, {}, QStringLiteral("demo-batch-1"));
    QTimer::singleShot(1500, this, &ScreenshotTour::shootMain);
}

void ScreenshotTour::shootMain()
{
    // A half-typed phone shows the checks as you type.
    PhoneRecord draft;
    draft.setValue(PhoneField::Extension, QStringLiteral("8110"));
    draft.setValue(PhoneField::DialplanNumber, QStringLiteral("8110"));
    draft.setValue(PhoneField::VoicemailId, QStringLiteral("8110"));
    draft.setValue(PhoneField::PhoneLogin, QStringLiteral("agent.8110"));
    draft.setValue(PhoneField::PhonePass, QStringLiteral("Kq3vTz8wLm2R"));
    draft.setValue(PhoneField::PhoneFullName, QStringLiteral("Ivy Quinn"));
    draft.setValue(PhoneField::ServerIp, QStringLiteral("10.10.10.15"));
    draft.setValue(PhoneField::Protocol, QStringLiteral("SIP"));
    draft.setValue(PhoneField::LocalGmt, QStringLiteral("-5.00"));
    m_window.phoneForm()->setPhone(draft);
    grab(&m_window, QStringLiteral("main-window.png"));
    // The smallest size the window is made for (a laptop with a docked
    // panel), with the batch panel shown: nothing may be cut or overlap.
    m_window.resize(900, 600);
    QTimer::singleShot(300, this, [this] {
        grab(&m_window, QStringLiteral("main-window-900x600.png"));
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
        grab(dialog, QStringLiteral("settings.png"));
        dialog->close();
        QTimer::singleShot(200, this, &ScreenshotTour::shootCredentialTest);
    });
    dialog->testCredentials();
}

void ScreenshotTour::shootCredentialTest()
{
    // A wrong password shows a failed step with its fix.
    const QString good = m_context.apiPassword();
    m_context.setApiPassword(QStringLiteral("WrongPass1"));
    auto *dialog = new CredentialTestDialog(m_context, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    connect(dialog->checkView(), &CredentialCheckView::finished, this, [this, dialog, good] {
        QTimer::singleShot(100, this, [this, dialog, good] {
            grab(dialog, QStringLiteral("credential-test.png"));
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
            grab(dialog, QStringLiteral("credential-test-dropped.png"));
            dialog->close();
            auto *guide = new UserGuideDialog(&m_window);
            guide->setAttribute(Qt::WA_DeleteOnClose);
            guide->show();
            QTimer::singleShot(300, this, [this, guide] {
                grab(guide, QStringLiteral("user-guide.png"));
                guide->close();
                QTimer::singleShot(200, this, &ScreenshotTour::shootHistory);
            });
        });
    });
    dialog->runCheck();
}

void ScreenshotTour::shootHistory()
{
    const auto actions = m_window.findChildren<QAction *>(QStringLiteral("actionShowHistory"));
    if (!actions.isEmpty())
        actions.first()->trigger();
    QTimer::singleShot(500, this, [this] {
        if (HistoryWindow *history = m_window.historyWindow()) {
            auto *table = history->findChild<QTableView *>(QStringLiteral("historyTableView"));
            if (table)
                table->selectRow(1);
            grab(history, QStringLiteral("history.png"));
        } else
            ++m_failures;
        emit finished(m_failures == 0 ? 0 : 1);
    });
}

} // namespace vp
