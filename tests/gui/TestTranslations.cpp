// Switches to each shipped language the way the program does
// (vp::Translations::install), builds the main window, the settings dialog
// and the import dialog, and checks that they show translated text: named
// widgets against known translations, and a walk over every label, button,
// action, menu, tab, header and combo box item for text still equal to an
// English source that the catalog translates. Also the English plurals, the
// language setting, and viciprov-cli --help under a Spanish locale.
#include "config/Settings.h"
#include "config/Translations.h"
#include "DesktopApp.h"
#include "import/ImportDialog.h"
#include "mainwindow/MainWindow.h"
#include "settings/SettingsDialog.h"
#include "widgets/AppContext.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

using namespace vp;

namespace {

// Source texts whose translation differs from the source, read from the
// committed catalog: if one of them is on screen, a tr() is missing or the
// catalog is not loaded.
QSet<QString> translatedSources(const QString &language)
{
    QSet<QString> sources;
    QFile file(QString::fromUtf8(VP_TRANSLATIONS_DIR "/viciprov_") + language + u".ts"_s);
    if (!file.open(QIODevice::ReadOnly))
        return sources;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "source"_L1) {
            source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!translation.isEmpty() && translation != source)
                sources.insert(source);
        }
    }
    return sources;
}

// Every user-visible text of a window and its children, with where it was found.
QList<QPair<QString, QString>> visibleTexts(QWidget *window)
{
    QList<QPair<QString, QString>> texts;
    auto add = [&texts](const QObject *object, const char *what, const QString &text) {
        if (!text.isEmpty())
            texts.append({object->objectName() + QLatin1Char('.') + QLatin1String(what), text});
    };
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *widget : std::as_const(widgets)) {
        add(widget, "windowTitle", widget->isWindow() ? widget->windowTitle() : QString());
        add(widget, "toolTip", widget->toolTip());
        add(widget, "accessibleName", widget->accessibleName());
        if (auto label = qobject_cast<QLabel *>(widget))
            add(widget, "text", label->text());
        if (auto button = qobject_cast<QAbstractButton *>(widget))
            add(widget, "text", button->text());
        if (auto box = qobject_cast<QGroupBox *>(widget))
            add(widget, "title", box->title());
        if (auto menu = qobject_cast<QMenu *>(widget))
            add(widget, "title", menu->title());
        if (auto edit = qobject_cast<QLineEdit *>(widget))
            add(widget, "placeholderText", edit->placeholderText());
        if (auto tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(widget, "tabText", tabs->tabText(i));
        }
        if (auto combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(widget, "itemText", combo->itemText(i));
        }
        if (auto view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            for (int i = 0; i < view->model()->columnCount(); ++i)
                add(widget, "header",
                    view->model()->headerData(i, Qt::Horizontal, Qt::DisplayRole).toString());
        }
    }
    const auto actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        add(action, "text", action->text());
        add(action, "statusTip", action->statusTip());
    }
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void catalogsAreComplete_data();
    void catalogsAreComplete();
    void windowsShowTranslatedText_data();
    void windowsShowTranslatedText();
    void walkSeesEnglishWithoutCatalog();
    void englishHasRealPlurals();
    void unknownLanguageFallsBackToEnglish();
    void languageIsChosenInSettings();
    void cliFollowsTheLocale_data();
    void cliFollowsTheLocale();
    void importDialogScreenshots();

private:
    std::unique_ptr<DesktopApp> m_app;
};

void TestTranslations::initTestCase()
{
    m_app = std::make_unique<DesktopApp>();
    QString error;
    QVERIFY2(m_app->startDemo(true, &error), qPrintable(error));
}

void TestTranslations::cleanupTestCase()
{
    Translations::install(u"en"_s);
    m_app.reset();
}

void TestTranslations::catalogsAreComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Spanish") << u"es"_s;
    QTest::newRow("Brazilian Portuguese") << u"pt_BR"_s;
}

void TestTranslations::catalogsAreComplete()
{
    QFETCH(QString, language);
    QFile file(QString::fromUtf8(VP_TRANSLATIONS_DIR "/viciprov_") + language + u".ts"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray catalog = file.readAll();
    QVERIFY(catalog.contains("<message"));
    QVERIFY2(!catalog.contains("type=\"unfinished\""), "a message is still unfinished");
    QVERIFY2(!catalog.contains("type=\"vanished\"") && !catalog.contains("type=\"obsolete\""),
             "the catalog holds strings the program no longer has");
    // About 700 distinct texts differ from English: the whole program, not a sample.
    QVERIFY(translatedSources(language).size() > 650);
}

void TestTranslations::windowsShowTranslatedText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("importList");     // MainWindow action
    QTest::addColumn<QString>("extensionLabel"); // PhoneForm label
    QTest::addColumn<QString>("addButton");      // PhoneForm button
    QTest::addColumn<QString>("settingsTitle");
    QTest::addColumn<QString>("languageLabel");
    QTest::addColumn<QString>("importTitle");
    QTest::addColumn<QString>("cancel"); // Qt's own button, from qtbase_*
    QTest::newRow("Spanish") << u"es"_s << u"&Importar lista…"_s << u"E&xtensión:"_s
                             << u"&Agregar teléfono"_s << u"Configuración"_s << u"&Idioma:"_s
                             << u"Importar teléfonos"_s << u"Cancelar"_s;
    QTest::newRow("Brazilian Portuguese")
        << u"pt_BR"_s << u"&Importar lista…"_s << u"&Ramal:"_s << u"&Adicionar telefone"_s
        << u"Configurações"_s << u"&Idioma:"_s << u"Importar telefones"_s << u"Cancelar"_s;
}

