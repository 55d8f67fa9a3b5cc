// Tools > Phone aliases driven by its controls' names against the
// in-process simulator (two servers, a user without the delete permission),
// checked by what the simulator stores (GET /sim/aliases); and the
// generator's "one alias per agent across the servers" end to end: 2 servers,
// 3 extensions -> 6 phones, then 3 aliases of 2 logins each.
#include "history/AliasDialog.h"
#include "history/HistoryModel.h"
#include "history/HistoryWindow.h"
#include "import/ImportDialog.h"
#include "import/ImportPreviewModel.h"
#include "mainwindow/MainWindow.h"
#include "Simulator.h"
#include "TestPhones.h"
#include "widgets/AppContext.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

class TestAliasDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addChangeDelete();
    void refusedInputIsShownAtItsFieldAndNothingIsSent();
    void refusedDeleteNamesTheSetting();
    void historyShowsAliasColumns();
    void generatorAliasesFollowTheirPhones();
    void aliasOfAFailedPhoneIsReportedNotSent();

private:
    AliasDialog *openDialog();
    // Import list > Generate: extensions 1001 to last on the servers (one
    // per line) with one alias per agent, sent; null when a step failed.
    ImportDialog *sendGenerated(int last, const QString &servers);
    template<typename T>
    T *field(const char *name) const
    {
        T *widget = m_window->aliasDialog()->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void type(const char *name, const QString &text);
    void click(const char *name) { QTest::mouseClick(field<QPushButton>(name), Qt::LeftButton); }
    QJsonObject stored(const QString &id) const;
    void addPhones(const QStringList &extensions);

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

void TestAliasDialog::init()
{
    sim::SimConfig config = sim::SimConfig::defaults();
    config.servers = {u"10.10.10.15"_s, u"10.10.10.16"_s};
    sim::SimUser noDelete;
    noDelete.user = u"nodelete"_s;
    noDelete.pass = u"NoDel123"_s;
    noDelete.deletePhones = false;
    config.users << noDelete;
    m_sim = std::make_unique<sim::Simulator>(config);
    QVERIFY(m_sim->listen(0));
    auto history = std::make_unique<HistoryStore>();
    QVERIFY(history->openInMemory());
    m_context = std::make_unique<AppContext>(Settings::createTemporary(), std::move(history),
                                             std::make_unique<MemorySecretStore>());
    Settings &settings = m_context->settings();
    settings.setValue(SettingKey::ServerUrl, m_sim->apiUrl().toString());
    settings.setSystemName(VicidialSystem::keyFor(m_sim->apiUrl()), u"Test dialer"_s);
    settings.setValue(SettingKey::ApiUser, u"apiadmin"_s);
    settings.setValue(SettingKey::DefaultServerIp, test::kServerIp);
    m_context->setApiPassword(u"Secret123"_s);
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAliasDialog::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_window.reset();
    m_context.reset();
    m_sim.reset();
}

AliasDialog *TestAliasDialog::openDialog()
{
    m_window->findChild<QAction *>(u"actionPhoneAliases"_s)->trigger();
    AliasDialog *dialog = m_window->aliasDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestAliasDialog::type(const char *name, const QString &text)
{
    auto *edit = field<QLineEdit>(name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

QJsonObject TestAliasDialog::stored(const QString &id) const
{
    for (const QJsonValue &alias : m_sim->aliases()) {
        if (alias[u"alias_id"_s].toString() == id)
            return alias.toObject();
    }
    return {};
}

void TestAliasDialog::addPhones(const QStringList &extensions)
{
    ProvisioningService &service = m_context->service();
    for (const QString &extension : extensions)
        QVERIFY(service.submit(test::makePhone(extension)) > 0);
    QTRY_VERIFY(service.isIdle());
    QCOMPARE(m_sim->phones().size(), extensions.size());
}

void TestAliasDialog::addChangeDelete()
{
    addPhones({u"8001"_s, u"8002"_s});
    AliasDialog *dialog = openDialog();
    QVERIFY(dialog);
    // The logins the tool added on this system are offered.
    QCOMPARE(dialog->knownLogins(), (QStringList{u"8001"_s, u"8002"_s}));
    QVERIFY2(dialog->windowTitle().contains(u"Test dialer"_s), qPrintable(dialog->windowTitle()));

    type("aliasIdLineEdit", u"al80"_s);
    type("aliasNameLineEdit", u"Agent Eighty"_s);
    type("loginsLineEdit", u"8001, 8002"_s);
    click("addPushButton");
    QTRY_VERIFY(!dialog->isSending());
    QTRY_COMPARE(stored(u"al80"_s)[u"alias_name"_s].toString(), u"Agent Eighty"_s);
    QCOMPARE(stored(u"al80"_s)[u"logins_list"_s].toString(), u"8001,8002"_s);
    const QString added = field<QLabel>("resultLabel")->text();
    QVERIFY2(added.contains(u"Added"_s) && added.contains(u"al80"_s), qPrintable(added));

    // Adding it again: the server's refusal in plain words, nothing typed lost.
    click("addPushButton");
    QTRY_VERIFY(!dialog->isSending());
    QVERIFY2(field<QLabel>("resultLabel")->text().contains(u"already has an alias al80"_s),
             qPrintable(field<QLabel>("resultLabel")->text()));
    QCOMPARE(field<QLineEdit>("aliasNameLineEdit")->text(), u"Agent Eighty"_s);
    QCOMPARE(field<QLineEdit>("loginsLineEdit")->text(), u"8001, 8002"_s);

    // Change the name only: the logins stay.
    type("aliasNameLineEdit", u"Renamed"_s);
    field<QLineEdit>("loginsLineEdit")->clear();
    click("changePushButton");
    QTRY_COMPARE(stored(u"al80"_s)[u"alias_name"_s].toString(), u"Renamed"_s);
    QCOMPARE(stored(u"al80"_s)[u"logins_list"_s].toString(), u"8001,8002"_s);
    QTRY_VERIFY(!dialog->isSending());

    // Then the logins only: the name stays.
    field<QLineEdit>("aliasNameLineEdit")->clear();
    type("loginsLineEdit", u"8002"_s);
    click("changePushButton");
    QTRY_COMPARE(stored(u"al80"_s)[u"logins_list"_s].toString(), u"8002"_s);
    QCOMPARE(stored(u"al80"_s)[u"alias_name"_s].toString(), u"Renamed"_s);
    QTRY_VERIFY(!dialog->isSending());
    QVERIFY2(field<QLabel>("resultLabel")->text().contains(u"Changed"_s),
             qPrintable(field<QLabel>("resultLabel")->text()));

    // A login no phone has: the server's refusal names it.
    type("loginsLineEdit", u"nosuch"_s);
    click("changePushButton");
    QTRY_VERIFY(!dialog->isSending());
    QVERIFY2(field<QLabel>("resultLabel")->text().contains(u"login nosuch"_s),
             qPrintable(field<QLabel>("resultLabel")->text()));
    QCOMPARE(stored(u"al80"_s)[u"logins_list"_s].toString(), u"8002"_s);

    // Delete: the question names the alias and the system; No sends nothing.
    const int before = m_sim->stats().totalRequests;
    MessageBox::setNextAnswer(QMessageBox::No);
    click("deletePushButton");
    QVERIFY2(MessageBox::lastText().contains(u"al80"_s) &&
                 MessageBox::lastText().contains(u"Test dialer"_s),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(m_sim->stats().totalRequests, before);
    QCOMPARE(m_sim->aliases().size(), 1);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    click("deletePushButton");
    QTRY_VERIFY(m_sim->aliases().isEmpty());
    QTRY_VERIFY(!dialog->isSending());
    QVERIFY2(field<QLabel>("resultLabel")->text().contains(u"Deleted"_s),
             qPrintable(field<QLabel>("resultLabel")->text()));
    QCOMPARE(m_sim->phones().size(), 2); // the phones stay
}

void TestAliasDialog::refusedInputIsShownAtItsFieldAndNothingIsSent()
{
    AliasDialog *dialog = openDialog();
    QVERIFY(dialog);
    type("aliasIdLineEdit", u"al.1"_s);
    type("aliasNameLineEdit", u"Agent One"_s);
    type("loginsLineEdit", u"8001,8002"_s);
    click("addPushButton");
    auto *idProblem = field<QLabel>("aliasIdProblemLabel");
    QVERIFY(idProblem->isVisible());
    QVERIFY2(idProblem->text().contains(u"\".\""_s), qPrintable(idProblem->text()));
    QVERIFY(!field<QLabel>("aliasNameProblemLabel")->isVisible());
    QVERIFY(field<QLineEdit>("aliasIdLineEdit")->hasFocus());
    QCOMPARE(m_sim->stats().totalRequests, 0);
    // Nothing typed is lost.
    QCOMPARE(field<QLineEdit>("aliasIdLineEdit")->text(), u"al.1"_s);
    QCOMPARE(field<QLineEdit>("aliasNameLineEdit")->text(), u"Agent One"_s);
    QCOMPARE(field<QLineEdit>("loginsLineEdit")->text(), u"8001,8002"_s);

    // Fixing the id clears its message; a bad name is shown at the name.
    type("aliasIdLineEdit", u"al1"_s);
    QVERIFY(!idProblem->isVisible());
    type("aliasNameLineEdit", u"O'Brien"_s);
    click("addPushButton");
    QVERIFY(field<QLabel>("aliasNameProblemLabel")->isVisible());
    QVERIFY(!idProblem->isVisible());

    // Change with neither a name nor logins.
    field<QLineEdit>("aliasNameLineEdit")->clear();
    field<QLineEdit>("loginsLineEdit")->clear();
    click("changePushButton");
    QVERIFY2(field<QLabel>("aliasNameProblemLabel")->text().contains(u"Nothing to change"_s),
             qPrintable(field<QLabel>("aliasNameProblemLabel")->text()));
    QCOMPARE(m_sim->stats().totalRequests, 0);
    QVERIFY(!dialog->isSending());
}

void TestAliasDialog::refusedDeleteNamesTheSetting()
{
    addPhones({u"8101"_s, u"8102"_s});
    AliasDialog *dialog = openDialog();
    QVERIFY(dialog);
    type("aliasIdLineEdit", u"al81"_s);
    type("aliasNameLineEdit", u"Agent 81"_s);
    type("loginsLineEdit", u"8101,8102"_s);
    click("addPushButton");
    QTRY_COMPARE(m_sim->aliases().size(), 1);
    QTRY_VERIFY(!dialog->isSending());

    // The same system, an API user without "Delete Phones".
    m_context->settings().setValue(SettingKey::ApiUser, u"nodelete"_s);
    m_context->setApiPassword(u"NoDel123"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click("deletePushButton");
    QTRY_VERIFY(!dialog->isSending());
    const QString result = field<QLabel>("resultLabel")->text();
    QVERIFY2(result.contains(u"Delete Phones"_s), qPrintable(result));
    QCOMPARE(m_sim->aliases().size(), 1);
}

// The history window's Alias id and Alias name columns (schema 7), the
// logins in their tooltip, and the text search finding alias attempts.
void TestAliasDialog::historyShowsAliasColumns()
{
    addPhones({u"8201"_s, u"8202"_s});
    AliasDialog *dialog = openDialog();
    QVERIFY(dialog);
    type("aliasIdLineEdit", u"al82"_s);
    type("aliasNameLineEdit", u"Agent 82"_s);
    type("loginsLineEdit", u"8201,8202"_s);
    click("addPushButton");
    QTRY_COMPARE(m_sim->aliases().size(), 1);
    QTRY_VERIFY(!dialog->isSending());
    type("aliasNameLineEdit", u"Agent 82b"_s);
    field<QLineEdit>("loginsLineEdit")->clear();
    click("changePushButton");
    QTRY_COMPARE(stored(u"al82"_s)[u"alias_name"_s].toString(), u"Agent 82b"_s);
    QTRY_VERIFY(!dialog->isSending());

    m_window->findChild<QAction *>(u"actionShowHistory"_s)->trigger();
    HistoryWindow *history = m_window->historyWindow();
    QVERIFY(history);
    QAbstractItemModelTester tester(history->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    HistoryModel *model = history->model();
    QTRY_COMPARE(model->totalCount(), 4); // two phones, the add and the change
    QCOMPARE(model->headerData(HistoryModel::AliasIdColumn, Qt::Horizontal).toString(),
             HistoryModel::tr("Alias id"));
    // Newest first: the change (the logins kept), then the add.
    QCOMPARE(model->index(0, HistoryModel::AliasIdColumn).data().toString(), u"al82"_s);
    QCOMPARE(model->index(0, HistoryModel::AliasNameColumn).data().toString(), u"Agent 82b"_s);
    QVERIFY2(
        model->index(0, HistoryModel::AliasIdColumn)
            .data(Qt::ToolTipRole)
            .toString()
            .contains(u"not changed"_s),
        qPrintable(model->index(0, HistoryModel::AliasIdColumn).data(Qt::ToolTipRole).toString()));
    QCOMPARE(model->index(1, HistoryModel::AliasNameColumn).data().toString(), u"Agent 82"_s);
    QVERIFY(model->index(1, HistoryModel::AliasIdColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"8201, 8202"_s));
    QVERIFY(model->index(2, HistoryModel::AliasIdColumn).data().toString().isEmpty());

    QTest::keyClicks(history->findChild<QLineEdit *>(u"filterLineEdit"_s), u"al82"_s);
    QTRY_COMPARE(model->totalCount(), 2);
}

ImportDialog *TestAliasDialog::sendGenerated(int last, const QString &servers)
{
    m_window->findChild<QAction *>(u"actionImportList"_s)->trigger();
    auto *dialog = m_window->findChild<ImportDialog *>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    const auto child = [dialog](const char *name) {
        QWidget *widget = dialog->findChild<QWidget *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    };
    qobject_cast<QTabWidget *>(child("sourceTabWidget"))->setCurrentWidget(child("generatorTab"));
    qobject_cast<QSpinBox *>(child("firstSpinBox"))->setValue(1001);
    qobject_cast<QSpinBox *>(child("lastSpinBox"))->setValue(last);
    auto *alias = qobject_cast<QCheckBox *>(child("aliasPerAgentCheckBox"));
    if (alias->isEnabled()) // one server: no alias
        qFatal("the alias option is offered with one server");
    qobject_cast<QPlainTextEdit *>(child("serverIpsPlainTextEdit"))->setPlainText(servers);
    if (!alias->isEnabled())
        qFatal("the alias option is not offered with two servers");
    alias->setChecked(true);
    if (!child("aliasIdPatternLineEdit")->isEnabled())
        qFatal("the alias id pattern cannot be edited");
    qobject_cast<QLineEdit *>(child("callerIdLineEdit"))->setText(u"3125551212"_s);
    const QString summary = qobject_cast<QLabel *>(child("generatorSummaryLabel"))->text();
    const int phones = (last - 1000) * 2;
    if (!summary.contains(u"%1 phone"_s.arg(phones)) ||
        !summary.contains(u"%1 alias"_s.arg(last - 1000)))
        qFatal("summary: %s", qPrintable(summary));

    auto *next = qobject_cast<QPushButton *>(child("nextPushButton"));
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    if (!QTest::qWaitFor([dialog] { return dialog->currentStep() == ImportDialog::PreviewStep; }))
        return nullptr;
    if (dialog->previewModel()->readyCount() != phones)
        qFatal("%d ready", dialog->previewModel()->readyCount());
    QTest::mouseClick(next, Qt::LeftButton);
    const QString sendSummary = qobject_cast<QLabel *>(child("sendSummaryLabel"))->text();
    if (!sendSummary.contains(u"%1 alias"_s.arg(last - 1000)))
        qFatal("send summary: %s", qPrintable(sendSummary));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(qobject_cast<QPushButton *>(child("sendPushButton")), Qt::LeftButton);
    return dialog;
}

void TestAliasDialog::generatorAliasesFollowTheirPhones()
{
    QVERIFY(sendGenerated(1003, u"10.10.10.15\n10.10.10.16"_s));
    QVERIFY2(MessageBox::lastText().contains(u"3 alias"_s), qPrintable(MessageBox::lastText()));
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->phones().size(), 6, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->aliases().size(), 3, 20000);
    for (const QString &extension : {u"1001"_s, u"1002"_s, u"1003"_s}) {
        const QJsonObject stored = this->stored(extension);
        QCOMPARE(stored[u"alias_name"_s].toString(), u"Agent "_s + extension);
        QCOMPARE(stored[u"logins_list"_s].toString(), extension + u"a,"_s + extension + u"b"_s);
    }
    QTRY_VERIFY(m_context->service().isIdle());
    const QString notice = m_window->findChild<QLabel *>(u"noticeLabel"_s)->text();
    QVERIFY2(notice.contains(u"3 added"_s), qPrintable(notice));
}

// The simulated cluster has no 10.10.10.99: the phones there fail, and their
// aliases are reported in the notice bar, not sent.
void TestAliasDialog::aliasOfAFailedPhoneIsReportedNotSent()
{
    QVERIFY(sendGenerated(1002, u"10.10.10.15\n10.10.10.99"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentBatch().isDone(), 20000);
    QTRY_VERIFY(m_context->service().isIdle());
    QCOMPARE(m_sim->phones().size(), 2);
    QCOMPARE(m_sim->stats().perFunction.value(u"add_phone_alias"_s), 0);
    QVERIFY(m_sim->aliases().isEmpty());
    const QString notice = m_window->findChild<QLabel *>(u"noticeLabel"_s)->text();
    QVERIFY2(notice.contains(u"alias 1001: phone login 1001b was not added"_s) &&
                 notice.contains(u"alias 1002: phone login 1002b was not added"_s),
             qPrintable(notice));
}

QTEST_MAIN(TestAliasDialog)
#include "TestAliasDialog.moc"
