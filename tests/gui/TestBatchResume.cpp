// A batch in the desktop app: the result report and the agent handout from
// the batch panel, and continuing a batch after the app was killed mid-way.
//
// The kill is real: this test program starts itself again as a child
// ("--child-batch") that runs the main window on a settings file and history
// file in a temporary folder and sends a generated batch to the simulator
// running in this (the parent) process with 20 ms of server time per request;
// the parent SIGKILLs it mid-batch, opens the same files in a new main window,
// answers the resume dialog, and checks the simulator ends with every phone
// exactly once and no login twice.
#include "config/SecretStore.h"
#include "config/Settings.h"
#include "config/Translations.h"
#include "DesktopApp.h"
#include "history/BatchJournal.h"
#include "history/HistoryStore.h"
#include "history/UndoPlan.h"
#include "import/ImportDialog.h"
#include "import/ImportPreviewModel.h"
#include "mainwindow/BatchPanel.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/PasswordDialog.h"
#include "mainwindow/PhoneModel.h"
#include "mainwindow/ResumeBatchDialog.h"
#include "rules/PasswordGenerator.h"
#include "Simulator.h"
#include "widgets/AppContext.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

using namespace vp;

namespace {

constexpr int BatchSize = 300;

QList<PhoneRecord> makePhones(int first, int count, bool randomPasswords)
{
    QList<PhoneRecord> phones;
    for (int i = 0; i < count; ++i) {
        const QString ext = QString::number(first + i);
        PhoneRecord phone;
        phone.setValue(PhoneField::Extension, ext);
        phone.setValue(PhoneField::DialplanNumber, ext);
        phone.setValue(PhoneField::VoicemailId, ext);
        phone.setValue(PhoneField::PhoneLogin, u"ag"_s + ext);
        phone.setValue(PhoneField::PhonePass,
                       randomPasswords ? PasswordGenerator::generate() : u"Pass"_s + ext);
        phone.setValue(PhoneField::RegistrationPassword,
                       randomPasswords ? PasswordGenerator::generate() : u"Reg"_s + ext);
        phone.setValue(PhoneField::PhoneFullName, u"Agent "_s + ext);
        phone.setValue(PhoneField::ServerIp, u"10.10.10.15"_s);
        phone.setValue(PhoneField::Protocol, u"SIP"_s);
        phone.setValue(PhoneField::LocalGmt, u"-5.00"_s);
        phone.setValue(PhoneField::OutboundCid, u"3125550100"_s);
        phones << phone;
    }
    return phones;
}

QList<int> lines(int count)
{
    QList<int> result;
    for (int i = 0; i < count; ++i)
        result << i + 2;
    return result;
}

// A context on files in dir, as the real profile would have (the secret store
// is given: memory here, as on a machine without a keychain).
std::unique_ptr<AppContext> makeContext(const QString &dir, const QString &apiUrl,
                                        std::unique_ptr<SecretStore> secrets = {})
{
    auto settings = std::make_unique<Settings>(
        std::make_unique<QSettings>(dir + u"/settings.ini"_s, QSettings::IniFormat));
    settings->setValue(SettingKey::ServerUrl, apiUrl);
    settings->setValue(SettingKey::ApiUser, u"apiadmin"_s);
    settings->setValue(SettingKey::DefaultServerIp, u"10.10.10.15"_s);
    auto history = std::make_unique<HistoryStore>();
    QString error;
    if (!history->open(dir + u"/history.sqlite"_s, &error))
        qFatal("history: %s", qPrintable(error));
    auto context = std::make_unique<AppContext>(std::move(settings), std::move(history),
                                                secrets ? std::move(secrets)
                                                        : std::make_unique<MemorySecretStore>());
    context->setApiPassword(u"Secret123"_s);
    context->applyConnection();
    return context;
}

// The child: the main window sending one generated batch until it is killed.
int runChild(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString dir = QString::fromLocal8Bit(argv[2]);
    const QString url = QString::fromLocal8Bit(argv[3]);
    auto context = makeContext(dir, url);
    MainWindow window(*context);
    window.show();
    window.sendImportedPhones(makePhones(5001, BatchSize, true), lines(BatchSize),
                              u"killed-batch"_s, u"Generated range"_s, true);
    std::fputs("sending\n", stdout);
    std::fflush(stdout);
    return app.exec();
}

} // namespace

