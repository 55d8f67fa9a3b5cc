// Which add_phone field each CSV column holds, guessed from the header text:
// API names, the labels the app shows, and the variants people type in
// English, Spanish and Portuguese ("ext", "Extensión", "Ramal", "SIP secret").
#pragma once

#include "model/PhoneField.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace vp {

struct ColumnMapping
{
    QList<std::optional<PhoneField>> columns; // one entry per CSV column
    int activeColumn = -1;                    // the pseudo-column "active" (Y/N), -1 if none
    QStringList unknownColumns;               // header names that map to nothing; ignored
    // Two columns for one field: the first is used, the later one ignored.
    QStringList warnings;

    static ColumnMapping fromHeader(const QStringList &header);
    static std::optional<PhoneField> guessField(const QString &header);
    static bool isActiveHeader(const QString &header);
    // A field's name or "active": what CsvOptions::isKnownHeader asks.
    static bool isKnownHeader(const QString &header);
    // Lower case, accents and punctuation removed, "(notes)" dropped: the
    // form header texts are compared in.
    static QString normalizedHeader(const QString &header);

    int columnOf(PhoneField field) const; // -1 when no column holds it
    bool isMapped(PhoneField field) const { return columnOf(field) >= 0; }

    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
};

} // namespace vp
