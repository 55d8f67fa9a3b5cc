#include "import/ImportDialog.h"
#include "ui_ImportDialog.h"

#include "api/ApiRequest.h"
#include "import/BatchReportWriter.h"
#include "import/ColumnMappingModel.h"
#include "import/CsvTemplate.h"
#include "import/GeneratorWidget.h"
#include "import/ImportFieldDelegate.h"
#include "import/ImportPreviewModel.h"
#include "rules/TimeZones.h"
#include "widgets/AppContext.h"
#include "widgets/FileDialog.h"
#include "widgets/FrozenColumns.h"
#include "widgets/MessageBox.h"
#include "widgets/StatusColors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPromise>
#include <QSortFilterProxyModel>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vp {

namespace {
constexpr int kProgressSteps = 1000;
// A message colour for the palette in use when the style is set (a fixed
// dark red is unreadable on a dark theme); converts to the style sheet.
struct MessageStyle
{
    StatusColors::Role role;
    operator QString() const
    {
        return u"color: %1;"_s.arg(StatusColors::text(role, QGuiApplication::palette()).name());
    }
};
const MessageStyle kErrorStyle{StatusColors::Role::Error};
const MessageStyle kWarningStyle{StatusColors::Role::Warning};

ImportProgress promiseProgress(QPromise<CsvTable> *promise)
{
    return [promise](qint64 done, qint64 total) {
        if (total > 0)
            promise->setProgressValue(int(done * kProgressSteps / total));
        return !promise->isCanceled();
    };
}
} // namespace

ImportDialog::ImportDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_mappingModel(new ColumnMappingModel(this))
    , m_previewModel(new ImportPreviewModel(this))
    , m_previewProxy(new QSortFilterProxyModel(this))
    , m_pasteTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setupSourcePage();
    setupColumnsPage();
    setupModeChoice();
    setupPreviewPage();
    connect(m_ui->nextPushButton, &QPushButton::clicked, this, &ImportDialog::next);
    connect(m_ui->backPushButton, &QPushButton::clicked, this, &ImportDialog::back);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->dryRunPushButton, &QPushButton::clicked, this, &ImportDialog::dryRun);
    connect(m_ui->exactRequestsCheckBox, &QCheckBox::toggled, this, [this] {
        if (!m_dryRunText.isEmpty())
            dryRun();
    });
    connect(m_ui->handoutPushButton, &QPushButton::clicked, this, &ImportDialog::saveHandout);
    connect(m_ui->sendPushButton, &QPushButton::clicked, this, &ImportDialog::send);
    goTo(SourceStep);
}

ImportDialog::~ImportDialog()
{
    // The workers hold only copies; stop them and let the pool finish them.
    m_readWatcher.cancel();
    m_buildWatcher.cancel();
    m_readWatcher.waitForFinished();
    m_buildWatcher.waitForFinished();
    // QDialog's destructor hides the dialog after m_ui is gone; the focus
    // leaving the path box then emits editingFinished into a dead form.
    disconnect(m_ui->fileLineEdit, nullptr, this, nullptr);
}

