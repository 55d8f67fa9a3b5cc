// The file side of CSV: bytes to text (TextDecoder), then delimiter, header
// and table shape; records come from CsvRecordParser. Which header names mean
// something is the caller's knowledge (CsvOptions::isKnownHeader), so this
// file does not depend on the column mapping.
#include "import/CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

constexpr int kDetectRecords = 50;
constexpr qsizetype kDetectChars = 64 * 1024;
constexpr int kListedRaggedRows = 10;
const char16_t kCandidates[] = {u',', u';', u'\t', u'|'};

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

bool isBlank(QStringView text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

bool isBlankRow(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!isBlank(cell))
            return false;
    }
    return true;
}

// Excel writes `sep=;` (sometimes quoted) as the first line to name the
// delimiter. Returns the delimiter and where the data starts, or a null QChar.
QChar excelSepLine(const QString &text, qsizetype *dataStart)
{
    qsizetype end = 0;
    while (end < text.size() && text[end] != u'\n' && text[end] != u'\r')
        ++end;
    QStringView line = QStringView(text).left(end).trimmed();
    if (line.size() >= 2 && line.startsWith(u'"') && line.endsWith(u'"'))
        line = line.mid(1, line.size() - 2);
    if (line.size() != 5 || !line.startsWith(u"sep=", Qt::CaseInsensitive))
        return QChar();
    if (end < text.size() && text[end] == u'\r')
        ++end;
    if (end < text.size() && text[end] == u'\n')
        ++end;
    *dataStart = end;
    return line[4];
}

// Excel's ="00123": a formula returning text, used to keep leading zeros.
bool unwrapExcelText(QString *cell)
{
    if (cell->size() < 3 || !cell->startsWith(u"=\"") || !cell->endsWith(u'"'))
        return false;
    QString inner = cell->mid(2, cell->size() - 3);
    inner.replace(u"\"\""_s, u"\""_s);
    *cell = inner;
    return true;
}

bool hasDigit(const QString &text)
{
    for (QChar c : text) {
        if (c.isDigit())
            return true;
    }
    return false;
}

// Values such as 1001, 10.10.10.15, -5.00, +1 (312) 555-1212.
bool isNumberLike(const QString &text)
{
    bool digit = false;
    for (QChar c : text) {
        if (c.isDigit())
            digit = true;
        else if (!QStringView(u" +-.,()*#:/").contains(c))
            return false;
    }
    return digit;
}

} // namespace

QString CsvReader::delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return tr("comma");
    case u';':
        return tr("semicolon");
    case u'\t':
        return tr("tab");
    case u'|':
        return tr("pipe");
    default:
        return QString(delimiter);
    }
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    const QStringView sample = text.left(kDetectChars);
    const bool whole = sample.size() == text.size();
    QChar best;
    double bestConsistency = 0;
    int bestWidth = 0;
    for (char16_t candidate : kCandidates) {
        CsvRecordParser parser{QChar(candidate), kDetectChars};
        parser.addText(sample.toString());
        if (whole)
            parser.finish();
        QHash<int, int> widths; // field count -> records
        int records = 0;
        CsvRow row;
        while (records < kDetectRecords && parser.readRecord(&row)) {
            if (row.cells.size() == 1 && isBlank(row.cells.first()))
                continue;
            ++widths[int(row.cells.size())];
            ++records;
        }
        int width = 0, count = 0;
        for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
            if (it.value() > count || (it.value() == count && it.key() > width)) {
                width = it.key();
                count = it.value();
            }
        }
        if (width < 2)
            continue;
        const double consistency = double(count) / records;
        // The most consistent field count wins; then the wider table; then
        // the candidates' order.
        if (consistency > bestConsistency + 1e-9 ||
            (consistency > bestConsistency - 1e-9 && width > bestWidth)) {
            best = QChar(candidate);
            bestConsistency = consistency;
            bestWidth = width;
        }
    }
    return best;
}

