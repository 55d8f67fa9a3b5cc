#include "rules/AliasRules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vp::AliasRules {

namespace {

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

// The first character the server would strip, or a null QChar.
QChar firstStripped(const QString &value, QLatin1StringView alsoKept)
{
    for (const QChar c : value) {
        if (!isAsciiAlnum(c) && !alsoKept.contains(c))
            return c;
    }
    return {};
}

QString tr(const char *text)
{
    return QCoreApplication::translate("AliasRules", text);
}

QString badCharacter(const QString &field, QChar c)
{
    return tr("The %1 contains \"%2\", which VICIdial removes; use letters, digits and the "
              "characters it keeps.")
        .arg(field, QString(c));
}

} // namespace

Problem check(const Operation &operation)
{
    if (!operation.isAlias())
        return {};
    const QString id = operation.aliasId();
    if (id.size() < 2 || id.size() > MaxIdLength)
        return {Field::Id, tr("The alias id must be 2 to %1 characters long.").arg(MaxIdLength)};
    if (const QChar c = firstStripped(id, "-_"_L1); !c.isNull())
        return {Field::Id, badCharacter(tr("alias id"), c)};
    if (operation.kind() == Operation::Kind::DeleteAlias)
        return {};

    const QString name = operation.aliasName();
    const QStringList logins = operation.aliasLogins();
    if (operation.kind() == Operation::Kind::AddAlias && (name.isEmpty() || logins.isEmpty()))
        return {name.isEmpty() ? Field::Name : Field::Logins,
                tr("A new alias needs a name and at least one phone login.")};
    if (operation.kind() == Operation::Kind::UpdateAlias && name.isEmpty() && logins.isEmpty())
        return {Field::Name, tr("Nothing to change: give a new name or new logins for the alias.")};
    if (!name.isEmpty()) {
        // update_phone_alias refuses a one-character name; add_phone_alias
        // takes it, but it could then never be renamed to itself.
        if (name.size() < 2 || name.size() > MaxNameLength)
            return {Field::Name,
                    tr("The alias name must be 2 to %1 characters long.").arg(MaxNameLength)};
        if (const QChar c = firstStripped(name, "- +.:/@_"_L1); !c.isNull())
            return {Field::Name, badCharacter(tr("alias name"), c)};
    }
    for (const QString &login : logins) {
        if (login.isEmpty())
            return {Field::Logins, tr("An empty phone login is in the list of logins.")};
        if (const QChar c = firstStripped(login, "-_"_L1); !c.isNull())
            return {Field::Logins, badCharacter(tr("phone login %1").arg(login), c)};
    }
    // One character of logins alone counts as none on the server.
    if (logins.join(u',').size() == 1)
        return {Field::Logins, tr("The phone logins must be at least 2 characters long.")};
    return {};
}

QString problem(const Operation &operation)
{
    return check(operation).message;
}

} // namespace vp::AliasRules
