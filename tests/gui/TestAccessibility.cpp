// Accessibility of every window: what a screen reader announces for each
// input and button, the Tab order of the phone form, unique Alt+letter
// mnemonics, adding a phone with the keyboard only, and status icons that
// differ in shape, not only in colour.
#include "DesktopApp.h"
#include "history/AliasDialog.h"
#include "history/HistoryWindow.h"
#include "import/ImportDialog.h"
#include "mainwindow/DetailsDialog.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/PasswordDialog.h"
#include "mainwindow/PhoneModel.h"
#include "mainwindow/ResumeBatchDialog.h"
#include "settings/CredentialTestDialog.h"
#include "settings/SettingsDialog.h"
#include "Simulator.h"
#include "widgets/AboutDialog.h"
#include "widgets/AppContext.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

using namespace vp;

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void inputsAndButtonsHaveNames_data();
    void inputsAndButtonsHaveNames();
    void mnemonicsAreUnique_data();
    void mnemonicsAreUnique();
    void phoneFormTabOrderFollowsTheForm_data();
    void phoneFormTabOrderFollowsTheForm();
    void generatorTabOrderFollowsTheTab();
    void phoneIsAddedWithTheKeyboardOnly();
    void statusColumnHasAShapePerStatus();
    void aboutDialogShowsVersionLicenceAndPaths();

private:
    void addScenes();
    QWidget *openScene(const QString &scene);
    MainWindow *openMainWindow();
    template<typename T>
    T *child(const QWidget *top, const char *name) const
    {
        T *widget = top->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    std::unique_ptr<DesktopApp> m_app;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QWidget> m_top;
};

namespace {

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget *widget)
{
    return QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') +
           widget->objectName();
}

// A widget Tab stops on that a person would call a field or a control. The
// line edit inside a spin box or combo box belongs to its owner.
bool isInput(const QWidget *widget)
{
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p))
            return false;
    }
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget);
}

bool isTabStop(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy() && widget->isVisible() &&
           widget->isEnabled();
}

QWidget *nextTabStop(QWidget *from)
{
    for (QWidget *w = from->nextInFocusChain(); w != from; w = w->nextInFocusChain()) {
        if (isTabStop(w))
            return w;
    }
    return nullptr;
}

// Alt+letter of a text with '&', empty without one.
QString mnemonicOf(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? QString() : key.toString(QKeySequence::PortableText);
}

} // namespace

void TestAccessibility::init()
{
    m_app = std::make_unique<DesktopApp>();
    QString error;
    QVERIFY2(m_app->startDemo(true, &error), qPrintable(error));
}

void TestAccessibility::cleanup()
{
    m_top.reset();
    m_window.reset();
    m_app.reset();
}

MainWindow *TestAccessibility::openMainWindow()
{
    m_window = std::make_unique<MainWindow>(*m_app->context());
    m_window->resize(1200, 760);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    return m_window.get();
}

void TestAccessibility::addScenes()
{
    QTest::addColumn<QString>("scene");
    for (const char *scene : {"main window",          "settings: connection",
                              "settings: new phones", "settings: certificates",
                              "settings: interface",  "settings: history",
                              "import: file",         "import: paste",
                              "import: generate",     "import: columns",
                              "import: preview",      "import: send",
                              "history window",       "credential test dialog",
                              "details dialog",       "password dialog",
                              "about: about",         "about: licence",
                              "resume batch dialog",  "alias dialog"})
        QTest::newRow(scene) << QString::fromLatin1(scene);
}

