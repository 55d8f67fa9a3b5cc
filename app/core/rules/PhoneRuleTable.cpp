// The rule table of every add_phone field, built once: kept characters as
// lookup tables, lengths, lists and defaults (shared/vicidial-api.md).
#include "rules/PhoneRuleTable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vp {

namespace rules {

namespace {

CharSet makeSet(bool lettersAndDigits, bool digits, const char *symbols)
{
    CharSet set;
    set.letters = lettersAndDigits;
    for (char32_t c = 0; c < 128; ++c) {
        const bool isLetter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        const bool isDigit = c >= '0' && c <= '9';
        set.ascii[c] = (lettersAndDigits && (isLetter || isDigit)) || (digits && isDigit);
    }
    for (const char *p = symbols; *p; ++p)
        set.ascii[static_cast<unsigned char>(*p)] = true;
    return set;
}

FieldRule textRule(PhoneField field, int minLength, int maxLength, const char *symbols,
                   const char *defaultValue = "")
{
    const CharSet set = makeSet(true, true, symbols);
    return {field,
            ValueType::Text,
            minLength,
            maxLength,
            set,
            set,
            symbols,
            {},
            QString::fromLatin1(defaultValue)};
}

FieldRule listRule(PhoneField field, const char *values, const char *defaultValue)
{
    const QStringList list = QString::fromLatin1(values).split(QLatin1Char(' '));
    int shortest = 1000;
    int longest = 0;
    for (const QString &v : list) {
        shortest = std::min<int>(shortest, v.size());
        longest = std::max<int>(longest, v.size());
    }
    // The server cleans the value (protocol to letters and digits, the Y/N
    // lists like a word), then compares it exactly.
    const CharSet server = makeSet(true, true, field == PhoneField::Protocol ? "" : "-_");
    return {field,
            ValueType::List,
            shortest,
            longest,
            {},
            server,
            "",
            list,
            QString::fromLatin1(defaultValue)};
}

std::array<FieldRule, PhoneFieldCount> buildRules()
{
    using F = PhoneField;
    // Lengths are the client's limits (the server checks almost none); kept
    // characters are what non_agent_api.php keeps (shared/vicidial-api.md).
    FieldRule serverIp{F::ServerIp,
                       ValueType::IpAddress,
                       7,
                       15,
                       makeSet(false, true, "."),
                       makeSet(true, true, "-.:_"),
                       ".",
                       {},
                       {}};
    FieldRule localGmt{F::LocalGmt, ValueType::TimeZone, 4, 6, {}, makeSet(false, true, "-."), "",
                       {},          u"-5.00"_s};
    const CharSet digitsOnly = makeSet(false, true, "");
    FieldRule outboundCid{
        F::OutboundCid, ValueType::CallerId, 1, 20, digitsOnly, digitsOnly, "", {}, {}};
    // "+" is kept by the server but turned into a space, and an apostrophe
    // makes it fail with HTTP 500: the client refuses both.
    FieldRule email = textRule(F::Email, 1, 100, "- .:/@%_");
    email.server = makeSet(true, true, "- .:/@%_+");

    std::array<FieldRule, PhoneFieldCount> table = {{
        textRule(F::Extension, 2, 100, "-_"),
        textRule(F::DialplanNumber, 2, 20, "*#"),
        textRule(F::VoicemailId, 1, 10, ""),
        textRule(F::PhoneLogin, 1, 15, "-_"),
        textRule(F::PhonePass, 1, 20, "-_"),
        serverIp,
        listRule(F::Protocol, "IAX2 SIP Zap EXTERNAL", "SIP"),
        textRule(F::RegistrationPassword, 1, 20, "-_"),
        textRule(F::PhoneFullName, 1, 50, "- +._"),
        localGmt,
        outboundCid,
        textRule(F::PhoneContext, 1, 20, "-_", "default"),
        email,
        textRule(F::AdminUserGroup, 1, 20, "-_", "---ALL---"),
        listRule(F::IsWebphone, "Y N Y_API_LAUNCH", "N"),
        listRule(F::WebphoneAutoAnswer, "Y N", "Y"),
        listRule(F::UseExternalServerIp, "Y N", "N"),
        // The server ignores a template_id shorter than 2 characters.
        textRule(F::TemplateId, 2, 15, "-_"),
        listRule(F::OnHookAgent, "Y N", "N"),
    }};
    for (std::size_t i = 0; i < table.size(); ++i)
        Q_ASSERT(table[i].field == PhoneField(i));
    return table;
}

} // namespace

const FieldRule &rule(PhoneField field)
{
    static const std::array<FieldRule, PhoneFieldCount> table = buildRules();
    return table[std::size_t(field)];
}

} // namespace rules

} // namespace vp