class TestBatchResume : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importDialogToSummaryAndRetry();
    void reportAndHandoutOfABatch();
    void killedAppContinuesWithoutDuplicates();
    void killedBatchContinuesOnlyOnItsOwnSystem();
    void storedPasswordsAreUsedWhenContinuing();
    void lostFilePasswordsAskForTheFileAgain();
    void killedUndoContinuesDeletingOnly();

private:
    ResumeBatchDialog *waitForResumeDialog(MainWindow &window);
    QHash<QString, QJsonObject> simulatorPhones() const;

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBatchResume::init()
{
    m_sim = std::make_unique<sim::Simulator>();
    QVERIFY(m_sim->listen(0));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBatchResume::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_sim.reset();
    m_dir.reset();
}

QHash<QString, QJsonObject> TestBatchResume::simulatorPhones() const
{
    QHash<QString, QJsonObject> byExtension;
    const QJsonArray phones = m_sim->phones();
    for (const QJsonValue &value : phones) {
        const QJsonObject phone = value.toObject();
        const QString extension = phone.value(u"extension"_s).toString();
        if (byExtension.contains(extension))
            qWarning("extension %s twice", qPrintable(extension));
        byExtension.insert(extension, phone);
    }
    return byExtension;
}

ResumeBatchDialog *TestBatchResume::waitForResumeDialog(MainWindow &window)
{
    ResumeBatchDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = window.findChild<ResumeBatchDialog *>();
        return dialog && dialog->isVisible();
    });
    return shown ? dialog : nullptr;
}

