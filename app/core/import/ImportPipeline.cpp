#include "import/ImportPipeline.h"

#include "import/ColumnMapping.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace vp {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kChunk = 1024 * 1024;
constexpr int kProgressRows = 2048;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}
} // namespace

CsvTable ImportPipeline::read(const ImportSource &source, const CsvOptions &givenOptions,
                              const ImportProgress &progress, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    // The import knows its columns: a first row of field names is a header.
    CsvOptions options = givenOptions;
    if (!options.isKnownHeader)
        options.isKnownHeader = &ColumnMapping::isKnownHeader;
    if (source.kind == ImportSource::Kind::Text)
        return CsvReader::read(source.text, options);

    CsvTable table;
    QFile file(source.path);
    const QString name = QFileInfo(source.path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        table.error = tr("Cannot open %1: %2").arg(name, file.errorString());
        return table;
    }
    const qint64 size = file.size();
    if (options.maxBytes > 0 && size > options.maxBytes) {
        table.error = tr("%1 is %2 MB; files up to %3 MB can be imported. Split the list or "
                         "remove columns that are not needed.")
                          .arg(name, megabytes(size), megabytes(options.maxBytes));
        return table;
    }
    QByteArray data;
    data.reserve(size);
    while (!file.atEnd()) {
        const QByteArray piece = file.read(kChunk);
        if (piece.isEmpty() && file.error() != QFileDevice::NoError) {
            table.error = tr("Cannot read %1: %2").arg(name, file.errorString());
            return table;
        }
        data += piece;
        // A file that grows while we read (a log, a pipe) must still stop.
        if (options.maxBytes > 0 && data.size() > options.maxBytes) {
            table.error = tr("%1 is larger than %2 MB.").arg(name, megabytes(options.maxBytes));
            return table;
        }
        if (progress && !progress(data.size(), std::max(size, qint64(data.size())))) {
            if (cancelled)
                *cancelled = true;
            return {};
        }
        if (piece.isEmpty())
            break;
    }
    return CsvReader::read(data, options);
}

CsvTable ImportPipeline::tableFromPhones(const QList<PhoneRecord> &phones)
{
    CsvTable table;
    table.hasHeader = true;
    table.delimiter = QLatin1Char(',');
    table.encoding = TextEncoding::Utf8;
    for (const PhoneFieldInfo &info : phoneFields())
        table.header << QString::fromLatin1(info.apiName);
    table.columnCount = int(table.header.size());
    table.rows.reserve(phones.size());
    int line = 1;
    for (const PhoneRecord &phone : phones) {
        CsvRow row;
        row.line = line++;
        for (const PhoneFieldInfo &info : phoneFields())
            row.cells << phone.value(info.field);
        table.rows.append(std::move(row));
    }
    return table;
}

ColumnMapping ImportPipeline::guessMapping(const CsvTable &table)
{
    if (table.hasHeader)
        return ColumnMapping::fromHeader(table.header);
    ColumnMapping mapping;
    for (int c = 0; c < table.columnCount; ++c)
        mapping.columns.append(std::nullopt);
    if (table.columnCount == 1 && !table.rows.isEmpty()) {
        int extensionLike = 0;
        const int sample = int(std::min<qsizetype>(table.rows.size(), 50));
        for (int r = 0; r < sample; ++r) {
            const QString value = table.rows[r].cells.value(0).trimmed();
            if (!value.isEmpty() &&
                PhoneRules::validateField(PhoneField::Extension, value).isEmpty())
                ++extensionLike;
        }
        if (extensionLike * 2 > sample)
            mapping.columns[0] = PhoneField::Extension;
    }
    return mapping;
}

