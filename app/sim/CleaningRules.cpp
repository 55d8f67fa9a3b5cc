#include "CleaningRules.h"

#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace sim {

namespace {

struct Rule
{
    const char *extra;
    bool digits;
    bool letters;
    bool lowerCase = true; // with letters: a-z too
};

Rule ruleFor(KeepSet set)
{
    switch (set) {
    case KeepSet::Word:
        return {"-_", true, true};
    case KeepSet::Alnum:
        return {"", true, true};
    case KeepSet::Dialplan:
        return {"*#", true, true};
    case KeepSet::ServerIp:
        return {"-.:_", true, true};
    case KeepSet::FullName:
        return {"- +._", true, true};
    case KeepSet::LocalGmt:
        return {"-.", true, false};
    case KeepSet::Digits:
        return {"", true, false};
    case KeepSet::Email:
        return {"- +.:/@%_", true, true};
    case KeepSet::AliasName:
        return {"- +.:/@_", true, true};
    case KeepSet::PhoneLoginList:
        return {"-_,", true, true};
    case KeepSet::DottedDigits:
        return {".", true, false};
    case KeepSet::Upper:
        return {"", false, true, false};
    case KeepSet::Letters:
        return {"", false, true};
    }
    return {"", false, false};
}

bool keepsAscii(const Rule &rule, char32_t c)
{
    if (c >= '0' && c <= '9')
        return rule.digits;
    if (c >= 'A' && c <= 'Z')
        return rule.letters;
    if (c >= 'a' && c <= 'z')
        return rule.letters && rule.lowerCase;
    for (const char *p = rule.extra; *p; ++p) {
        if (char32_t(*p) == c)
            return true;
    }
    return false;
}

} // namespace

QString CleaningRules::clean(const QByteArray &raw, KeepSet set, bool nonLatin)
{
    const Rule rule = ruleFor(set);
    // active, delete_phone and delete_vm_after_email are cleaned before (and
    // apart from) the non-latin switch.
    if (set == KeepSet::Upper || set == KeepSet::Letters)
        nonLatin = false;
    if (!nonLatin) {
        // Byte by byte: the bytes of a multi-byte character are all outside the set.
        QByteArray kept;
        kept.reserve(raw.size());
        for (const char c : raw) {
            if (keepsAscii(rule, char32_t(uchar(c))))
                kept.append(c);
        }
        return QString::fromLatin1(kept);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(raw);
    if (decoder.hasError())
        return QString();
    QString kept;
    kept.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        const bool keep = c < 0x80 ? keepsAscii(rule, c) : (rule.letters && QChar::isLetter(c));
        if (keep)
            kept.append(QString::fromUcs4(&c, 1));
    }
    return kept;
}

QString CleaningRules::truncated(const QString &value, int maxChars)
{
    if (value.size() <= maxChars)
        return value;
    // Count code points so that a character outside the BMP is never cut in half.
    int units = 0;
    for (int chars = 0; chars < maxChars && units < value.size(); ++chars)
        units += (value.at(units).isHighSurrogate() && units + 1 < value.size()) ? 2 : 1;
    return value.left(units);
}

bool CleaningRules::isValidTimezone(const QString &cleaned)
{
    static const double kZones[] = {12.75, 12.00, 11.00, 10.00,  9.50,   9.00,  8.00,  7.00,  6.50,
                                    6.00,  5.75,  5.50,  5.00,   4.50,   4.00,  3.50,  3.00,  2.00,
                                    1.00,  0.00,  -1.00, -2.00,  -3.00,  -3.50, -4.00, -5.00, -6.00,
                                    -7.00, -8.00, -9.00, -10.00, -11.00, -12.00};
    // After cleaning only '-', '.' and digits remain; PHP treats such a string as
    // numeric when it is an optional minus, digits and at most one decimal point.
    static const QRegularExpression numeric(u"^-?(\\d+(\\.\\d*)?|\\.\\d+)$"_s);
    if (!numeric.match(cleaned).hasMatch())
        return false;
    bool ok = false;
    const double value = cleaned.toDouble(&ok);
    if (!ok)
        return false;
    for (const double zone : kZones) {
        if (value == zone)
            return true;
    }
    return false;
}

} // namespace sim
