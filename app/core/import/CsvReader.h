// Reads the CSV files people export from Excel, LibreOffice and other phone
// systems: detects encoding, delimiter and header row, keeps the physical line
// each row starts on for messages, and refuses what is not a table with a
// message a person can act on. Shared by viciprov-cli import and the import
// dialog.
#pragma once

#include "import/TextDecoder.h"

#include <optional>
#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace vp {

struct CsvOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    QChar delimiter; // null = detect (comma, semicolon, tab, pipe)
    std::optional<bool> hasHeader;
    qint64 maxBytes = 50ll * 1024 * 1024;
    qsizetype maxFieldChars = 64 * 1024;
    // Excel writes text that must keep its leading zeros as ="00123"; read it
    // as 00123 (with a warning saying so).
    bool unwrapExcelText = true;
};

struct CsvRow
{
    int line = 0; // physical line (1-based) in the file where the row starts
    QStringList cells;
};

struct CsvTable
{
    QStringList header; // empty when the file has no header row
    QList<CsvRow> rows;
    TextEncoding encoding = TextEncoding::Auto; // detected or forced
    QChar delimiter;
    bool hasHeader = false;
    int headerLine = 0;
    int columnCount = 0;    // header width, or the usual row width without header
    QList<int> raggedLines; // rows whose field count differs from columnCount
    QStringList warnings;
    QString error;
    int errorLine = 0; // 0 when the error is not tied to a line
    bool ok() const { return error.isEmpty(); }
};

// Splits text into RFC 4180 records and counts physical lines. Text can be
// added in pieces (readRecord() answers false until a whole record is there),
// so a caller can parse a huge file chunk by chunk.
class CsvRecordParser
{
    Q_DECLARE_TR_FUNCTIONS(CsvRecordParser)

public:
    explicit CsvRecordParser(QChar delimiter, qsizetype maxFieldChars = 64 * 1024,
                             int firstLine = 1);

    void addText(const QString &text);
    // No more text will come: what is left is the last record.
    void finish();
    // The next complete record, or false when more text is needed, the text is
    // done (atEnd()) or an error stopped the parse (hasError()).
    bool readRecord(CsvRow *row);
    bool atEnd() const;
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    // Cells that had text after their closing quote (`"abc"def`), kept as typed.
    int strayQuoteLine() const { return m_strayQuoteLine; }

private:
    enum class Step
    {
        Record,
        NeedMore,
        End,
        Error
    };
    Step parseRecord(CsvRow *row);

    QString m_buffer;
    qsizetype m_pos = 0;
    int m_line = 1;
    QChar m_delimiter;
    qsizetype m_maxFieldChars;
    bool m_finished = false;
    QString m_error;
    int m_errorLine = 0;
    int m_strayQuoteLine = 0;
    qsizetype m_lastWidth = 0;
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static CsvTable read(const QByteArray &data, const CsvOptions &options = {});
    static CsvTable readFile(const QString &path, const CsvOptions &options = {});
    static QString encodingName(TextEncoding encoding)
    {
        return TextDecoder::encodingName(encoding);
    }
    // "comma", "semicolon", "tab", "pipe" or the character itself.
    static QString delimiterName(QChar delimiter);
    // Detection on the first lines of already decoded text.
    static QChar detectDelimiter(QStringView text);
    static bool looksLikeHeader(const QList<CsvRow> &rows);
};

// RFC 4180 quoting (fields with the delimiter, quotes, line breaks or outer
// spaces are quoted), UTF-8, ending in CRLF: for reports and templates.
QByteArray writeCsvRow(const QStringList &cells, QChar delimiter = QLatin1Char(','));

} // namespace vp
