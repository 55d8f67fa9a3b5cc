// Drives the import dialog the way an admin does: paste, map, fix a cell,
// dry run, send; and the inputs that must give a message instead of a crash.
#include "import/ColumnMappingModel.h"
#include "import/CsvReader.h"
#include "import/ImportDialog.h"
#include "import/ImportPreviewModel.h"
#include "Simulator.h"
#include "widgets/AppContext.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include "config/Translations.h"
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>

#include <QApplication>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pasteMapFixDryRunAndSend();
    void badInputGivesMessage_data();
    void badInputGivesMessage();
    void hugeFileIsRefusedAtOnce();
    void oneColumnFileMapsExtensions();
    void mixedFileShowsProblemsAndServerForm();
    void generatorMakesPerServerLogins();
    void templateRoundTrips();
    void handoutIsOwnerOnly();
    void screenshots();

private:
    template<typename T>
    T *child(const char *name)
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    QString dataFile(const char *name) const
    {
        return QString::fromUtf8(VP_TEST_DATA_DIR "/import/") + QLatin1String(name);
    }
    void clickNext() { QTest::mouseClick(child<QPushButton>("nextPushButton"), Qt::LeftButton); }
    void grab(const QString &name);

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<ImportDialog> m_dialog;
    std::unique_ptr<QAbstractItemModelTester> m_mappingTester;
    std::unique_ptr<QAbstractItemModelTester> m_previewTester;
    QTemporaryDir m_dir;
};