// The whole way a person goes: Import list, paste from a spreadsheet, columns
// mapped by their headers, a refused cell fixed in the preview, Send, the
// batch summary in the main window, one row failed by the server fixed and
// "Retry failed".
void TestBatchResume::importDialogToSummaryAndRetry()
{
    auto context = makeContext(m_dir->path(), m_sim->apiUrl().toString());
    MainWindow window(*context);
    window.show();
    window.findChild<QAction *>(u"actionImportList"_s)->trigger();
    auto *dialog = window.findChild<ImportDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    const auto child = [dialog](const char *name) {
        QWidget *widget = dialog->findChild<QWidget *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    };
    const auto next = [&] {
        QTest::mouseClick(static_cast<QPushButton *>(child("nextPushButton")), Qt::LeftButton);
    };
    static_cast<QTabWidget *>(child("sourceTabWidget"))->setCurrentWidget(child("pasteTab"));
    // 10.10.10.99 passes every client rule but is not a server of the cluster.
    static_cast<QPlainTextEdit *>(child("pasteTextEdit"))
        ->setPlainText(u"Extension\tFull Name\tLogin\tServer IP\tSIP password\tOutbound CID\r\n"
                       "3101\tAna Lucía\tag3101\t10.10.10.15\tPw3101pass\t3125551212\r\n"
                       "3102\tBruno Tw\u03a9\tag3102\t10.10.10.15\tPw3102pass\t3125551212\r\n"
                       "3103\tCarla\tag3103\t10.10.10.99\tPw3103pass\t3125551212\r\n"_s);
    QTRY_VERIFY(child("nextPushButton")->isEnabled());
    next();
    QCOMPARE(dialog->currentStep(), ImportDialog::ColumnsStep);
    next();
    QTRY_COMPARE(dialog->currentStep(), ImportDialog::PreviewStep);
    ImportPreviewModel *preview = dialog->previewModel();
    QCOMPARE(preview->rowCount(), 3);
    auto *view = static_cast<QTableView *>(child("previewTableView"));
    // The Greek letter is refused (a server in latin mode would drop it) and
    // fixed in place; the accent is written away (Lucía -> Lucia), shown as a
    // change, not refused.
    QCOMPARE(preview->blockedCount(), 1);
    const int nameColumn = ImportPreviewModel::columnOf(PhoneField::PhoneFullName);
    const QModelIndex accented = view->model()->index(0, nameColumn);
    QVERIFY(!preview->isBlocked(0));
    QVERIFY2(accented.data(Qt::ToolTipRole).toString().contains(u"Ana Lucia"_s),
             qPrintable(accented.data(Qt::ToolTipRole).toString()));
    const QModelIndex bad = view->model()->index(1, nameColumn);
    QVERIFY(view->model()->setData(bad, u"Bruno Two"_s));
    QCOMPARE(preview->blockedCount(), 0);
    next();
    QCOMPARE(dialog->currentStep(), ImportDialog::SendStep);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(static_cast<QPushButton *>(child("sendPushButton")), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(window.currentBatch().isValid() && window.currentBatch().isDone(),
                             20000);
    QCOMPARE(window.currentBatch().added(), 2);
    QCOMPARE(window.currentBatch().failed(), 1);
    const QString summary = window.findChild<QLabel *>(u"batchStatusLabel"_s)->text();
    QVERIFY2(summary.contains(u"2 added"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"1 failed"_s), qPrintable(summary));
    const auto info = window.batchPanel()->journal().batch(window.currentBatch().batchId());
    QVERIFY(info);
    QCOMPARE(info->label, u"Pasted list"_s);

    // Fix the failed row (the form's job; here straight in the model) and retry it only.
    PhoneModel *model = window.phoneModel();
    int failedRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->phoneRow(row).status == PhoneStatus::Failed)
            failedRow = row;
    }
    QVERIFY(failedRow >= 0);
    QCOMPARE(model->phoneRow(failedRow).phone.extension(), u"3103"_s);
    PhoneRecord fixed = model->phoneRow(failedRow).phone;
    fixed.setValue(PhoneField::ServerIp, u"10.10.10.15"_s);
    model->setPhone(failedRow, fixed);
    auto *retry = window.findChild<QPushButton *>(u"retryFailedPushButton"_s);
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentBatch().isDone(), 20000);
    QCOMPARE(window.currentBatch().total(), 3); // the batch's totals stay across the retry
    QCOMPARE(window.currentBatch().added(), 3);
    QCOMPARE(model->phoneRow(failedRow).status, PhoneStatus::Added);
    const QHash<QString, QJsonObject> onServer = simulatorPhones();
    QCOMPARE(onServer.size(), 3);
    QCOMPARE(onServer.value(u"3102"_s).value(u"fullname"_s).toString(), u"Bruno Two"_s);
    // "SIP password" is the registration password (the SIP secret, conf_secret);
    // the login password the list lacks was generated.
    const QJsonObject ana = onServer.value(u"3101"_s);
    QCOMPARE(ana.value(u"conf_secret"_s).toString(), u"Pw3101pass"_s);
    QCOMPARE(ana.value(u"pass"_s).toString().size(), 16);
    QCOMPARE(ana.value(u"fullname"_s).toString(), u"Ana Lucia"_s);
    // Every row definite: nothing to offer at the next start.
    QVERIFY(window.batchPanel()->journal().orphanedBatches().isEmpty());
}