// Builds the window of a data row, shows it, and brings it to the state the
// row names (tab, import step). Everything the window can show is shown.
QWidget *TestAccessibility::openScene(const QString &scene)
{
    AppContext &context = *m_app->context();
    const QString page = scene.section(": "_L1, 1);
    QWidget *top = nullptr;
    if (scene == "main window"_L1) {
        top = openMainWindow();
        // The notice and the batch panel come and go; their buttons count.
        child<QWidget>(top, "noticeFrame")->show();
        child<QWidget>(top, "batchGroupBox")->show();
        child<QToolButton>(top, "moreToolButton")->setChecked(true);
        return top;
    }
    if (scene.startsWith("settings"_L1)) {
        m_top = std::make_unique<SettingsDialog>(context);
        auto *tabs = child<QTabWidget>(m_top.get(), "settingsTabWidget");
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i).remove(QLatin1Char('&')).compare(page, Qt::CaseInsensitive) == 0)
                tabs->setCurrentIndex(i);
        }
        if (tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&')).toLower() != page)
            qFatal("no settings tab %s", qPrintable(page));
    } else if (scene.startsWith("import"_L1)) {
        context.setApiPassword(u"Secret123"_s);
        auto dialog = std::make_unique<ImportDialog>(context);
        ImportDialog *import = dialog.get();
        m_top = std::move(dialog);
        m_top->resize(1100, 640);
        m_top->show();
        auto *tabs = child<QTabWidget>(import, "sourceTabWidget");
        const char *tabOf = page == "file"_L1       ? "fileTab"
                            : page == "generate"_L1 ? "generatorTab"
                                                    : "pasteTab";
        tabs->setCurrentWidget(child<QWidget>(import, tabOf));
        if (page != "file"_L1 && page != "generate"_L1 && page != "paste"_L1) {
            child<QPlainTextEdit>(import, "pasteTextEdit")
                ->setPlainText(u"Extension\tFull Name\tLogin\tOutbound CID\r\n"
                               "1001\tAgent One\tag1001\t3125551212\r\n"
                               "1002\tAgent Two\tag1002\t3125551212\r\n"_s);
            auto *next = child<QPushButton>(import, "nextPushButton");
            const ImportDialog::Step wanted = page == "columns"_L1   ? ImportDialog::ColumnsStep
                                              : page == "preview"_L1 ? ImportDialog::PreviewStep
                                                                     : ImportDialog::SendStep;
            while (import->currentStep() != wanted) {
                const ImportDialog::Step before = import->currentStep();
                if (!QTest::qWaitFor([&] { return next->isEnabled() && !import->isBusy(); }))
                    qFatal("import dialog stuck before %s", qPrintable(page));
                QTest::mouseClick(next, Qt::LeftButton);
                if (!QTest::qWaitFor([&] { return import->currentStep() != before; }))
                    qFatal("import dialog did not leave step %d", int(before));
            }
            if (!QTest::qWaitFor([&] { return !import->isBusy(); }))
                qFatal("import dialog stays busy on %s", qPrintable(page));
        }
    } else if (scene == "history window"_L1) {
        m_top = std::make_unique<HistoryWindow>(context);
    } else if (scene == "alias dialog"_L1) {
        m_top = std::make_unique<AliasDialog>(context);
    } else if (scene == "credential test dialog"_L1) {
        m_top = std::make_unique<CredentialTestDialog>(context);
    } else if (scene == "details dialog"_L1) {
        m_top = std::make_unique<DetailsDialog>(u"8001 added"_s, u"GET /non_agent_api.php"_s,
                                                u"SUCCESS"_s);
    } else if (scene == "password dialog"_L1) {
        m_top = std::make_unique<PasswordDialog>(context);
    } else if (scene == "resume batch dialog"_L1) {
        BatchProgress progress;
        progress.info.batchId = u"b"_s;
        progress.info.label = u"agents.csv"_s;
        progress.info.createdAt = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 3; ++i) {
            BatchRowStatus row;
            row.row.seq = i;
            row.row.sourceLine = i + 2;
            row.row.phone.setValue(PhoneField::Extension, QString::number(1001 + i));
            row.state = i == 0 ? BatchRowState::Added : BatchRowState::NotSent;
            progress.rows.append(row);
        }
        m_top = std::make_unique<ResumeBatchDialog>(progress);
    } else if (scene.startsWith("about"_L1)) {
        m_top = std::make_unique<AboutDialog>(context);
        child<QTabWidget>(m_top.get(), "aboutTabWidget")
            ->setCurrentIndex(page == "licence"_L1 ? 1 : 0);
    }
    if (!m_top)
        qFatal("unknown scene %s", qPrintable(scene));
    m_top->show();
    if (!QTest::qWaitForWindowExposed(m_top.get()))
        return nullptr;
    return m_top.get();
}

void TestAccessibility::inputsAndButtonsHaveNames_data()
{
    addScenes();
}

