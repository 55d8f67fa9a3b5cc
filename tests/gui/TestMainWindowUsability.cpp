// What a new admin tripped over in the main window (issue 13): the window at
// 900x600 in English and Spanish, hints that do not move the fields, the
// required fields and what keeps "Add phone" disabled, a refused server IP,
// new rows scrolled into view, stale notices, the title, the demo banner,
// readable colours on a dark palette, and Help > User guide.
#include "config/Translations.h"
#include "DesktopApp.h"
#include "history/HistoryModel.h"
#include "import/ImportDialog.h"
#include "mainwindow/BatchPanel.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/PhoneFilterModel.h"
#include "mainwindow/PhoneForm.h"
#include "mainwindow/PhoneModel.h"
#include "settings/SettingsDialog.h"
#include "Simulator.h"
#include "widgets/AppContext.h"
#include "widgets/StatusColors.h"
#include "widgets/UserGuideDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

using namespace vp;

class TestMainWindowUsability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fitsA900x600Window_data();
    void fitsA900x600Window();
    void hintsDoNotMoveTheFieldsBelow();
    void requiredFieldsAreMarked();
    void disabledAddSaysWhatIsMissing();
    void refusedServerIpIsNotKept();
    void newRowsAreScrolledIntoView();
    void noticeIsClearedByTheNextBatch();
    void windowTitleNamesTheProgramOnce();
    void demoBannerFollowsTheSettings();
    void statusColoursAreReadable_data();
    void statusColoursAreReadable();
    void importPreviewIsReadableOnADarkPalette();
    void helpOpensTheUserGuide();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void makeWindow();
    void fillValidPhone(const QString &extension, const QString &serverIp);
    QList<PhoneRecord> phones(int first, int count) const;
    // The widget's rectangle in the window's coordinates.
    QRect inWindow(const QWidget *widget) const;

    std::unique_ptr<DesktopApp> m_app;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowUsability::initTestCase()
{
    // As main() does: the platform appends this name to a window's title.
    QApplication::setApplicationDisplayName(u"Vici Provisioner"_s);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
}

void TestMainWindowUsability::init()
{
    m_app = std::make_unique<DesktopApp>();
    QString error;
    QVERIFY2(m_app->startDemo(true, &error), qPrintable(error));
}

