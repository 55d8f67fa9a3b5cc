#include "rules/PhoneRules.h"

#include "rules/PhoneRuleTable.h"
#include "rules/TimeZones.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace vp {

using namespace vp::rules;

namespace {

// A full name is for people to read: in latin mode the server drops accented
// letters (José Müller -> "Jos Mller"), while "Jose Muller" is what an admin
// means. So the full name's letters are written without their accents before
// sending (only this field: extensions, logins and passwords are typed by
// agents and are never changed). nullopt: no ASCII form (e.g. 李, Ω).
bool foldsAccents(PhoneField field)
{
    return field == PhoneField::PhoneFullName;
}

std::optional<QString> withoutAccents(char32_t cp)
{
    switch (cp) {
    case U'\u00df':
        return u"ss"_s; // ß
    case U'\u00c6':
        return u"AE"_s; // Æ
    case U'\u00e6':
        return u"ae"_s;
    case U'\u0152':
        return u"OE"_s; // Œ
    case U'\u0153':
        return u"oe"_s;
    case U'\u00d8':
        return u"O"_s; // Ø
    case U'\u00f8':
        return u"o"_s;
    case U'\u0110':
        return u"D"_s; // Đ
    case U'\u0111':
        return u"d"_s;
    case U'\u0141':
        return u"L"_s; // Ł
    case U'\u0142':
        return u"l"_s;
    case U'\u00de':
        return u"Th"_s; // Þ
    case U'\u00fe':
        return u"th"_s;
    case U'\u0131':
        return u"i"_s; // dotless i
    default:
        break;
    }
    const QString decomposed = QString::fromUcs4(&cp, 1).normalized(QString::NormalizationForm_KD);
    QString result;
    for (QChar c : decomposed) {
        if (c.isMark())
            continue; // the accent itself (also a lone combining accent)
        if (c.unicode() >= 128)
            return std::nullopt;
        result.append(c);
    }
    return result;
}

// The accent-free form of a non-kept code point, when every character of it
// is kept by the field; nullopt otherwise.
std::optional<QString> keptWithoutAccents(const rules::FieldRule &r, char32_t cp)
{
    if (cp < 128 || !foldsAccents(r.field))
        return std::nullopt;
    std::optional<QString> folded = withoutAccents(cp);
    if (!folded)
        return std::nullopt;
    for (QChar c : *folded) {
        if (!r.client.keeps(c.unicode(), false))
            return std::nullopt;
    }
    return folded;
}

// The full name is a label, too: punctuation and symbols the server drops
// ("O'Brien", "Smith, John", a typographic apostrophe) are dropped by the
// client as well, visibly, instead of refused; the server stores the same
// text. Letters without a plain form are still refused (dropping them would
// lose the name), and so are characters in every other field.
bool dropsFromLabel(const rules::FieldRule &r, char32_t cp)
{
    if (!foldsAccents(r.field))
        return false;
    if (cp < 128)
        return true; // every ASCII letter and digit is kept: this is a symbol
    return !QChar::isLetterOrNumber(cp) && !QChar::isMark(cp);
}

bool isAsciiDigit(char32_t cp)
{
    return cp >= '0' && cp <= '9';
}

// Separators people write in phone numbers; the client removes them visibly.
bool isCallerIdSeparator(char32_t cp)
{
    return cp == '+' || cp == '(' || cp == ')' || cp == '-' || cp == '.' || QChar::isSpace(cp);
}

// [begin, end) of the value without surrounding whitespace.
void trimBounds(const QString &value, int *begin, int *end)
{
    int b = 0;
    int e = value.size();
    while (b < e && value.at(b).isSpace())
        ++b;
    while (e > b && value.at(e - 1).isSpace())
        --e;
    *begin = b;
    *end = e;
}

QString canonicalListValue(const FieldRule &r, QStringView trimmed, bool *ok)
{
    *ok = true;
    for (const QString &v : r.values) {
        if (trimmed.compare(v, Qt::CaseInsensitive) == 0)
            return v;
    }
    if (r.values.contains("Y"_L1) && r.values.contains("N"_L1)) {
        static const QStringList yes = {u"yes"_s, u"true"_s, u"1"_s};
        static const QStringList no = {u"no"_s, u"false"_s, u"0"_s};
        if (yes.contains(trimmed, Qt::CaseInsensitive))
            return u"Y"_s;
        if (no.contains(trimmed, Qt::CaseInsensitive))
            return u"N"_s;
    }
    *ok = false;
    return trimmed.toString();
}

// The digits of a caller ID if it holds only digits and separators.
QString callerIdDigits(const QString &trimmed, bool *ok)
{
    QString digits;
    digits.reserve(trimmed.size());
    *ok = true;
    for (QChar c : trimmed) {
        if (isAsciiDigit(c.unicode()))
            digits.append(c);
        else if (!isCallerIdSeparator(c.unicode()))
            *ok = false;
    }
    return digits;
}

// The character set a field keeps on the options' build: before 2.14-168
// voicemail_id kept digits only and server_ip dots and digits only.
bool keepsOnBuild(const FieldRule &r, const CharSet &set, char32_t cp, const RuleOptions &options)
{
    const bool digit = cp >= '0' && cp <= '9';
    if (r.field == PhoneField::VoicemailId && !options.build.voicemailKeepsLetters())
        return digit;
    if (r.field == PhoneField::ServerIp && !options.build.serverIpKeepsLetters())
        return digit || cp == '.';
    return set.keeps(cp, options.nonLatin);
}

FieldIssue makeIssue(PhoneField field, FieldIssue::Kind kind, const QString &message,
                     int position = -1, QChar character = QChar())
{
    FieldIssue issue{field, kind, message};
    issue.position = position;
    issue.character = character;
    return issue;
}

FieldIssue badCharacterIssue(const FieldRule &r, const QString &value, int begin, int end,
                             int index, char32_t cp, const RuleOptions &options)
{
    const QString cleaned =
        PhoneRules::serverCleaned(r.field, value.mid(begin, end - begin), options);
    return makeIssue(r.field, FieldIssue::Kind::BadCharacter,
                     messages::badCharacter(r.field, cp, index, cleaned, options), index,
                     value.at(index));
}

// Checks kept characters and length of [begin, end); the length is counted in
// code points, as the server's columns count characters.
void checkText(const FieldRule &r, const QString &value, int begin, int end,
               const RuleOptions &options, QList<FieldIssue> *issues)
{
    int length = 0;
    int badIndex = -1;
    char32_t badCp = 0;
    bool dropped = false;
    for (int i = begin; i < end;) {
        int width = 1;
        const char32_t cp = codePointAt(value, i, &width);
        i += width;
        if (!keepsOnBuild(r, r.client, cp, options)) {
            if (!options.nonLatin) {
                if (const auto folded = keptWithoutAccents(r, cp)) {
                    length += int(folded->size()); // sent without its accent
                    continue;
                }
            }
            if (dropsFromLabel(r, cp)) {
                dropped = true;
                continue; // sent without it, as the server would store it
            }
            if (badIndex < 0) {
                badIndex = i - width;
                badCp = cp;
            }
        }
        ++length;
    }
    if (badIndex >= 0)
        issues->append(badCharacterIssue(r, value, begin, end, badIndex, badCp, options));
    if (length == 0 && dropped && badIndex < 0)
        issues->append(
            makeIssue(r.field, FieldIssue::Kind::Missing, messages::nothingLeft(r.field, options)));
    else if (length < r.minLength)
        issues->append(makeIssue(r.field, FieldIssue::Kind::TooShort,
                                 messages::tooShort(r.field, r.minLength)));
    else if (length > r.maxLength)
        issues->append(makeIssue(r.field, FieldIssue::Kind::TooLong,
                                 messages::tooLong(r.field, length, r.maxLength)));
}

void checkCallerId(const FieldRule &r, const QString &value, int begin, int end,
                   const RuleOptions &options, QList<FieldIssue> *issues)
{
    int digits = 0;
    for (int i = begin; i < end;) {
        int width = 1;
        const char32_t cp = codePointAt(value, i, &width);
        if (isAsciiDigit(cp)) {
            ++digits;
        } else if (!isCallerIdSeparator(cp)) {
            issues->append(badCharacterIssue(r, value, begin, end, i, cp, options));
            return;
        }
        i += width;
    }
    if (digits == 0)
        issues->append(makeIssue(r.field, FieldIssue::Kind::Missing, messages::noDigits(r.field)));
    else if (digits > r.maxLength)
        issues->append(makeIssue(r.field, FieldIssue::Kind::TooLong,
                                 messages::tooLong(r.field, digits, r.maxLength)));
}

void checkIpAddress(const FieldRule &r, const QString &value, int begin, int end,
                    const RuleOptions &options, QList<FieldIssue> *issues)
{
    for (int i = begin; i < end;) {
        int width = 1;
        const char32_t cp = codePointAt(value, i, &width);
        if (!r.client.keeps(cp, false)) {
            issues->append(badCharacterIssue(r, value, begin, end, i, cp, options));
            return;
        }
        i += width;
    }
    // Four parts of 1-3 digits, each up to 255, read in place: an import
    // validates this field 100,000 times.
    int parts = 0;
    int partLength = 0;
    int partValue = 0;
    bool wellFormed = true;
    bool leadingZeros = false;
    for (int i = begin; i <= end && wellFormed; ++i) {
        if (i == end || value.at(i) == QLatin1Char('.')) {
            wellFormed = partLength > 0 && partLength <= 3 && partValue <= 255;
            leadingZeros = leadingZeros || (partLength > 1 && value.at(i - partLength) == u'0');
            ++parts;
            partLength = 0;
            partValue = 0;
        } else {
            if (++partLength <= 3)
                partValue = partValue * 10 + (value.at(i).unicode() - '0');
        }
    }
    wellFormed = wellFormed && parts == 4;
    if (wellFormed && !leadingZeros)
        return;
    const QString trimmed = value.mid(begin, end - begin);
    if (!wellFormed) {
        issues->append(makeIssue(r.field, FieldIssue::Kind::Invalid,
                                 messages::badIpAddress(r.field, trimmed)));
    } else if (leadingZeros) {
        // The server compares server_ip as text: 010.10.10.15 is not 10.10.10.15.
        QStringList plain;
        for (const QString &part : trimmed.split(QLatin1Char('.')))
            plain.append(QString::number(part.toInt()));
        issues->append(
            makeIssue(r.field, FieldIssue::Kind::Invalid,
                      messages::ipLeadingZeros(r.field, trimmed, plain.join(QLatin1Char('.')))));
    }
}

} // namespace

