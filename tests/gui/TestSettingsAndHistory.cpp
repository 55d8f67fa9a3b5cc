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
                    const QString &batch = QStringLiteral("b1"));

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<AppContext> m_context;
};

void TestSettingsAndHistory::init()
{
    sim::SimConfig config = sim::SimConfig::defaults();
    sim::SimUser low;
    low.user = QStringLiteral("lowuser");
    low.pass = QStringLiteral("LowPass1");
    low.userLevel = 7; // may log in, may not add phones
    config.users.append(low);
    m_sim = std::make_unique<sim::Simulator>(config);
    QVERIFY(m_sim->listen(0));
    auto history = std::make_unique<HistoryStore>();
    QVERIFY(history->openInMemory());
    m_context = std::make_unique<AppContext>(Settings::createTemporary(), std::move(history),
                                             std::make_unique<MemorySecretStore>());
    m_context->settings().setValue(SettingKey::ServerUrl, m_sim->apiUrl().toString());
    m_context->settings().setValue(SettingKey::ApiUser, QStringLiteral("apiadmin"));
    m_context->setApiPassword(QStringLiteral("Secret123"));
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
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("serverUrlLineEdit"));
        url->clear();
        QTest::keyClicks(url, QStringLiteral("https://dialer.example.com/vicidial/"));
        auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("apiUserLineEdit"));
        user->clear();
        QTest::keyClicks(user, QStringLiteral("provisioner"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("apiPasswordLineEdit"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        password->clear();
        QTest::keyClicks(password, QStringLiteral("N3wSecret"));
        auto *storage = dialog.findChild<QLabel *>(QStringLiteral("passwordStorageLabel"));
        QVERIFY2(storage->text().contains(QStringLiteral("session")), qPrintable(storage->text()));
        dialog.findChild<QComboBox *>(QStringLiteral("methodComboBox"))->setCurrentIndex(1);
        dialog.findChild<QSpinBox *>(QStringLiteral("concurrencySpinBox"))->setValue(6);
        dialog.findChild<QSpinBox *>(QStringLiteral("timeoutSpinBox"))->setValue(45);
        dialog.findChild<QCheckBox *>(QStringLiteral("nonLatinCheckBox"))->setChecked(true);
        auto *defaultIp = dialog.findChild<QLineEdit *>(QStringLiteral("defaultServerIpLineEdit"));
        QTest::keyClicks(defaultIp, QStringLiteral("10.0.0.7"));
        auto *zone = dialog.findChild<QComboBox *>(QStringLiteral("defaultTimeZoneComboBox"));
        zone->setCurrentIndex(zone->findData(QStringLiteral("1.00")));
        dialog.accept();
    }
    Settings &s = m_context->settings();
    QCOMPARE(s.value(SettingKey::ApiUser).toString(), QStringLiteral("provisioner"));
    QCOMPARE(s.value(SettingKey::Method).toString(), QStringLiteral("get"));
    QCOMPARE(s.value(SettingKey::Concurrency).toInt(), 6);
    QCOMPARE(s.value(SettingKey::TimeoutSeconds).toInt(), 45);
    QCOMPARE(s.value(SettingKey::DefaultLocalGmt).toString(), QStringLiteral("1.00"));
    QCOMPARE(m_context->apiPassword(), QStringLiteral("N3wSecret"));
    QCOMPARE(m_context->service().connection().concurrency, 6);
    // The password is in the secret store, never in the settings file.
    QFile file(s.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("N3wSecret"));

    SettingsDialog again(*m_context);
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("serverUrlLineEdit"))->text(),
             QStringLiteral("https://dialer.example.com/vicidial/"));
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("methodComboBox"))->currentData(),
             QVariant(QStringLiteral("get")));
    QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("concurrencySpinBox"))->value(), 6);
    QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("nonLatinCheckBox"))->isChecked());
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("defaultServerIpLineEdit"))->text(),
             QStringLiteral("10.0.0.7"));
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("defaultTimeZoneComboBox"))->currentData(),
             QVariant(QStringLiteral("1.00")));
}

