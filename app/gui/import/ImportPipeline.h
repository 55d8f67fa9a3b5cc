// The import's work that runs off the UI thread: reading a file or pasted
// text into a CsvTable (with progress and cancel), and turning the table,
// mapping and defaults into validated, duplicate-checked preview rows. Plain
// functions over value types, so the benchmark and tests call them directly.
#pragma once

#include "import/CsvReader.h"
#include "import/ImportPlan.h"
#include "import/PhoneGenerator.h"
#include "rules/PhoneRules.h"

#include <functional>
#include <QCoreApplication>
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

struct ImportPreviewSettings
{
    ImportDefaults defaults;
    // phone_full_name where still empty, e.g. "Agent {ext}"; empty = none.
    QString namePattern;
    RuleOptions rules;
    QSet<QString> addedExtensionKeys; // from history, read on the UI thread
    QSet<QString> addedLoginKeys;
};

struct ImportPreviewData
{
    QList<ImportRow> rows;
    QList<QList<FieldIssue>> issues; // PhoneRules::validate() of each row
    bool cancelled = false;
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
};

} // namespace vp