void TestMainWindowUsability::makeWindow()
{
    m_window = std::make_unique<MainWindow>(*m_app->context());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindowUsability::cleanup()
{
    m_window.reset();
    m_app.reset();
    Translations::install(u"en"_s);
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestMainWindowUsability::fillValidPhone(const QString &extension, const QString &serverIp)
{
    child<QLineEdit>("extensionLineEdit")->setText(extension);
    child<QLineEdit>("loginPasswordLineEdit")->setText(u"Pw"_s + extension);
    child<QLineEdit>("registrationPasswordLineEdit")->setText(u"Rg"_s + extension);
    child<QLineEdit>("fullNameLineEdit")->setText(u"Agent "_s + extension);
    child<QLineEdit>("outboundCidLineEdit")->setText(u"3125550100"_s);
    child<QComboBox>("serverIpComboBox")->setEditText(serverIp);
}

QList<PhoneRecord> TestMainWindowUsability::phones(int first, int count) const
{
    QList<PhoneRecord> list;
    for (int i = first; i < first + count; ++i) {
        PhoneRecord phone;
        const QString ext = QString::number(i);
        for (PhoneField field : {PhoneField::Extension, PhoneField::DialplanNumber,
                                 PhoneField::VoicemailId, PhoneField::PhoneLogin})
            phone.setValue(field, ext);
        phone.setValue(PhoneField::PhonePass, u"Pw"_s + ext);
        phone.setValue(PhoneField::RegistrationPassword, u"Rg"_s + ext);
        phone.setValue(PhoneField::PhoneFullName, u"Agent "_s + ext);
        phone.setValue(PhoneField::ServerIp, u"10.10.10.15"_s);
        phone.setValue(PhoneField::Protocol, u"SIP"_s);
        phone.setValue(PhoneField::LocalGmt, u"-5.00"_s);
        phone.setValue(PhoneField::OutboundCid, u"3125550100"_s);
        list << phone;
    }
    return list;
}

QRect TestMainWindowUsability::inWindow(const QWidget *widget) const
{
    return QRect(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
}

void TestMainWindowUsability::fitsA900x600Window_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Spanish, longer texts") << u"es"_s;
}

void TestMainWindowUsability::fitsA900x600Window()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), language);
    makeWindow();
    // The largest state: the demo banner, a notice and a finished batch with failures.
    m_window->showInterruptedNotice(2);
    QList<PhoneRecord> list = phones(8101, 3);
    list[2].setValue(PhoneField::ServerIp, u"10.0.9.9"_s);
    m_window->sendImportedPhones(list, {}, u"layout-batch"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentBatch().isDone(), 15000);
    auto *retry = child<QPushButton>("retryFailedPushButton");
    QTRY_VERIFY(retry->isEnabled());

    const QSize minimum = m_window->minimumSizeHint();
    QVERIFY2(minimum.width() <= 900 && minimum.height() <= 600,
             qPrintable(u"minimum %1x%2"_s.arg(minimum.width()).arg(minimum.height())));
    m_window->resize(900, 600);
    QTRY_COMPARE(m_window->size(), QSize(900, 600));
    QApplication::processEvents();

    // Every batch button whole and inside the window.
    const QRect window = m_window->rect();
    for (QPushButton *button : m_window->batchPanel()->findChildren<QPushButton *>()) {
        QVERIFY2(button->width() >= button->sizeHint().width(),
                 qPrintable(button->text() + u" is cut"_s));
        QVERIFY2(window.contains(inWindow(button)),
                 qPrintable(button->text() + u" is outside the window"_s));
    }
    // The form and the table side by side, neither over the other nor over the panel.
    const QRect form = inWindow(child<QScrollArea>("formScrollArea"));
    auto *table = child<QTableView>("phonesTableView");
    const QRect tableRect = inWindow(table);
    const QRect panel = inWindow(m_window->batchPanel());
    QVERIFY(!form.intersects(tableRect));
    QVERIFY(!form.intersects(panel));
    QVERIFY(!tableRect.intersects(panel));
    QVERIFY2(table->viewport()->width() >= 250, qPrintable(QString::number(table->width())));
    QVERIFY(table->viewport()->height() >= 3 * table->verticalHeader()->defaultSectionSize());
    // The status filter shows its longest item ("unknown", "desconocido") whole.
    auto *status = child<QComboBox>("statusFilterComboBox");
    QVERIFY2(status->width() >= status->sizeHint().width(),
             qPrintable(u"%1 < %2"_s.arg(status->width()).arg(status->sizeHint().width())));
    // Every header whole ("Mensaje" too), the Message column the widest.
    QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < PhoneModel::ColumnCount; ++column)
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(table->model()->headerData(column, Qt::Horizontal).toString()));

    // The picture a person looks at (xvfb-run with VP_SCREENSHOT_DIR keeps it).
    const QPixmap picture = m_window->grab();
    QCOMPARE(picture.size(), QSize(900, 600));
    const QString directory = qEnvironmentVariable("VP_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        QVERIFY(picture.save(directory + u"/main-window-900x600-"_s + language + u".png"_s));
}

void TestMainWindowUsability::hintsDoNotMoveTheFieldsBelow()
{
    makeWindow();
    auto *server = child<QComboBox>("serverIpComboBox");
    auto *active = child<QCheckBox>("activeCheckBox");
    const int serverY = inWindow(server).y();
    const int activeY = inWindow(active).y();
    // Written another way before sending: a hint under the field, nothing below moves.
    child<QLineEdit>("fullNameLineEdit")->setText(u"José Müller"_s);
    child<QLineEdit>("outboundCidLineEdit")->setText(u"+1 (312) 555-1212"_s);
    QApplication::processEvents();
    auto *nameHint = child<QLabel>("fullNameMessageLabel");
    auto *cidHint = child<QLabel>("outboundCidMessageLabel");
    QVERIFY(nameHint->isVisible());
    QVERIFY2(cidHint->isVisible() && cidHint->text().contains(u"13125551212"_s),
             qPrintable(cidHint->text()));
    QCOMPARE(inWindow(server).y(), serverY);
    QCOMPARE(inWindow(active).y(), activeY);
}

