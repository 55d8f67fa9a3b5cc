// Turns the bytes of an imported file into text: detects UTF-8 (with or
// without BOM), UTF-16 LE/BE and Windows-1252, and refuses binary files, so
// the CSV reader only ever works on decoded text.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace vp {

enum class TextEncoding
{
    Auto,
    Utf8,
    Utf8Bom,
    Utf16LE,
    Utf16BE,
    Windows1252
};

struct DecodedText
{
    QString text;
    TextEncoding encoding = TextEncoding::Auto; // what was detected or forced
    QStringList warnings;                       // e.g. invalid bytes replaced
    QString error;                              // binary file, odd UTF-16 length...
    bool ok() const { return error.isEmpty(); }
};

class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    // With TextEncoding::Auto the encoding is detected; any other value forces
    // it (a BOM of that encoding is still skipped).
    static DecodedText decode(const QByteArray &data, TextEncoding encoding = TextEncoding::Auto);
    // Detection only: BOM, then UTF-16 by its NUL pattern, then UTF-8 validity.
    static TextEncoding detect(const QByteArray &data);
    static QString decodeWindows1252(const char *data, qsizetype size);
    static QString encodingName(TextEncoding encoding);
    // Parses "utf-8", "UTF8-BOM", "utf-16le", "cp1252", "windows-1252", ...
    static bool encodingFromName(const QString &name, TextEncoding *encoding);
};

} // namespace vp