void TestTranslations::windowsShowTranslatedText()
{
    QFETCH(QString, language);
    QFETCH(QString, importList);
    QFETCH(QString, extensionLabel);
    QFETCH(QString, addButton);
    QFETCH(QString, settingsTitle);
    QFETCH(QString, languageLabel);
    QFETCH(QString, importTitle);
    QFETCH(QString, cancel);

    QCOMPARE(Translations::install(language), language);
    const QSet<QString> english = translatedSources(language);
    QVERIFY(!english.isEmpty());

    MainWindow window(*m_app->context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SettingsDialog settings(*m_app->context(), &window);
    ImportDialog import(*m_app->context(), &window);

    auto action = window.findChild<QAction *>(u"actionImportList"_s);
    QVERIFY(action);
    QCOMPARE(action->text(), importList);
    auto label = window.findChild<QLabel *>(u"extensionLabel"_s);
    QVERIFY(label);
    // A required field's label carries a "*" (explained under the form).
    QCOMPARE(QString(label->text()).remove(QLatin1Char('*')), extensionLabel);
    QVERIFY(label->text().contains(QLatin1Char('*')));
    auto add = window.findChild<QPushButton *>(u"addPushButton"_s);
    QVERIFY(add);
    QCOMPARE(add->text(), addButton);
    QCOMPARE(settings.windowTitle(), settingsTitle);
    auto languageText = settings.findChild<QLabel *>(u"languageLabel"_s);
    QVERIFY(languageText);
    QCOMPARE(languageText->text(), languageLabel);
    auto buttons = settings.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QVERIFY(buttons && buttons->button(QDialogButtonBox::Cancel));
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), cancel);
    QCOMPARE(import.windowTitle(), importTitle);

    for (QWidget *top : {static_cast<QWidget *>(&window), static_cast<QWidget *>(&settings),
                         static_cast<QWidget *>(&import)}) {
        const auto texts = visibleTexts(top);
        QVERIFY(texts.size() > 20);
        for (const auto &[where, text] : texts) {
            if (english.contains(text))
                QFAIL(qPrintable(
                    u"%1 still reads \"%2\" in English (%3)"_s.arg(where, text, language)));
        }
    }
}

void TestTranslations::walkSeesEnglishWithoutCatalog()
{
    // The same walk in English must find many catalog sources, or the check
    // above could pass by seeing nothing.
    Translations::install(u"en"_s);
    const QSet<QString> english = translatedSources(u"es"_s);
    MainWindow window(*m_app->context());
    SettingsDialog settings(*m_app->context(), &window);
    ImportDialog import(*m_app->context(), &window);
    for (QWidget *top : {static_cast<QWidget *>(&window), static_cast<QWidget *>(&settings),
                         static_cast<QWidget *>(&import)}) {
        int found = 0;
        const auto texts = visibleTexts(top);
        for (const auto &entry : texts)
            found += english.contains(entry.second) ? 1 : 0;
        QVERIFY2(found > 20, qPrintable(top->objectName()));
    }
}

void TestTranslations::englishHasRealPlurals()
{
    QCOMPARE(Translations::install(u"en"_s), u"en"_s);
    QCOMPARE(QCoreApplication::translate("vp::ImportPreviewModel", "%n problem(s)", nullptr, 1),
             u"1 problem"_s);
    QCOMPARE(QCoreApplication::translate("vp::ImportPreviewModel", "%n problem(s)", nullptr, 3),
             u"3 problems"_s);
    QCOMPARE(QCoreApplication::translate("vp::ImportDialog",
                                         "Create %n phone(s) on the server now?", nullptr, 1),
             u"Create 1 phone on the server now?"_s);
    // The rest stays the source text.
    QCOMPARE(QCoreApplication::translate("MainWindow", "&Import list…"), u"&Import list…"_s);
}