void TestMainWindowUsability::requiredFieldsAreMarked()
{
    makeWindow();
    for (const char *name : {"extensionLabel", "loginPasswordLabel", "registrationPasswordLabel",
                             "fullNameLabel", "serverIpLabel", "outboundCidLabel"})
        QVERIFY2(child<QLabel>(name)->text().contains(QLatin1Char('*')), name);
    for (const char *name : {"phoneContextLabel", "emailLabel", "templateLabel"})
        QVERIFY2(!child<QLabel>(name)->text().contains(QLatin1Char('*')), name);
    QVERIFY(child<QLabel>("requiredLegendLabel")->text().startsWith(QLatin1Char('*')));
    auto *cid = child<QLineEdit>("outboundCidLineEdit");
    // Untouched and empty, it already says what it needs.
    QVERIFY2(cid->placeholderText().contains(u"0-9"_s), qPrintable(cid->placeholderText()));
    QVERIFY(cid->accessibleDescription().startsWith(u"Required."_s));
    QVERIFY(!child<QLineEdit>("emailLineEdit")->accessibleDescription().startsWith(u"Required."_s));
}

void TestMainWindowUsability::disabledAddSaysWhatIsMissing()
{
    makeWindow();
    auto *add = child<QPushButton>("addPushButton");
    auto *action = child<QAction>("actionAddPhone");
    QVERIFY(!add->isEnabled());
    const QString cid = fieldLabel(PhoneField::OutboundCid);
    QVERIFY2(add->toolTip().contains(cid), qPrintable(add->toolTip()));
    QVERIFY2(action->toolTip().contains(cid), qPrintable(action->toolTip()));
    QVERIFY2(child<QLabel>("missingLabel")->text().contains(cid),
             qPrintable(child<QLabel>("missingLabel")->text()));
    auto *cidMessage = child<QLabel>("outboundCidMessageLabel");
    QVERIFY(!cidMessage->isVisible()); // untouched: no red text yet

    // Ctrl+Return with the form not ready: a message, each field says what
    // it needs, the first such field has the focus, nothing is sent.
    // (Window shortcuts work in the active window.)
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    child<QLineEdit>("extensionLineEdit")->setFocus();
    QTest::keyClick(child<QLineEdit>("extensionLineEdit"), Qt::Key_Return, Qt::ControlModifier);
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(cid), qPrintable(message));
    QVERIFY(cidMessage->isVisible());
    QVERIFY(!cidMessage->text().isEmpty());
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>("extensionLineEdit"));
    QCOMPARE(m_window->phoneModel()->rowCount(), 0);

    fillValidPhone(u"8301"_s, u"10.10.10.15"_s);
    QVERIFY(add->isEnabled());
    QVERIFY(action->isEnabled());
    QVERIFY(child<QLabel>("missingLabel")->text().isEmpty());
    QVERIFY(!action->toolTip().contains(cid));
    // Now Ctrl+Return sends.
    QTest::keyClick(child<QLineEdit>("extensionLineEdit"), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_window->phoneModel()->rowCount(), 1);
}

