// The settings dialog (saved and restored, URL checked as typed), the
// credential test's three failure kinds, and the history window (lazy paging,
// filters, export), all against the in-process simulator.
#include "history/HistoryModel.h"
#include "history/HistoryWindow.h"
#include "settings/CredentialCheckView.h"
#include "settings/CredentialTestDialog.h"
#include "settings/SettingsDialog.h"
#include "Simulator.h"
#include "widgets/AppContext.h"
#include "widgets/FileDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

Q_DECLARE_METATYPE(sim::Fault)

class TestSettingsAndHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void settingsAreSavedAndRestored();
    void urlWarningsShowAsYouType();
    void credentialTestShowsEachFailure_data();
    void credentialTestShowsEachFailure();
    void historyPagesLazily();
    void historyFilters();
    void historyExportsCsv();

private:
    void addAttempt(const QString &extension, Outcome outcome, const QDateTime &when,
                    const QString &batch = u"b1"_s);

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<AppContext> m_context;
};

void TestSettingsAndHistory::init()
{
    sim::SimConfig config = sim::SimConfig::defaults();
    sim::SimUser low;
    low.user = u"lowuser"_s;
    low.pass = u"LowPass1"_s;
    low.userLevel = 7; // may log in, may not add phones
    config.users.append(low);
    m_sim = std::make_unique<sim::Simulator>(config);
    QVERIFY(m_sim->listen(0));
    auto history = std::make_unique<HistoryStore>();
    QVERIFY(history->openInMemory());
    m_context = std::make_unique<AppContext>(Settings::createTemporary(), std::move(history),
                                             std::make_unique<MemorySecretStore>());
    m_context->settings().setValue(SettingKey::ServerUrl, m_sim->apiUrl().toString());
    m_context->settings().setValue(SettingKey::ApiUser, u"apiadmin"_s);
    m_context->setApiPassword(u"Secret123"_s);
}

void TestSettingsAndHistory::cleanup()
{
    m_context.reset();
    m_sim.reset();
}

void TestSettingsAndHistory::settingsAreSavedAndRestored()
{
    {
        SettingsDialog dialog(*m_context);
        auto *url = dialog.findChild<QLineEdit *>(u"serverUrlLineEdit"_s);
        url->clear();
        QTest::keyClicks(url, u"https://dialer.example.com/vicidial/"_s);
        auto *user = dialog.findChild<QLineEdit *>(u"apiUserLineEdit"_s);
        user->clear();
        QTest::keyClicks(user, u"provisioner"_s);
        auto *password = dialog.findChild<QLineEdit *>(u"apiPasswordLineEdit"_s);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        password->clear();
        QTest::keyClicks(password, u"N3wSecret"_s);
        auto *storage = dialog.findChild<QLabel *>(u"passwordStorageLabel"_s);
        QVERIFY2(storage->text().contains(u"session"_s), qPrintable(storage->text()));
        dialog.findChild<QComboBox *>(u"methodComboBox"_s)->setCurrentIndex(1);
        dialog.findChild<QSpinBox *>(u"concurrencySpinBox"_s)->setValue(6);
        dialog.findChild<QSpinBox *>(u"timeoutSpinBox"_s)->setValue(45);
        dialog.findChild<QCheckBox *>(u"nonLatinCheckBox"_s)->setChecked(true);
        auto *defaultIp = dialog.findChild<QLineEdit *>(u"defaultServerIpLineEdit"_s);
        QTest::keyClicks(defaultIp, u"10.0.0.7"_s);
        auto *zone = dialog.findChild<QComboBox *>(u"defaultTimeZoneComboBox"_s);
        zone->setCurrentIndex(zone->findData(u"1.00"_s));
        dialog.accept();
    }
    Settings &s = m_context->settings();
    QCOMPARE(s.value(SettingKey::ApiUser).toString(), u"provisioner"_s);
    QCOMPARE(s.value(SettingKey::Method).toString(), u"get"_s);
    QCOMPARE(s.value(SettingKey::Concurrency).toInt(), 6);
    QCOMPARE(s.value(SettingKey::TimeoutSeconds).toInt(), 45);
    QCOMPARE(s.value(SettingKey::DefaultLocalGmt).toString(), u"1.00"_s);
    QCOMPARE(m_context->apiPassword(), u"N3wSecret"_s);
    QCOMPARE(m_context->service().connection().concurrency, 6);
    // The password is in the secret store, never in the settings file.
    QFile file(s.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("N3wSecret"));

    SettingsDialog again(*m_context);
    QCOMPARE(again.findChild<QLineEdit *>(u"serverUrlLineEdit"_s)->text(),
             u"https://dialer.example.com/vicidial/"_s);
    QCOMPARE(again.findChild<QComboBox *>(u"methodComboBox"_s)->currentData(), QVariant(u"get"_s));
    QCOMPARE(again.findChild<QSpinBox *>(u"concurrencySpinBox"_s)->value(), 6);
    QVERIFY(again.findChild<QCheckBox *>(u"nonLatinCheckBox"_s)->isChecked());
    QCOMPARE(again.findChild<QLineEdit *>(u"defaultServerIpLineEdit"_s)->text(), u"10.0.0.7"_s);
    QCOMPARE(again.findChild<QComboBox *>(u"defaultTimeZoneComboBox"_s)->currentData(),
             QVariant(u"1.00"_s));
}

