// The one CSV dialect of every file the product writes (history export, batch
// report, agent handout, import template and field guide): RFC 4180 quoting,
// CRLF line ends, UTF-8 without a byte order mark (Excel, LibreOffice and our
// own reader all detect UTF-8 without one), and cells a spreadsheet would run
// as a formula made text.
#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

namespace vp {

class CsvWriter
{
public:
    enum class Formulas
    {
        // A cell starting with = + - @ tab or CR gets a leading apostrophe:
        // spreadsheets run such a cell as a formula (CSV injection). The price
        // is that a time zone such as "-5.00" reads "'-5.00".
        Defuse,
        // Cells as given: only for text the program wrote itself that must
        // read back unchanged (the import template's example rows).
        Keep
    };

    // One record: cells holding the delimiter, a quote, a line break or
    // outer spaces are quoted, quotes doubled; ends in CRLF.
    static QByteArray row(const QStringList &cells, Formulas formulas = Formulas::Defuse,
                          QChar delimiter = QLatin1Char(','));
    // The cell as Formulas::Defuse writes it, before quoting.
    static QString defused(const QString &cell);
};

} // namespace vp
