// What a new admin tripped over in the import (issue 13), driven as they did:
// a 20-row list with a duplicate and an already-added row, a retry, a
// generated range, passwords from one column, a wide preview, the file box,
// and where file dialogs start.
#include "config/Translations.h"
#include "DesktopApp.h"
#include "import/ColumnMappingModel.h"
#include "import/ImportDialog.h"
#include "import/ImportPreviewModel.h"
#include "mainwindow/BatchRun.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/PhoneModel.h"
#include "Simulator.h"
#include "widgets/AppContext.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vp;
using namespace Qt::StringLiterals;

class TestImportUsability : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyInputRowIsCountedAndReported();
    void summaryCountsEachRowOnce();
    void retryKeepsTheBatchTotals();
    void statusCountsEveryProblem();
    void oneColumnFillsBothPasswordsAndGeneratedCellsAreMarked();
    void previewKeepsLineStatusAndExtensionInSight();
    void onlyProblemsShowsTheFirstProblem();
    void typedFilePathIsRead();
    void fileDialogsStartNextToTheLastFile();

private:
    template<typename T>
    T *child(const char *name)
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void openDialog();
    void clickNext() { QTest::mouseClick(child<QPushButton>("nextPushButton"), Qt::LeftButton); }
    void paste(const QString &text);
    void toPreview();
    QString writeFile(const QString &name, const QByteArray &bytes);
    QByteArray exportReport();

    std::unique_ptr<DesktopApp> m_app;
    std::unique_ptr<MainWindow> m_window;
    QPointer<ImportDialog> m_dialog;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTemporaryDir m_dir;
};

void TestImportUsability::init()
{
    m_app = std::make_unique<DesktopApp>();
    QString error;
    QVERIFY2(m_app->startDemo(true, &error), qPrintable(error));
    m_app->context()->settings().setValue(SettingKey::LastImportDirectory, QString());
    m_window = std::make_unique<MainWindow>(*m_app->context());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestImportUsability::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_tester.reset();
    delete m_dialog;
    m_window.reset();
    m_app.reset();
}

void TestImportUsability::openDialog()
{
    m_dialog = new ImportDialog(*m_app->context(), m_window.get());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ImportDialog::sendRequested, m_window.get(),
            &MainWindow::sendImportedPhones);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_dialog->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_dialog->resize(1000, 600);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestImportUsability::paste(const QString &text)
{
    child<QTabWidget>("sourceTabWidget")->setCurrentWidget(child<QWidget>("pasteTab"));
    child<QPlainTextEdit>("pasteTextEdit")->setPlainText(text);
    QTRY_VERIFY(child<QPushButton>("nextPushButton")->isEnabled());
}

void TestImportUsability::toPreview()
{
    QTRY_VERIFY(child<QPushButton>("nextPushButton")->isEnabled());
    if (m_dialog->currentStep() == ImportDialog::SourceStep)
        clickNext();
    QCOMPARE(m_dialog->currentStep(), ImportDialog::ColumnsStep);
    clickNext();
    QTRY_COMPARE(m_dialog->currentStep(), ImportDialog::PreviewStep);
}