void TestMainWindowUsability::refusedServerIpIsNotKept()
{
    makeWindow();
    Settings &settings = m_app->context()->settings();
    const QString refused = u"10.0.9.9"_s;
    fillValidPhone(u"8401"_s, refused);
    QTest::mouseClick(child<QPushButton>("addPushButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->phoneModel()->phoneRow(0).status, PhoneStatus::Failed);
    auto *server = child<QComboBox>("serverIpComboBox");
    // Not in the field for the next phone, not offered in the list.
    QCOMPARE(server->currentText(), settings.value(SettingKey::DefaultServerIp).toString());
    QVERIFY(!settings.value(SettingKey::RecentServerIps).toStringList().contains(refused));
    QCOMPARE(server->findText(refused), -1);
    // Typed again, the field says the system refused it.
    server->setEditText(refused);
    auto *message = child<QLabel>("serverIpMessageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"SERVER DOES NOT EXIST"_s), qPrintable(message->text()));
    // A server IP the system took is offered again.
    fillValidPhone(u"8402"_s, u"10.10.10.15"_s);
    QTest::mouseClick(child<QPushButton>("addPushButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->phoneModel()->phoneRow(1).status, PhoneStatus::Added);
    QVERIFY(settings.value(SettingKey::RecentServerIps).toStringList().contains(u"10.10.10.15"_s));
}

void TestMainWindowUsability::newRowsAreScrolledIntoView()
{
    makeWindow();
    m_window->resize(900, 600);
    auto *table = child<QTableView>("phonesTableView");
    PhoneModel *model = m_window->phoneModel();
    for (const PhoneRecord &phone : phones(8500, 40))
        model->appendUnsent(phone, u"waiting"_s, false);
    const auto visible = [&](int row) {
        const QModelIndex index = m_window->filterModel()->mapFromSource(model->index(row, 0));
        return table->viewport()->rect().contains(table->visualRect(index));
    };
    QTRY_VERIFY(visible(39));
    QVERIFY(!visible(0));
    // An import of many rows: its first row comes into view.
    table->scrollToTop();
    model->appendPhones(phones(8600, 30), u"b"_s);
    QTRY_VERIFY(visible(40));
}

void TestMainWindowUsability::noticeIsClearedByTheNextBatch()
{
    makeWindow();
    auto *notice = child<QFrame>("noticeFrame");
    emit m_window->batchPanel()->notice(u"Handout with 18 phones saved"_s);
    QVERIFY(notice->isVisible());
    m_window->sendImportedPhones(phones(8701, 2), {}, u"next-batch"_s);
    QVERIFY(!notice->isVisible());
}

void TestMainWindowUsability::windowTitleNamesTheProgramOnce()
{
    makeWindow();
    const QString name = QApplication::applicationDisplayName();
    const QString title = m_window->windowTitle();
    // Platforms add the program's name after a title that does not end with it.
    QVERIFY2(title.endsWith(name), qPrintable(title));
    QCOMPARE(title.count(name), 1);
    QVERIFY2(title.contains(u"Demo"_s), qPrintable(title));
}

void TestMainWindowUsability::demoBannerFollowsTheSettings()
{
    makeWindow();
    auto *banner = child<QLabel>("demoBannerLabel");
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"simulator built into this program, not"_s));
    // In demo mode the address cannot be changed in the settings: it would be
    // replaced at the next start.
    {
        SettingsDialog dialog(*m_app->context());
        auto *url = dialog.findChild<QLineEdit *>(u"serverUrlLineEdit"_s);
        QVERIFY(url->isReadOnly());
        QVERIFY(
            dialog.findChild<QLabel *>(u"serverUrlMessageLabel"_s)->text().contains(u"--demo"_s));
    }
    // Should the settings point elsewhere all the same, the banner does not
    // claim the simulator.
    m_app->context()->settings().setValue(SettingKey::ServerUrl, u"https://dialer.example.com/"_s);
    QVERIFY2(banner->text().contains(u"dialer.example.com"_s), qPrintable(banner->text()));
    QVERIFY(!banner->text().contains(u"simulator built into this program, not"_s));
}

void TestMainWindowUsability::statusColoursAreReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light palette") << false;
    QTest::newRow("dark Fusion palette") << true;
}

void TestMainWindowUsability::statusColoursAreReadable()
{
    QFETCH(bool, dark);
    if (dark) {
        QPalette palette = QApplication::style()->standardPalette();
        palette.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
        palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        palette.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
        palette.setColor(QPalette::AlternateBase, QColor(0x42, 0x42, 0x42));
        palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(palette);
    }
    makeWindow();
    const auto readable = [](const QWidget *widget, const char *what) {
        const QPalette p = widget->palette();
        const double ratio =
            StatusColors::contrastRatio(p.color(QPalette::WindowText), p.color(QPalette::Window));
        QVERIFY2(ratio >= 4.5,
                 qPrintable(u"%1: contrast %2"_s.arg(QLatin1String(what)).arg(ratio)));
    };
    QCOMPARE(StatusColors::isDark(m_window->palette()), dark);
    readable(child<QLabel>("demoBannerLabel"), "demo banner");
    child<QLineEdit>("loginLineEdit")->setText(u"agent.1"_s);
    auto *error = child<QLabel>("loginMessageLabel");
    QVERIFY(error->isVisible());
    readable(error, "field error");
    const QString directory = qEnvironmentVariable("VP_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        QVERIFY(m_window->grab().save(
            directory + (dark ? u"/main-window-dark.png"_s : u"/main-window-light.png"_s)));
    // A theme switched while the program runs is followed too.
    if (dark) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        QApplication::processEvents();
        QVERIFY(!StatusColors::isDark(m_window->palette()));
        readable(child<QLabel>("demoBannerLabel"), "demo banner after switching back");
        readable(error, "field error after switching back");
    }
    // The history's rows that need a resend, on the palette in use.
    const QPalette current = QApplication::palette();
    QVERIFY(StatusColors::contrastRatio(StatusColors::attentionText(current),
                                        StatusColors::attentionBackground(current)) >= 4.5);
    for (auto role : {StatusColors::Role::Error, StatusColors::Role::Warning})
        QVERIFY(StatusColors::contrastRatio(StatusColors::text(role, current),
                                            current.color(QPalette::Window)) >= 4.5);
}