ImportPreviewData ImportPipeline::build(const CsvTable &table, const ColumnMapping &mapping,
                                        const ImportPreviewSettings &settings,
                                        const ImportProgress &progress)
{
    ImportPreviewData data;
    data.rows = ImportPlan::build(table, mapping, settings.defaults);
    const qint64 total = data.rows.size();
    if (progress && !progress(0, total)) {
        data.cancelled = true;
        return data;
    }
    data.issues.reserve(data.rows.size());
    for (qsizetype i = 0; i < data.rows.size(); ++i) {
        ImportRow &row = data.rows[i];
        if (!settings.namePattern.isEmpty() &&
            row.phone.value(PhoneField::PhoneFullName).trimmed().isEmpty() &&
            !row.phone.extension().trimmed().isEmpty()) {
            const QString extension = row.phone.extension().trimmed();
            row.phone.setValue(
                PhoneField::PhoneFullName,
                PhoneGenerator::expand(settings.namePattern, extension, extension, i + 1, 1));
        }
        data.issues.append(PhoneRules::validate(row.phone, settings.rules));
        if (progress && (i % kProgressRows) == 0 && !progress(i, total)) {
            data.cancelled = true;
            return data;
        }
    }
    ImportPlan::markDuplicates(data.rows, settings.addedExtensionKeys, settings.addedLoginKeys);
    if (progress)
        progress(total, total);
    return data;
}

void ImportPipeline::addUsualDefaults(ImportDefaults *defaults, const ColumnMapping &mapping)
{
    for (PhoneField field : {PhoneField::Protocol, PhoneField::LocalGmt}) {
        if (!defaults->values.contains(field) &&
            !mapping.columns.contains(std::optional<PhoneField>(field)))
            defaults->values.insert(field, PhoneRules::defaultValue(field));
    }
}

QStringList ImportPipeline::missingRequiredColumns(const QList<ImportRow> &rows)
{
    QStringList missing;
    if (rows.isEmpty())
        return missing;
    for (const PhoneFieldInfo &info : phoneFields()) {
        if (!info.required)
            continue;
        const bool anyValue = std::any_of(rows.cbegin(), rows.cend(), [&](const ImportRow &row) {
            return !row.phone.value(info.field).isEmpty();
        });
        if (!anyValue)
            missing << u"%1 (%2)"_s.arg(fieldLabel(info.field), apiName(info.field));
    }
    return missing;
}

ImportVerdict ImportPipeline::verdict(const ImportRow &row, const QList<FieldIssue> &issues)
{
    // duplicateNotes are the entries of problems that markDuplicates() added;
    // anything beyond them (ragged row, unreadable "active") is an error of
    // its own, as is a duplicate of an earlier line.
    if (!issues.isEmpty() || row.duplicateOfLine > 0 ||
        row.problems.size() > row.duplicateNotes.size())
        return ImportVerdict::Invalid;
    return row.alreadyAdded ? ImportVerdict::AlreadyAdded : ImportVerdict::Ready;
}

QString ImportPipeline::skipReason(const ImportRow &row, const QList<FieldIssue> &issues)
{
    switch (verdict(row, issues)) {
    case ImportVerdict::Ready:
        return {};
    case ImportVerdict::AlreadyAdded:
        return u"already_added"_s;
    case ImportVerdict::Invalid:
        break;
    }
    const bool onlyDuplicate = issues.isEmpty() && row.duplicateOfLine > 0 &&
                               row.problems.size() == row.duplicateNotes.size();
    return onlyDuplicate ? u"duplicate"_s : u"invalid"_s;
}

QStringList ImportPipeline::describeProblems(const ImportRow &row, const QList<FieldIssue> &issues,
                                             const ColumnMapping &mapping, const QString &fileName)
{
    QStringList out;
    const QString where = fileName.isEmpty() ? tr("line %1").arg(row.line)
                                             : tr("%1 line %2").arg(fileName).arg(row.line);
    for (const FieldIssue &issue : issues) {
        const qsizetype column = mapping.columns.indexOf(std::optional<PhoneField>(issue.field));
        out << (column >= 0 ? tr("%1, column %2: %3").arg(where).arg(column + 1).arg(issue.message)
                            : tr("%1: %2").arg(where, issue.message));
    }
    for (const QString &problem : row.problems)
        out << tr("%1: %2").arg(where, problem);
    return out;
}

QList<PhoneRecord> ImportPipeline::readyPhones(const ImportPreviewData &data,
                                               const RuleOptions &rules, QList<int> *lines,
                                               QList<int> *indexes)
{
    QList<PhoneRecord> phones;
    for (qsizetype i = 0; i < data.rows.size(); ++i) {
        const ImportRow &row = data.rows[i];
        if (verdict(row, data.issues.value(i)) != ImportVerdict::Ready)
            continue;
        phones.append(PhoneRules::normalized(row.phone, nullptr, rules));
        if (lines)
            lines->append(row.line);
        if (indexes)
            indexes->append(int(i));
    }
    return phones;
}

} // namespace vp
