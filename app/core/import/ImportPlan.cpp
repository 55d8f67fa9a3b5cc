#include "import/ImportPlan.h"

#include "rules/PasswordGenerator.h"

#include <QCoreApplication>

namespace vp {

namespace {

bool isBlank(const QString &text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

void setIfEmpty(PhoneRecord &phone, PhoneField field, const QString &value)
{
    if (isBlank(phone.value(field)) && !value.isEmpty())
        phone.setValue(field, value);
}

} // namespace

std::optional<bool> ImportPlan::parseActive(const QString &value)
{
    const QString key = ColumnMapping::normalizedHeader(value); // accents and case folded
    static const char *const yes[] = {"y",      "yes",    "s",      "si",    "sim",     "true", "1",
                                      "active", "activo", "activa", "ativo", "enabled", "on"};
    static const char *const no[] = {"n",       "no",       "nao",      "false",
                                     "0",       "inactive", "inactivo", "inactiva",
                                     "inativo", "disabled", "off"};
    for (const char *word : yes) {
        if (key == QLatin1String(word))
            return true;
    }
    for (const char *word : no) {
        if (key == QLatin1String(word))
            return false;
    }
    return std::nullopt;
}

QList<ImportRow> ImportPlan::build(const CsvTable &table, const ColumnMapping &mapping,
                                   const ImportDefaults &defaults)
{
    const QSet<int> ragged(table.raggedLines.cbegin(), table.raggedLines.cend());
    const auto newPassword = [&defaults] {
        return defaults.passwordGenerator ? defaults.passwordGenerator()
                                          : PasswordGenerator::generate();
    };

    QList<ImportRow> result;
    result.reserve(table.rows.size());
    for (const CsvRow &row : table.rows) {
        ImportRow item;
        item.line = row.line;
        PhoneRecord &phone = item.phone;
        phone.setActive(defaults.active);

        const int mapped = int(std::min(mapping.columns.size(), row.cells.size()));
        for (int column = 0; column < mapped; ++column) {
            const std::optional<PhoneField> &field = mapping.columns[column];
            // Cells are kept as typed; PhoneRules shows any trimming it does.
            if (field && !isBlank(row.cells[column]))
                phone.setValue(*field, row.cells[column]);
        }
        const int both = mapping.bothPasswordsColumn;
        if (both >= 0 && both < row.cells.size() && !isBlank(row.cells[both])) {
            setIfEmpty(phone, PhoneField::PhonePass, row.cells[both]);
            setIfEmpty(phone, PhoneField::RegistrationPassword, row.cells[both]);
        }
        if (ragged.contains(row.line))
            item.problems << (table.hasHeader ? tr("This row has %1 fields; the header has %2.")
                                              : tr("This row has %1 fields; most rows have %2."))
                                 .arg(row.cells.size())
                                 .arg(table.columnCount);

        for (auto it = defaults.values.cbegin(); it != defaults.values.cend(); ++it)
            setIfEmpty(phone, it.key(), it.value());

        const QString extension = phone.extension().trimmed();
        if (!extension.isEmpty()) {
            if (defaults.dialplanFromExtension)
                setIfEmpty(phone, PhoneField::DialplanNumber, extension);
            if (defaults.voicemailFromExtension)
                setIfEmpty(phone, PhoneField::VoicemailId, extension);
            if (defaults.loginFromExtension)
                setIfEmpty(phone, PhoneField::PhoneLogin, extension);
        }

        if (defaults.generatePasswords && isBlank(phone.value(PhoneField::PhonePass))) {
            phone.setValue(PhoneField::PhonePass, newPassword());
            item.generated.append(PhoneField::PhonePass);
        }
        if (defaults.registrationFromPhonePass &&
            isBlank(phone.value(PhoneField::RegistrationPassword))) {
            phone.setValue(PhoneField::RegistrationPassword, phone.value(PhoneField::PhonePass));
            if (item.isGenerated(PhoneField::PhonePass))
                item.generated.append(PhoneField::RegistrationPassword);
        }
        if (defaults.generatePasswords && isBlank(phone.value(PhoneField::RegistrationPassword))) {
            phone.setValue(PhoneField::RegistrationPassword, newPassword());
            item.generated.append(PhoneField::RegistrationPassword);
        }

        const int activeColumn = mapping.activeColumn;
        if (activeColumn >= 0 && activeColumn < row.cells.size() &&
            !isBlank(row.cells[activeColumn])) {
            const std::optional<bool> active = parseActive(row.cells[activeColumn]);
            if (active)
                phone.setActive(*active);
            else
                item.problems
                    << tr("Active: \"%1\" is not Y or N.").arg(row.cells[activeColumn].trimmed());
        }
        result.append(std::move(item));
    }
    return result;
}

void ImportPlan::markDuplicates(QList<ImportRow> &rows, const QSet<QString> &addedExtensionKeys,
                                const QSet<QString> &addedLoginKeys)
{
    QHash<QString, int> extensionLines, loginLines;
    // Sized once: growing two hashes of 100,000 keys step by step rehashes them a dozen times.
    extensionLines.reserve(rows.size());
    loginLines.reserve(rows.size());
    for (ImportRow &row : rows) {
        for (const QString &note : std::as_const(row.duplicateNotes))
            row.problems.removeOne(note);
        row.duplicateNotes.clear();
        row.duplicateOfLine = 0;
        row.alreadyAdded = false;

        QStringList notes;
        if (!row.phone.extension().trimmed().isEmpty()) {
            const QString key = row.phone.extensionKey();
            if (addedExtensionKeys.contains(key)) {
                row.alreadyAdded = true;
                notes << tr("Extension %1 on %2 was already added (history).")
                             .arg(row.phone.extension().trimmed(), row.phone.serverIp().trimmed());
            }
            const auto it = extensionLines.constFind(key);
            if (it != extensionLines.cend()) {
                row.duplicateOfLine = it.value();
                notes << tr("Same extension and server as line %1.").arg(it.value());
            } else {
                extensionLines.insert(key, row.line);
            }
        }
        if (!row.phone.login().trimmed().isEmpty()) {
            const QString key = row.phone.loginKey();
            if (addedLoginKeys.contains(key)) {
                row.alreadyAdded = true;
                notes
                    << tr("Login %1 was already added (history).").arg(row.phone.login().trimmed());
            }
            const auto it = loginLines.constFind(key);
            if (it != loginLines.cend()) {
                if (!row.duplicateOfLine)
                    row.duplicateOfLine = it.value();
                notes << tr("Same login as line %1.").arg(it.value());
            } else {
                loginLines.insert(key, row.line);
            }
        }
        row.problems += notes;
        row.duplicateNotes = notes;
    }
}

} // namespace vp