void TestAccessibility::inputsAndButtonsHaveNames()
{
    QFETCH(QString, scene);
    QWidget *top = openScene(scene);
    QVERIFY(top);
    int inputs = 0;
    QStringList unnamed;
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        // A table's corner button is drawn by Qt without text, out of the Tab
        // order (Ctrl+A does what it does); every other button counts.
        const bool cornerButton = widget->focusPolicy() == Qt::NoFocus &&
                                  qobject_cast<QAbstractItemView *>(widget->parentWidget());
        const bool button = qobject_cast<QAbstractButton *>(widget) && !cornerButton;
        if (!button && !(isInput(widget) && isTabStop(widget)))
            continue;
        ++inputs;
        if (accessibleName(widget).isEmpty())
            unnamed.append(describe(widget));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable("without a name: "_L1 + unnamed.join(", "_L1)));
    // Every scene has something to operate; zero would mean the walk is broken.
    QVERIFY(inputs > 0);
}

void TestAccessibility::mnemonicsAreUnique_data()
{
    addScenes();
}

void TestAccessibility::mnemonicsAreUnique()
{
    QFETCH(QString, scene);
    QWidget *top = openScene(scene);
    QVERIFY(top);
    // Alt+letter -> who claims it, among what is on screen together.
    QMultiMap<QString, QString> claims;
    auto claim = [&claims](const QString &text, const QString &who) {
        const QString key = mnemonicOf(text);
        if (!key.isEmpty())
            claims.insert(key, who + " \""_L1 + text + QLatin1Char('"'));
    };
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            claim(label->text(), describe(label));
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            claim(button->text(), describe(button));
        else if (auto *box = qobject_cast<QGroupBox *>(widget); box && box->isCheckable())
            claim(box->title(), describe(box));
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                claim(tabs->tabText(i), describe(tabs));
        } else if (auto *menuBar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : menuBar->actions())
                claim(action->text(), describe(menuBar));
        }
    }
    QVERIFY(!claims.isEmpty());
    QStringList clashes;
    for (const QString &key : claims.uniqueKeys()) {
        if (claims.count(key) > 1)
            clashes.append(key + ": "_L1 + QStringList(claims.values(key)).join(" / "_L1));
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join("; "_L1)));
}

void TestAccessibility::phoneFormTabOrderFollowsTheForm_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    // Top to bottom, left to right, as the form is laid out; "More options"
    // open. After the form, Tab goes to the table side of the window.
    const char *order[] = {"noticeDismissPushButton",
                           "extensionLineEdit",
                           "dialplanNumberLineEdit",
                           "voicemailLineEdit",
                           "loginLineEdit",
                           "loginPasswordLineEdit",
                           "generateLoginPasswordPushButton",
                           "registrationPasswordLineEdit",
                           "generateRegistrationPasswordPushButton",
                           "fullNameLineEdit",
                           "serverIpComboBox",
                           "protocolComboBox",
                           "timeZoneComboBox",
                           "outboundCidLineEdit",
                           "activeCheckBox",
                           "moreToolButton",
                           "phoneContextLineEdit",
                           "emailLineEdit",
                           "adminUserGroupLineEdit",
                           "webphoneComboBox",
                           "autoAnswerComboBox",
                           "externalIpComboBox",
                           "templateLineEdit",
                           "onHookAgentComboBox",
                           "clearPushButton",
                           "addPushButton",
                           "filterLineEdit",
                           "statusFilterComboBox",
                           "phonesTableView"};
    for (std::size_t i = 0; i + 1 < std::size(order); ++i) {
        QTest::newRow(
            qPrintable(u"%1 then %2"_s.arg(QLatin1String(order[i]), QLatin1String(order[i + 1]))))
            << QString::fromLatin1(order[i]) << QString::fromLatin1(order[i + 1]);
    }
}

void TestAccessibility::phoneFormTabOrderFollowsTheForm()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    MainWindow *window = openMainWindow();
    QVERIFY(window);
    child<QToolButton>(window, "moreToolButton")->setChecked(true);
    // A valid phone, so that "Add phone" is enabled and takes part.
    child<QLineEdit>(window, "extensionLineEdit")->setText(u"8100"_s);
    child<QLineEdit>(window, "loginPasswordLineEdit")->setText(u"Pw8100abc"_s);
    child<QLineEdit>(window, "registrationPasswordLineEdit")->setText(u"Rg8100xyz"_s);
    child<QLineEdit>(window, "fullNameLineEdit")->setText(u"Agent 8100"_s);
    child<QLineEdit>(window, "outboundCidLineEdit")->setText(u"3125550100"_s);
    QVERIFY(child<QPushButton>(window, "addPushButton")->isEnabled());

    QWidget *start = window->findChild<QWidget *>(from);
    QVERIFY(start);
    QWidget *next = nextTabStop(start);
    QVERIFY(next);
    QCOMPARE(next->objectName(), to);
}