void TestSettingsAndHistory::urlWarningsShowAsYouType()
{
    SettingsDialog dialog(*m_context);
    dialog.show();
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("serverUrlLineEdit"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("serverUrlMessageLabel"));
    url->clear();
    QTest::keyClicks(url, QStringLiteral("http://dialer.example.com"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("non_agent_api.php")),
             qPrintable(message->text()));
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
        << QStringLiteral("apiadmin") << QStringLiteral("WrongPass1") << false << 1
        << sim::Fault::None;
    QTest::newRow("user without permission fails the permission step")
        << QStringLiteral("lowuser") << QStringLiteral("LowPass1") << false << 2
        << sim::Fault::None;
    QTest::newRow("closed port fails the reach step")
        << QStringLiteral("apiadmin") << QStringLiteral("Secret123") << true << 0
        << sim::Fault::None;
    QTest::newRow("good credentials pass every step")
        << QStringLiteral("apiadmin") << QStringLiteral("Secret123") << false << -1
        << sim::Fault::None;
    // The test creates nothing: a broken exchange is not "phone may exist".
    QTest::newRow("connection dropped during the login check")
        << QStringLiteral("apiadmin") << QStringLiteral("Secret123") << false << 1
        << sim::Fault::CloseMidReply;
    QTest::newRow("server error during the login check")
        << QStringLiteral("apiadmin") << QStringLiteral("Secret123") << false << 1
        << sim::Fault::ServerError500;
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
        m_context->settings().setValue(SettingKey::ServerUrl,
                                       QStringLiteral("http://127.0.0.1:%1/").arg(port));
    }
    m_context->settings().setValue(SettingKey::ApiUser, user);
    m_context->setApiPassword(password);
    const int before = m_sim->stats().perFunction.value(QStringLiteral("add_phone"));

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
        QVERIFY2(view->stepText(failedStep).contains(QStringLiteral("What to do")),
                 qPrintable(view->stepText(failedStep)));
    if (fault != sim::Fault::None) {
        const QString text = view->stepText(failedStep);
        QVERIFY2(!text.contains(QStringLiteral("may exist")) &&
                     text.contains(QStringLiteral("Nothing was created")),
                 qPrintable(text));
    }
    // Nothing was created: at most the one field-less probe.
    QVERIFY(m_sim->phones().isEmpty());
    QVERIFY(m_sim->stats().perFunction.value(QStringLiteral("add_phone")) - before <= 1);
    // What the test read of the build is kept with that system (and shown).
    const SystemBuildInfo build = m_context->service().builds().info(m_context->system().key);
    QCOMPARE(build.state,
             unreachable ? SystemBuildInfo::State::Unreadable : SystemBuildInfo::State::Known);
    if (!unreachable) {
        QCOMPARE(build.build.version(), QStringLiteral("2.14-202"));
        SettingsDialog settings(*m_context);
        auto *message = settings.findChild<QLabel *>(QStringLiteral("serverUrlMessageLabel"));
        QVERIFY2(message->text().contains(QStringLiteral("VICIdial 2.14-202")),
                 qPrintable(message->text()));
    }
}

void TestSettingsAndHistory::addAttempt(const QString &extension, Outcome outcome,
                                        const QDateTime &when, const QString &batch)
{
    HistoryAttempt attempt;
    attempt.startedAt = when;
    attempt.serverUrl = m_sim->apiUrl().toString();
    attempt.apiUser = QStringLiteral("apiadmin");
    attempt.method = QStringLiteral("POST");
    attempt.function = QStringLiteral("add_phone");
    attempt.batchId = batch;
    attempt.phone.setValue(PhoneField::Extension, extension);
    attempt.phone.setValue(PhoneField::PhoneLogin, extension);
    attempt.phone.setValue(PhoneField::ServerIp, QStringLiteral("10.10.10.15"));
    attempt.phone.setValue(PhoneField::PhoneFullName, QStringLiteral("Agent ") + extension);
    attempt.redactedRequest = QStringLiteral("POST x\nfunction=add_phone&pass=***");
    const qint64 id = m_context->history().recordStart(attempt);
    QVERIFY(id > 0);
    QVERIFY(m_context->history().recordFinish(id, outcome, 200, outcomeTitle(outcome),
                                              QStringLiteral("SUCCESS"), 12));
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
    QCOMPARE(model.index(0, HistoryModel::ExtensionColumn).data().toString(),
             QStringLiteral("10000"));
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
        QCOMPARE(model.index(449, HistoryModel::ExtensionColumn).data().toString(),
                 QStringLiteral("10449"));
    }
    model.setFilter({});
    QCOMPARE(model.rowCount(), HistoryModel::PageSize);
}

