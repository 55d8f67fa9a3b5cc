// Bulk provisioning, everything before the first request: a file, pasted
// spreadsheet rows or a generated range; reading options detected and
// overridable; the column mapping with defaults for what no column gives; a
// validated, editable preview; a dry run. Confirming emits sendRequested and
// the main window runs the batch (progress, outcomes, retry, report).
#pragma once

#include "history/BatchJournal.h"
#include "import/AliasFollowUp.h"
#include "import/ImportPipeline.h"

#include <memory>
#include <QDialog>
#include <QFutureWatcher>

namespace Ui {
class ImportDialog;
}

class QSortFilterProxyModel;
class QTimer;

namespace vp {

class AppContext;
class ColumnMappingModel;
class FrozenColumns;
class GeneratorWidget;
class ImportPreviewModel;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Step
    {
        SourceStep,
        ColumnsStep,
        PreviewStep,
        SendStep
    };

    explicit ImportDialog(AppContext &context, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads a file as if chosen with "Open File..." (drag and drop, tests).
    void openFile(const QString &path);
    Step currentStep() const;
    ColumnMappingModel *mappingModel() const { return m_mappingModel; }
    ImportPreviewModel *previewModel() const { return m_previewModel; }
    // True while a file is read or the preview is built off the UI thread.
    bool isBusy() const;
    // The text of the last dry run (also shown in dryRunTextEdit).
    QString dryRunText() const;

signals:
    // The user confirmed: phones normalised and valid, with their source
    // lines (file line or generator position) and the batch to record them as.
    // label names the source ("agents.csv", "Pasted list", "Generated range")
    // for the batch journal; passwordsGenerated: the generator made them.
    // skipped: the rows not sent for their problems, so every row is reported.
    // aliases: a generated range's "one alias per agent", sent after its phones.
    void sendRequested(const QList<vp::PhoneRecord> &phones, const QList<int> &sourceLines,
                       const QString &batchId, const QString &label, bool passwordsGenerated,
                       const QList<vp::BatchSkippedRow> &skipped, const vp::AliasFollowUp &aliases);
    // The same for a list that changes phones (add or update, switch off,
    // delete): the rows with their operations, on request.systemKey.
    void operationsRequested(const vp::BatchRequest &request,
                             const QList<vp::BatchSkippedRow> &skipped);

private:
    void setupSourcePage();
    void setupColumnsPage();
    void setupPreviewPage();
    // ImportDialogMode.cpp: the action for every row.
    void setupModeChoice();
    ImportMode importMode() const;
    void applyMode();
    QString sendQuestion(int count) const;
    void goTo(Step step);
    void next();
    void back();
    void updateNavigation();

    CsvOptions readingOptions() const;
    void browse();
    void saveTemplate();
    void startRead();
    void readFinished();
    void showSourceMessage(const QString &text, bool error);
    void generate();
    void useTable(const CsvTable &table, bool generated);

    ImportPreviewSettings previewSettings() const;
    void updateMappingMessage();
    void startBuild();
    void buildFinished();

    void removeSelectedRows();
    void showFirstProblem();
    void updatePreviewSummary();
    void updateSendSummary();
    void dryRun();
    void saveHandout();
    void send();

    AppContext &m_context;
    const std::unique_ptr<Ui::ImportDialog> m_ui;
    GeneratorWidget *m_generator = nullptr;
    ColumnMappingModel *m_mappingModel = nullptr;
    ImportPreviewModel *m_previewModel = nullptr;
    QSortFilterProxyModel *m_previewProxy = nullptr;
    FrozenColumns *m_frozenColumns = nullptr;
    QTimer *m_pasteTimer = nullptr;
    QFutureWatcher<CsvTable> m_readWatcher;
    QFutureWatcher<ImportPreviewData> m_buildWatcher;
    CsvTable m_table;
    bool m_tableReady = false;
    bool m_generated = false;
    // The generator's aliases and the login of each generated phone (by
    // position, the row's source line - 1), to follow the preview's edits.
    QList<Operation> m_generatedAliases;
    QStringList m_generatedLogins;
    QSet<int> m_filledColumns; // columns of m_table with a value in some row
    ImportPreviewSettings m_builtSettings;
    QString m_dryRunText;
};

} // namespace vp