void TestSettingsAndHistory::urlWarningsShowAsYouType()
{
    SettingsDialog dialog(*m_context);
    dialog.show();
    auto *url = dialog.findChild<QLineEdit *>(u"serverUrlLineEdit"_s);
    auto *message = dialog.findChild<QLabel *>(u"serverUrlMessageLabel"_s);
    url->clear();
    QTest::keyClicks(url, u"http://dialer.example.com"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"non_agent_api.php"_s), qPrintable(message->text()));
    // Plain http to another machine carries a warning besides the address.
    QVERIFY2(message->text().count(QLatin1Char('\n')) >= 1, qPrintable(message->text()));
}

void TestSettingsAndHistory::credentialTestShowsEachFailure_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("unreachable");
    QTest::addColumn<int>("failedStep");
    QTest::addColumn<sim::Fault>("fault");

    QTest::newRow("wrong password fails the login step")
        << u"apiadmin"_s << u"WrongPass1"_s << false << 1 << sim::Fault::None;
    QTest::newRow("user without permission fails the permission step")
        << u"lowuser"_s << u"LowPass1"_s << false << 2 << sim::Fault::None;
    QTest::newRow("closed port fails the reach step")
        << u"apiadmin"_s << u"Secret123"_s << true << 0 << sim::Fault::None;
    QTest::newRow("good credentials pass every step")
        << u"apiadmin"_s << u"Secret123"_s << false << -1 << sim::Fault::None;
    // The test creates nothing: a broken exchange is not "phone may exist".
    QTest::newRow("connection dropped during the login check")
        << u"apiadmin"_s << u"Secret123"_s << false << 1 << sim::Fault::CloseMidReply;
    QTest::newRow("server error during the login check")
        << u"apiadmin"_s << u"Secret123"_s << false << 1 << sim::Fault::ServerError500;
}

void TestSettingsAndHistory::credentialTestShowsEachFailure()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, unreachable);
    QFETCH(int, failedStep);
    QFETCH(sim::Fault, fault);
    m_sim->injectFault(fault, 1);

    if (unreachable) {
        // A port that was free a moment ago: nothing listens there now.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        m_context->settings().setValue(SettingKey::ServerUrl, u"http://127.0.0.1:%1/"_s.arg(port));
    }
    m_context->settings().setValue(SettingKey::ApiUser, user);
    m_context->setApiPassword(password);
    const int before = m_sim->stats().perFunction.value(u"add_phone"_s);

    CredentialTestDialog dialog(*m_context);
    dialog.show();
    QSignalSpy finished(dialog.checkView(), &CredentialCheckView::finished);
    dialog.runCheck();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    CredentialCheckView *view = dialog.checkView();
    for (int step = 0; step < 3; ++step) {
        const auto status = view->stepStatus(step);
        if (failedStep < 0 || step < failedStep)
            QCOMPARE(status, CheckStep::Status::Passed);
        else if (step == failedStep)
            QCOMPARE(status, CheckStep::Status::Failed);
        else
            QVERIFY(status != CheckStep::Status::Passed);
    }
    QCOMPARE(finished.first().first().toBool(), failedStep < 0);
    if (failedStep >= 0)
        QVERIFY2(view->stepText(failedStep).contains(u"What to do"_s),
                 qPrintable(view->stepText(failedStep)));
    if (fault != sim::Fault::None) {
        const QString text = view->stepText(failedStep);
        QVERIFY2(!text.contains(u"may exist"_s) && text.contains(u"Nothing was created"_s),
                 qPrintable(text));
    }
    // Nothing was created: at most the one field-less probe.
    QVERIFY(m_sim->phones().isEmpty());
    QVERIFY(m_sim->stats().perFunction.value(u"add_phone"_s) - before <= 1);
    // What the test read of the build is kept with that system (and shown).
    const SystemBuildInfo build = m_context->service().builds().info(m_context->system().key);
    QCOMPARE(build.state,
             unreachable ? SystemBuildInfo::State::Unreadable : SystemBuildInfo::State::Known);
    if (!unreachable) {
        QCOMPARE(build.build.version(), u"2.14-202"_s);
        SettingsDialog settings(*m_context);
        auto *message = settings.findChild<QLabel *>(u"serverUrlMessageLabel"_s);
        QVERIFY2(message->text().contains(u"VICIdial 2.14-202"_s), qPrintable(message->text()));
    }
}

