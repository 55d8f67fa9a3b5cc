// The CSV template users download to fill in: every add_phone column under
// its API name (which ColumnMapping reads back exactly), two example rows,
// and a field guide with what each column takes.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace vp {

class CsvTemplate
{
    Q_DECLARE_TR_FUNCTIONS(CsvTemplate)

public:
    // Header (API names and "active") plus two example rows, UTF-8, CRLF.
    // The example rows import cleanly with passwords generated for them.
    static QByteArray templateCsv();
    // One row per column: column, label, required, allowed values or kept
    // characters, length, what the server uses when empty, notes.
    static QByteArray fieldGuideCsv();
    // "phones.csv" -> "phones-fields.csv": where the guide is saved next to
    // the template.
    static QString guidePathFor(const QString &templatePath);
};

} // namespace vp