void ImportDialog::setupSourcePage()
{
    m_generator = new GeneratorWidget(m_ui->generatorTab);
    m_generator->setRuleOptions(m_context.ruleOptions());
    m_ui->generatorLayout->addWidget(m_generator);
    const QString defaultIp = m_context.settings().value(SettingKey::DefaultServerIp).toString();
    if (!defaultIp.isEmpty())
        m_generator->setServerIps({defaultIp});

    auto *encodings = m_ui->encodingComboBox;
    encodings->addItem(tr("Detect"), int(TextEncoding::Auto));
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Utf16LE,
                           TextEncoding::Utf16BE, TextEncoding::Windows1252})
        encodings->addItem(TextDecoder::encodingName(e), int(e));
    m_ui->delimiterComboBox->addItem(tr("Detect"), QString());
    for (QChar c : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')})
        m_ui->delimiterComboBox->addItem(CsvReader::delimiterName(c), QString(c));
    m_ui->headerComboBox->addItem(tr("Detect"), -1);
    m_ui->headerComboBox->addItem(tr("First row is the header"), 1);
    m_ui->headerComboBox->addItem(tr("No header row"), 0);
    for (QComboBox *box : {m_ui->encodingComboBox, m_ui->delimiterComboBox, m_ui->headerComboBox})
        connect(box, &QComboBox::activated, this, &ImportDialog::startRead);

    m_ui->loadProgressBar->setRange(0, kProgressSteps);
    m_ui->loadProgressBar->hide();
    m_ui->cancelLoadPushButton->hide();
    connect(m_ui->cancelLoadPushButton, &QPushButton::clicked, this, [this] {
        m_readWatcher.cancel();
        m_buildWatcher.cancel();
    });
    connect(m_ui->browsePushButton, &QPushButton::clicked, this, &ImportDialog::browse);
    // A typed or pasted path is read when Enter is pressed or the box is left.
    connect(m_ui->fileLineEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_ui->fileLineEdit->isModified())
            return;
        m_ui->fileLineEdit->setModified(false);
        const QString path = QDir::fromNativeSeparators(m_ui->fileLineEdit->text().trimmed());
        if (path.isEmpty())
            startRead();
        else
            openFile(path);
    });
    connect(m_ui->templatePushButton, &QPushButton::clicked, this, &ImportDialog::saveTemplate);

    // Read pasted text once typing or pasting settles, not per keystroke.
    m_pasteTimer->setSingleShot(true);
    m_pasteTimer->setInterval(300);
    connect(m_pasteTimer, &QTimer::timeout, this, &ImportDialog::startRead);
    connect(m_ui->pasteTextEdit, &QPlainTextEdit::textChanged, m_pasteTimer,
            qOverload<>(&QTimer::start));
    connect(m_ui->sourceTabWidget, &QTabWidget::currentChanged, this, [this] {
        m_tableReady = false;
        m_ui->detectedLabel->clear();
        m_ui->sourceMessageLabel->clear();
        m_ui->readingGroupBox->setEnabled(m_ui->sourceTabWidget->currentWidget() !=
                                          m_ui->generatorTab);
        if (m_ui->sourceTabWidget->currentWidget() != m_ui->generatorTab)
            startRead();
        updateNavigation();
    });
    connect(m_generator, &GeneratorWidget::specChanged, this, &ImportDialog::updateNavigation);
    connect(&m_readWatcher, &QFutureWatcher<CsvTable>::progressValueChanged, m_ui->loadProgressBar,
            &QProgressBar::setValue);
    connect(&m_readWatcher, &QFutureWatcher<CsvTable>::finished, this, &ImportDialog::readFinished);
}

void ImportDialog::setupColumnsPage()
{
    m_ui->mappingTableView->setModel(m_mappingModel);
    m_ui->mappingTableView->setItemDelegateForColumn(ColumnMappingModel::FieldColumn,
                                                     new ImportFieldDelegate(this));
    m_ui->mappingTableView->horizontalHeader()->setSectionResizeMode(
        ColumnMappingModel::SamplesColumn, QHeaderView::Stretch);
    m_ui->mappingTableView->horizontalHeader()->setSectionResizeMode(
        ColumnMappingModel::FieldColumn, QHeaderView::ResizeToContents);
    connect(m_mappingModel, &QAbstractItemModel::modelReset, this, [this] {
        for (int r = 0; r < m_mappingModel->rowCount(); ++r)
            m_ui->mappingTableView->openPersistentEditor(
                m_mappingModel->index(r, ColumnMappingModel::FieldColumn));
    });
    connect(m_mappingModel, &ColumnMappingModel::mappingChanged, this,
            &ImportDialog::updateMappingMessage);

    Settings &settings = m_context.settings();
    QStringList ips = settings.value(SettingKey::RecentServerIps).toStringList();
    const QString defaultIp = settings.value(SettingKey::DefaultServerIp).toString();
    if (!defaultIp.isEmpty() && !ips.contains(defaultIp))
        ips.prepend(defaultIp);
    m_ui->serverIpComboBox->addItems(ips);
    m_ui->serverIpComboBox->setCurrentText(defaultIp);
    m_ui->protocolComboBox->addItems(PhoneRules::allowedValues(PhoneField::Protocol));
    m_ui->protocolComboBox->setCurrentText(settings.value(SettingKey::DefaultProtocol).toString());
    for (const TimeZoneInfo &zone : timeZones())
        m_ui->localGmtComboBox->addItem(u"%1 (%2)"_s.arg(zone.offset, zone.description),
                                        zone.offset);
    const int zone = m_ui->localGmtComboBox->findData(settings.value(SettingKey::DefaultLocalGmt));
    m_ui->localGmtComboBox->setCurrentIndex(zone >= 0 ? zone : 0);
    m_ui->templateIdLineEdit->setText(settings.value(SettingKey::DefaultTemplateId).toString());

    const auto changed = [this] { updateMappingMessage(); };
    connect(m_ui->serverIpComboBox, &QComboBox::editTextChanged, this, changed);
    connect(m_ui->outboundCidLineEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->namePatternLineEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->derivedCheckBox, &QCheckBox::toggled, this, changed);
    connect(m_ui->generatePasswordsCheckBox, &QCheckBox::toggled, this, changed);

    connect(&m_buildWatcher, &QFutureWatcher<ImportPreviewData>::progressValueChanged, this,
            [this](int value) {
                m_ui->mappingMessageLabel->setText(
                    tr("Checking the rows... %1%").arg(value * 100 / kProgressSteps));
            });
    connect(&m_buildWatcher, &QFutureWatcher<ImportPreviewData>::finished, this,
            &ImportDialog::buildFinished);
}

