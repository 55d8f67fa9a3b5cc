#include "import/PhoneGenerator.h"

#include "rules/AliasRules.h"
#include "rules/PasswordGenerator.h"

#include <QRegularExpression>
#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

const QStringList &knownPlaceholders()
{
    static const QStringList names = {u"n"_s, u"ext"_s, u"i"_s, u"server"_s};
    return names;
}

} // namespace

qint64 PhoneGenerator::countPerServer(const GeneratorSpec &spec)
{
    if (spec.step <= 0 || spec.first < 0 || spec.last < spec.first)
        return -1;
    return (spec.last - spec.first) / spec.step + 1;
}

QString PhoneGenerator::serverSuffix(int serverIndex)
{
    // Bijective base 26, like spreadsheet columns in lower case; equal to the
    // VICIdial page's table for its first 49 servers.
    QString suffix;
    int n = serverIndex + 1;
    while (n > 0) {
        --n;
        suffix.prepend(QChar(u'a' + n % 26));
        n /= 26;
    }
    return suffix;
}

QString PhoneGenerator::expand(const QString &pattern, const QString &number,
                               const QString &extension, qint64 position, int serverPosition)
{
    QString out;
    out.reserve(pattern.size() + 8);
    qsizetype i = 0;
    while (i < pattern.size()) {
        if (pattern[i] == u'{') {
            const qsizetype close = pattern.indexOf(u'}', i + 1);
            if (close > i) {
                const QStringView name = QStringView(pattern).mid(i + 1, close - i - 1);
                if (name == u"n") {
                    out += number;
                    i = close + 1;
                    continue;
                }
                if (name == u"ext") {
                    out += extension;
                    i = close + 1;
                    continue;
                }
                if (name == u"i") {
                    out += QString::number(position);
                    i = close + 1;
                    continue;
                }
                if (name == u"server") {
                    out += QString::number(serverPosition);
                    i = close + 1;
                    continue;
                }
            }
        }
        out += pattern[i];
        ++i;
    }
    return out;
}

QStringList PhoneGenerator::unknownPlaceholders(const QString &pattern)
{
    static const QRegularExpression placeholder(u"\\{([^{}]*)\\}"_s);
    QStringList unknown;
    auto it = placeholder.globalMatch(pattern);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!knownPlaceholders().contains(name) && !unknown.contains(u'{' + name + u'}'))
            unknown << u'{' + name + u'}';
    }
    return unknown;
}

