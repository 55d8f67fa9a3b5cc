// Reads the CSV files people export from Excel, LibreOffice and other phone
// systems: detects encoding, delimiter and header row, keeps the physical line
// each row starts on for messages, and refuses what is not a table with a
// message a person can act on. Shared by viciprov-cli import and the import
// dialog. The records themselves come from CsvRecordParser.
#pragma once

#include "import/CsvRecordParser.h"
#include "import/TextDecoder.h"

#include <functional>
#include <optional>
#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace vp {

// Answers whether a header cell names a column the caller knows ("ext",
// "server_ip", ...): a first row of such names is a header.
using KnownHeader = std::function<bool(const QString &name)>;

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
    // Empty: the header is recognised by the shape of the rows alone.
    KnownHeader isKnownHeader;
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
    static bool looksLikeHeader(const QList<CsvRow> &rows, const KnownHeader &isKnownHeader = {});
};

} // namespace vp