QString TestImportUsability::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray TestImportUsability::exportReport()
{
    const QString path =
        m_dir.filePath(u"report-%1.csv"_s.arg(QDateTime::currentMSecsSinceEpoch()));
    FileDialog::setNextFileName(path);
    auto *button = m_window->findChild<QPushButton *>(u"exportReportPushButton"_s);
    if (!button || !button->isEnabled())
        return {};
    QTest::mouseClick(button, Qt::LeftButton);
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

namespace {
// A spreadsheet export of 20 phones (lines 2-21): line 12 repeats line 5's
// extension, line 21 was added earlier (by the batch sent first).
QString twentyRows()
{
    QString text = u"Extension\tFull Name\tOutbound CID\tPassword\tSIP password\n"_s;
    for (int line = 2; line <= 21; ++line) {
        const int extension = line == 12 ? 8105 : 8100 + line;
        text += u"%1\tAgent %2\t3125550100\tPw%1x\tRg%1y\n"_s.arg(extension).arg(line);
    }
    return text;
}
} // namespace

void TestImportUsability::everyInputRowIsCountedAndReported()
{
    // Extension 8121 (line 21) is on the server already, added by this app.
    PhoneRecord earlier;
    earlier.setValue(PhoneField::Extension, u"8121"_s);
    earlier.setValue(PhoneField::DialplanNumber, u"8121"_s);
    earlier.setValue(PhoneField::VoicemailId, u"8121"_s);
    earlier.setValue(PhoneField::PhoneLogin, u"8121"_s);
    earlier.setValue(PhoneField::PhonePass, u"Pw8121x"_s);
    earlier.setValue(PhoneField::RegistrationPassword, u"Rg8121y"_s);
    earlier.setValue(PhoneField::PhoneFullName, u"Agent 21"_s);
    earlier.setValue(PhoneField::ServerIp, u"10.10.10.15"_s);
    earlier.setValue(PhoneField::Protocol, u"SIP"_s);
    earlier.setValue(PhoneField::LocalGmt, u"-5.00"_s);
    earlier.setValue(PhoneField::OutboundCid, u"3125550100"_s);
    m_window->sendImportedPhones({earlier}, {1}, u"batch-earlier"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentBatch().isDone(), 20000);
    QCOMPARE(m_window->currentBatch().added(), 1);

    openDialog();
    paste(twentyRows());
    toPreview();
    ImportPreviewModel *preview = m_dialog->previewModel();
    QCOMPARE(preview->rowCount(), 20);
    QCOMPARE(preview->readyCount(), 18);
    QSignalSpy spy(m_dialog.data(), &ImportDialog::sendRequested);
    clickNext();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>("sendPushButton"), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    const auto skipped = spy.first().at(5).value<QList<BatchSkippedRow>>();
    QCOMPARE(skipped.size(), 2);
    QCOMPARE(skipped[0].sourceLine, 12);
    QCOMPARE(skipped[0].reason, u"duplicate"_s);
    QCOMPARE(skipped[1].sourceLine, 21);
    QCOMPARE(skipped[1].reason, u"already_added"_s);

    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentBatch().isDone(), 30000);
    QCOMPARE(m_window->currentBatch().added(), 18);
    QCOMPARE(m_window->currentBatch().skipped(), 2);
    // The panel's summary counts all 20: 18 added, 2 not sent, with their lines.
    const QString summary = m_window->findChild<QLabel *>(u"batchStatusLabel"_s)->text();
    QVERIFY2(summary.contains(u"18 added"_s), qPrintable(summary));
    // (The plural forms come with the catalogs; the count is said either way.)
    QVERIFY2(summary.contains(u"2 row"_s) && summary.contains(u"of the list not sent"_s),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"lines 12, 21"_s), qPrintable(summary));

    // The report has a line for every input row, in file order, and the
    // notice counts the skipped ones.
    const QByteArray report = exportReport();
    const QList<QByteArray> lines = report.trimmed().split('\n');
    QCOMPARE(lines.size(), 21); // header + 20 rows
    QVERIFY2(lines[11].startsWith("12,8105,") && lines[11].contains(",no,duplicate,"),
             lines[11].constData());
    QVERIFY2(lines[20].startsWith("21,8121,") && lines[20].contains(",no,already_added,"),
             lines[20].constData());
    QVERIFY(!report.contains("Pw81"));
    QVERIFY(!report.contains("Rg81"));
    const QString notice = m_window->findChild<QLabel *>(u"noticeLabel"_s)->text();
    QVERIFY2(notice.contains(u"added 18"_s) && notice.contains(u"skipped 2"_s), qPrintable(notice));
}