void TestSettingsAndHistory::historyFilters()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    addAttempt(QStringLiteral("8001"), Outcome::Added, now);
    addAttempt(QStringLiteral("8002"), Outcome::LoginExists, now.addSecs(-60));
    addAttempt(QStringLiteral("8003"), Outcome::Timeout, now.addSecs(-120));
    addAttempt(QStringLiteral("7001"), Outcome::Added, now.addDays(-30), QStringLiteral("old"));

    HistoryWindow window(*m_context);
    window.show();
    QAbstractItemModelTester tester(window.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *table = window.findChild<QTableView *>(QStringLiteral("historyTableView"));
    QTRY_COMPARE(table->model()->rowCount(), 4);

    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("filterLineEdit")),
                     QStringLiteral("800"));
    QTRY_COMPARE(window.model()->totalCount(), 3);

    auto *outcome = window.findChild<QComboBox *>(QStringLiteral("outcomeComboBox"));
    outcome->setCurrentIndex(outcome->findData(-4)); // unknown
    QTRY_COMPARE(window.model()->totalCount(), 1);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, HistoryModel::ExtensionColumn).data().toString(),
             QStringLiteral("8003"));
    // Unknown outcomes stand out and can be resolved by a resend.
    QVERIFY(table->model()->index(0, 0).data(Qt::BackgroundRole).isValid());
    table->selectRow(0);
    auto *resolve = window.findChild<QPushButton *>(QStringLiteral("resolvePushButton"));
    QVERIFY(resolve->isEnabled());
    QSignalSpy retry(&window, &HistoryWindow::retryRequested);
    QTest::mouseClick(resolve, Qt::LeftButton);
    QCOMPARE(retry.size(), 1);
    QCOMPARE(retry.first().at(1).toBool(), true);
    auto *details = window.findChild<QPlainTextEdit *>(QStringLiteral("detailsPlainTextEdit"));
    QVERIFY(details->toPlainText().contains(QStringLiteral("pass=***")));

    outcome->setCurrentIndex(0);
    window.findChild<QLineEdit *>(QStringLiteral("filterLineEdit"))->clear();
    QTRY_COMPARE(window.model()->totalCount(), 4);
    // Date range: the last week only.
    window.findChild<QCheckBox *>(QStringLiteral("dateFilterCheckBox"))->setChecked(true);
    QTRY_COMPARE(window.model()->totalCount(), 3);
}

void TestSettingsAndHistory::historyExportsCsv()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    addAttempt(QStringLiteral("8101"), Outcome::Added, now);
    addAttempt(QStringLiteral("=8102"), Outcome::UnknownServer, now.addSecs(-5));
    HistoryWindow window(*m_context);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.csv"));
    FileDialog::setNextFileName(path);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("exportPushButton")),
                      Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY2(csv.contains(QStringLiteral("8101")), qPrintable(csv));
    QVERIFY(csv.contains(QStringLiteral("'=8102"))); // not run as a formula
    QCOMPARE(csv.count(QStringLiteral("\r\n")), 3);  // header and two rows
    // Cancelled dialog: nothing written.
    FileDialog::setNextFileName(QString());
    QVERIFY(!window.exportCsv());
}

QTEST_MAIN(TestSettingsAndHistory)
#include "TestSettingsAndHistory.moc"
