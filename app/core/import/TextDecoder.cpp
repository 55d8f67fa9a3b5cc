#include "import/TextDecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

// Qt 6.4 without ICU has no Windows-1252 codec, and Latin-1 is wrong for
// 0x80-0x9F, where Excel puts the euro sign, curly quotes and dashes. The five
// bytes Windows leaves undefined map to the C1 controls of the same value, as
// MultiByteToWideChar does; the binary check then counts them as controls.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88-8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98-9F
};

constexpr qsizetype kSampleBytes = 64 * 1024;
// A text file may hold the odd stray control character; past this share of
// the sample it is not a text file.
constexpr double kMaxControlShare = 0.05;
constexpr qsizetype kMinControls = 4; // a short file with one stray control is still text

bool startsWith(const QByteArray &data, const char *prefix, qsizetype size)
{
    return data.size() >= size && memcmp(data.constData(), prefix, size_t(size)) == 0;
}

bool isControl(char16_t c)
{
    if (c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f')
        return false;
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

// UTF-16 without a BOM (some exports) shows as NULs in every other byte.
TextEncoding guessBomlessUtf16(const QByteArray &data)
{
    const qsizetype n = std::min<qsizetype>(data.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return TextEncoding::Auto;
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNul += data[i] == 0;
        oddNul += data[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddNul * 10 >= pairs * 9 && evenNul * 10 < pairs)
        return TextEncoding::Utf16LE;
    if (evenNul * 10 >= pairs * 9 && oddNul * 10 < pairs)
        return TextEncoding::Utf16BE;
    return TextEncoding::Auto;
}

TextEncoding detectWithoutUtf8Check(const QByteArray &data)
{
    if (startsWith(data, "\xEF\xBB\xBF", 3))
        return TextEncoding::Utf8Bom;
    if (startsWith(data, "\xFF\xFE", 2))
        return TextEncoding::Utf16LE;
    if (startsWith(data, "\xFE\xFF", 2))
        return TextEncoding::Utf16BE;
    return guessBomlessUtf16(data);
}

QString binaryMessage(const QByteArray &data)
{
    if (startsWith(data, "PK\x03\x04", 4))
        return TextDecoder::tr("This looks like an Excel or OpenDocument workbook, not a CSV file. "
                               "Save it as CSV (comma or semicolon separated) and open that file.");
    if (startsWith(data, "\xD0\xCF\x11\xE0", 4))
        return TextDecoder::tr("This looks like an old Excel workbook (.xls), not a CSV file. "
                               "Save it as CSV and open that file.");
    return TextDecoder::tr("This looks like a binary file, not CSV text.");
}

DecodedText checkControls(DecodedText result, const QByteArray &data)
{
    const qsizetype sample = std::min<qsizetype>(result.text.size(), kSampleBytes);
    qsizetype controls = 0;
    const char16_t *chars = reinterpret_cast<const char16_t *>(result.text.constData());
    for (qsizetype i = 0; i < sample; ++i)
        controls += isControl(chars[i]);
    if (controls > kMinControls && double(controls) / double(sample) > kMaxControlShare) {
        result.error = binaryMessage(data);
        result.text.clear();
    }
    return result;
}

} // namespace

QString TextDecoder::decodeWindows1252(const char *data, qsizetype size)
{
    QString text(size, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    const auto *in = reinterpret_cast<const uchar *>(data);
    for (qsizetype i = 0; i < size; ++i) {
        const uchar b = in[i];
        out[i] = (b >= 0x80 && b <= 0x9F) ? kCp1252High[b - 0x80] : char16_t(b);
    }
    return text;
}

TextEncoding TextDecoder::detect(const QByteArray &data)
{
    const TextEncoding marked = detectWithoutUtf8Check(data);
    if (marked != TextEncoding::Auto)
        return marked;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString ignored = utf8.decode(data);
    return utf8.hasError() ? TextEncoding::Windows1252 : TextEncoding::Utf8;
}

DecodedText TextDecoder::decode(const QByteArray &data, TextEncoding encoding)
{
    DecodedText result;
    if (encoding == TextEncoding::Auto) {
        result.encoding = detectWithoutUtf8Check(data);
        if (result.encoding == TextEncoding::Auto) {
            // Decode once: valid UTF-8 is kept, anything else is Windows-1252.
            QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            QString text = utf8.decode(data);
            if (!utf8.hasError()) {
                result.encoding = TextEncoding::Utf8;
                if (data.contains('\0'))
                    result.error = binaryMessage(data);
                else
                    result.text = std::move(text);
                return checkControls(std::move(result), data);
            }
            result.encoding = TextEncoding::Windows1252;
        }
    } else {
        result.encoding = encoding;
    }
    const bool utf16 =
        result.encoding == TextEncoding::Utf16LE || result.encoding == TextEncoding::Utf16BE;

    if (!utf16 && data.contains('\0')) {
        result.error = binaryMessage(data);
        return result;
    }

    switch (result.encoding) {
    case TextEncoding::Auto: // not reached: detect() always decides
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom: {
        const qsizetype skip = startsWith(data, "\xEF\xBB\xBF", 3) ? 3 : 0;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        result.text = utf8.decode(QByteArrayView(data).sliced(skip));
        if (utf8.hasError())
            result.warnings << tr("The file is not valid UTF-8; invalid bytes were replaced "
                                  "by \uFFFD. Try Windows-1252 if names look wrong.");
        break;
    }
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        const bool le = result.encoding == TextEncoding::Utf16LE;
        const qsizetype skip = startsWith(data, le ? "\xFF\xFE" : "\xFE\xFF", 2) ? 2 : 0;
        if ((data.size() - skip) % 2 != 0)
            result.warnings << tr("The UTF-16 file has an odd number of bytes; the last "
                                  "byte was ignored.");
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        result.text = decoder.decode(QByteArrayView(data).sliced(skip, (data.size() - skip) & ~1));
        // Qt's UTF-16 decoder passes unpaired surrogates through without an
        // error; they are not text (and become '?' in UTF-8 reports).
        bool unpaired = false;
        QChar *units = result.text.data();
        for (qsizetype i = 0; i < result.text.size(); ++i) {
            if (units[i].isHighSurrogate() && i + 1 < result.text.size() &&
                units[i + 1].isLowSurrogate()) {
                ++i;
            } else if (units[i].isSurrogate()) {
                units[i] = QChar::ReplacementCharacter;
                unpaired = true;
            }
        }
        if (decoder.hasError() || unpaired)
            result.warnings << tr("The file is not valid UTF-16; invalid characters were "
                                  "replaced by \uFFFD.");
        if (result.text.contains(QChar(0))) {
            result.error = binaryMessage(data);
            result.text.clear();
            return result;
        }
        break;
    }
    case TextEncoding::Windows1252:
        result.text = decodeWindows1252(data.constData(), data.size());
        break;
    }

    return checkControls(std::move(result), data);
}

QString TextDecoder::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return tr("Automatic");
    case TextEncoding::Utf8:
        return u"UTF-8"_s;
    case TextEncoding::Utf8Bom:
        return tr("UTF-8 with BOM");
    case TextEncoding::Utf16LE:
        return u"UTF-16 LE"_s;
    case TextEncoding::Utf16BE:
        return u"UTF-16 BE"_s;
    case TextEncoding::Windows1252:
        return u"Windows-1252"_s;
    }
    return QString();
}

