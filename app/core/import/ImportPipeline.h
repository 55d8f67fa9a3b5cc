// The one import pipeline of the desktop app and the CLI: reading a file or
// pasted text into a CsvTable (with progress and cancel, off the UI thread),
// turning the table, mapping and defaults into validated, duplicate-checked
// rows, and deciding for each row whether it is sent or skipped and why, with
// file/line/column messages. Plain functions over value types, so the
// benchmark and tests call them directly.
#pragma once

#include "import/CsvReader.h"
#include "import/ImportPlan.h"
#include "import/PhoneGenerator.h"
#include "model/Operation.h"
#include "rules/PhoneRules.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace vp {

// Called now and then with (done, total); answers false to cancel.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

struct ImportSource
{
    enum class Kind
    {
        File,
        Text
    };
    Kind kind = Kind::File;
    QString path;    // Kind::File
    QByteArray text; // Kind::Text (UTF-8)
};

// What an import does with the rows of its list.
enum class ImportMode
{
    Add,         // add_phone (the default); a row added earlier is skipped
    AddOrUpdate, // add_phone, and update_phone with the row's fields when it exists
    Deactivate,  // update_phone active=N; only extension and server_ip are read
    Delete,      // update_phone delete_phone=Y; only extension and server_ip are read
};
// "add", "update" (add or update), "deactivate", "delete"; nullopt for
// anything else ("add-or-update" is read as "update").
QString importModeKey(ImportMode mode);
std::optional<ImportMode> importModeFromKey(const QString &key);

struct ImportPreviewSettings
{
    ImportMode mode = ImportMode::Add;
    ImportDefaults defaults;
    // phone_full_name where still empty, e.g. "Agent {ext}"; empty = none.
    QString namePattern;
    RuleOptions rules;
    QSet<QString> addedExtensionKeys; // from history, read on the UI thread
    QSet<QString> addedLoginKeys;
    // Add or update: the login (loginKey) of each phone this system's
    // history knows, to the extension (extensionKey) using it. A row that
    // gives another extension's login is refused: update_phone would store
    // the duplicate on a one-server system.
    QHash<QString, QString> loginOwners;
};

struct ImportPreviewData
{
    QList<ImportRow> rows;
    QList<QList<FieldIssue>> issues; // PhoneRules::validate() of each row
    bool cancelled = false;
};

// What becomes of a checked row. Only Ready rows are sent; the others are
// skipped and still appear in the report with their reason.
enum class ImportVerdict
{
    Ready,
    Invalid,      // a field the server would refuse or change, an unreadable
                  // cell, a ragged row, or a duplicate of an earlier line
    AlreadyAdded, // the same extension or login was added to this system before
};

class ImportPipeline
{
    Q_DECLARE_TR_FUNCTIONS(ImportPipeline)

public:
    // Reads in 1 MB pieces (the file size limit is checked first, so a huge
    // file is refused at once), then parses. cancelled is set when the
    // progress callback said stop; the table is then empty.
    static CsvTable read(const ImportSource &source, const CsvOptions &options,
                         const ImportProgress &progress = {}, bool *cancelled = nullptr);
    // Generated phones as a table with API-name headers, so they take the
    // same path (defaults, derived fields, validation) as a file.
    static CsvTable tableFromPhones(const QList<PhoneRecord> &phones);
    static ImportPreviewData build(const CsvTable &table, const ColumnMapping &mapping,
                                   const ImportPreviewSettings &settings,
                                   const ImportProgress &progress = {});
    // No header: a single column of extension-like values is taken as the
    // extension column; otherwise nothing is mapped and the user chooses.
    static ColumnMapping guessMapping(const CsvTable &table);

    // Required fields with a usual value (protocol SIP, time zone -5.00) take
    // it when neither a column nor an explicit default gives one.
    static void addUsualDefaults(ImportDefaults *defaults, const ColumnMapping &mapping);
    // The issues of one row under the settings' mode (add: PhoneRules; add
    // or update: the add's and the update's limits and logins of other known
    // phones; switch off, delete: extension and server IP). Sets addedEarlier.
    // The preview calls it again for an edited row.
    static QList<FieldIssue> checkRow(ImportRow &row, const ImportPreviewSettings &settings);
    // Repeats within the list, and (add only) what the history added.
    static void markDuplicates(QList<ImportRow> &rows, const ImportPreviewSettings &settings);
    // Required fields that no row has a value for, as "Label (api_name)": a
    // missing column is said once rather than on every row. Empty for no rows.
    static QStringList missingRequiredColumns(const QList<ImportRow> &rows,
                                              ImportMode mode = ImportMode::Add);
    // The fields a mode reads: every field to add or update, the extension
    // and server IP to switch off or delete.
    static bool readsField(ImportMode mode, PhoneField field);
    // What sending a ready row will do, for the preview ("Add", "Update
    // (added earlier)", "Delete", ...), translated.
    static QString plannedAction(ImportMode mode, const ImportRow &row);

    // The one rule for which rows are sent: any field issue or row problem
    // blocks a row; "already added" is told apart because it is not an error.
    static ImportVerdict verdict(const ImportRow &row, const QList<FieldIssue> &issues);
    // The report's key for a row that is not sent (BatchReportRow::skipped):
    // "invalid" (a rule first: it must be fixed whatever else is true of the
    // row), "duplicate" (only a repeat of an earlier line), "already_added";
    // empty for a Ready row. The desktop batch and the CLI report both use it.
    static QString skipReason(const ImportRow &row, const QList<FieldIssue> &issues);
    // Every problem of a row as "<file> line L, column C: message" (column
    // when the field came from a column of the file; no file name for pasted
    // text). Never quotes a password.
    static QStringList describeProblems(const ImportRow &row, const QList<FieldIssue> &issues,
                                        const ColumnMapping &mapping, const QString &fileName);
    // The phones of the Ready rows as they would be sent (normalised), with
    // their lines and their indexes into data.rows.
    static QList<PhoneRecord> readyPhones(const ImportPreviewData &data, const RuleOptions &rules,
                                          QList<int> *lines = nullptr,
                                          QList<int> *indexes = nullptr);
    // The same rows as the mode's operations: add_phone (add, add or update:
    // send those with JobOptions::updateIfExists), update_phone active=N, or
    // delete_phone=Y.
    static QList<Operation> readyOperations(const ImportPreviewData &data, ImportMode mode,
                                            const RuleOptions &rules, QList<int> *lines = nullptr,
                                            QList<int> *indexes = nullptr);
};

} // namespace vp