void TestImportUsability::retryKeepsTheBatchTotals()
{
    // 6 phones, one on a server the cluster does not have.
    openDialog();
    QString text = u"Extension\tFull Name\tOutbound CID\tServer IP\n"_s;
    for (int i = 1; i <= 6; ++i)
        text += u"%1\tAgent %1\t3125550100\t%2\n"_s.arg(8200 + i).arg(i == 3 ? u"10.10.10.99"_s
                                                                             : u"10.10.10.15"_s);
    paste(text);
    toPreview();
    clickNext();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>("sendPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentBatch().isDone(), 30000);
    QCOMPARE(m_window->currentBatch().added(), 5);
    QCOMPARE(m_window->currentBatch().failed(), 1);

    // Fixed (as in the form) and retried: the batch still counts its 6 rows.
    PhoneModel *model = m_window->phoneModel();
    int failedRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->phoneRow(row).status == PhoneStatus::Failed)
            failedRow = row;
    }
    QVERIFY(failedRow >= 0);
    PhoneRecord fixed = model->phoneRow(failedRow).phone;
    fixed.setValue(PhoneField::ServerIp, u"10.10.10.15"_s);
    model->setPhone(failedRow, fixed);
    auto *retry = m_window->findChild<QPushButton *>(u"retryFailedPushButton"_s);
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(m_window->currentBatch().total(), 6);
    QCOMPARE(m_window->currentBatch().remaining(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentBatch().isDone(), 30000);
    QCOMPARE(m_window->currentBatch().added(), 6);
    QCOMPARE(m_window->currentBatch().failed(), 0);
    const QString summary = m_window->findChild<QLabel *>(u"batchStatusLabel"_s)->text();
    QVERIFY2(summary.contains(u"Finished: 6 added"_s), qPrintable(summary));
    const QByteArray report = exportReport();
    QCOMPARE(report.trimmed().split('\n').size(), 7);
    // The fixed row is reported as sent, on the server it was fixed to.
    QCOMPARE(report.count(",yes,added,"), 6);
    QVERIFY(report.contains("\n4,8203,10.10.10.15,"));
}

void TestImportUsability::statusCountsEveryProblem()
{
    openDialog();
    // Line 3: a bad caller ID and the same extension as line 2.
    paste(u"Extension\tFull Name\tOutbound CID\n8301\tAnn\t3125550100\n8301\tBea\t555-CALL\n"_s);
    toPreview();
    const QAbstractItemModel *model = m_dialog->previewModel();
    const QModelIndex status = model->index(1, ImportPreviewModel::StatusColumn);
    // The caller ID, the extension and the login (taken from the extension).
    const QStringList tooltip = status.data(Qt::ToolTipRole).toString().split(u'\n');
    QCOMPARE(tooltip.size(), 3);
    QCOMPARE(status.data().toString(), u"3 problems"_s);
    // A duplicate alone says which line it repeats.
    const QModelIndex first = model->index(0, ImportPreviewModel::StatusColumn);
    QCOMPARE(first.data().toString(), u"Ready"_s);
}