void TestBatchResume::reportAndHandoutOfABatch()
{
    auto context = makeContext(m_dir->path(), m_sim->apiUrl().toString());
    MainWindow window(*context);
    window.show();
    QList<PhoneRecord> phones = makePhones(7001, 10, false);
    phones[4].setValue(PhoneField::PhoneLogin, u"ag7001"_s); // login taken by row 1
    window.sendImportedPhones(phones, lines(10), u"report-batch"_s, u"agents.csv"_s, false);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentBatch().isDone(), 20000);
    QCOMPARE(window.currentBatch().added(), 9);

    // The report: every row, its outcome and message, no password.
    const QString report = m_dir->filePath(u"report.csv"_s);
    FileDialog::setNextFileName(report);
    auto *exportButton = window.findChild<QPushButton *>(u"exportReportPushButton"_s);
    QVERIFY(exportButton && exportButton->isEnabled());
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QFile reportFile(report);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QByteArray reportBytes = reportFile.readAll();
    const QList<QByteArray> reportLines = reportBytes.trimmed().split('\n');
    QCOMPARE(reportLines.size(), 11); // header + 10 rows
    QVERIFY(reportLines[5].contains("7005"));
    QVERIFY2(reportLines[5].contains("login") || reportLines[5].contains("Login"),
             reportLines[5].constData());
    QVERIFY(!reportBytes.contains("Pass700"));
    QVERIFY(!reportBytes.contains("Reg700"));

    // The handout: asked first; the 9 added phones with their passwords, 0600.
    const QString handout = m_dir->filePath(u"handout.csv"_s);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    FileDialog::setNextFileName(handout);
    auto *handoutButton = window.findChild<QPushButton *>(u"saveHandoutPushButton"_s);
    QVERIFY(handoutButton && handoutButton->isEnabled());
    QTest::mouseClick(handoutButton, Qt::LeftButton);
    QVERIFY(!QFile::exists(handout)); // "Cancel" writes nothing
    QVERIFY(MessageBox::lastText().contains(u"plain text"_s));
    MessageBox::setNextAnswer(QMessageBox::Save);
    FileDialog::setNextFileName(handout);
    QTest::mouseClick(handoutButton, Qt::LeftButton);
    QFile handoutFile(handout);
    QVERIFY(handoutFile.open(QIODevice::ReadOnly));
    QCOMPARE(handoutFile.permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    const QByteArray handoutBytes = handoutFile.readAll();
    QCOMPARE(handoutBytes.trimmed().split('\n').size(), 10); // header + 9
    QVERIFY(handoutBytes.contains("Pass7001"));
    QVERIFY(handoutBytes.contains("Reg7010"));
    QVERIFY(!handoutBytes.contains("Pass7005")); // failed: not on the server

    // Every row definite: the batch is closed, nothing to offer next time.
    QVERIFY(window.batchPanel()->journal().orphanedBatches().isEmpty());
    const auto info = window.batchPanel()->journal().batch(u"report-batch"_s);
    QVERIFY(info);
    QCOMPARE(info->label, u"agents.csv"_s);
}

void TestBatchResume::killedAppContinuesWithoutDuplicates()
{
    m_sim->setLatencyMs(20);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--child-batch"_s, m_dir->path(), m_sim->apiUrl().toString()});
    QVERIFY(child.waitForStarted());
    // Kill it a good way in (about a third), while requests are in flight.
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->phones().size() >= BatchSize / 3, 60000);
    child.kill(); // SIGKILL: no clean-up of any kind
    QVERIFY(child.waitForFinished());
    const int beforeKill = int(m_sim->phones().size());
    QVERIFY2(beforeKill < BatchSize, "the child finished before it was killed");

    // Restart on the same files: the batch is offered with what each row came to.
    auto context = makeContext(m_dir->path(), m_sim->apiUrl().toString());
    MainWindow window(*context);
    window.show();
    ResumeBatchDialog *dialog = waitForResumeDialog(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->batchId(), u"killed-batch"_s);
    const QString counts = dialog->findChild<QLabel *>(u"countsLabel"_s)->text();
    QVERIFY2(counts.contains(u"300 rows:"_s), qPrintable(counts));
    QVERIFY2(counts.contains(u"never sent"_s), qPrintable(counts));
    const BatchProgress before = window.batchPanel()->journal().progress(dialog->batchId());
    QCOMPARE(before.rows.size(), BatchSize);
    QVERIFY(before.count(BatchRowState::NotSent) > 0);
    QCOMPARE(before.count(BatchRowState::Added) + before.count(BatchRowState::Unknown) +
                 before.count(BatchRowState::NotSent),
             BatchSize);

    const QString screenshots = qEnvironmentVariable("VP_SCREENSHOT_DIR");
    if (!screenshots.isEmpty())
        dialog->grab().save(screenshots + u"/resume-batch.png"_s);
    QSignalSpy continued(window.batchPanel(), &BatchPanel::continued);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"continuePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(continued.size(), 1, 10000);
    QCOMPARE(continued.at(0).at(1).toInt(),
             before.count(BatchRowState::NotSent) + before.count(BatchRowState::Unknown));
    QTRY_VERIFY_WITH_TIMEOUT(window.currentBatch().isDone(), 60000);
    if (!screenshots.isEmpty())
        window.grab().save(screenshots + u"/batch-continued.png"_s);

    // Every phone exactly once, no login twice, nothing left to offer.
    const QJsonArray all = m_sim->phones();
    QCOMPARE(all.size(), BatchSize);
    QSet<QString> extensions, logins;
    for (const QJsonValue &value : all) {
        extensions.insert(value[u"extension"_s].toString());
        logins.insert(value[u"login"_s].toString());
    }
    QCOMPARE(extensions.size(), BatchSize);
    QCOMPARE(logins.size(), BatchSize);
    QCOMPARE(window.currentBatch().failed(), 0);
    const BatchProgress after = window.batchPanel()->journal().progress(u"killed-batch"_s);
    QCOMPARE(after.count(BatchRowState::Added), BatchSize);
    QVERIFY(window.batchPanel()->journal().orphanedBatches().isEmpty());
}

