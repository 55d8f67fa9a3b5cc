// The import dialog's "Action for every row" driven from the main window in
// demo mode: a list that deletes the phones it names (asking first, naming
// the count and the system), and one that adds or updates; the preview says
// what each row will do, the batch runs in the batch panel, is journaled with
// each row's operation, and the simulator holds exactly what it should.
#include "DesktopApp.h"
#include "history/BatchJournal.h"
#include "history/HistoryStore.h"
#include "history/HistoryWindow.h"
#include "import/ImportDialog.h"
#include "import/ImportPreviewModel.h"
#include "mainwindow/BatchPanel.h"
#include "mainwindow/MainWindow.h"
#include "Simulator.h"
#include "TestPhones.h"
#include "widgets/AppContext.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QPixmap>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

class TestImportModes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void deleteListAsksThenDeletesOnlyThose();
    void addOrUpdateUpdatesWhatExists();
    void undoFromTheBatchPanelAndTheHistory();

private:
    // Opens the import dialog on `csv` with `mode` and goes to its send page.
    ImportDialog *openList(const QByteArray &csv, ImportMode mode);
    QJsonObject stored(const QString &extension) const;
    void addPhones(const QStringList &extensions);

    std::unique_ptr<DesktopApp> m_app;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestImportModes::init()
{
    m_app = std::make_unique<DesktopApp>();
    QString error;
    QVERIFY2(m_app->startDemo(true, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(*m_app->context());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestImportModes::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_window.reset();
    m_app.reset();
}

void TestImportModes::addPhones(const QStringList &extensions)
{
    ProvisioningService &service = m_app->context()->service();
    for (const QString &extension : extensions)
        QVERIFY(service.submit(test::makePhone(extension)) > 0);
    QTRY_VERIFY(service.isIdle());
}

QJsonObject TestImportModes::stored(const QString &extension) const
{
    for (const QJsonValue &value : m_app->simulator()->phones()) {
        if (value.toObject().value(u"extension"_s).toString() == extension)
            return value.toObject();
    }
    return {};
}

ImportDialog *TestImportModes::openList(const QByteArray &csv, ImportMode mode)
{
    const QString path = m_dir.filePath(u"list.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return nullptr;
    file.write(csv);
    file.close();
    m_window->findChild<QAction *>(u"actionImportList"_s)->trigger();
    auto *dialog = m_window->findChild<ImportDialog *>();
    if (!dialog)
        return nullptr;
    dialog->openFile(path);
    auto *next = dialog->findChild<QPushButton *>(u"nextPushButton"_s);
    if (!QTest::qWaitFor([&] { return !dialog->isBusy() && next->isEnabled(); }, 10000))
        return nullptr;
    QTest::mouseClick(next, Qt::LeftButton); // to the columns
    auto *modes = dialog->findChild<QComboBox *>(u"modeComboBox"_s);
    modes->setCurrentIndex(modes->findData(importModeKey(mode)));
    QTest::mouseClick(next, Qt::LeftButton); // check the rows: the preview
    if (!QTest::qWaitFor([&] { return dialog->currentStep() == ImportDialog::PreviewStep; }, 10000))
        return nullptr;
    return dialog;
}

void TestImportModes::deleteListAsksThenDeletesOnlyThose()
{
    addPhones({u"7301"_s, u"7302"_s, u"7303"_s});
    const int addsBefore = m_app->simulator()->stats().perFunction.value(u"add_phone"_s);
    // Extra columns are ignored; 7399 is not on the server.
    ImportDialog *dialog = openList("extension,server_ip,phone_full_name\r\n"
                                    "7301,10.10.10.15,Left in May\r\n"
                                    "7302,10.10.10.15,\r\n"
                                    "7399,10.10.10.15,Never here\r\n",
                                    ImportMode::Delete);
    QVERIFY(dialog);
    ImportPreviewModel *preview = dialog->previewModel();
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->readyCount(), 3);
    QCOMPARE(preview->index(0, ImportPreviewModel::StatusColumn).data().toString(),
             ImportPipeline::tr("Delete"));
    // The preview as the admin sees it, kept on request (VP_SCREENSHOT_DIR).
    QCoreApplication::processEvents();
    const QPixmap picture = dialog->grab();
    QVERIFY(!picture.isNull());
    if (const QByteArray dir = qgetenv("VP_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(picture.save(QString::fromLocal8Bit(dir) + u"/import-delete-preview.png"_s));
    auto *next = dialog->findChild<QPushButton *>(u"nextPushButton"_s);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(dialog->currentStep(), ImportDialog::SendStep);

    // Declined: nothing is sent.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"sendPushButton"_s), Qt::LeftButton);
    const QString question = MessageBox::lastText();
    QVERIFY2(question.contains(u"Delete 3 phone"_s), qPrintable(question));
    QVERIFY2(question.contains(m_app->context()->system().displayName()), qPrintable(question));
    QTest::qWait(100);
    QCOMPARE(m_app->simulator()->phones().size(), 3);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"sendPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->currentBatch().isValid() && m_window->currentBatch().isDone(), 20000);
    QCOMPARE(m_app->simulator()->phones().size(), 1);
    QVERIFY(!stored(u"7303"_s).isEmpty());
    QCOMPARE(m_app->simulator()->stats().perFunction.value(u"add_phone"_s), addsBefore);
    QCOMPARE(m_window->currentBatch().total(), 3);
    QVERIFY2(m_window->currentBatch().summaryText().contains(u"2 done"_s),
             qPrintable(m_window->currentBatch().summaryText()));

    BatchJournal &journal = m_window->batchPanel()->journal();
    const QString batchId = m_window->currentBatch().batchId();
    QVERIFY(journal.batch(batchId)->label.contains(u"list.csv"_s));
    for (const BatchPlanRow &row : journal.plan(batchId))
        QCOMPARE(row.kind, Operation::Kind::DeletePhone);
    const BatchProgress progress = journal.progress(batchId);
    QCOMPARE(progress.count(BatchRowState::Added), 2);          // deleted
    QCOMPARE(progress.count(BatchRowState::AlreadyExisted), 1); // 7399: nothing to delete
    QVERIFY(!progress.hasWorkLeft());
}

void TestImportModes::addOrUpdateUpdatesWhatExists()
{
    addPhones({u"7401"_s});
    ImportDialog *dialog = openList("extension,server_ip,phone_full_name,phone_login,phone_pass,"
                                    "registration_password,outbound_cid\r\n"
                                    "7401,10.10.10.15,Ana Lopez,ag7401,NewPw7401,NewRg7401,"
                                    "3125550100\r\n"
                                    "7402,10.10.10.15,Bruno,ag7402,PwBru7402,RgBru7402,"
                                    "3125550100\r\n",
                                    ImportMode::AddOrUpdate);
    QVERIFY(dialog);
    ImportPreviewModel *preview = dialog->previewModel();
    QCOMPARE(preview->readyCount(), 2);
    QCOMPARE(preview->index(0, ImportPreviewModel::StatusColumn).data().toString(),
             ImportPipeline::tr("Update (added earlier)"));
    QCOMPARE(preview->index(1, ImportPreviewModel::StatusColumn).data().toString(),
             ImportPipeline::tr("Add, or update if it exists"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"nextPushButton"_s), Qt::LeftButton);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"sendPushButton"_s), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(u"Add or update 2 phone"_s),
             qPrintable(MessageBox::lastText()));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->currentBatch().isValid() && m_window->currentBatch().isDone(), 20000);
    QCOMPARE(stored(u"7401"_s).value(u"fullname"_s).toString(), u"Ana Lopez"_s);
    QCOMPARE(stored(u"7401"_s).value(u"pass"_s).toString(), u"NewPw7401"_s);
    QCOMPARE(stored(u"7402"_s).value(u"fullname"_s).toString(), u"Bruno"_s);
    QCOMPARE(m_window->currentBatch().failed(), 0);
    QCOMPARE(m_app->simulator()->stats().maxConcurrentSameExtension, 1);
}

// "Undo batch…" in the batch panel (the batch just run) and in the history
// window (the selected attempt's batch): the plan is shown, the deletes run
// as a batch of their own, and only that batch's phones go.
void TestImportModes::undoFromTheBatchPanelAndTheHistory()
{
    addPhones({u"7500"_s}); // not in any batch: stays
    m_window->sendImportedPhones({test::makePhone(u"7501"_s), test::makePhone(u"7502"_s)}, {2, 3},
                                 u"first-batch"_s, u"first.csv"_s, false);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentBatch().isDone(), 20000);
    auto *panelUndo = m_window->findChild<QPushButton *>(u"undoBatchPanelPushButton"_s);
    QVERIFY(panelUndo->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(panelUndo, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(u"first-batch"_s), qPrintable(MessageBox::lastText()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentBatch().batchId() != u"first-batch"_s &&
                                 m_window->currentBatch().isDone(),
                             20000);
    QVERIFY(stored(u"7501"_s).isEmpty());
    QVERIFY(stored(u"7502"_s).isEmpty());
    QVERIFY(!stored(u"7500"_s).isEmpty());
    // An undo adds nothing: it cannot itself be undone from the panel.
    QVERIFY(!panelUndo->isEnabled());

    m_window->sendImportedPhones({test::makePhone(u"7601"_s)}, {2}, u"second-batch"_s,
                                 u"second.csv"_s, false);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentBatch().batchId() == u"second-batch"_s &&
                                 m_window->currentBatch().isDone(),
                             20000);
    m_window->findChild<QAction *>(u"actionShowHistory"_s)->trigger();
    HistoryWindow *history = m_window->historyWindow();
    QVERIFY(history);
    auto *table = history->findChild<QTableView *>(u"historyTableView"_s);
    int row = -1;
    for (int r = 0; r < table->model()->rowCount() && row < 0; ++r) {
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            if (table->model()->index(r, c).data().toString() == u"7601"_s)
                row = r;
        }
    }
    QVERIFY(row >= 0);
    table->selectRow(row);
    auto *historyUndo = history->findChild<QPushButton *>(u"undoBatchPushButton"_s);
    QTRY_VERIFY(historyUndo->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(historyUndo, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(u"second-batch"_s),
             qPrintable(MessageBox::lastText()));
    QTRY_VERIFY_WITH_TIMEOUT(stored(u"7601"_s).isEmpty(), 20000);
    QVERIFY(!stored(u"7500"_s).isEmpty());
}

QTEST_MAIN(TestImportModes)
#include "TestImportModes.moc"