void TestImportUsability::oneColumnFillsBothPasswordsAndGeneratedCellsAreMarked()
{
    openDialog();
    paste(u"Extension\tFull Name\tOutbound CID\tPassword\n"
          "8401\tAnn\t3125550100\tShared8401\n"
          "8402\tBea\t3125550100\t\n"_s);
    clickNext();
    QCOMPARE(m_dialog->currentStep(), ImportDialog::ColumnsStep);
    // Where each password comes from is said before anything is built.
    QString message = child<QLabel>("mappingMessageLabel")->text();
    QVERIFY2(message.contains(u"Login password: from column \"Password\"; empty cells get a "
                              "generated password."_s),
             qPrintable(message));
    QVERIFY2(message.contains(u"Registration password: generated for every row"_s),
             qPrintable(message));
    QVERIFY2(message.contains(u"To use column \"Password\" for both passwords"_s),
             qPrintable(message));
    // One column for both.
    ColumnMappingModel *mapping = m_dialog->mappingModel();
    QVERIFY(mapping->setData(mapping->index(3, ColumnMappingModel::FieldColumn),
                             ColumnMappingModel::BothPasswordsCode));
    QVERIFY(mapping->index(3, ColumnMappingModel::SamplesColumn).data().toString() ==
            u"(hidden)"_s);
    message = child<QLabel>("mappingMessageLabel")->text();
    QVERIFY2(message.contains(u"Registration password: from column \"Password\""_s),
             qPrintable(message));
    toPreview();
    ImportPreviewModel *preview = m_dialog->previewModel();
    QCOMPARE(preview->row(0).phone.value(PhoneField::PhonePass), u"Shared8401"_s);
    QCOMPARE(preview->row(0).phone.value(PhoneField::RegistrationPassword), u"Shared8401"_s);
    // Line 3's empty cell was generated, for both: the cells say so.
    const int pass = ImportPreviewModel::columnOf(PhoneField::PhonePass);
    const int registration = ImportPreviewModel::columnOf(PhoneField::RegistrationPassword);
    QCOMPARE(preview->index(1, pass).data().toString(), u"generated"_s);
    QCOMPARE(preview->index(1, registration).data().toString(), u"generated"_s);
    QVERIFY(preview->index(1, pass).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(preview->index(0, pass).data().toString() != u"generated"_s);
    QVERIFY(!preview->index(0, pass).data().toString().contains(u"Shared"_s));
    QVERIFY(preview->headerData(pass, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(u"generated in 1 row"_s));
    QVERIFY(child<QLabel>("previewSummaryLabel")->text().contains(u"1 login, 1 registration"_s));
    // A generated cell typed over is the user's own.
    QVERIFY(preview->setData(preview->index(1, pass), u"Typed8402"_s));
    QCOMPARE(preview->index(1, pass).data().toString().contains(u"generated"_s), false);
}

void TestImportUsability::previewKeepsLineStatusAndExtensionInSight()
{
    openDialog();
    paste(u"Extension\tFull Name\tOutbound CID\tEmail\n"
          "8501\tAnn\t3125550100\tann@example.com\n"
          "8502\tBea\t3125550100\tbea'x@example.com\n"_s);
    toPreview();
    auto *table = child<QTableView>("previewTableView");
    auto *frozen = child<QTableView>("previewTableViewFrozen");
    // No row numbers beside the file's line numbers.
    QVERIFY(!table->verticalHeader()->isVisible());
    QVERIFY(!frozen->verticalHeader()->isVisible());
    const int extension = ImportPreviewModel::columnOf(PhoneField::Extension);
    for (int column :
         {int(ImportPreviewModel::LineColumn), int(ImportPreviewModel::StatusColumn), extension}) {
        QVERIFY(table->isColumnHidden(column));
        QVERIFY(!frozen->isColumnHidden(column));
    }
    QVERIFY(frozen->isColumnHidden(ImportPreviewModel::columnOf(PhoneField::Email)));
    // Scrolled right to the refused email: line and status still in sight.
    const QModelIndex email =
        table->model()->index(1, ImportPreviewModel::columnOf(PhoneField::Email));
    table->scrollTo(email);
    QCoreApplication::processEvents();
    QVERIFY(table->horizontalScrollBar()->value() > 0);
    QVERIFY(table->viewport()->rect().intersects(table->visualRect(email)));
    const QModelIndex line = frozen->model()->index(1, ImportPreviewModel::LineColumn);
    QVERIFY(frozen->isVisible());
    QVERIFY(frozen->viewport()->rect().contains(frozen->visualRect(line)));
    QCOMPARE(line.data().toInt(), 3);
    // One selection for both parts.
    QCOMPARE(frozen->selectionModel(), table->selectionModel());
}

void TestImportUsability::onlyProblemsShowsTheFirstProblem()
{
    openDialog();
    QString text = u"Extension\tFull Name\tOutbound CID\tEmail\n"_s;
    for (int i = 0; i < 120; ++i)
        text += u"%1\tAgent %1\t3125550100\t%2\n"_s.arg(8600 + i).arg(
            i == 110 ? u"x'y@example.com"_s : u"a@example.com"_s);
    paste(text);
    toPreview();
    auto *table = child<QTableView>("previewTableView");
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
    table->horizontalScrollBar()->setValue(0);
    QVERIFY(table->verticalScrollBar()->value() > 0);
    child<QCheckBox>("onlyProblemsCheckBox")->setChecked(true);
    QCoreApplication::processEvents();
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->verticalScrollBar()->value(), 0);
    // The refused cell of the row shown is in view.
    const QModelIndex email =
        table->model()->index(0, ImportPreviewModel::columnOf(PhoneField::Email));
    QVERIFY(table->viewport()->rect().intersects(table->visualRect(email)));
    QCOMPARE(child<QTableView>("previewTableViewFrozen")->verticalScrollBar()->value(), 0);
}

void TestImportUsability::typedFilePathIsRead()
{
    const QString path = writeFile(u"typed.csv"_s, "Extension,Outbound CID\n8701,3125550100\n");
    openDialog();
    auto *edit = child<QLineEdit>("fileLineEdit");
    QVERIFY(!edit->isReadOnly());
    edit->setFocus();
    QTest::keyClicks(edit, path);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(child<QPushButton>("nextPushButton")->isEnabled());
    QVERIFY(child<QLabel>("detectedLabel")->text().contains(u"1 row"_s));
    // A path that does not exist says so.
    edit->selectAll();
    QTest::keyClicks(edit, m_dir.filePath(u"missing.csv"_s));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(child<QLabel>("sourceMessageLabel")->text().contains(u"missing.csv"_s));
    QVERIFY(!child<QPushButton>("nextPushButton")->isEnabled());
}

void TestImportUsability::fileDialogsStartNextToTheLastFile()
{
    const QString path = writeFile(u"agents.csv"_s, "Extension,Outbound CID\n8801,3125550100\n");
    openDialog();
    m_dialog->openFile(path);
    // The template is offered next to the list just opened, not in home.
    FileDialog::setNextFileName(QString());
    child<QPushButton>("templatePushButton")->click();
    QCOMPARE(FileDialog::lastStartPath(), m_dir.filePath(u"phones.csv"_s));
    FileDialog::setNextFileName(QString());
    child<QPushButton>("browsePushButton")->click();
    QCOMPARE(FileDialog::lastStartPath(), QDir(m_dir.path()).absolutePath());
    // ... and so is the main window's batch report.
    const QString other = QDir(m_dir.path()).filePath(u"reports"_s);
    QVERIFY(QDir().mkpath(other));
    FileDialog::remember(m_app->context()->settings(), other + u"/old-report.csv"_s);
    QCOMPARE(FileDialog::startPath(m_app->context()->settings(), u"x.csv"_s), other + u"/x.csv"_s);
}

// A phone refused because its login is taken did not "already exist": the
// summary once said "5 added. 1 already existed. 2 failed (Login already
// exists: 1, ...). 1 unknown" for 8 rows. Each row is counted once.
void TestImportUsability::summaryCountsEachRowOnce()
{
    BatchRun run(u"b"_s);
    run.addPending(5);
    run.recordOutcome(Outcome::Added);
    run.recordOutcome(Outcome::LoginExists);
    run.recordOutcome(Outcome::AlreadyExistsOnServer);
    run.recordOutcome(Outcome::ServerError);
    run.recordOutcome(Outcome::UnknownServer);
    QCOMPARE(run.added() + run.failed() + run.unknown(), run.total());
    const QString summary = run.summaryText();
    QVERIFY2(summary.startsWith(u"Finished: 1 added."_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"3 failed ("_s), qPrintable(summary));
    QVERIFY2(summary.contains(outcomeTitle(Outcome::LoginExists) + u": 1"_s), qPrintable(summary));
    QVERIFY2(summary.contains(outcomeTitle(Outcome::AlreadyExistsOnServer) + u": 1"_s),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"1 unknown"_s), qPrintable(summary));
    QVERIFY2(!summary.contains(u"already existed"_s), qPrintable(summary));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // As the program does: the English catalog gives the plural forms.
    Translations::install(u"en"_s);
    TestImportUsability test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestImportUsability.moc"