bool TextDecoder::encodingFromName(const QString &name, TextEncoding *encoding)
{
    QString key;
    for (QChar c : name) {
        if (c.isLetterOrNumber())
            key += c.toLower();
    }
    struct Alias
    {
        const char *name;
        TextEncoding encoding;
    };
    static const Alias aliases[] = {
        {"auto", TextEncoding::Auto},
        {"utf8", TextEncoding::Utf8},
        {"utf8bom", TextEncoding::Utf8Bom},
        {"utf8sig", TextEncoding::Utf8Bom},
        {"utf16", TextEncoding::Utf16LE},
        {"utf16le", TextEncoding::Utf16LE},
        {"utf16be", TextEncoding::Utf16BE},
        {"windows1252", TextEncoding::Windows1252},
        {"cp1252", TextEncoding::Windows1252},
        {"win1252", TextEncoding::Windows1252},
        // As in browsers (WHATWG): a file labelled Latin-1 is read as 1252.
        {"latin1", TextEncoding::Windows1252},
        {"iso88591", TextEncoding::Windows1252},
        {"ansi", TextEncoding::Windows1252},
    };
    for (const Alias &alias : aliases) {
        if (key == QLatin1String(alias.name)) {
            *encoding = alias.encoding;
            return true;
        }
    }
    return false;
}

} // namespace vp