void TestAccessibility::generatorTabOrderFollowsTheTab()
{
    // The generator is built in code and put into its tab after setupUi():
    // Tab from the tab bar still enters it first, not after "Close".
    QWidget *top = openScene(u"import: generate"_s);
    QVERIFY(top);
    QWidget *tabBar = child<QTabWidget>(top, "sourceTabWidget")->tabBar();
    QWidget *next = nextTabStop(tabBar);
    QVERIFY(next);
    QCOMPARE(next->objectName(), u"firstSpinBox"_s);
    // ... and leaves it for what is below: the reading options (they do not
    // apply to a generated list, so they are disabled), then "Next".
    QVERIFY(!child<QGroupBox>(top, "readingGroupBox")->isEnabled());
    // (Next is enabled once the caller ID the server requires is given.)
    auto *last = child<QLineEdit>(top, "callerIdLineEdit");
    last->setText(u"3125551212"_s);
    QWidget *after = nextTabStop(last);
    QVERIFY(after);
    QCOMPARE(after->objectName(), u"nextPushButton"_s);
    // On the paste tab, Tab goes from the text to the reading options.
    child<QTabWidget>(top, "sourceTabWidget")->setCurrentWidget(child<QWidget>(top, "pasteTab"));
    QWidget *fromPaste = nextTabStop(child<QPlainTextEdit>(top, "pasteTextEdit"));
    QVERIFY(fromPaste);
    QCOMPARE(fromPaste->objectName(), u"encodingComboBox"_s);
}

void TestAccessibility::phoneIsAddedWithTheKeyboardOnly()
{
    MainWindow *window = openMainWindow();
    QVERIFY(window);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto focus = [] { return QApplication::focusWidget(); };
    auto focusName = [&focus] { return focus() ? focus()->objectName() : QString(); };
    auto tab = [&focus] { QTest::keyClick(focus(), Qt::Key_Tab); };

    // Alt+X, the extension label's mnemonic, reaches the first field.
    QTest::keyClick(window, Qt::Key_X, Qt::AltModifier);
    QCOMPARE(focusName(), u"extensionLineEdit"_s);
    QTest::keyClicks(focus(), u"8123"_s);
    tab(); // dial plan number, voicemail and login follow the extension
    QCOMPARE(focusName(), u"dialplanNumberLineEdit"_s);
    tab();
    tab();
    QCOMPARE(focusName(), u"loginLineEdit"_s);
    QCOMPARE(qobject_cast<QLineEdit *>(focus())->text(), u"8123"_s);
    tab();
    QCOMPARE(focusName(), u"loginPasswordLineEdit"_s);
    QTest::keyClicks(focus(), u"Pw8123abc"_s);
    tab();
    QCOMPARE(focusName(), u"generateLoginPasswordPushButton"_s);
    tab();
    QCOMPARE(focusName(), u"registrationPasswordLineEdit"_s);
    tab();
    QCOMPARE(focusName(), u"generateRegistrationPasswordPushButton"_s);
    QTest::keyClick(focus(), Qt::Key_Space); // generate one from the keyboard
    QVERIFY(!child<QLineEdit>(window, "registrationPasswordLineEdit")->text().isEmpty());
    tab();
    QCOMPARE(focusName(), u"fullNameLineEdit"_s);
    QTest::keyClicks(focus(), u"Agent Keyboard"_s);
    // Server IP, protocol and time zone keep the demo's defaults.
    tab();
    tab();
    tab();
    tab();
    QCOMPARE(focusName(), u"outboundCidLineEdit"_s);
    QTest::keyClicks(focus(), u"3125550100"_s);
    QVERIFY(child<QPushButton>(window, "addPushButton")->isEnabled());

    QTest::keyClick(focus(), Qt::Key_Return, Qt::ControlModifier); // "Add phone"
    QCOMPARE(window->phoneModel()->rowCount(), 1);
    QTRY_COMPARE(window->phoneModel()->phoneRow(0).status, PhoneStatus::Added);
    bool onServer = false;
    for (const QJsonValue &phone : m_app->simulator()->phones()) {
        const QJsonObject object = phone.toObject();
        if (object.value(u"extension"_s).toString() == "8123"_L1)
            onServer = object.value(u"fullname"_s).toString() == "Agent Keyboard"_L1;
    }
    QVERIFY(onServer);
}