// The app is killed in the middle of a batch to system A; at the next start
// the settings point at system B (same Asterisk server IP, as production and
// staging often have). "Later" sends nothing anywhere; Continue asks to go on
// on A, asks for A's password (the keychain has none) and sends every
// remaining row to A only: B never sees a request, and A ends with every phone
// exactly once.
void TestBatchResume::killedBatchContinuesOnlyOnItsOwnSystem()
{
    sim::Simulator other;
    QVERIFY(other.listen(0));
    m_sim->setLatencyMs(20);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--child-batch"_s, m_dir->path(), m_sim->apiUrl().toString()});
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->phones().size() >= BatchSize / 4, 60000);
    child.kill();
    QVERIFY(child.waitForFinished());
    QVERIFY(m_sim->phones().size() < BatchSize);

    // Settings now point at B, whose own password is known.
    auto context = makeContext(m_dir->path(), other.apiUrl().toString());
    {
        MainWindow window(*context);
        window.show();
        ResumeBatchDialog *dialog = waitForResumeDialog(window);
        QVERIFY(dialog);
        MessageBox::setNextAnswer(QMessageBox::No); // "continue on A?" -> later
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"continuePushButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(MessageBox::lastText().contains(m_sim->apiUrl().host()));
        QTest::qWait(300);
        QCOMPARE(other.stats().totalRequests, 0);
        QVERIFY(!window.batchPanel()->journal().orphanedBatches().isEmpty());
    }

    const int onA = int(m_sim->phones().size());
    MainWindow window(*context);
    window.show();
    ResumeBatchDialog *dialog = waitForResumeDialog(window);
    QVERIFY(dialog);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    PasswordDialog::setNextPassword(u"Secret123"_s);
    QSignalSpy continued(window.batchPanel(), &BatchPanel::continued);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"continuePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(continued.size(), 1, 10000);
    QVERIFY(continued.at(0).at(1).toInt() >= BatchSize - onA);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentBatch().isDone(), 60000);

    QCOMPARE(other.stats().totalRequests, 0);
    QCOMPARE(other.phones().size(), 0);
    const QJsonArray all = m_sim->phones();
    QCOMPARE(all.size(), BatchSize);
    QSet<QString> extensions;
    for (const QJsonValue &value : all)
        extensions.insert(value[u"extension"_s].toString());
    QCOMPARE(extensions.size(), BatchSize);
    QCOMPARE(window.currentBatch().failed(), 0);
    // The settings were left as they were.
    QCOMPARE(VicidialSystem::keyFor(context->connectionConfig().apiUrl),
             VicidialSystem::keyFor(other.apiUrl()));
    QVERIFY(window.batchPanel()->journal().orphanedBatches().isEmpty());
}