void TestMainWindowUsability::importPreviewIsReadableOnADarkPalette()
{
    QPalette palette = QApplication::style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(palette);
    ImportDialog dialog(*m_app->context());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // A file with refused and rewritten cells: each coloured cell's text reads on its colour.
    dialog.openFile(QString::fromUtf8(VP_TEST_DATA_DIR "/import/mixed.csv"));
    auto *next = dialog.findChild<QPushButton *>(u"nextPushButton"_s);
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE(dialog.currentStep(), ImportDialog::ColumnsStep);
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE(dialog.currentStep(), ImportDialog::PreviewStep);
    const QAbstractItemModel *model =
        dialog.findChild<QTableView *>(u"previewTableView"_s)->model();
    int coloured = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QVariant background = index.data(Qt::BackgroundRole);
            if (!background.isValid())
                continue;
            ++coloured;
            const QVariant foreground = index.data(Qt::ForegroundRole);
            const QColor text = foreground.isValid() ? foreground.value<QBrush>().color()
                                                     : palette.color(QPalette::Text);
            const double ratio =
                StatusColors::contrastRatio(text, background.value<QBrush>().color());
            QVERIFY2(
                ratio >= 4.5,
                qPrintable(u"row %1 column %2: contrast %3"_s.arg(row).arg(column).arg(ratio)));
        }
    }
    QVERIFY(coloured > 0);
}

void TestMainWindowUsability::helpOpensTheUserGuide()
{
    makeWindow();
    QVERIFY2(!UserGuideDialog::guidePath().isEmpty(), "docs/user-guide.md not found");
    child<QAction>("actionUserGuide")->trigger();
    auto *dialog = m_window->findChild<UserGuideDialog *>(u"userGuideDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTextBrowser *browser = dialog->browser();
    QVERIFY2(browser->toPlainText().contains(u"Vici Provisioner user guide"_s),
             qPrintable(browser->toPlainText().left(200)));
    // Its screenshots are found beside it.
    const QVariant image = browser->document()->resource(QTextDocument::ImageResource,
                                                         QUrl(u"screenshots/main-window.png"_s));
    QVERIFY(image.isValid());
}

QTEST_MAIN(TestMainWindowUsability)
#include "TestMainWindowUsability.moc"
