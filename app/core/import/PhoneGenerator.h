// Makes a list of phones from an extension range instead of a file: the
// generator of the import dialog and of viciprov-cli. Shared fields (protocol,
// time zone, template...) come from ImportDefaults-like values the caller
// fills in; passwords are drawn per phone from PasswordGenerator.
//
// Several servers: every extension is created on every server (the same list
// on each), as VICIdial's own "Add Multi-Server Phones" page
// (admin_phones_bulk_insert.php) does. A login is unique in the whole cluster,
// so with more than one server each login gets that page's suffix for the
// server's position in the list: a, b, ... z, aa, ab, ... (the page stops at
// "ax"; we go on in the same bijective base-26 way). The dialplan number gets
// the page's prefix too: none on the first server, the server's index (1, 2,
// ...) before the extension on the others, so every server dials its own
// phone. With one server logins and dialplan numbers are used as patterned.
//
// One alias per agent (two servers or more): for each extension a phone alias
// (add_phone_alias) whose logins are that extension's logins on every server,
// so the agent logs in with one id wherever the dialer puts them. The aliases
// are sent after their phones were added (AliasFollowUp).
#pragma once

#include "model/Operation.h"
#include "model/PhoneField.h"
#include "model/PhoneRecord.h"

#include <functional>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace vp {

using namespace Qt::StringLiterals;

struct GeneratorSpec
{
    qint64 first = 1001;
    qint64 last = 1010;
    qint64 step = 1;
    // Digits of {n} (zero-padded); 0 = as the number is.
    int padding = 0;
    // Placeholders: {n} the number, {ext} the extension (after its pattern),
    // {i} the 1-based position in the range, {server} the server's 1-based
    // position. Text outside the braces is copied.
    QString extensionPattern = u"{n}"_s;
    QString namePattern = u"Agent {n}"_s;
    QString loginPattern = u"{ext}"_s;
    // dialplan_number and voicemail_id; empty = the extension.
    QString dialplanPattern;
    QString voicemailPattern;
    QStringList serverIps;
    // Add VICIdial's per-server login suffix even with a single server.
    bool alwaysSuffixLogins = false;
    // Two servers or more: one alias per extension over its logins on every
    // server. The id comes from aliasIdPattern ({n}, {ext}, {i}; not {server})
    // and must pass AliasRules (2-20 letters, digits, - or _); the name is the
    // phone's name (the id when the name pattern is empty).
    bool aliasPerAgent = false;
    QString aliasIdPattern = u"{ext}"_s;
    // A password for phone_pass and another for registration_password per
    // phone; false leaves both empty (the dialog's defaults then apply).
    bool generatePasswords = true;
    bool sameRegistrationPassword = false;
    int passwordLength = 16;
    // Other fields for every phone (protocol, local_gmt, template_id...).
    QHash<PhoneField, QString> shared;
    // Test hook; empty = PasswordGenerator::generate(passwordLength).
    std::function<QString()> passwordSource;
};

struct GeneratorResult
{
    QList<PhoneRecord> phones; // server by server, in range order
    // With aliasPerAgent: add_phone_alias operations, one per extension in
    // range order, each with the extension's logins in server order.
    QList<Operation> aliases;
    QString error; // translated; phones and aliases empty when set
    bool ok() const { return error.isEmpty(); }
};

class PhoneGenerator
{
    Q_DECLARE_TR_FUNCTIONS(PhoneGenerator)

public:
    // A larger list is refused: nobody onboards more at once, and a slip
    // (1001-100000) would otherwise fill the preview with a surprise.
    static constexpr int MaximumPhones = 10000;

    // Phones the range makes per server, or -1 when the range is malformed.
    static qint64 countPerServer(const GeneratorSpec &spec);
    static GeneratorResult generate(const GeneratorSpec &spec);

    // VICIdial's login suffix for a 0-based server position: 0 -> "a",
    // 25 -> "z", 26 -> "aa", 27 -> "ab".
    static QString serverSuffix(int serverIndex);
    // Replaces the placeholders; unknown "{x}" is copied as typed.
    static QString expand(const QString &pattern, const QString &number, const QString &extension,
                          qint64 position, int serverPosition);
    // The placeholders a pattern uses that expand() does not know, e.g. "{m}".
    static QStringList unknownPlaceholders(const QString &pattern);

private:
    static void addAliases(const GeneratorSpec &spec, int serverCount, GeneratorResult *result);
};

} // namespace vp
