// Internal to the core library: the compiled per-field rule table behind
// PhoneRules, and the translated sentences its issues carry. Not for other
// modules; they use PhoneRules.
#pragma once

#include "model/PhoneField.h"
#include "rules/PhoneRules.h"

#include <QStringList>

#include <array>

namespace vp::rules {

enum class ValueType
{
    Text,      // free text of kept characters
    List,      // one of a fixed list (protocol, Y/N)
    TimeZone,  // one of the 33 offsets
    CallerId,  // digits, separators removed by the client
    IpAddress, // dotted IPv4
};

// A set of characters a field keeps, as an ASCII lookup table (built once)
// plus "letters of any script" for servers in non-latin mode.
struct CharSet
{
    std::array<bool, 128> ascii{};
    bool letters = false; // A-Z a-z kept, hence any letter in non-latin mode

    bool keeps(char32_t cp, bool nonLatin) const
    {
        if (cp < 128)
            return ascii[cp];
        return nonLatin && letters && QChar::isLetter(cp);
    }
};

struct FieldRule
{
    PhoneField field;
    ValueType type;
    int minLength;
    int maxLength;
    CharSet client; // what the client accepts without complaint
    CharSet server; // what the server keeps (removes the rest silently)
    const char *clientSymbols;
    QStringList values; // for ValueType::List
    QString defaultValue;
};

const FieldRule &rule(PhoneField field);

// Reads one code point at index i (surrogate pairs joined); *width gets 1 or 2.
inline char32_t codePointAt(const QString &s, int i, int *width)
{
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, s.at(i + 1));
    }
    *width = 1;
    return c.unicode();
}

// Messages (PhoneRuleMessages.cpp), each a complete translated sentence.
namespace messages {
QString missing(PhoneField field);
QString noDigits(PhoneField field);
QString nothingLeft(PhoneField field, const RuleOptions &options);
QString badCharacter(PhoneField field, char32_t cp, int position, const QString &serverWouldStore,
                     const RuleOptions &options);
QString tooShort(PhoneField field, int minLength);
QString ignoredByBuild(PhoneField field, const ServerBuild &build);
QString tooLong(PhoneField field, int length, int maxLength);
QString notInList(PhoneField field, const QString &value);
QString badTimeZone(PhoneField field, const QString &value);
QString badIpAddress(PhoneField field, const QString &value);
QString ipLeadingZeros(PhoneField field, const QString &value, const QString &suggestion);
QString keptCharacters(PhoneField field, const RuleOptions &options);

QString trimmedReason();
QString writtenAsReason(const QString &canonical);
QString digitsOnlyReason();
QString accentsRemovedReason();
QString droppedReason(PhoneField field, const QList<char32_t> &dropped, const RuleOptions &options);
} // namespace messages

} // namespace vp::rules
