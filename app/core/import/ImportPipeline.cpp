#include "import/ImportPipeline.h"

#include "import/ColumnMapping.h"
#include "rules/UpdateRules.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace vp {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kChunk = 1024 * 1024;
constexpr int kProgressRows = 2048;

// Add or update: a row must be valid for both requests it may become. The
// update's own limits (UpdateRules) on every field the row gives, and a login
// another known phone uses; one issue per field, the add's first.
QList<FieldIssue> addOrUpdateIssues(const ImportRow &row, const ImportPreviewSettings &settings)
{
    QList<FieldIssue> issues = PhoneRules::validate(row.phone, settings.rules);
    QList<PhoneField> fields = Operation::updateAllFields(row.phone).changedFields();
    QSet<QString> otherLogins;
    const QString owner = settings.loginOwners.value(row.phone.loginKey());
    if (!row.phone.login().trimmed().isEmpty() && !owner.isEmpty() &&
        owner != row.phone.extensionKey())
        otherLogins.insert(row.phone.loginKey());
    for (const FieldIssue &issue :
         UpdateRules::validate(row.phone, fields, settings.rules, otherLogins)) {
        const bool known = std::any_of(issues.cbegin(), issues.cend(),
                                       [&](const FieldIssue &i) { return i.field == issue.field; });
        if (!known)
            issues.append(issue);
    }
    return issues;
}

// Switch off or delete: only the extension and server IP are read.
QList<FieldIssue> identifierIssues(const PhoneRecord &phone, const RuleOptions &rules)
{
    QList<FieldIssue> issues;
    for (const FieldIssue &issue : PhoneRules::validate(phone, rules)) {
        if (issue.field == PhoneField::Extension || issue.field == PhoneField::ServerIp)
            issues.append(issue);
    }
    return issues;
}

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
    const ImportMode mode = settings.mode;
    const bool onlyIdentifiers = mode == ImportMode::Deactivate || mode == ImportMode::Delete;
    ImportDefaults defaults = settings.defaults;
    if (onlyIdentifiers)
        defaults.generatePasswords = false;
    data.rows = ImportPlan::build(table, mapping, defaults);
    if (onlyIdentifiers) {
        // The other columns are not read: nothing of them is sent or checked.
        for (ImportRow &row : data.rows) {
            PhoneRecord identifiers;
            identifiers.setValue(PhoneField::Extension, row.phone.extension());
            identifiers.setValue(PhoneField::ServerIp, row.phone.serverIp());
            row.phone = identifiers;
            row.generated.clear();
        }
    }
    const qint64 total = data.rows.size();
    if (progress && !progress(0, total)) {
        data.cancelled = true;
        return data;
    }
    data.issues.reserve(data.rows.size());
    for (qsizetype i = 0; i < data.rows.size(); ++i) {
        ImportRow &row = data.rows[i];
        if (!onlyIdentifiers && !settings.namePattern.isEmpty() &&
            row.phone.value(PhoneField::PhoneFullName).trimmed().isEmpty() &&
            !row.phone.extension().trimmed().isEmpty()) {
            const QString extension = row.phone.extension().trimmed();
            row.phone.setValue(
                PhoneField::PhoneFullName,
                PhoneGenerator::expand(settings.namePattern, extension, extension, i + 1, 1));
        }
        data.issues.append(checkRow(row, settings));
        if (progress && (i % kProgressRows) == 0 && !progress(i, total)) {
            data.cancelled = true;
            return data;
        }
    }
    markDuplicates(data.rows, settings);
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

QStringList ImportPipeline::missingRequiredColumns(const QList<ImportRow> &rows, ImportMode mode)
{
    QStringList missing;
    if (rows.isEmpty())
        return missing;
    for (const PhoneFieldInfo &info : phoneFields()) {
        if (!info.required || !readsField(mode, info.field))
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

QList<FieldIssue> ImportPipeline::checkRow(ImportRow &row, const ImportPreviewSettings &settings)
{
    switch (settings.mode) {
    case ImportMode::Add:
        break;
    case ImportMode::AddOrUpdate:
        row.addedEarlier = settings.addedExtensionKeys.contains(row.phone.extensionKey());
        return addOrUpdateIssues(row, settings);
    case ImportMode::Deactivate:
    case ImportMode::Delete:
        return identifierIssues(row.phone, settings.rules);
    }
    return PhoneRules::validate(row.phone, settings.rules);
}

void ImportPipeline::markDuplicates(QList<ImportRow> &rows, const ImportPreviewSettings &settings)
{
    // Only an add skips what the history added: the other modes are meant
    // for phones that exist. A repeated extension or login is refused in all.
    if (settings.mode == ImportMode::Add)
        ImportPlan::markDuplicates(rows, settings.addedExtensionKeys, settings.addedLoginKeys);
    else
        ImportPlan::markDuplicates(rows, {}, {});
}

bool ImportPipeline::readsField(ImportMode mode, PhoneField field)
{
    if (mode == ImportMode::Deactivate || mode == ImportMode::Delete)
        return field == PhoneField::Extension || field == PhoneField::ServerIp;
    return true;
}

QString ImportPipeline::plannedAction(ImportMode mode, const ImportRow &row)
{
    switch (mode) {
    case ImportMode::Add:
        return tr("Add");
    case ImportMode::AddOrUpdate:
        return row.addedEarlier ? tr("Update (added earlier)") : tr("Add, or update if it exists");
    case ImportMode::Deactivate:
        return tr("Switch off");
    case ImportMode::Delete:
        return tr("Delete");
    }
    return {};
}

QList<Operation> ImportPipeline::readyOperations(const ImportPreviewData &data, ImportMode mode,
                                                 const RuleOptions &rules, QList<int> *lines,
                                                 QList<int> *indexes)
{
    const QList<PhoneRecord> phones = readyPhones(data, rules, lines, indexes);
    QList<Operation> operations;
    operations.reserve(phones.size());
    for (const PhoneRecord &phone : phones) {
        switch (mode) {
        case ImportMode::Add:
        case ImportMode::AddOrUpdate:
            operations << Operation::addPhone(phone);
            break;
        case ImportMode::Deactivate:
            operations << Operation::setPhoneActive(phone.extension(), phone.serverIp(), false);
            break;
        case ImportMode::Delete:
            operations << Operation::deletePhone(phone.extension(), phone.serverIp());
            break;
        }
    }
    return operations;
}

QString importModeKey(ImportMode mode)
{
    switch (mode) {
    case ImportMode::Add:
        return u"add"_s;
    case ImportMode::AddOrUpdate:
        return u"update"_s;
    case ImportMode::Deactivate:
        return u"deactivate"_s;
    case ImportMode::Delete:
        return u"delete"_s;
    }
    return {};
}

std::optional<ImportMode> importModeFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == "add"_L1)
        return ImportMode::Add;
    if (k == "update"_L1 || k == "add-or-update"_L1 || k == "add_or_update"_L1)
        return ImportMode::AddOrUpdate;
    if (k == "deactivate"_L1)
        return ImportMode::Deactivate;
    if (k == "delete"_L1)
        return ImportMode::Delete;
    return std::nullopt;
}

} // namespace vp