void ImportDialog::setupPreviewPage()
{
    m_previewProxy->setSourceModel(m_previewModel);
    m_previewProxy->setFilterRole(ImportPreviewModel::BlockedRole);
    m_previewProxy->setFilterKeyColumn(ImportPreviewModel::LineColumn);
    QTableView *table = m_ui->previewTableView;
    table->setModel(m_previewProxy);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    // The Line column says where each row is in the file; row numbers beside
    // it (1, 2, ... against lines 2, 3, ...) only confused.
    table->verticalHeader()->hide();
    // Line, Status and Extension stay in sight however far the table scrolls.
    static_assert(ImportPreviewModel::LineColumn == 0 && ImportPreviewModel::StatusColumn == 1);
    m_frozenColumns =
        new FrozenColumns(table, ImportPreviewModel::columnOf(PhoneField::Extension) + 1);
    connect(m_ui->onlyProblemsCheckBox, &QCheckBox::toggled, this, [this](bool only) {
        m_previewProxy->setFilterFixedString(only ? u"1"_s : QString());
        showFirstProblem();
    });
    connect(m_ui->removeRowsPushButton, &QPushButton::clicked, this,
            &ImportDialog::removeSelectedRows);
    connect(m_previewModel, &ImportPreviewModel::countsChanged, this,
            &ImportDialog::updatePreviewSummary);
}

ImportDialog::Step ImportDialog::currentStep() const
{
    return static_cast<Step>(m_ui->stepsStackedWidget->currentIndex());
}

bool ImportDialog::isBusy() const
{
    return m_readWatcher.isRunning() || m_buildWatcher.isRunning();
}

QString ImportDialog::dryRunText() const
{
    return m_dryRunText;
}

void ImportDialog::goTo(Step step)
{
    m_ui->stepsStackedWidget->setCurrentIndex(step);
    const QStringList names = {tr("Source"), tr("Columns"), tr("Preview"), tr("Send")};
    QStringList parts;
    for (int i = 0; i < names.size(); ++i) {
        const QString text = u"%1. %2"_s.arg(i + 1).arg(names[i]).toHtmlEscaped();
        parts << (i == step ? u"<b>%1</b>"_s.arg(text) : text);
    }
    m_ui->stepsLabel->setText(parts.join(u" &rsaquo; "_s));
    if (step == SendStep)
        updateSendSummary();
    updateNavigation();
}