QList<FieldIssue> PhoneRules::validateField(PhoneField field, const QString &value,
                                            const RuleOptions &options)
{
    QList<FieldIssue> issues;
    const FieldRule &r = rule(field);
    int begin = 0;
    int end = 0;
    trimBounds(value, &begin, &end);
    if (begin == end) {
        if (isRequiredField(field))
            issues.append(makeIssue(field, FieldIssue::Kind::Missing, messages::missing(field)));
        return issues;
    }
    // A value the server's build never reads is flagged, not dropped in silence.
    if (!options.build.readsField(field))
        issues.append(makeIssue(field, FieldIssue::Kind::Ignored,
                                messages::ignoredByBuild(field, options.build)));

    switch (r.type) {
    case ValueType::Text:
        checkText(r, value, begin, end, options, &issues);
        break;
    case ValueType::CallerId:
        checkCallerId(r, value, begin, end, options, &issues);
        break;
    case ValueType::IpAddress:
        checkIpAddress(r, value, begin, end, options, &issues);
        break;
    case ValueType::TimeZone: {
        const QStringView trimmed = QStringView(value).mid(begin, end - begin);
        if (!isCanonicalTimeZone(trimmed)) {
            bool ok = false;
            canonicalTimeZone(trimmed.toString(), &ok);
            if (!ok)
                issues.append(makeIssue(field, FieldIssue::Kind::NotAllowed,
                                        messages::badTimeZone(field, trimmed.toString())));
        }
        break;
    }
    case ValueType::List: {
        bool ok = false;
        const QStringView trimmed = QStringView(value).mid(begin, end - begin);
        canonicalListValue(r, trimmed, &ok);
        if (!ok)
            issues.append(makeIssue(field, FieldIssue::Kind::NotAllowed,
                                    messages::notInList(field, trimmed.toString())));
        break;
    }
    }
    return issues;
}