bool CsvReader::looksLikeHeader(const QList<CsvRow> &rows, const KnownHeader &isKnownHeader)
{
    if (rows.isEmpty())
        return false;
    const QStringList &first = rows.first().cells;
    int known = 0, numbers = 0, nonEmpty = 0;
    for (const QString &cell : first) {
        const QString name = cell.trimmed();
        if (name.isEmpty())
            continue;
        ++nonEmpty;
        if (isNumberLike(name))
            ++numbers;
        else if (isKnownHeader && isKnownHeader(name))
            ++known;
    }
    if (nonEmpty == 0 || numbers > 0)
        return false;
    if (known > 0)
        return true;
    if (rows.size() == 1)
        return false;

    // A column whose first cell has no digit while the cells below mostly do
    // (extensions, IPs, caller IDs) is a named column.
    const int last = int(std::min<qsizetype>(rows.size(), kDetectRecords));
    for (int column = 0; column < first.size(); ++column) {
        if (first[column].trimmed().isEmpty() || hasDigit(first[column]))
            continue;
        int filled = 0, digits = 0;
        for (int r = 1; r < last; ++r) {
            const QStringList &cells = rows[r].cells;
            if (column >= cells.size() || cells[column].trimmed().isEmpty())
                continue;
            ++filled;
            digits += hasDigit(cells[column]);
        }
        if (filled > 0 && digits * 2 > filled)
            return true;
    }
    // All text: names if they are unique and none is empty.
    QStringList names;
    for (const QString &cell : first)
        names << cell.trimmed().toLower();
    return nonEmpty == first.size() && names.removeDuplicates() == 0 && !hasDigit(names.join(u' '));
}