GeneratorResult PhoneGenerator::generate(const GeneratorSpec &spec)
{
    GeneratorResult result;
    const qint64 perServer = countPerServer(spec);
    if (spec.step <= 0) {
        result.error = tr("The step must be 1 or more.");
        return result;
    }
    if (perServer < 0) {
        result.error = tr("The range is empty: the last number (%1) is below the first (%2).")
                           .arg(spec.last)
                           .arg(spec.first);
        return result;
    }
    QStringList servers;
    for (const QString &ip : spec.serverIps) {
        const QString trimmed = ip.trimmed();
        if (!trimmed.isEmpty() && !servers.contains(trimmed))
            servers << trimmed;
    }
    if (servers.isEmpty()) {
        result.error = tr("Give at least one server IP.");
        return result;
    }
    const qint64 total = perServer * servers.size();
    if (total > MaximumPhones) {
        result.error = tr("This makes %1 phones (%2 on each of %n server(s)); at most %3 can be "
                          "made at once.",
                          nullptr, int(servers.size()))
                           .arg(total)
                           .arg(perServer)
                           .arg(MaximumPhones);
        return result;
    }
    for (const QString *pattern : {&spec.extensionPattern, &spec.namePattern, &spec.loginPattern,
                                   &spec.dialplanPattern, &spec.voicemailPattern}) {
        const QStringList unknown = unknownPlaceholders(*pattern);
        if (!unknown.isEmpty()) {
            result.error = tr("Unknown placeholder %1 in \"%2\"; use {n}, {ext}, {i} or {server}.")
                               .arg(unknown.first(), *pattern);
            return result;
        }
    }
    if (spec.extensionPattern.trimmed().isEmpty() || spec.loginPattern.trimmed().isEmpty()) {
        result.error = tr("The extension and login patterns cannot be empty.");
        return result;
    }
    if (spec.aliasPerAgent) {
        if (servers.size() < 2) {
            result.error = tr("One alias per agent needs two servers or more.");
            return result;
        }
        const QStringList unknown = unknownPlaceholders(spec.aliasIdPattern);
        if (!unknown.isEmpty()) {
            result.error =
                tr("Unknown placeholder %1 in the alias id \"%2\"; use {n}, {ext} or {i}.")
                    .arg(unknown.first(), spec.aliasIdPattern);
            return result;
        }
        if (spec.aliasIdPattern.contains("{server}"_L1)) {
            result.error = tr("The alias id cannot use {server}: one alias serves every server.");
            return result;
        }
    }

    const bool suffixLogins = servers.size() > 1 || spec.alwaysSuffixLogins;
    const auto password = [&spec] {
        return spec.passwordSource ? spec.passwordSource()
                                   : PasswordGenerator::generate(spec.passwordLength);
    };
    result.phones.reserve(int(total));
    for (int s = 0; s < servers.size(); ++s) {
        qint64 position = 1;
        for (qint64 n = spec.first; n <= spec.last; n += spec.step, ++position) {
            const QString number = spec.padding > 0
                                       ? u"%1"_s.arg(n, spec.padding, 10, QLatin1Char('0'))
                                       : QString::number(n);
            const QString extension =
                expand(spec.extensionPattern, number, number, position, s + 1);
            const auto fill = [&](const QString &pattern) {
                return expand(pattern, number, extension, position, s + 1);
            };
            PhoneRecord phone;
            for (auto it = spec.shared.cbegin(); it != spec.shared.cend(); ++it)
                phone.setValue(it.key(), it.value());
            phone.setValue(PhoneField::Extension, extension);
            phone.setValue(PhoneField::ServerIp, servers[s]);
            QString dialplan =
                spec.dialplanPattern.isEmpty() ? extension : fill(spec.dialplanPattern);
            if (s > 0)
                dialplan.prepend(QString::number(s));
            phone.setValue(PhoneField::DialplanNumber, dialplan);
            phone.setValue(PhoneField::VoicemailId, spec.voicemailPattern.isEmpty()
                                                        ? extension
                                                        : fill(spec.voicemailPattern));
            QString login = fill(spec.loginPattern);
            if (suffixLogins)
                login += serverSuffix(s);
            phone.setValue(PhoneField::PhoneLogin, login);
            if (!spec.namePattern.isEmpty())
                phone.setValue(PhoneField::PhoneFullName, fill(spec.namePattern));
            if (spec.generatePasswords) {
                const QString pass = password();
                phone.setValue(PhoneField::PhonePass, pass);
                phone.setValue(PhoneField::RegistrationPassword,
                               spec.sameRegistrationPassword ? pass : password());
            }
            result.phones.append(phone);
            if (n > std::numeric_limits<qint64>::max() - spec.step)
                break;
        }
    }
    if (spec.aliasPerAgent)
        addAliases(spec, int(servers.size()), &result);
    return result;
}

void PhoneGenerator::addAliases(const GeneratorSpec &spec, int serverCount, GeneratorResult *result)
{
    // The phones are server by server: phone p of the first server is the
    // extension whose phones are p, p + perServer, p + 2 * perServer...
    const int perServer = int(result->phones.size()) / serverCount;
    QSet<QString> ids;
    for (int p = 0; p < perServer; ++p) {
        const PhoneRecord &first = result->phones.at(p);
        const QString extension = first.extension();
        const qint64 number = spec.first + qint64(p) * spec.step;
        const QString numberText = spec.padding > 0
                                       ? u"%1"_s.arg(number, spec.padding, 10, QLatin1Char('0'))
                                       : QString::number(number);
        const QString id = expand(spec.aliasIdPattern, numberText, extension, p + 1, 1);
        QString name = first.value(PhoneField::PhoneFullName);
        if (name.isEmpty())
            name = id;
        QStringList logins;
        for (int s = 0; s < serverCount; ++s)
            logins << result->phones.at(s * perServer + p).login();
        const Operation alias = Operation::addAlias(id, name, logins);
        if (const QString problem = AliasRules::problem(alias); !problem.isEmpty()) {
            result->error =
                tr("The alias of extension %1 cannot be made: %2").arg(extension, problem);
            break;
        }
        if (ids.contains(id.toLower())) {
            // The server compares alias ids without case.
            result->error = tr("The alias id pattern \"%1\" gives two extensions the same id %2; "
                               "use {ext} or {n} in it.")
                                .arg(spec.aliasIdPattern, id);
            break;
        }
        ids.insert(id.toLower());
        result->aliases.append(alias);
    }
    if (!result->error.isEmpty()) {
        result->phones.clear();
        result->aliases.clear();
    }
}

} // namespace vp