QList<FieldIssue> PhoneRules::validate(const PhoneRecord &phone, const RuleOptions &options)
{
    QList<FieldIssue> issues;
    for (const PhoneFieldInfo &info : phoneFields())
        issues.append(validateField(info.field, phone.value(info.field), options));
    return issues;
}

bool PhoneRules::isValid(const PhoneRecord &phone, const RuleOptions &options)
{
    for (const PhoneFieldInfo &info : phoneFields()) {
        if (!validateField(info.field, phone.value(info.field), options).isEmpty())
            return false;
    }
    return true;
}

QString PhoneRules::normalizedValue(PhoneField field, const QString &value,
                                    const RuleOptions &options, QString *reason)
{
    QStringList reasons;
    QString result = value.trimmed();
    if (result.size() != value.size())
        reasons.append(messages::trimmedReason());

    const FieldRule &r = rule(field);
    bool ok = false;
    switch (r.type) {
    case ValueType::TimeZone: {
        const QString canonical = canonicalTimeZone(result, &ok);
        if (ok && canonical != result) {
            reasons.append(messages::writtenAsReason(canonical));
            result = canonical;
        }
        break;
    }
    case ValueType::CallerId: {
        const QString digits = callerIdDigits(result, &ok);
        if (ok && !digits.isEmpty() && digits != result) {
            reasons.append(messages::digitsOnlyReason());
            result = digits;
        }
        break;
    }
    case ValueType::List: {
        const QString canonical = canonicalListValue(r, result, &ok);
        if (ok && canonical != result) {
            reasons.append(messages::writtenAsReason(canonical));
            result = canonical;
        }
        break;
    }
    case ValueType::Text:
        if (foldsAccents(field)) {
            QString folded;
            folded.reserve(result.size());
            bool changed = false;
            QList<char32_t> dropped;
            for (int i = 0; i < result.size();) {
                int width = 1;
                const char32_t cp = codePointAt(result, i, &width);
                const bool kept = r.client.keeps(cp, options.nonLatin);
                const auto plain =
                    kept || options.nonLatin ? std::nullopt : keptWithoutAccents(r, cp);
                if (plain) {
                    folded += *plain;
                    changed = true;
                } else if (!kept && dropsFromLabel(r, cp)) {
                    if (!dropped.contains(cp))
                        dropped.append(cp);
                } else {
                    folded += QStringView(result).mid(i, width);
                }
                i += width;
            }
            if (changed)
                reasons.append(messages::accentsRemovedReason());
            if (!dropped.isEmpty())
                reasons.append(messages::droppedReason(field, dropped, options));
            // A dropped character at either end leaves a space there ("& Ann");
            // the value is sent trimmed, as it was read, so that normalising
            // the result again changes nothing.
            if (changed || !dropped.isEmpty())
                result = folded.trimmed();
        }
        break;
    case ValueType::IpAddress:
        break;
    }
    if (reason)
        *reason = reasons.join("; "_L1);
    return result;
}