CsvTable CsvReader::read(const QByteArray &data, const CsvOptions &options)
{
    CsvTable table;
    if (options.maxBytes > 0 && data.size() > options.maxBytes) {
        table.error = tr("The file is %1 MB; files up to %2 MB can be read.")
                          .arg(megabytes(data.size()), megabytes(options.maxBytes));
        return table;
    }
    DecodedText decoded = TextDecoder::decode(data, options.encoding);
    table.encoding = decoded.encoding;
    table.warnings += decoded.warnings;
    if (!decoded.ok()) {
        table.error = decoded.error;
        return table;
    }
    QString text = std::move(decoded.text);
    if (isBlank(text)) {
        table.error = tr("The file is empty.");
        return table;
    }

    qsizetype dataStart = 0;
    const QChar sepDelimiter = excelSepLine(text, &dataStart);
    if (dataStart > 0)
        text.remove(0, dataStart);
    table.delimiter = options.delimiter;
    if (table.delimiter.isNull())
        table.delimiter = sepDelimiter;
    if (table.delimiter.isNull())
        table.delimiter = detectDelimiter(text);
    if (table.delimiter.isNull()) {
        table.delimiter = QLatin1Char(',');
        table.warnings << tr("Only one column was found. If the file uses another "
                             "separator, choose it.");
    }

    CsvRecordParser parser(table.delimiter, options.maxFieldChars, dataStart > 0 ? 2 : 1);
    parser.addText(text);
    text.clear();
    parser.finish();
    QList<CsvRow> rows;
    CsvRow row;
    int unwrapped = 0, apostrophes = 0, firstApostropheLine = 0;
    while (parser.readRecord(&row)) {
        if (isBlankRow(row.cells))
            continue; // carries nothing; Excel leaves such rows at the end
        for (QString &cell : row.cells) {
            if (cell.isEmpty())
                continue;
            if (options.unwrapExcelText && cell.front() == u'=' && unwrapExcelText(&cell))
                ++unwrapped;
            else if (cell.front() == u'\'' && cell.size() > 1 && apostrophes++ == 0)
                firstApostropheLine = row.line;
        }
        rows.append(std::move(row));
    }
    if (parser.hasError()) {
        table.error = parser.error();
        table.errorLine = parser.errorLine();
        return table;
    }
    if (rows.isEmpty()) {
        table.error = tr("The file is empty.");
        return table;
    }
    if (parser.strayQuoteLine())
        table.warnings << tr("Line %1: text follows a closing quote; it was kept as typed.")
                              .arg(parser.strayQuoteLine());
    if (unwrapped == 1)
        table.warnings << tr("1 cell written as =\"...\" (Excel's way to keep leading zeros) "
                             "was read as the text inside.");
    else if (unwrapped > 1)
        table.warnings << tr("%1 cells written as =\"...\" (Excel's way to keep leading zeros) "
                             "were read as the text inside.")
                              .arg(unwrapped);
    if (apostrophes == 1)
        table.warnings << tr("1 cell starts with an apostrophe, on line %1. It is kept as part "
                             "of the value.")
                              .arg(firstApostropheLine);
    else if (apostrophes > 1)
        table.warnings << tr("%1 cells start with an apostrophe, the first on line %2. It is "
                             "kept as part of the value.")
                              .arg(apostrophes)
                              .arg(firstApostropheLine);

    table.hasHeader = options.hasHeader.value_or(looksLikeHeader(rows, options.isKnownHeader));
    if (table.hasHeader) {
        const CsvRow headerRow = rows.takeFirst();
        table.headerLine = headerRow.line;
        for (const QString &name : headerRow.cells)
            table.header << name.trimmed();
        if (rows.isEmpty()) {
            table.error = tr("The file has only a header row and no phones.");
            table.errorLine = table.headerLine;
            return table;
        }
    }

    // Expected width: the header's, else the most common row width.
    int width = int(table.header.size());
    if (!table.hasHeader) {
        QHash<int, int> widths;
        int count = 0;
        for (const CsvRow &r : std::as_const(rows)) {
            const int w = int(r.cells.size());
            if (++widths[w] > count || (widths[w] == count && w > width)) {
                count = widths[w];
                width = w;
            }
        }
    }
    // Spreadsheets add empty columns at the right; drop those that are empty
    // in every row and have no name.
    int used = 0;
    for (const CsvRow &r : std::as_const(rows)) {
        for (int c = int(r.cells.size()) - 1; c >= used; --c) {
            if (!r.cells[c].isEmpty()) {
                used = c + 1;
                break;
            }
        }
    }
    while (!table.header.isEmpty() && table.header.last().isEmpty() && table.header.size() > used)
        table.header.removeLast();
    const int trimmedWidth = table.hasHeader ? int(table.header.size()) : std::min(width, used);
    for (CsvRow &r : rows) {
        const bool ragged =
            r.cells.size() < width || (r.cells.size() > width && !isBlankRow(r.cells.mid(width)));
        while (r.cells.size() > trimmedWidth && r.cells.last().isEmpty())
            r.cells.removeLast();
        if (ragged) {
            if (table.raggedLines.size() < kListedRaggedRows)
                table.warnings << (table.hasHeader
                                       ? tr("Line %1 has %2 fields; the header has %3.")
                                       : tr("Line %1 has %2 fields; most rows have %3."))
                                      .arg(r.line)
                                      .arg(r.cells.size())
                                      .arg(width);
            table.raggedLines << r.line;
        }
    }
    if (table.raggedLines.size() > kListedRaggedRows)
        table.warnings << tr("... and %1 more rows with a different number of fields.")
                              .arg(table.raggedLines.size() - kListedRaggedRows);
    table.columnCount = trimmedWidth;
    table.rows = std::move(rows);
    return table;
}

CsvTable CsvReader::readFile(const QString &path, const CsvOptions &options)
{
    CsvTable table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        table.error = tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return table;
    }
    if (options.maxBytes > 0 && file.size() > options.maxBytes) {
        table.error = tr("The file is %1 MB; files up to %2 MB can be read.")
                          .arg(megabytes(file.size()), megabytes(options.maxBytes));
        return table;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        table.error = tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return table;
    }
    return read(data, options);
}

} // namespace vp
