// The sentences of PhoneRules, kept apart from the rule logic. Every string
// is a literal QCoreApplication::translate("PhoneRules", ...) call, so that
// lupdate finds it.
#include "rules/PhoneRuleTable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vp::rules::messages {

namespace {

constexpr int kQuotedLength = 40;

// A value quoted in a message, cut so that a long paste stays one line.
QString quoted(const QString &value)
{
    if (value.size() <= kQuotedLength)
        return value;
    return value.left(kQuotedLength - 1) + QChar(0x2026);
}

// "the character "!"", "a space", or "the invisible character U+00A0": an
// invisible character quoted as itself would tell the user nothing.
QString characterPhrase(char32_t cp)
{
    if (cp == ' ')
        return QCoreApplication::translate("PhoneRules", "a space");
    if (QChar::isSpace(cp) || !QChar::isPrint(cp)) {
        return QCoreApplication::translate("PhoneRules", "the invisible character U+%1")
            .arg(QString::number(uint(cp), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    return QCoreApplication::translate("PhoneRules", "the character \"%1\"")
        .arg(QString::fromUcs4(&cp, 1));
}

QString joinList(const QStringList &parts)
{
    if (parts.size() < 2)
        return parts.value(0);
    return QCoreApplication::translate("PhoneRules", "%1 and %2")
        .arg(parts.mid(0, parts.size() - 1).join(", "_L1), parts.last());
}

} // namespace

QString missing(PhoneField field)
{
    return QCoreApplication::translate("PhoneRules", "%1: required, but empty.")
        .arg(fieldLabel(field));
}

QString noDigits(PhoneField field)
{
    return QCoreApplication::translate("PhoneRules", "%1: no digits; at least one is required.")
        .arg(fieldLabel(field));
}

QString nothingLeft(PhoneField field, const RuleOptions &options)
{
    return QCoreApplication::translate("PhoneRules",
                                       "%1: nothing is left once the characters the server drops "
                                       "are removed; it keeps only %2.")
        .arg(fieldLabel(field), keptCharacters(field, options));
}

QString badCharacter(PhoneField field, char32_t cp, int position, const QString &serverWouldStore,
                     const RuleOptions &options)
{
    const QString label = fieldLabel(field);
    const QString place = QString::number(position + 1); // people count from 1
    if (field == PhoneField::Email && cp == '+') {
        return QCoreApplication::translate(
                   "PhoneRules", "%1: the server would turn the \"+\" (position %2) into a space.")
            .arg(label, place);
    }
    if (field == PhoneField::Email && cp == '\'') {
        return QCoreApplication::translate(
                   "PhoneRules",
                   "%1: the apostrophe (position %2) makes the server fail (HTTP 500).")
            .arg(label, place);
    }
    if (field == PhoneField::ServerIp) {
        return QCoreApplication::translate(
                   "PhoneRules",
                   "%1: %2 (position %3) does not belong in an IPv4 address such as 10.10.10.15.")
            .arg(label, characterPhrase(cp), place);
    }

    QString message;
    if (isSecretField(field)) {
        // Neither the character nor what would be left: both are the secret.
        message = QCoreApplication::translate("PhoneRules",
                                              "%1: the character at position %2 is not kept by "
                                              "the server; only %3 are kept.")
                      .arg(label, place, keptCharacters(field, options));
    } else {
        message =
            QCoreApplication::translate(
                "PhoneRules", "%1: %2 (position %3) is not kept by the server; only %4 are kept.")
                .arg(label, characterPhrase(cp), place, keptCharacters(field, options));
        message += QLatin1Char(' ');
        if (serverWouldStore.isEmpty())
            message += QCoreApplication::translate("PhoneRules", "Nothing would be left.");
        else
            message += QCoreApplication::translate("PhoneRules", "The server would store \"%1\".")
                           .arg(quoted(serverWouldStore));
    }
    if (!options.nonLatin && cp >= 128 && QChar::isLetter(cp) && rule(field).client.letters) {
        message += QLatin1Char(' ') +
                   QCoreApplication::translate("PhoneRules",
                                               "Accented and non-Latin letters are kept only by a "
                                               "server in non-latin mode.");
    }
    return message;
}

QString ignoredByBuild(PhoneField field, const ServerBuild &build)
{
    const QString since = ServerBuild::firstBuildReading(apiName(field));
    return QCoreApplication::translate("PhoneRules",
                                       "%1: this server (VICIdial %2) ignores it; it was added in "
                                       "%3 (VICIdial %4). Leave it empty for this server.")
        .arg(fieldLabel(field), build.version())
        .arg(ServerBuild::yearOf(since))
        .arg(since);
}

QString tooShort(PhoneField field, int minLength)
{
    return QCoreApplication::translate("PhoneRules", "%1: too short; at least %n characters.",
                                       nullptr, minLength)
        .arg(fieldLabel(field));
}

QString tooLong(PhoneField field, int length, int maxLength)
{
    return QCoreApplication::translate("PhoneRules", "%1: %n characters; at most %2.", nullptr,
                                       length)
        .arg(fieldLabel(field), QString::number(maxLength));
}

QString notInList(PhoneField field, const QString &value)
{
    const QString label = fieldLabel(field);
    const QString values = rule(field).values.join(", "_L1);
    if (field == PhoneField::Protocol) {
        if (value.compare("PJSIP"_L1, Qt::CaseInsensitive) == 0) {
            return QCoreApplication::translate("PhoneRules",
                                               "%1: add_phone refuses PJSIP, although the admin "
                                               "pages offer it; use one of %2.")
                .arg(label, values);
        }
        return QCoreApplication::translate("PhoneRules", "%1: \"%2\" is not one of %3.")
            .arg(label, quoted(value), values);
    }
    return QCoreApplication::translate("PhoneRules",
                                       "%1: \"%2\" is not one of %3; the server would ignore it.")
        .arg(label, quoted(value), values);
}

QString badTimeZone(PhoneField field, const QString &value)
{
    return QCoreApplication::translate("PhoneRules",
                                       "%1: \"%2\" is not one of the server's 33 offsets, such "
                                       "as -5.00 (US Eastern) or 5.50 (India).")
        .arg(fieldLabel(field), quoted(value));
}

QString badIpAddress(PhoneField field, const QString &value)
{
    return QCoreApplication::translate("PhoneRules",
                                       "%1: \"%2\" is not an IPv4 address such as 10.10.10.15.")
        .arg(fieldLabel(field), quoted(value));
}

QString ipLeadingZeros(PhoneField field, const QString &value, const QString &suggestion)
{
    return QCoreApplication::translate("PhoneRules",
                                       "%1: \"%2\" has leading zeros; write %3, as the server "
                                       "compares addresses as text.")
        .arg(fieldLabel(field), quoted(value), suggestion);
}

QString keptCharacters(PhoneField field, const RuleOptions &options)
{
    const FieldRule &r = rule(field);
    if (r.type == ValueType::List || r.type == ValueType::TimeZone)
        return QString();
    QStringList parts;
    if (r.client.letters) {
        if (options.nonLatin)
            parts << QCoreApplication::translate("PhoneRules", "letters");
        else
            parts << u"A-Z"_s << u"a-z"_s;
    }
    if (r.client.ascii['0'])
        parts << u"0-9"_s;
    for (const char *p = r.clientSymbols; *p; ++p) {
        if (*p == ' ')
            parts << QCoreApplication::translate("PhoneRules", "space");
        else
            parts << QString(QLatin1Char(*p));
    }
    return joinList(parts);
}

QString trimmedReason()
{
    return QCoreApplication::translate("PhoneRules", "surrounding spaces removed");
}

QString writtenAsReason(const QString &canonical)
{
    return QCoreApplication::translate("PhoneRules", "written as %1").arg(canonical);
}

QString digitsOnlyReason()
{
    return QCoreApplication::translate("PhoneRules", "reduced to digits");
}

QString accentsRemovedReason()
{
    return QCoreApplication::translate(
        "PhoneRules",
        "written in plain letters without accents (the server keeps only A-Z and a-z)");
}

QString droppedReason(PhoneField field, const QList<char32_t> &dropped, const RuleOptions &options)
{
    QStringList characters;
    for (char32_t cp : dropped) {
        characters << (cp != ' ' && !QChar::isSpace(cp) && QChar::isPrint(cp)
                           ? u"\"%1\""_s.arg(QString::fromUcs4(&cp, 1))
                           : characterPhrase(cp));
    }
    return QCoreApplication::translate("PhoneRules",
                                       "without %1, as the server would store it (it keeps "
                                       "only %2)")
        .arg(joinList(characters), keptCharacters(field, options));
}

} // namespace vp::rules::messages