void TestBatchResume::storedPasswordsAreUsedWhenContinuing()
{
    // A batch left by a process that is gone, with its passwords in a store
    // that outlived it (the keychain): row 0 added, rows 1-4 never sent.
    const QList<PhoneRecord> phones = makePhones(6001, 5, false);
    auto secrets = std::make_unique<MemorySecretStore>();
    {
        HistoryStore history;
        QVERIFY(history.open(m_dir->filePath(u"history.sqlite"_s)));
        BatchJournal journal(history);
        BatchInfo info;
        info.batchId = u"kept"_s;
        info.label = u"agents.csv"_s;
        info.serverUrl = m_sim->apiUrl().toString();
        info.apiUser = u"apiadmin"_s;
        QVERIFY2(journal.begin(info, phones, lines(5)), qPrintable(journal.lastError()));
        HistoryAttempt attempt;
        attempt.function = u"add_phone"_s;
        attempt.batchId = u"kept"_s;
        attempt.serverUrl = m_sim->apiUrl().toString();
        attempt.phone = phones[0];
        const qint64 id = history.recordStart(attempt);
        QVERIFY(history.recordFinish(id, Outcome::Added, 200, QString(), QString(), 3));
    }
    QJsonObject stored;
    for (int i = 0; i < 5; ++i)
        stored.insert(QString::number(i),
                      QJsonArray{phones[i].value(PhoneField::PhonePass),
                                 phones[i].value(PhoneField::RegistrationPassword)});
    bool written = false;
    secrets->write(BatchJournal::secretKey(u"kept"_s),
                   QString::fromUtf8(QJsonDocument(stored).toJson()),
                   [&](bool, const QString &) { written = true; });
    QTRY_VERIFY(written);

    auto context = makeContext(m_dir->path(), m_sim->apiUrl().toString(), std::move(secrets));
    MainWindow window(*context);
    window.show();
    ResumeBatchDialog *dialog = waitForResumeDialog(window);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"continuePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentBatch().isValid() && window.currentBatch().isDone(),
                             20000);
    QCOMPARE(window.currentBatch().total(), 4);
    const QHash<QString, QJsonObject> onServer = simulatorPhones();
    QCOMPARE(onServer.size(), 4); // row 0 was "added" by the gone process, not here
    for (int i = 1; i < 5; ++i) {
        const QJsonObject phone = onServer.value(phones[i].extension());
        QCOMPARE(phone.value(u"pass"_s).toString(), phones[i].value(PhoneField::PhonePass));
        QCOMPARE(phone.value(u"conf_secret"_s).toString(),
                 phones[i].value(PhoneField::RegistrationPassword));
    }
}