void ImportDialog::updateNavigation()
{
    const Step step = currentStep();
    const bool busy = isBusy();
    m_ui->backPushButton->setEnabled(step != SourceStep && !busy);
    bool canGoOn = !busy;
    if (step == SourceStep) {
        canGoOn = canGoOn && (m_ui->sourceTabWidget->currentWidget() == m_ui->generatorTab
                                  ? m_generator->problem().isEmpty()
                                  : m_tableReady);
    } else if (step == PreviewStep) {
        canGoOn = canGoOn && m_previewModel->readyCount() > 0;
    }
    m_ui->nextPushButton->setVisible(step != SendStep);
    m_ui->nextPushButton->setEnabled(canGoOn && step != SendStep);
    const bool ready = m_previewModel->readyCount() > 0 && !busy;
    m_ui->sendPushButton->setEnabled(ready);
    m_ui->dryRunPushButton->setEnabled(ready);
    m_ui->handoutPushButton->setEnabled(ready);
}

void ImportDialog::next()
{
    switch (currentStep()) {
    case SourceStep:
        if (m_ui->sourceTabWidget->currentWidget() == m_ui->generatorTab)
            generate();
        else if (m_tableReady)
            useTable(m_table, false);
        break;
    case ColumnsStep:
        startBuild();
        break;
    case PreviewStep:
        goTo(SendStep);
        break;
    case SendStep:
        break;
    }
}

void ImportDialog::back()
{
    if (currentStep() != SourceStep)
        goTo(static_cast<Step>(currentStep() - 1));
}

CsvOptions ImportDialog::readingOptions() const
{
    CsvOptions options;
    options.encoding = static_cast<TextEncoding>(m_ui->encodingComboBox->currentData().toInt());
    const QString delimiter = m_ui->delimiterComboBox->currentData().toString();
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.front();
    const int header = m_ui->headerComboBox->currentData().toInt();
    if (header >= 0)
        options.hasHeader = header == 1;
    return options;
}

void ImportDialog::browse()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Open Phone List"), FileDialog::startPath(m_context.settings()),
        tr("Phone lists (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ImportDialog::openFile(const QString &path)
{
    m_ui->sourceTabWidget->setCurrentWidget(m_ui->fileTab);
    m_ui->fileLineEdit->setText(QDir::toNativeSeparators(path));
    FileDialog::remember(m_context.settings(), path);
    startRead();
}

void ImportDialog::showSourceMessage(const QString &text, bool error)
{
    m_ui->sourceMessageLabel->setStyleSheet(error ? kErrorStyle : kWarningStyle);
    m_ui->sourceMessageLabel->setText(text);
}

void ImportDialog::startRead()
{
    m_tableReady = false;
    m_ui->detectedLabel->clear();
    m_ui->sourceMessageLabel->clear();
    ImportSource source;
    if (m_ui->sourceTabWidget->currentWidget() == m_ui->fileTab) {
        source.kind = ImportSource::Kind::File;
        source.path = QDir::fromNativeSeparators(m_ui->fileLineEdit->text());
        if (source.path.isEmpty()) {
            updateNavigation();
            return;
        }
    } else if (m_ui->sourceTabWidget->currentWidget() == m_ui->pasteTab) {
        source.kind = ImportSource::Kind::Text;
        source.text = m_ui->pasteTextEdit->toPlainText().toUtf8();
        if (source.text.trimmed().isEmpty()) {
            updateNavigation();
            return;
        }
    } else {
        return;
    }
    const CsvOptions options = readingOptions();
    m_readWatcher.cancel();
    m_ui->loadProgressBar->setValue(0);
    m_ui->loadProgressBar->show();
    m_ui->cancelLoadPushButton->show();
    m_readWatcher.setFuture(QtConcurrent::run([source, options](QPromise<CsvTable> &promise) {
        promise.setProgressRange(0, kProgressSteps);
        bool cancelled = false;
        CsvTable table =
            ImportPipeline::read(source, options, promiseProgress(&promise), &cancelled);
        if (!cancelled && !promise.isCanceled())
            promise.addResult(std::move(table));
    }));
    updateNavigation();
}

void ImportDialog::readFinished()
{
    m_ui->loadProgressBar->hide();
    m_ui->cancelLoadPushButton->hide();
    const QFuture<CsvTable> future = m_readWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        showSourceMessage(tr("Reading stopped."), true);
        updateNavigation();
        return;
    }
    const CsvTable table = future.result();
    if (!table.ok()) {
        showSourceMessage(table.error, true);
        updateNavigation();
        return;
    }
    m_table = table;
    m_tableReady = true;
    m_ui->detectedLabel->setText(
        tr("Read as %1, %2-separated, %3; %n column(s), ", nullptr, table.columnCount)
            .arg(TextDecoder::encodingName(table.encoding),
                 CsvReader::delimiterName(table.delimiter),
                 table.hasHeader ? tr("header on line %1").arg(table.headerLine)
                                 : tr("no header row")) +
        tr("%n row(s).", nullptr, int(table.rows.size())));
    QStringList warnings = table.warnings;
    if (table.columnCount == 1)
        warnings.prepend(tr("Only one column was found: it can only give the extensions, and "
                            "everything else comes from the defaults on the next page. If the "
                            "file has more columns, choose its delimiter."));
    warnings.removeDuplicates();
    showSourceMessage(warnings.join(u'\n'), false);
    updateNavigation();
}

