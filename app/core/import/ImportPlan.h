// Turns a read CSV table, its column mapping and the user's defaults into the
// phones to add, one ImportRow per data row, and finds duplicates in the list
// and against history. Checking each field is PhoneRules' job: the caller runs
// PhoneRules::validate() on each row's phone as a separate step.
#pragma once

#include "import/ColumnMapping.h"
#include "import/CsvReader.h"
#include "model/PhoneRecord.h"

#include <functional>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace vp {

struct ImportDefaults
{
    // Used where a row has no value (no column, or an empty cell) for a field.
    QHash<PhoneField, QString> values;
    // Derived from the row's extension when still empty after the defaults.
    bool dialplanFromExtension = true;
    bool voicemailFromExtension = true;
    bool loginFromExtension = true;
    // A new random password where phone_pass (and registration_password, unless
    // copied from phone_pass) is still empty.
    bool generatePasswords = false;
    // registration_password = phone_pass where the first is empty.
    bool registrationFromPhonePass = false;
    // Rows without an "active" cell.
    bool active = true;
    // Password source for generatePasswords; empty = PasswordGenerator::generate().
    std::function<QString()> passwordGenerator;
};

struct ImportRow
{
    int line = 0; // physical line in the file
    PhoneRecord phone;
    // Row-level problems: ragged row, unreadable "active" value, duplicate in
    // the file or already added per history. Never quotes a password.
    QList<QString> problems;
    int duplicateOfLine = 0;   // the earlier line with the same extension or login
    bool alreadyAdded = false; // per the history sets given to markDuplicates
    // Add or update: this system's history has the extension, so the row
    // will most likely update it (not a problem: the preview says so).
    bool addedEarlier = false;
    // The entries of problems markDuplicates() added, so a re-run after edits
    // replaces them instead of piling up.
    QStringList duplicateNotes;
    // Fields the import filled with a new random password (no column, or an
    // empty cell), so the preview can say so.
    QList<PhoneField> generated;
    bool isGenerated(PhoneField field) const { return generated.contains(field); }
};

class ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)

public:
    static QList<ImportRow> build(const CsvTable &table, const ColumnMapping &mapping,
                                  const ImportDefaults &defaults);
    // Keys are PhoneRecord::extensionKey() and loginKey() of phones already
    // added (history). A later row with the same key as an earlier one is
    // flagged naming the earlier line.
    static void markDuplicates(QList<ImportRow> &rows, const QSet<QString> &addedExtensionKeys,
                               const QSet<QString> &addedLoginKeys);
    // "Y", "yes", "si", "sim", "true", "1", "active" ... ; nullopt if unreadable.
    static std::optional<bool> parseActive(const QString &value);
};

} // namespace vp