void TestAccessibility::statusColumnHasAShapePerStatus()
{
    PhoneModel model;
    PhoneRecord phone;
    phone.setValue(PhoneField::Extension, u"8001"_s);
    const int queued = model.appendPhones({phone});
    model.setJob(queued, 1);
    const int sending = model.appendPhones({phone});
    model.setJob(sending, 2);
    model.markStarted(2);
    const int added = model.appendPhones({phone});
    model.setJob(added, 3);
    JobResult result;
    result.jobId = 3;
    result.outcome = Outcome::Added;
    model.applyResult(result);
    const int failed = model.appendUnsent(phone, u"refused"_s, false);
    const int unknown = model.appendUnsent(phone, u"no reply"_s, true);

    const QList<std::pair<int, PhoneStatus>> rows = {{queued, PhoneStatus::Queued},
                                                     {sending, PhoneStatus::Sending},
                                                     {added, PhoneStatus::Added},
                                                     {failed, PhoneStatus::Failed},
                                                     {unknown, PhoneStatus::Unknown}};
    QSet<qint64> keys;
    QSet<QString> texts;
    QList<QImage> shapes;
    for (const auto &[row, status] : rows) {
        QCOMPARE(model.phoneRow(row).status, status);
        const QModelIndex index = model.index(row, PhoneModel::StatusColumn);
        const auto icon = index.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!icon.isNull());
        keys.insert(icon.cacheKey());
        const QString text = index.data(Qt::DisplayRole).toString();
        QVERIFY(!text.isEmpty());
        texts.insert(text);
        // The alpha channel is the outline: two statuses that differ only in
        // colour would have the same one.
        const QImage shape =
            icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_Alpha8);
        QVERIFY(!shape.isNull());
        for (const QImage &other : std::as_const(shapes))
            QVERIFY2(shape != other, qPrintable(u"%1 has the outline of another "
                                                "status"_s.arg(text)));
        shapes.append(shape);
    }
    QCOMPARE(keys.size(), rows.size());
    QCOMPARE(texts.size(), rows.size());
}

void TestAccessibility::aboutDialogShowsVersionLicenceAndPaths()
{
    AppContext &context = *m_app->context();
    AboutDialog dialog(context);
    QCOMPARE(AboutDialog::licenceId(), u"GPL-3.0-or-later"_s);
    QVERIFY(child<QLabel>(&dialog, "titleLabel")->text().contains(QString::fromUtf8(VP_VERSION)));
    QCOMPARE(child<QLabel>(&dialog, "versionValueLabel")->text(), QString::fromUtf8(VP_VERSION));
    QVERIFY(
        child<QLabel>(&dialog, "qtValueLabel")->text().startsWith(QString::fromLatin1(qVersion())));
    QVERIFY(child<QLabel>(&dialog, "licenceValueLabel")->text().contains(u"GPL-3.0-or-later"_s));
    // The full licence, read only.
    auto *licence = child<QPlainTextEdit>(&dialog, "licencePlainTextEdit");
    QVERIFY(licence->isReadOnly());
    QVERIFY(licence->toPlainText().contains(u"GNU GENERAL PUBLIC LICENSE"_s));
    QVERIFY(licence->toPlainText().contains(u"Version 3, 29 June 2007"_s));
    // Where this profile keeps its files.
    QCOMPARE(child<QLineEdit>(&dialog, "settingsPathLineEdit")->text(),
             context.settings().fileName());
    QVERIFY(!child<QLineEdit>(&dialog, "historyPathLineEdit")->text().isEmpty());
    QVERIFY(dialog.detailsText().contains(context.settings().fileName()));
    QVERIFY(dialog.detailsText().contains(QString::fromLatin1(qVersion())));
    // docs/screenshots/about.png comes from here (VP_SCREENSHOT_DIR, xvfb-run).
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QByteArray dir = qgetenv("VP_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(dialog.grab().save(QString::fromLocal8Bit(dir) + "/about.png"_L1));
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