void ImportDialog::generate()
{
    GeneratorSpec spec = m_generator->spec();
    spec.generatePasswords = true;
    const GeneratorResult result = PhoneGenerator::generate(spec);
    if (!result.ok()) {
        showSourceMessage(result.error, true);
        return;
    }
    useTable(ImportPipeline::tableFromPhones(result.phones), true);
    m_generatedAliases = result.aliases;
    m_generatedLogins.clear();
    for (const PhoneRecord &phone : result.phones)
        m_generatedLogins << phone.login();
}

void ImportDialog::useTable(const CsvTable &table, bool generated)
{
    m_table = table;
    m_generated = generated;
    m_generatedAliases.clear();
    m_filledColumns.clear();
    for (const CsvRow &row : table.rows) {
        for (int c = 0; c < row.cells.size(); ++c) {
            if (!m_filledColumns.contains(c) && !row.cells[c].trimmed().isEmpty())
                m_filledColumns.insert(c);
        }
        if (m_filledColumns.size() >= table.columnCount)
            break;
    }
    m_mappingModel->setTable(table, ImportPipeline::guessMapping(table));
    m_ui->mappingTableView->setEnabled(!generated);
    m_ui->mappingLabel->setText(generated ? tr("Generated phones: every column is already known.")
                                          : tr("Which field each column holds (guessed from the "
                                               "header; change any):"));
    updateMappingMessage();
    goTo(ColumnsStep);
}

void ImportDialog::updateMappingMessage()
{
    const ColumnMapping mapping = m_mappingModel->mapping();
    const ImportPreviewSettings settings = previewSettings();
    const ImportDefaults &defaults = settings.defaults;
    // A column counts only if some row has a value in it: a generated range
    // has an empty caller ID column, as has a file's unused column.
    const auto givenByColumn = [&](PhoneField field) {
        const int column = mapping.columnOf(field);
        return column >= 0 && m_filledColumns.contains(column);
    };
    const auto header = [this](int column) {
        return m_mappingModel->index(column, ColumnMappingModel::HeaderColumn).data().toString();
    };
    QStringList missing;
    for (const PhoneFieldInfo &info : phoneFields()) {
        const PhoneField field = info.field;
        if (!info.required || givenByColumn(field) || defaults.values.contains(field) ||
            !ImportPipeline::readsField(settings.mode, field))
            continue;
        const bool derived =
            (field == PhoneField::DialplanNumber || field == PhoneField::VoicemailId ||
             field == PhoneField::PhoneLogin)
                ? defaults.loginFromExtension
            : (field == PhoneField::PhonePass || field == PhoneField::RegistrationPassword)
                ? defaults.generatePasswords
                : field == PhoneField::PhoneFullName && !settings.namePattern.isEmpty();
        if (!derived)
            missing << fieldLabel(field);
    }
    QStringList lines;
    if (!missing.isEmpty())
        lines << tr("No value and no default for: %1. Rows without them are refused in the "
                    "preview.")
                     .arg(missing.join(u", "_s));
    // Where each password comes from, so none is made without saying so.
    for (PhoneField field : {PhoneField::PhonePass, PhoneField::RegistrationPassword}) {
        const int column = mapping.columnOf(field);
        if (!ImportPipeline::readsField(settings.mode, field))
            break;
        if (m_generated) {
            lines << tr("%1: generated with the range.").arg(fieldLabel(field));
        } else if (column >= 0) {
            lines << (defaults.generatePasswords
                          ? tr("%1: from column \"%2\"; empty cells get a generated password.")
                          : tr("%1: from column \"%2\"; rows with an empty cell are refused."))
                         .arg(fieldLabel(field), header(column));
        } else if (defaults.generatePasswords) {
            lines << tr("%1: generated for every row (no column gives it).").arg(fieldLabel(field));
        }
    }
    const int passColumn = mapping.columnOf(PhoneField::PhonePass);
    if (!m_generated && passColumn >= 0 && mapping.columnOf(PhoneField::RegistrationPassword) < 0)
        lines << tr("To use column \"%1\" for both passwords, choose \"%2\" for it.")
                     .arg(header(passColumn),
                          ColumnMappingModel::choiceText(ColumnMappingModel::BothPasswordsCode));
    if (!m_generated && !mapping.warnings.isEmpty())
        lines += mapping.warnings;
    m_ui->mappingMessageLabel->setStyleSheet(missing.isEmpty() ? QString() : kWarningStyle);
    m_ui->mappingMessageLabel->setText(lines.join(u'\n'));
}

