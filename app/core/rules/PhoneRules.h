// The client-side rules of every add_phone field (kept characters, lengths,
// allowed values, defaults), from the server's behaviour in
// shared/vicidial-api.md. The server silently removes characters it does not
// keep; the client refuses them instead, so nothing is changed behind the
// user's back. The only changes the client makes itself are the few explicit
// normalisations listed in normalizedValue(), and those are reported.
#pragma once

#include "model/PhoneField.h"
#include "model/PhoneRecord.h"
#include "model/ServerBuild.h"

#include <QChar>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace vp {

struct RuleOptions
{
    // The server in "non-latin" mode keeps letters of any script where it
    // otherwise keeps only A-Z and a-z.
    bool nonLatin = false;
    // The system's VICIdial build: older builds clean some fields harder and
    // ignore some fields. Unknown: the current build's rules.
    ServerBuild build;
};

struct FieldIssue
{
    enum class Kind
    {
        Missing,      // required and empty (after the listed normalisations)
        TooShort,     // shorter than minLength()
        TooLong,      // longer than maxLength()
        BadCharacter, // the server would remove or mangle this character
        NotAllowed,   // not one of allowedValues() (protocol, time zone, Y/N lists)
        Invalid,      // well-formed characters but not a valid value (server_ip)
        Ignored,      // the server's build does not read this field: it would vanish silently
    };

    PhoneField field;
    Kind kind;
    // A translated sentence naming the field and what is wrong, e.g.
    // "Login: 17 characters; at most 15." For secret fields it never quotes
    // the value or the offending character.
    QString message;
    // 0-based index (UTF-16) of the offending character in the value as typed
    // (before trimming); -1 if the issue is not about one character.
    int position = -1;
    // The offending character (its first UTF-16 unit if outside the BMP). Set
    // for secret fields too, for highlighting only: never log or print it.
    QChar character;
};

// One visible change the client makes before sending. For secret fields
// from and to are left empty, so a list of changes is always safe to show.
struct Normalisation
{
    PhoneField field;
    QString from;
    QString to;
    QString reason; // translated, e.g. "written as -5.00"
};

class PhoneRules
{
public:
    // Issues of one value, in the order: missing / characters / length /
    // value. At most one BadCharacter issue (the first offending character).
    static QList<FieldIssue> validateField(PhoneField field, const QString &value,
                                           const RuleOptions &options = {});
    // Issues of every field, in field order.
    static QList<FieldIssue> validate(const PhoneRecord &phone, const RuleOptions &options = {});
    static bool isValid(const PhoneRecord &phone, const RuleOptions &options = {});

    // The canonical form the client sends. Only these changes are made:
    // surrounding whitespace trimmed; local_gmt canonicalised (canonicalTimeZone);
    // outbound_cid stripped of spaces, + ( ) - . when only digits remain;
    // protocol and Y/N values case-fixed, and yes/no/true/false/1/0 -> Y/N.
    // reason (if given) receives a translated description, empty if unchanged.
    static QString normalizedValue(PhoneField field, const QString &value,
                                   const RuleOptions &options = {}, QString *reason = nullptr);
    static PhoneRecord normalized(const PhoneRecord &phone, QList<Normalisation> *changes = nullptr,
                                  const RuleOptions &options = {});
    // Fills empty required fields that have a default (protocol, local_gmt);
    // optional fields stay empty, so the server applies its own default.
    static PhoneRecord withDefaults(const PhoneRecord &phone);

    // What the real server would store for a raw value: characters it does
    // not keep removed (a "+" in email becomes a space), phone_login cut to
    // its 15-character column, a Y/N value outside its list replaced by the
    // default, an empty optional field by its default, a template_id shorter
    // than 2 ignored. Values the server refuses outright (protocol, local_gmt)
    // are only cleaned of characters.
    static QString serverCleaned(PhoneField field, const QString &value,
                                 const RuleOptions &options = {});

    // protocol (IAX2 SIP Zap EXTERNAL), local_gmt (the 33), the Y/N lists;
    // empty for free text.
    static QStringList allowedValues(PhoneField field);
    // local_gmt "-5.00", protocol "SIP", phone_context "default",
    // admin_user_group "---ALL---", is_webphone "N", webphone_auto_answer "Y",
    // use_external_server_ip "N", on_hook_agent "N"; empty otherwise.
    static QString defaultValue(PhoneField field);
    // Shortest and longest accepted non-empty value, in characters. For
    // fields with a list of values, the shortest and longest of the list.
    static int minLength(PhoneField field);
    static int maxLength(PhoneField field);
    // Translated, e.g. "A-Z, a-z, 0-9, - and _"; empty for fields with a list.
    static QString keptCharactersDescription(PhoneField field, const RuleOptions &options = {});
};

} // namespace vp

Q_DECLARE_METATYPE(vp::FieldIssue)
Q_DECLARE_METATYPE(vp::FieldIssue::Kind)
Q_DECLARE_METATYPE(vp::Normalisation)