PhoneRecord PhoneRules::normalized(const PhoneRecord &phone, QList<Normalisation> *changes,
                                   const RuleOptions &options)
{
    PhoneRecord result = phone;
    for (const PhoneFieldInfo &info : phoneFields()) {
        const QString from = phone.value(info.field);
        QString reason;
        const QString to = normalizedValue(info.field, from, options, &reason);
        if (to == from)
            continue;
        result.setValue(info.field, to);
        if (changes) {
            if (info.secret)
                changes->append({info.field, QString(), QString(), reason});
            else
                changes->append({info.field, from, to, reason});
        }
    }
    return result;
}

PhoneRecord PhoneRules::withDefaults(const PhoneRecord &phone)
{
    PhoneRecord result = phone;
    for (const PhoneFieldInfo &info : phoneFields()) {
        if (info.required && phone.value(info.field).trimmed().isEmpty() &&
            !rule(info.field).defaultValue.isEmpty())
            result.setValue(info.field, rule(info.field).defaultValue);
    }
    return result;
}

QString PhoneRules::serverCleaned(PhoneField field, const QString &value,
                                  const RuleOptions &options)
{
    const FieldRule &r = rule(field);
    QString cleaned;
    cleaned.reserve(value.size());
    int length = 0;
    for (int i = 0; i < value.size();) {
        int width = 1;
        const char32_t cp = codePointAt(value, i, &width);
        if (keepsOnBuild(r, r.server, cp, options)) {
            // The login column holds 15 characters and cuts the rest.
            if (field == PhoneField::PhoneLogin && length == r.maxLength)
                break;
            if (field == PhoneField::Email && cp == '+')
                cleaned.append(QLatin1Char(' '));
            else
                cleaned.append(value.mid(i, width));
            ++length;
        }
        i += width;
    }
    // "--BLANK--" asks for an empty template; a shorter id is ignored.
    if (field == PhoneField::TemplateId && (length < r.minLength || cleaned == "--BLANK--"_L1))
        cleaned.clear();
    // A Y/N value outside its list is ignored; a protocol outside it refused.
    if (r.type == ValueType::List && field != PhoneField::Protocol && !r.values.contains(cleaned))
        return r.defaultValue;
    if (cleaned.isEmpty() && !isRequiredField(field))
        return r.defaultValue;
    return cleaned;
}

QStringList PhoneRules::allowedValues(PhoneField field)
{
    const FieldRule &r = rule(field);
    if (r.type == ValueType::TimeZone) {
        QStringList offsets;
        for (const TimeZoneInfo &zone : timeZones())
            offsets.append(zone.offset);
        return offsets;
    }
    return r.values;
}

QString PhoneRules::defaultValue(PhoneField field)
{
    return rule(field).defaultValue;
}

int PhoneRules::minLength(PhoneField field)
{
    return rule(field).minLength;
}

int PhoneRules::maxLength(PhoneField field)
{
    return rule(field).maxLength;
}

QString PhoneRules::keptCharactersDescription(PhoneField field, const RuleOptions &options)
{
    return messages::keptCharacters(field, options);
}

} // namespace vp