void TestSettingsAndHistory::addAttempt(const QString &extension, Outcome outcome,
                                        const QDateTime &when, const QString &batch)
{
    HistoryAttempt attempt;
    attempt.startedAt = when;
    attempt.serverUrl = m_sim->apiUrl().toString();
    attempt.apiUser = u"apiadmin"_s;
    attempt.method = u"POST"_s;
    attempt.function = u"add_phone"_s;
    attempt.batchId = batch;
    attempt.phone.setValue(PhoneField::Extension, extension);
    attempt.phone.setValue(PhoneField::PhoneLogin, extension);
    attempt.phone.setValue(PhoneField::ServerIp, u"10.10.10.15"_s);
    attempt.phone.setValue(PhoneField::PhoneFullName, u"Agent "_s + extension);
    attempt.redactedRequest = u"POST x\nfunction=add_phone&pass=***"_s;
    const qint64 id = m_context->history().recordStart(attempt);
    QVERIFY(id > 0);
    QVERIFY(m_context->history().recordFinish(id, outcome, 200, outcomeTitle(outcome), u"SUCCESS"_s,
                                              12));
}

void TestSettingsAndHistory::historyPagesLazily()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 450; ++i)
        addAttempt(QString::number(10000 + i), Outcome::Added, now.addSecs(-i));
    HistoryModel model(m_context->history());
    // One page only until the view asks for more.
    QCOMPARE(model.totalCount(), 450);
    QCOMPARE(model.rowCount(), HistoryModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    // Newest first.
    QCOMPARE(model.index(0, HistoryModel::ExtensionColumn).data().toString(), u"10000"_s);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * HistoryModel::PageSize);
    {
        // The tester fetches too; every page arrives in order without gaps. (It
        // leaves before the reset below: Qt 6.4's tester fetches from inside its
        // own modelReset handler and then blames the model.)
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.index(449, HistoryModel::ExtensionColumn).data().toString(), u"10449"_s);
    }
    model.setFilter({});
    QCOMPARE(model.rowCount(), HistoryModel::PageSize);
}

void TestSettingsAndHistory::historyFilters()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    addAttempt(u"8001"_s, Outcome::Added, now);
    addAttempt(u"8002"_s, Outcome::LoginExists, now.addSecs(-60));
    addAttempt(u"8003"_s, Outcome::Timeout, now.addSecs(-120));
    addAttempt(u"7001"_s, Outcome::Added, now.addDays(-30), u"old"_s);

    HistoryWindow window(*m_context);
    window.show();
    QAbstractItemModelTester tester(window.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *table = window.findChild<QTableView *>(u"historyTableView"_s);
    QTRY_COMPARE(table->model()->rowCount(), 4);

    QTest::keyClicks(window.findChild<QLineEdit *>(u"filterLineEdit"_s), u"800"_s);
    QTRY_COMPARE(window.model()->totalCount(), 3);

    auto *outcome = window.findChild<QComboBox *>(u"outcomeComboBox"_s);
    outcome->setCurrentIndex(outcome->findData(-4)); // unknown
    QTRY_COMPARE(window.model()->totalCount(), 1);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, HistoryModel::ExtensionColumn).data().toString(), u"8003"_s);
    // Unknown outcomes stand out and can be resolved by a resend.
    QVERIFY(table->model()->index(0, 0).data(Qt::BackgroundRole).isValid());
    table->selectRow(0);
    auto *resolve = window.findChild<QPushButton *>(u"resolvePushButton"_s);
    QVERIFY(resolve->isEnabled());
    QSignalSpy retry(&window, &HistoryWindow::retryRequested);
    QTest::mouseClick(resolve, Qt::LeftButton);
    QCOMPARE(retry.size(), 1);
    QCOMPARE(retry.first().at(1).toBool(), true);
    auto *details = window.findChild<QPlainTextEdit *>(u"detailsPlainTextEdit"_s);
    QVERIFY(details->toPlainText().contains(u"pass=***"_s));

    outcome->setCurrentIndex(0);
    window.findChild<QLineEdit *>(u"filterLineEdit"_s)->clear();
    QTRY_COMPARE(window.model()->totalCount(), 4);
    // Date range: the last week only.
    window.findChild<QCheckBox *>(u"dateFilterCheckBox"_s)->setChecked(true);
    QTRY_COMPARE(window.model()->totalCount(), 3);
}

void TestSettingsAndHistory::historyExportsCsv()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    addAttempt(u"8101"_s, Outcome::Added, now);
    addAttempt(u"=8102"_s, Outcome::UnknownServer, now.addSecs(-5));
    HistoryWindow window(*m_context);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.csv"_s);
    FileDialog::setNextFileName(path);
    QTest::mouseClick(window.findChild<QPushButton *>(u"exportPushButton"_s), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY2(csv.contains(u"8101"_s), qPrintable(csv));
    QVERIFY(csv.contains(u"'=8102"_s)); // not run as a formula
    QCOMPARE(csv.count(u"\r\n"_s), 3);  // header and two rows
    // Cancelled dialog: nothing written.
    FileDialog::setNextFileName(QString());
    QVERIFY(!window.exportCsv());
}

QTEST_MAIN(TestSettingsAndHistory)
#include "TestSettingsAndHistory.moc"