void ImportDialog::startBuild()
{
    ImportPreviewSettings settings = previewSettings();
    // History belongs to this thread's connection: read its keys here.
    // Only the chosen system's phones count as added earlier.
    const auto system = VicidialSystem::fromApiUrl(m_context.connectionConfig().apiUrl);
    settings.addedExtensionKeys = m_context.history().addedExtensionKeys(system);
    settings.addedLoginKeys = m_context.history().addedLoginKeys(system);
    if (settings.mode == ImportMode::AddOrUpdate) {
        for (const KnownPhone &known : m_context.history().knownPhones(system)) {
            if (known.state != KnownPhoneState::Deleted && !known.phone.login().isEmpty())
                settings.loginOwners.insert(known.phone.loginKey(), known.phone.extensionKey());
        }
    }
    m_builtSettings = settings;
    const CsvTable table = m_table;
    const ColumnMapping mapping = m_mappingModel->mapping();
    m_buildWatcher.setFuture(QtConcurrent::run([table, mapping,
                                                settings](QPromise<ImportPreviewData> &promise) {
        promise.setProgressRange(0, kProgressSteps);
        ImportPreviewData data =
            ImportPipeline::build(table, mapping, settings, [&promise](qint64 done, qint64 total) {
                if (total > 0)
                    promise.setProgressValue(int(done * kProgressSteps / total));
                return !promise.isCanceled();
            });
        if (!data.cancelled)
            promise.addResult(std::move(data));
    }));
    updateNavigation();
}

void ImportDialog::buildFinished()
{
    const QFuture<ImportPreviewData> future = m_buildWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_ui->mappingMessageLabel->setText(tr("Checking stopped."));
        updateNavigation();
        return;
    }
    updateMappingMessage();
    ImportPreviewData data = future.result();
    if (m_generated) {
        // The range's passwords were made with it, one per phone.
        for (ImportRow &row : data.rows)
            row.generated = {PhoneField::PhonePass, PhoneField::RegistrationPassword};
    }
    m_previewModel->setPreview(std::move(data), m_builtSettings);
    // Switching off or deleting reads the extension and server IP only.
    QSet<int> unread;
    for (const PhoneFieldInfo &info : phoneFields()) {
        if (!ImportPipeline::readsField(m_builtSettings.mode, info.field))
            unread.insert(ImportPreviewModel::columnOf(info.field));
    }
    if (!unread.isEmpty())
        unread.insert(ImportPreviewModel::ActiveColumn);
    m_frozenColumns->setHiddenColumns(unread);
    m_ui->previewTableView->resizeColumnsToContents();
    m_frozenColumns->update();
    goTo(PreviewStep);
}

} // namespace vp