// An undo (a batch of deletes) left by a process that is gone: one delete
// answered, one sent without an answer, one never sent. Continuing it sends
// deletes only (no add_phone: the plan keeps each row's operation) and
// finishes the undo.
void TestBatchResume::killedUndoContinuesDeletingOnly()
{
    QTemporaryDir otherDir;
    {
        auto setup = makeContext(otherDir.path(), m_sim->apiUrl().toString());
        for (const PhoneRecord &phone : makePhones(6201, 3, false))
            QVERIFY(setup->service().submit(phone) > 0);
        QTRY_VERIFY(setup->service().isIdle());
        QVERIFY(setup->service().submit(Operation::deletePhone(
                    u"6201"_s, makePhones(6201, 1, false)[0].serverIp())) > 0);
        QTRY_VERIFY(setup->service().isIdle());
    }
    QCOMPARE(m_sim->phones().size(), 2);
    const QString serverIp = makePhones(6201, 1, false)[0].serverIp();
    {
        HistoryStore history;
        QVERIFY(history.open(m_dir->filePath(u"history.sqlite"_s)));
        BatchJournal journal(history);
        BatchInfo info;
        info.batchId = u"undo-x"_s;
        info.label = UndoPlanner::undoLabel(u"x"_s);
        info.undoOf = u"x"_s;
        info.serverUrl = m_sim->apiUrl().toString();
        info.apiUser = u"apiadmin"_s;
        QList<BatchPlanRow> rows;
        for (const QString &extension : {u"6201"_s, u"6202"_s, u"6203"_s})
            rows << BatchPlanRow::fromOperation(Operation::deletePhone(extension, serverIp));
        QVERIFY2(journal.begin(info, rows), qPrintable(journal.lastError()));
        for (int i = 0; i < 2; ++i) {
            HistoryAttempt attempt;
            attempt.function = u"update_phone"_s;
            attempt.batchId = u"undo-x"_s;
            attempt.serverUrl = m_sim->apiUrl().toString();
            attempt.phone = rows[i].phone;
            const qint64 id = history.recordStart(attempt);
            QVERIFY(id > 0);
            if (i == 0) // answered; the second was cut short by the kill
                QVERIFY(history.recordFinish(id, Outcome::Updated, 200, QString(), QString(), 3));
        }
    }
    const int addsBefore = m_sim->stats().perFunction.value(u"add_phone"_s);
    auto context = makeContext(m_dir->path(), m_sim->apiUrl().toString());
    MainWindow window(*context);
    window.show();
    ResumeBatchDialog *dialog = waitForResumeDialog(window);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"continuePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentBatch().isValid() && window.currentBatch().isDone(),
                             20000);
    QCOMPARE(window.currentBatch().total(), 2);
    QCOMPARE(m_sim->phones().size(), 0);
    QCOMPARE(m_sim->stats().perFunction.value(u"add_phone"_s), addsBefore);
    QVERIFY(window.batchPanel()->journal().orphanedBatches().isEmpty());
    QVERIFY2(window.currentBatch().summaryText().contains(u"done"_s),
             qPrintable(window.currentBatch().summaryText()));
}

void TestBatchResume::lostFilePasswordsAskForTheFileAgain()
{
    // Passwords read from a file, no keychain: they cannot be made up, so
    // nothing is sent and the user is told to import the file again.
    const QList<PhoneRecord> phones = makePhones(6101, 3, false);
    {
        HistoryStore history;
        QVERIFY(history.open(m_dir->filePath(u"history.sqlite"_s)));
        BatchJournal journal(history);
        BatchInfo info;
        info.batchId = u"lost"_s;
        info.label = u"floor2.csv"_s;
        info.serverUrl = m_sim->apiUrl().toString();
        info.apiUser = u"apiadmin"_s;
        QVERIFY(journal.begin(info, phones, lines(3)));
    }
    auto context = makeContext(m_dir->path(), m_sim->apiUrl().toString());
    MainWindow window(*context);
    window.show();
    ResumeBatchDialog *dialog = waitForResumeDialog(window);
    QVERIFY(dialog);
    QSignalSpy continued(window.batchPanel(), &BatchPanel::continued);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"continuePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(continued.size(), 1);
    QCOMPARE(continued.at(0).at(1).toInt(), 0);
    const QString notice = window.findChild<QLabel *>(u"noticeLabel"_s)->text();
    QVERIFY2(notice.contains(u"floor2.csv"_s), qPrintable(notice));
    QVERIFY2(notice.contains(u"line 2 (6101)"_s), qPrintable(notice));
    QCOMPARE(m_sim->phones().size(), 0);
    // Closed: the new import takes over.
    QVERIFY(window.batchPanel()->journal().orphanedBatches().isEmpty());
}

int main(int argc, char *argv[])
{
    if (argc >= 4 && qstrcmp(argv[1], "--child-batch") == 0)
        return runChild(argc, argv);
    QApplication app(argc, argv);
    // As the program does: the English catalog gives the plural forms.
    Translations::install(u"en"_s);
    TestBatchResume test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestBatchResume.moc"