void TestTranslations::unknownLanguageFallsBackToEnglish()
{
    QCOMPARE(Translations::install(u"de"_s), u"en"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&Import list…"), u"&Import list…"_s);
    // Switching back replaces the catalogs instead of stacking them.
    QCOMPARE(Translations::install(u"es"_s), u"es"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&Import list…"), u"&Importar lista…"_s);
    QCOMPARE(Translations::install(u"en"_s), u"en"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&Import list…"), u"&Import list…"_s);
}

void TestTranslations::languageIsChosenInSettings()
{
    Translations::install(u"en"_s);
    Settings &stored = m_app->context()->settings();
    stored.setValue(SettingKey::Language, QString());
    {
        SettingsDialog dialog(*m_app->context());
        auto combo = dialog.findChild<QComboBox *>(u"languageComboBox"_s);
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QString());
        const QStringList shipped = Translations::shippedLanguages();
        for (const QString &language : shipped)
            QVERIFY2(combo->findData(language) >= 0, qPrintable(language));
        auto note = dialog.findChild<QLabel *>(u"languageNoteLabel"_s);
        QVERIFY(note && note->text().contains("next time"_L1));
        combo->setCurrentIndex(combo->findData(u"pt_BR"_s));
        dialog.save();
    }
    QCOMPARE(stored.value(SettingKey::Language).toString(), u"pt_BR"_s);
    SettingsDialog reopened(*m_app->context());
    QCOMPARE(reopened.findChild<QComboBox *>(u"languageComboBox"_s)->currentData().toString(),
             u"pt_BR"_s);
    stored.setValue(SettingKey::Language, QString());
}

void TestTranslations::cliFollowsTheLocale_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("english");
    const QString english = u"Create phone extensions on a VICIdial server."_s;
    QTest::newRow("Spanish") << u"es_ES.UTF-8"_s
                             << u"Crea extensiones telefónicas en un servidor "
                                "VICIdial."_s
                             << english;
    QTest::newRow("Brazilian Portuguese")
        << u"pt_BR.UTF-8"_s << u"Cria ramais em um servidor VICIdial."_s << english;
    QTest::newRow("C locale is English") << u"C"_s << english << QString();
}

void TestTranslations::cliFollowsTheLocale()
{
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    QFETCH(QString, english);
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"LANGUAGE"_s);
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.insert(u"LANG"_s, lang);
    cli.setProcessEnvironment(env);
    cli.start(QString::fromUtf8(VP_CLI_PATH), {u"--help"_s});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(out.contains(expected), qPrintable(out));
    if (!english.isEmpty())
        QVERIFY2(!out.contains(english), qPrintable(out));
}

// Pictures of the import dialog in the language of VP_SCREENSHOT_LANGUAGE
// (default es), for looking at clipped text; the main window and settings
// come from viciprov --screenshot.
void TestTranslations::importDialogScreenshots()
{
    // Every step is walked and drawn in the language each run; the pictures
    // are kept only when VP_SCREENSHOT_DIR names a folder.
    const QString directory = qEnvironmentVariable("VP_SCREENSHOT_DIR");
    const QString language = qEnvironmentVariable("VP_SCREENSHOT_LANGUAGE", u"es"_s);
    QCOMPARE(Translations::install(language), language);
    ImportDialog dialog(*m_app->context());
    dialog.resize(1100, 640);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto grab = [&](const char *name) {
        QCoreApplication::processEvents();
        const QPixmap picture = dialog.grab();
        QVERIFY(!picture.isNull());
        if (!directory.isEmpty())
            QVERIFY(picture.save(directory + QLatin1Char('/') + language + QLatin1Char('-') +
                                 QLatin1String(name)));
    };
    auto tabs = dialog.findChild<QTabWidget *>(u"sourceTabWidget"_s);
    QVERIFY(tabs);
    tabs->setCurrentWidget(dialog.findChild<QWidget *>(u"generatorTab"_s));
    grab("import-1-generator.png");
    tabs->setCurrentWidget(dialog.findChild<QWidget *>(u"fileTab"_s));
    dialog.openFile(QString::fromUtf8(VP_TEST_DATA_DIR "/import/mixed.csv"));
    auto next = dialog.findChild<QPushButton *>(u"nextPushButton"_s);
    QTRY_VERIFY(next->isEnabled());
    grab("import-1-source.png");
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE(dialog.currentStep(), ImportDialog::ColumnsStep);
    grab("import-2-columns.png");
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE(dialog.currentStep(), ImportDialog::PreviewStep);
    grab("import-3-preview.png");
    // The file's rows have problems on purpose; two good pasted rows reach the send page.
    auto back = dialog.findChild<QPushButton *>(u"backPushButton"_s);
    QTest::mouseClick(back, Qt::LeftButton);
    QTRY_COMPARE(dialog.currentStep(), ImportDialog::ColumnsStep);
    QTest::mouseClick(back, Qt::LeftButton);
    QTRY_COMPARE(dialog.currentStep(), ImportDialog::SourceStep);
    tabs->setCurrentWidget(dialog.findChild<QWidget *>(u"pasteTab"_s));
    dialog.findChild<QPlainTextEdit *>(u"pasteTextEdit"_s)
        ->setPlainText(u"Extension\tFull Name\tLogin\tOutbound CID\r\n"
                       "1001\tAgent One\tag1001\t3125551212\r\n"
                       "1002\tAgent Two\tag1002\t3125551212\r\n"_s);
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE(dialog.currentStep(), ImportDialog::ColumnsStep);
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE(dialog.currentStep(), ImportDialog::PreviewStep);
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE(dialog.currentStep(), ImportDialog::SendStep);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"dryRunPushButton"_s), Qt::LeftButton);
    grab("import-4-send.png");
    Translations::install(u"en"_s);
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