void TestImportDialog::init()
{
    m_sim = std::make_unique<sim::Simulator>();
    QVERIFY2(m_sim->listen(0, QHostAddress::LocalHost), qPrintable(m_sim->errorString()));
    auto history = std::make_unique<HistoryStore>();
    QVERIFY(history->openInMemory());
    m_context = std::make_unique<AppContext>(Settings::createTemporary(), std::move(history),
                                             std::make_unique<MemorySecretStore>());
    Settings &settings = m_context->settings();
    settings.setValue(SettingKey::ServerUrl, m_sim->baseUrl().toString());
    settings.setValue(SettingKey::ApiUser, u"apiadmin"_s);
    settings.setValue(SettingKey::DefaultServerIp, u"10.10.10.15"_s);
    settings.setValue(SettingKey::LastImportDirectory, m_dir.path());
    m_context->setApiPassword(u"Secret123"_s);
    m_dialog = std::make_unique<ImportDialog>(*m_context);
    m_mappingTester = std::make_unique<QAbstractItemModelTester>(
        m_dialog->mappingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_previewTester = std::make_unique<QAbstractItemModelTester>(
        m_dialog->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_dialog->resize(1100, 640);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestImportDialog::cleanup()
{
    m_previewTester.reset();
    m_mappingTester.reset();
    m_dialog.reset();
    m_context.reset();
    m_sim.reset();
}

void TestImportDialog::grab(const QString &name)
{
    // The dialog renders at every step; the pictures are kept only on request.
    QCoreApplication::processEvents();
    const QPixmap picture = m_dialog->grab();
    QVERIFY(!picture.isNull());
    QVERIFY(picture.width() >= m_dialog->minimumSizeHint().width());
    const QByteArray dir = qgetenv("VP_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(picture.save(QString::fromLocal8Bit(dir) + u'/' + name));
}

void TestImportDialog::pasteMapFixDryRunAndSend()
{
    child<QTabWidget>("sourceTabWidget")->setCurrentWidget(child<QWidget>("pasteTab"));
    // As Excel copies it: tab-separated, CRLF, one letter in a name that a
    // server in latin mode cannot keep.
    child<QPlainTextEdit>("pasteTextEdit")
        ->setPlainText(u"Extension\tFull Name\tLogin\tOutbound CID\r\n"
                       "1001\tAgent One\tag1001\t3125551212\r\n"
                       "1002\tAgent Tw\u03a9\tag1002\t3125551212\r\n"_s);
    QTRY_VERIFY(child<QPushButton>("nextPushButton")->isEnabled());
    QVERIFY(child<QLabel>("detectedLabel")->text().contains(u"tab"_s));
    QVERIFY(child<QLabel>("detectedLabel")->text().contains(u"header"_s));

    clickNext();
    QCOMPARE(m_dialog->currentStep(), ImportDialog::ColumnsStep);
    const ColumnMappingModel *mapping = m_dialog->mappingModel();
    QCOMPARE(mapping->rowCount(), 4);
    const auto fieldOf = [mapping](int row) {
        return mapping->index(row, ColumnMappingModel::FieldColumn).data(Qt::EditRole).toInt();
    };
    QCOMPARE(fieldOf(0), fieldIndex(PhoneField::Extension));
    QCOMPARE(fieldOf(1), fieldIndex(PhoneField::PhoneFullName));
    QCOMPARE(fieldOf(2), fieldIndex(PhoneField::PhoneLogin));
    QCOMPARE(fieldOf(3), fieldIndex(PhoneField::OutboundCid));
    grab(u"import-2-columns.png"_s);

    clickNext();
    QTRY_COMPARE(m_dialog->currentStep(), ImportDialog::PreviewStep);
    ImportPreviewModel *preview = m_dialog->previewModel();
    QCOMPARE(preview->rowCount(), 2);
    QCOMPARE(preview->blockedCount(), 1);
    QVERIFY(!preview->isBlocked(0));
    QVERIFY(preview->isBlocked(1));
    const int nameColumn = ImportPreviewModel::columnOf(PhoneField::PhoneFullName);
    auto *view = child<QTableView>("previewTableView");
    const QModelIndex bad = view->model()->index(1, nameColumn);
    QVERIFY(bad.data(Qt::ToolTipRole).toString().contains(u"\u03a9"_s));
    QVERIFY(bad.data(Qt::BackgroundRole).isValid());
    QVERIFY(child<QLabel>("previewSummaryLabel")->text().contains(u"1 with problems"_s));
    // Passwords were generated and are never shown.
    const QModelIndex pass =
        view->model()->index(0, ImportPreviewModel::columnOf(PhoneField::PhonePass));
    QVERIFY(!pass.data(Qt::EditRole).toString().isEmpty());
    QVERIFY(!pass.data(Qt::DisplayRole).toString().contains(pass.data(Qt::EditRole).toString()));
    grab(u"import-3-preview.png"_s);

    // Fix the cell in place, the way the delegate commits an edit.
    QVERIFY(view->model()->setData(bad, u"Agent Two"_s));
    QCOMPARE(preview->blockedCount(), 0);
    QVERIFY(!bad.data(Qt::BackgroundRole).isValid());

    clickNext();
    QCOMPARE(m_dialog->currentStep(), ImportDialog::SendStep);
    QTest::mouseClick(child<QPushButton>("dryRunPushButton"), Qt::LeftButton);
    QVERIFY(m_dialog->dryRunText().contains(u"nothing was sent"_s));
    // The fields as sent, one a line, passwords masked; not the encoded request.
    QVERIFY2(m_dialog->dryRunText().contains(u"Full name (phone_full_name): Agent Two"_s),
             qPrintable(m_dialog->dryRunText()));
    QVERIFY(!m_dialog->dryRunText().contains(u"phone_login=ag1002"_s));
    QVERIFY(!m_dialog->dryRunText().contains(u"Secret123"_s));
    const QString generatedPass = preview->row(1).phone.value(PhoneField::PhonePass);
    QVERIFY(!m_dialog->dryRunText().contains(generatedPass));
    QVERIFY(m_dialog->dryRunText().contains(u"Login password (phone_pass): \u25CF"_s));
    // The exact request, redacted, is one click away.
    QTest::mouseClick(child<QCheckBox>("exactRequestsCheckBox"), Qt::LeftButton);
    QVERIFY(m_dialog->dryRunText().contains(u"phone_login=ag1002"_s));
    QVERIFY(m_dialog->dryRunText().contains(u"phone_full_name=Agent%20Two"_s));
    QVERIFY(!m_dialog->dryRunText().contains(u"Secret123"_s));
    QVERIFY(!m_dialog->dryRunText().contains(generatedPass));
    QTest::qWait(200); // anything sent would have reached the simulator by now
    QCOMPARE(m_sim->stats().totalRequests, 0);
    grab(u"import-4-send.png"_s);

    QSignalSpy spy(m_dialog.get(), &ImportDialog::sendRequested);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>("sendPushButton"), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    const auto phones = spy.first().at(0).value<QList<PhoneRecord>>();
    const auto lines = spy.first().at(1).value<QList<int>>();
    const QString batchId = spy.first().at(2).toString();
    QCOMPARE(phones.size(), 2);
    QCOMPARE(lines, (QList<int>{2, 3}));
    QVERIFY(!batchId.isEmpty());
    QCOMPARE(phones[1].value(PhoneField::PhoneFullName), u"Agent Two"_s);
    QCOMPARE(phones[1].serverIp(), u"10.10.10.15"_s);
    QCOMPARE(phones[1].value(PhoneField::DialplanNumber), u"1002"_s);
    for (const PhoneRecord &phone : phones)
        QVERIFY(PhoneRules::isValid(phone));
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_sim->stats().totalRequests, 0); // sending is the main window's job

    // The payload is what the service accepts: the simulator creates both.
    m_context->service().submitBatch(phones, batchId);
    QTRY_COMPARE(m_sim->stats().phonesInserted, 2);
}

void TestImportDialog::badInputGivesMessage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("binary file") << u"binary.png"_s << u"binary"_s;
    QTest::newRow("empty file") << u"empty.csv"_s << u"empty"_s;
    QTest::newRow("missing file") << u"no-such-file.csv"_s << u"Cannot open"_s;
}

void TestImportDialog::badInputGivesMessage()
{
    QFETCH(QString, file);
    QFETCH(QString, messagePart);
    m_dialog->openFile(dataFile(file.toLatin1().constData()));
    auto *label = child<QLabel>("sourceMessageLabel");
    QTRY_VERIFY(!m_dialog->isBusy() && !label->text().isEmpty());
    QVERIFY2(label->text().contains(messagePart, Qt::CaseInsensitive), qPrintable(label->text()));
    QVERIFY(!child<QPushButton>("nextPushButton")->isEnabled());
}

void TestImportDialog::hugeFileIsRefusedAtOnce()
{
    QFile big(m_dir.filePath(u"huge.csv"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(200ll * 1024 * 1024)); // sparse: no disk used
    big.close();
    QElapsedTimer timer;
    timer.start();
    m_dialog->openFile(big.fileName());
    auto *label = child<QLabel>("sourceMessageLabel");
    QTRY_VERIFY(!label->text().isEmpty());
    QVERIFY2(label->text().contains(u"200.0 MB"_s), qPrintable(label->text()));
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(!child<QPushButton>("nextPushButton")->isEnabled());
}

void TestImportDialog::oneColumnFileMapsExtensions()
{
    m_dialog->openFile(dataFile("one-column.csv"));
    QTRY_VERIFY(child<QPushButton>("nextPushButton")->isEnabled());
    QVERIFY(child<QLabel>("sourceMessageLabel")->text().contains(u"one column"_s));
    clickNext();
    QCOMPARE(m_dialog->mappingModel()
                 ->index(0, ColumnMappingModel::FieldColumn)
                 .data(Qt::EditRole)
                 .toInt(),
             fieldIndex(PhoneField::Extension));
    // Outbound caller ID has no column and no default yet: said before the preview.
    QVERIFY(
        child<QLabel>("mappingMessageLabel")->text().contains(fieldLabel(PhoneField::OutboundCid)));
    child<QLineEdit>("outboundCidLineEdit")->setText(u"3125551212"_s);
    // Nothing is missing now; what is left says where the passwords come from.
    const QString message = child<QLabel>("mappingMessageLabel")->text();
    QVERIFY2(!message.contains(fieldLabel(PhoneField::OutboundCid)), qPrintable(message));
    QVERIFY2(message.contains(u"Login password: generated for every row"_s), qPrintable(message));
    clickNext();
    QTRY_COMPARE(m_dialog->currentStep(), ImportDialog::PreviewStep);
    QCOMPARE(m_dialog->previewModel()->rowCount(), 3);
    QCOMPARE(m_dialog->previewModel()->readyCount(), 3);
    QCOMPARE(m_dialog->previewModel()->row(2).phone.value(PhoneField::PhoneFullName),
             u"Agent 1003"_s);
}

void TestImportDialog::mixedFileShowsProblemsAndServerForm()
{
    m_dialog->openFile(dataFile("mixed.csv"));
    QTRY_VERIFY(child<QPushButton>("nextPushButton")->isEnabled());
    clickNext();
    clickNext();
    QTRY_COMPARE(m_dialog->currentStep(), ImportDialog::PreviewStep);
    ImportPreviewModel *preview = m_dialog->previewModel();
    QCOMPARE(preview->rowCount(), 3);
    // "-5" is sent as -5.00; "+1 (312) 555-1212" as digits.
    QCOMPARE(preview->sentValue(0, PhoneField::LocalGmt), u"-5.00"_s);
    QCOMPARE(preview->sentValue(0, PhoneField::OutboundCid), u"13125551212"_s);
    const QModelIndex gmt = preview->index(0, ImportPreviewModel::columnOf(PhoneField::LocalGmt));
    QVERIFY(gmt.data(Qt::ToolTipRole).toString().contains(u"-5.00"_s));
    // Row 2's full name is a label: its apostrophe and quotes are dropped
    // visibly, as the server would, not refused. Row 3 repeats extension 3001.
    QVERIFY(!preview->isBlocked(1));
    QCOMPARE(preview->sentValue(1, PhoneField::PhoneFullName), u"OBrien Bo"_s);
    const QModelIndex name =
        preview->index(1, ImportPreviewModel::columnOf(PhoneField::PhoneFullName));
    QVERIFY2(name.data(Qt::ToolTipRole).toString().contains(u"Sent as \"OBrien Bo\""_s),
             qPrintable(name.data(Qt::ToolTipRole).toString()));
    QVERIFY(preview->isBlocked(2));
    QCOMPARE(preview->row(2).duplicateOfLine, 2);
    const auto counts = preview->problemCounts();
    QVERIFY(counts.value(u"duplicate in the list"_s) == 1);
    // Removing the first row clears the duplicate mark of the last.
    QVERIFY(preview->removeRows(0, 1));
    QCOMPARE(preview->row(1).duplicateOfLine, 0);
    QVERIFY(!preview->isBlocked(1));
}

void TestImportDialog::generatorMakesPerServerLogins()
{
    child<QTabWidget>("sourceTabWidget")->setCurrentWidget(child<QWidget>("generatorTab"));
    child<QSpinBox>("firstSpinBox")->setValue(1001);
    child<QSpinBox>("lastSpinBox")->setValue(1020);
    child<QPlainTextEdit>("serverIpsPlainTextEdit")->setPlainText(u"10.10.10.15\n10.10.10.16"_s);
    QVERIFY(child<QLabel>("generatorSummaryLabel")->text().contains(u"40 phone"_s));
    // The server requires a caller ID: asked for here, before any preview.
    QVERIFY(
        child<QLabel>("generatorSummaryLabel")->text().contains(u"Outbound caller ID: required"_s));
    QVERIFY(!child<QPushButton>("nextPushButton")->isEnabled());
    child<QLineEdit>("callerIdLineEdit")->setText(u"555-CALL"_s);
    QVERIFY(!child<QPushButton>("nextPushButton")->isEnabled());
    child<QLineEdit>("callerIdLineEdit")->setText(u"+1 (312) 555-1212"_s);
    QVERIFY(child<QPushButton>("nextPushButton")->isEnabled());
    grab(u"import-1-generator.png"_s);
    clickNext();
    QCOMPARE(m_dialog->currentStep(), ImportDialog::ColumnsStep);
    // Nothing the server requires is missing, and the passwords' source is said.
    const QString message = child<QLabel>("mappingMessageLabel")->text();
    QVERIFY2(!message.contains(u"No value"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Registration password: generated with the range"_s),
             qPrintable(message));
    clickNext();
    QTRY_COMPARE(m_dialog->currentStep(), ImportDialog::PreviewStep);
    ImportPreviewModel *preview = m_dialog->previewModel();
    QCOMPARE(preview->rowCount(), 40);
    QCOMPARE(preview->readyCount(), 40);
    QCOMPARE(preview->row(0).phone.login(), u"1001a"_s);
    QCOMPARE(preview->row(20).phone.login(), u"1001b"_s);
    QCOMPARE(preview->row(20).phone.value(PhoneField::PhoneFullName), u"Agent 1001"_s);
    QCOMPARE(preview->sentValue(39, PhoneField::OutboundCid), u"13125551212"_s);

    // Too many is refused before anything is built.
    child<QPushButton>("backPushButton")->click();
    child<QPushButton>("backPushButton")->click();
    child<QSpinBox>("lastSpinBox")->setValue(9000);
    QVERIFY(child<QLabel>("generatorSummaryLabel")->text().contains(u"at most"_s));
    QVERIFY(!child<QPushButton>("nextPushButton")->isEnabled());
}

void TestImportDialog::templateRoundTrips()
{
    const QString path = m_dir.filePath(u"phones.csv"_s);
    FileDialog::setNextFileName(path);
    child<QPushButton>("templatePushButton")->click();
    QVERIFY(QFile::exists(path));
    QVERIFY(QFile::exists(m_dir.filePath(u"phones-fields.csv"_s)));
    const CsvTable table = CsvReader::readFile(path);
    QVERIFY2(table.ok(), qPrintable(table.error));
    QCOMPARE(table.rows.size(), 2);
    const ColumnMapping mapping = ColumnMapping::fromHeader(table.header);
    for (const PhoneFieldInfo &info : phoneFields())
        QVERIFY2(mapping.isMapped(info.field), info.apiName);
    QVERIFY(mapping.activeColumn >= 0);
    const CsvTable guide = CsvReader::readFile(m_dir.filePath(u"phones-fields.csv"_s));
    QCOMPARE(guide.rows.size(), PhoneFieldCount + 1);

    m_dialog->openFile(path);
    QTRY_VERIFY(child<QPushButton>("nextPushButton")->isEnabled());
    clickNext();
    clickNext();
    QTRY_COMPARE(m_dialog->currentStep(), ImportDialog::PreviewStep);
    QCOMPARE(m_dialog->previewModel()->readyCount(), 2);
}

void TestImportDialog::handoutIsOwnerOnly()
{
    child<QTabWidget>("sourceTabWidget")->setCurrentWidget(child<QWidget>("generatorTab"));
    child<QSpinBox>("lastSpinBox")->setValue(1003);
    child<QLineEdit>("callerIdLineEdit")->setText(u"3125551212"_s);
    clickNext();
    clickNext();
    QTRY_COMPARE(m_dialog->currentStep(), ImportDialog::PreviewStep);
    clickNext();
    const QString path = m_dir.filePath(u"handout.csv"_s);
    // Declining the warning writes nothing.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    child<QPushButton>("handoutPushButton")->click();
    QVERIFY(!QFile::exists(path));
    MessageBox::setNextAnswer(QMessageBox::Save);
    FileDialog::setNextFileName(path);
    child<QPushButton>("handoutPushButton")->click();
    QVERIFY(QFile::exists(path));
    // 0600: nothing for group and others (Qt's 0x00ff bits), read+write for the owner.
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    QCOMPARE(int(permissions & 0x00ff), 0);
    QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QString pass = m_dialog->previewModel()->row(0).phone.value(PhoneField::PhonePass);
    QVERIFY(!pass.isEmpty());
    QVERIFY(text.contains(pass));
    QCOMPARE(m_sim->stats().totalRequests, 0);
}

void TestImportDialog::screenshots()
{
    m_dialog->openFile(dataFile("mixed.csv"));
    QTRY_VERIFY(child<QPushButton>("nextPushButton")->isEnabled());
    grab(u"import-1-source.png"_s);
    clickNext();
    clickNext();
    QTRY_COMPARE(m_dialog->currentStep(), ImportDialog::PreviewStep);
    grab(u"import-3-preview-problems.png"_s);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // As the program does: the English catalog gives the plural forms.
    Translations::install(u"en"_s);
    TestImportDialog test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestImportDialog.moc"
