#include "ApiHandler.h"

#include <QStringList>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace sim {

namespace {

constexpr qsizetype kMinSource = 2;

ApiHandler::Pending done(const SimReply &reply)
{
    ApiHandler::Pending pending;
    pending.reply = reply;
    return pending;
}

// One reply line; `redacted` is the same line with passwords masked.
ApiHandler::Pending line(const QString &text, const QString &redacted = QString())
{
    return done(SimReply::text(text.toUtf8() + '\n', redacted.toUtf8()));
}

// PHP's strlen counts bytes, so a letter of another script counts twice or more.
qsizetype byteLength(const QString &value)
{
    return value.toUtf8().size();
}

QString mask(const QString &secret)
{
    return secret.isEmpty() ? secret : u"***"_s;
}

bool inList(const QString &value, std::initializer_list<const char *> allowed)
{
    for (const char *a : allowed) {
        if (value == QLatin1String(a))
            return true;
    }
    return false;
}

bool hasPermission(const SimUser &user, const QString &function)
{
    if (user.allowedFunctions.contains("ALL_FUNCTIONS"_L1))
        return true;
    return user.allowedFunctions.contains(u' ' + function + u' ');
}

} // namespace

ApiHandler::ApiHandler(SimState &state) : m_state(state) {}

QString ApiHandler::field(const RequestParams &params, const char *name, KeepSet set) const
{
    return CleaningRules::clean(params.value(QByteArray(name)), set, m_state.config().nonLatin);
}

QString ApiHandler::cleanedFunction(const RequestParams &params, bool nonLatin)
{
    return CleaningRules::clean(params.value("function"), KeepSet::Word, nonLatin);
}

QString ApiHandler::cleanedExtension(const RequestParams &params, bool nonLatin)
{
    return CleaningRules::clean(params.value("extension"), KeepSet::Word, nonLatin);
}

QString ApiHandler::cleanedServerIp(const RequestParams &params, bool nonLatin)
{
    return CleaningRules::clean(params.value("server_ip"), KeepSet::ServerIp, nonLatin);
}

QString ApiHandler::cleanedLogin(const RequestParams &params, bool nonLatin)
{
    return CleaningRules::clean(params.value("phone_login"), KeepSet::Word, nonLatin);
}

ApiHandler::Pending ApiHandler::login(const QString &user, const QString &pass,
                                      const QString &remoteIp, const QDateTime &now,
                                      const SimUser **account)
{
    const SimBuild &build = m_state.config().build;
    if (!build.hasLoginStep()) {
        // No login step: only each function's permission query looks at the password.
        const SimUser *found = m_state.user(user);
        *account = found && found->active && found->pass == pass ? found : nullptr;
        return Pending();
    }
    switch (m_state.authorize(user, pass, now.toSecsSinceEpoch())) {
    case SimState::Auth::Lock:
        return line(
            u"ERROR: Too many login attempts, try again in 15 minutes: |%1|LOCK|"_s.arg(user));
    case SimState::Auth::Bad:
        return line(u"ERROR: Login incorrect, please try again: |"_s + user + u'|' + pass +
                        u"|BAD|"_s,
                    u"ERROR: Login incorrect, please try again: |"_s + user + u'|' + mask(pass) +
                        u"|BAD|"_s);
    case SimState::Auth::Good:
        break;
    }
    const SimUser *found = m_state.user(user);
    if (build.hasIpLists() && !found->allowedIps.isEmpty() && !found->allowedIps.contains(remoteIp))
        return line(u"ERROR: Your IP Address is not allowed: "_s + remoteIp + u": |"_s +
                    (build.ipBlockEchoesUser() ? user : QString()) + u"|IPBLOCK|"_s);
    // A two-factor refusal reads as a failed login with its own key.
    if (build.hasTwoFactor() && found->twoFactor)
        return line(u"ERROR: Login incorrect, please try again: |"_s + user + u'|' + pass +
                        u"|2FA|"_s,
                    u"ERROR: Login incorrect, please try again: |"_s + user + u'|' + mask(pass) +
                        u"|2FA|"_s);
    *account = found;
    return Pending();
}

ApiHandler::Pending ApiHandler::check(const RequestParams &params, const QString &remoteIp,
                                      const QDateTime &now)
{
    const bool nonLatin = m_state.config().nonLatin;
    const SimBuild &build = m_state.config().build;
    const QString function = cleanedFunction(params, nonLatin);
    // 1. version needs no login at all.
    if (function == "version"_L1)
        return done(SimReply::text(build.versionLine(now)));

    // 2-3. login, lock-out, address list (before 2.8-55 only letters and digits).
    const KeepSet credentials = build.hasLoginStep() ? KeepSet::Word : KeepSet::Alnum;
    const QString user = field(params, "user", credentials);
    const QString pass = field(params, "pass", credentials);
    const SimUser *account = nullptr;
    const Pending refused = login(user, pass, remoteIp, now, &account);
    if (build.hasLoginStep() && !account)
        return refused;

    // 4. function known?
    const bool known =
        (function == "add_phone"_L1 && build.hasAddPhone()) ||
        (inList(function, {"update_phone", "add_phone_alias", "update_phone_alias"}) &&
         build.hasUpdatePhone());
    if (!known)
        return line(u"ERROR: NO FUNCTION SPECIFIED"_s);

    // 5. source.
    const QString source = field(params, "source", KeepSet::Alnum);
    if (byteLength(source) < kMinSource) {
        const QByteArray s = source.toUtf8();
        return done(SimReply::text("ERROR: Invalid Source - " + s + "\nERROR: Invalid Source: |" +
                                   s + "|\n"));
    }

    // 6. the user's list of API functions.
    if (build.hasFunctionAllowList() && !hasPermission(*account, function))
        return line(u"ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |"_s + user +
                    u'|' + function + u'|');

    if (function == "add_phone"_L1)
        return addPhone(params, user, account);
    if (function == "update_phone"_L1)
        return updatePhone(params, user, account);
    if (function == "update_phone_alias"_L1)
        return updatePhoneAlias(params, user, account);
    return addPhoneAlias(params, user, account);
}

ApiHandler::Pending ApiHandler::addPhone(const RequestParams &params, const QString &user,
                                         const SimUser *account)
{
    const SimBuild &build = m_state.config().build;
    // 7. level 8, ast admin access and API access.
    if (!account || account->userLevel < 8 || !account->astAdminAccess || !account->apiAccess)
        return line(
            u"ERROR: add_phone USER DOES NOT HAVE PERMISSION TO ADD PHONES: |%1|0"_s.arg(user));

    const QString extension = field(params, "extension", KeepSet::Word);
    const QString dialplan = field(params, "dialplan_number", KeepSet::Dialplan);
    const bool strict = build.cleansVoicemailAndServerIpStrictly();
    const QString voicemail =
        field(params, "voicemail_id", strict ? KeepSet::Digits : KeepSet::Alnum);
    const QString login = field(params, "phone_login", KeepSet::Word);
    const QString phonePass = field(params, "phone_pass", KeepSet::Word);
    const QString serverIp =
        field(params, "server_ip", strict ? KeepSet::DottedDigits : KeepSet::ServerIp);
    const QString protocol = field(params, "protocol", KeepSet::Alnum);
    const QString regPass = field(params, "registration_password", KeepSet::Word);
    const QString fullName = field(params, "phone_full_name", KeepSet::FullName);
    const QString localGmt = field(params, "local_gmt", KeepSet::LocalGmt);
    const QString cid = field(params, "outbound_cid", KeepSet::Digits);

    // 8. required fields.
    const bool missing =
        byteLength(extension) < 2 || byteLength(dialplan) < 2 || voicemail.isEmpty() ||
        login.isEmpty() || phonePass.isEmpty() || serverIp.isEmpty() ||
        !inList(protocol, {"IAX2", "SIP", "Zap", "EXTERNAL"}) || regPass.isEmpty() ||
        fullName.isEmpty() || localGmt.isEmpty() || cid.isEmpty();
    if (missing) {
        const auto echo = [&](const QString &pass, const QString &reg) {
            return QStringList{u"ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: "_s,
                               user,
                               extension,
                               dialplan,
                               voicemail,
                               login,
                               pass,
                               serverIp,
                               protocol,
                               reg,
                               fullName,
                               localGmt,
                               cid}
                .join(u'|');
        };
        return line(echo(phonePass, regPass), echo(mask(phonePass), mask(regPass)));
    }
    // 9-11. the cluster's servers and the duplicate checks (on the values before
    // the columns cut them, as the real queries do).
    if (!m_state.serverExists(serverIp))
        return line(u"ERROR: add_phone SERVER DOES NOT EXIST: |%1|%2"_s.arg(user, serverIp));
    if (m_state.phoneExists(extension, serverIp))
        return line(u"ERROR: add_phone PHONE ALREADY EXISTS ON THIS SERVER: |%1|%2|%3"_s.arg(
            user, serverIp, extension));
    if (m_state.loginExists(login))
        return line(u"ERROR: add_phone PHONE LOGIN ALREADY EXISTS: |%1|%2"_s.arg(user, login));
    // 12. time zone, compared as a number.
    if (!CleaningRules::isValidTimezone(localGmt))
        return line(
            u"ERROR: add_phone YOU MUST USE A VALID TIMEZONE: |%1|%2"_s.arg(user, localGmt));
    // 13. optional template (older builds never read the parameter).
    QString templateId =
        build.hasTemplateAndWebphone() ? field(params, "template_id", KeepSet::Word) : QString();
    if (byteLength(templateId) < 2 || templateId == "--BLANK--"_L1) {
        templateId.clear();
    } else if (!m_state.templateExists(templateId)) {
        return line(
            u"ERROR: add_phone TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD: |%1|%2|%3"_s
                .arg(user, login, templateId));
    }

    Pending pending;
    pending.needsInsert = true;
    pending.user = user;
    pending.extension = extension;
    pending.serverIp = serverIp;
    pending.protocol = protocol;
    pending.dialplan = dialplan;
    SimPhone &p = pending.phone;
    p = SimPhone::withDefaults();
    p.set(SimPhone::Extension, extension);
    p.set(SimPhone::DialplanNumber, dialplan);
    p.set(SimPhone::VoicemailId, voicemail);
    p.set(SimPhone::Login, login);
    p.set(SimPhone::Pass, phonePass);
    p.set(SimPhone::ServerIp, serverIp);
    p.set(SimPhone::Protocol, protocol);
    p.set(SimPhone::ConfSecret, regPass);
    p.set(SimPhone::Fullname, fullName);
    p.set(SimPhone::LocalGmt, localGmt);
    p.set(SimPhone::OutboundCid, cid);
    p.set(SimPhone::TemplateId, templateId);
    const QString context = field(params, "phone_context", KeepSet::Word);
    if (!context.isEmpty())
        p.set(SimPhone::PhoneContext, context);
    const QByteArray rawEmail = params.value("email");
    pending.emailBreaksInsert = rawEmail.contains('\'');
    p.set(SimPhone::Email, field(params, "email", KeepSet::Email).replace(u'+', u' '));
    const QString group = field(params, "admin_user_group", KeepSet::Word);
    if (!group.isEmpty())
        p.set(SimPhone::UserGroup, group);
    const auto choice = [&](const char *name, SimPhone::Column column,
                            std::initializer_list<const char *> allowed) {
        const QString value = field(params, name, KeepSet::Word);
        if (build.hasTemplateAndWebphone() && inList(value, allowed))
            p.set(column, value);
    };
    choice("is_webphone", SimPhone::IsWebphone, {"Y", "N", "Y_API_LAUNCH"});
    choice("webphone_auto_answer", SimPhone::WebphoneAutoAnswer, {"Y", "N"});
    choice("use_external_server_ip", SimPhone::UseExternalServerIp, {"Y", "N"});
    choice("on_hook_agent", SimPhone::OnHookAgent, {"Y", "N"});
    return pending;
}

SimReply ApiHandler::insert(const Pending &pending)
{
    // The email goes into the statement unescaped: an apostrophe breaks it.
    if (pending.emailBreaksInsert || !m_state.insertPhone(pending.phone))
        return SimReply::databaseError();
    return SimReply::text(
        QStringList{u"SUCCESS: add_phone PHONE HAS BEEN ADDED - "_s + pending.user,
                    pending.extension, pending.serverIp, pending.protocol, pending.dialplan}
            .join(u'|')
            .toUtf8() +
        '\n');
}

ApiHandler::Pending ApiHandler::updatePhone(const RequestParams &params, const QString &user,
                                            const SimUser *account)
{
    const SimBuild &build = m_state.config().build;
    if (!account || account->userLevel < 8 || !account->astAdminAccess || !account->apiAccess ||
        !account->modifyPhones)
        return line(u"ERROR: update_phone USER DOES NOT HAVE PERMISSION TO %1 PHONES: |%2|0"_s.arg(
            build.updatePermissionSaysAdd() ? u"ADD"_s : u"UPDATE"_s, user));
    const bool strict = build.cleansVoicemailAndServerIpStrictly();
    const QString extension = field(params, "extension", KeepSet::Word);
    const QString serverIp =
        field(params, "server_ip", strict ? KeepSet::DottedDigits : KeepSet::ServerIp);
    if (byteLength(extension) < 2 || serverIp.isEmpty())
        return line(u"ERROR: update_phone YOU MUST USE ALL REQUIRED FIELDS: |%1|%2|%3"_s.arg(
            user, extension, serverIp));
    const SimPhone *existing = m_state.phone(extension, serverIp);
    if (!existing)
        return line(u"ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |%1|%2|%3"_s.arg(
            user, serverIp, extension));
    if (field(params, "delete_phone", KeepSet::Upper) == "Y"_L1) {
        if (!account->deletePhones)
            return line(
                u"NOTICE: update_phone USER DOES NOT HAVE PERMISSION TO DELETE PHONES: |%1|0"_s.arg(
                    user));
        m_state.deletePhone(extension, serverIp);
        return line(u"SUCCESS: update_phone PHONE HAS BEEN DELETED - %1|%2|%3|"_s.arg(
            user, extension, serverIp));
    }

    SimPhone row = *existing;
    // Each field is checked only when non-empty after cleaning, in the code's
    // order; the first bad one answers, and nothing is stored.
    bool anyField = false;
    const auto error = [&](const char *reason, const QString &data) {
        return line(u"ERROR: update_phone %1: |%2|%3"_s.arg(QLatin1String(reason), user, data));
    };
    const auto set = [&](SimPhone::Column column, const QString &value) {
        row.set(column, value);
        anyField = true;
    };
    // A text field with a length range, where --BLANK-- empties it.
    const auto ranged = [&](const QString &value, SimPhone::Column column, qsizetype min,
                            qsizetype max, bool blankEmpties, const char *reason,
                            std::optional<Pending> *refused) {
        if (value.isEmpty())
            return;
        if (blankEmpties && value == "--BLANK--"_L1) {
            set(column, QString());
            return;
        }
        if (byteLength(value) > max || byteLength(value) < min) {
            *refused = error(reason, value);
            return;
        }
        set(column, value);
    };
    std::optional<Pending> refused;

    const QString localGmt = field(params, "local_gmt", KeepSet::LocalGmt);
    if (!localGmt.isEmpty()) {
        if (!CleaningRules::isValidTimezone(localGmt))
            return error("YOU MUST USE A VALID TIMEZONE", localGmt);
        set(SimPhone::LocalGmt, localGmt);
    }
    const QString email = field(params, "email", KeepSet::Email).replace(u'+', u' ');
    ranged(email, SimPhone::Email, build.updateEmailMinLength(), 300, true,
           "YOU MUST USE A VALID EMAIL", &refused);
    if (refused)
        return *refused;
    if (!email.isEmpty() && params.value("email").contains('\''))
        return done(SimReply::databaseError());
    ranged(field(params, "phone_context", KeepSet::Word), SimPhone::PhoneContext, 2, 30, true,
           "YOU MUST USE A VALID PHONE CONTEXT", &refused);
    if (!refused)
        ranged(field(params, "phone_full_name", KeepSet::FullName), SimPhone::Fullname, 2, 30, true,
               "YOU MUST USE A VALID PHONE NAME", &refused);
    if (!refused)
        ranged(field(params, "registration_password", KeepSet::Word), SimPhone::ConfSecret, 2, 30,
               true, "YOU MUST USE A VALID REGISTRATION PASSWORD", &refused);
    if (refused)
        return *refused;
    const QString protocol = field(params, "protocol", KeepSet::Alnum);
    if (!protocol.isEmpty()) {
        if (!inList(protocol, {"IAX2", "SIP", "Zap", "EXTERNAL"}))
            return error("YOU MUST USE A VALID PROTOCOL", protocol);
        set(SimPhone::Protocol, protocol);
    }
    ranged(field(params, "phone_pass", KeepSet::Word), SimPhone::Pass, 2, 30, false,
           "YOU MUST USE A VALID PHONE PASSWORD", &refused);
    if (refused)
        return *refused;
    const QString login = field(params, "phone_login", KeepSet::Word);
    if (!login.isEmpty()) {
        if (m_state.loginUsedElsewhere(login, extension, serverIp))
            return error("LOGIN ALREADY EXISTS", login);
        set(SimPhone::Login, login);
    }
    ranged(field(params, "voicemail_id", strict ? KeepSet::Digits : KeepSet::Alnum),
           SimPhone::VoicemailId, 2, 30, true, "YOU MUST USE A VALID VOICEMAIL NUMBER", &refused);
    if (!refused)
        ranged(field(params, "dialplan_number", KeepSet::Dialplan), SimPhone::DialplanNumber, 3, 30,
               false, "YOU MUST USE A VALID DIALPLAN NUMBER", &refused);
    if (refused)
        return *refused;
    const QString active = field(params, "active", KeepSet::Upper);
    if (!active.isEmpty()) {
        if (!inList(active, {"Y", "N"}))
            return error("ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD", active);
        set(SimPhone::Active, active);
    }
    ranged(field(params, "outbound_cid", KeepSet::Digits), SimPhone::OutboundCid, 6, 18, false,
           "OUTBOUND CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD", &refused);
    if (!refused)
        ranged(field(params, "admin_user_group", KeepSet::Word), SimPhone::UserGroup, 2, 20, false,
               "USER GROUP MUST BE FROM 2 TO 20 CHARACTERS, THIS IS AN OPTIONAL FIELD", &refused);
    if (refused)
        return *refused;

    if (build.hasAltCidAndRingTimeout()) {
        // Letters survive this field's cleaning: --BLANK-- arrives as BLANK, too short.
        const QString altCid = field(params, "outbound_alt_cid", KeepSet::Alnum);
        ranged(altCid, SimPhone::OutboundAltCid, 6, 18, false,
               "OUTBOUND ALT CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD", &refused);
        if (refused)
            return *refused;
        const QString ringTimeout = field(params, "phone_ring_timeout", KeepSet::Digits);
        if (!ringTimeout.isEmpty()) {
            const int seconds = ringTimeout.toInt();
            // The code echoes the alternate caller ID here, not the timeout.
            if (seconds > 180 || seconds < 2)
                return error(
                    "PHONE RING TIMEOUT MUST BE FROM 2 TO 180 SECONDS, THIS IS AN OPTIONAL FIELD",
                    altCid);
            set(SimPhone::PhoneRingTimeout, ringTimeout);
        }
        const QString deleteVm = field(params, "delete_vm_after_email", KeepSet::Letters);
        if (!deleteVm.isEmpty()) {
            if (!inList(deleteVm, {"Y", "N"}))
                return error(
                    "DELETE VOICEMAIL AFTER EMAIL MUST BE Y OR N, THIS IS AN OPTIONAL FIELD",
                    deleteVm);
            set(SimPhone::DeleteVmAfterEmail, deleteVm);
        }
    }
    if (build.hasTemplateAndWebphone()) {
        // Enumerated fields: a value outside the list is ignored, not refused
        // (matched without case, stored as sent).
        const auto choice = [&](const char *param, SimPhone::Column column,
                                std::initializer_list<const char *> allowed) {
            const QString value = field(params, param, KeepSet::Word);
            for (const char *a : allowed) {
                if (value.compare(QLatin1String(a), Qt::CaseInsensitive) == 0) {
                    set(column, value);
                    return;
                }
            }
        };
        choice("is_webphone", SimPhone::IsWebphone, {"Y", "N", "Y_API_LAUNCH"});
        choice("webphone_auto_answer", SimPhone::WebphoneAutoAnswer, {"Y", "N"});
        choice("use_external_server_ip", SimPhone::UseExternalServerIp, {"Y", "N"});
        choice("on_hook_agent", SimPhone::OnHookAgent, {"Y", "N"});
        const QString templateId = field(params, "template_id", KeepSet::Word);
        if (byteLength(templateId) > 1) {
            if (templateId.compare("--BLANK--"_L1, Qt::CaseInsensitive) == 0)
                set(SimPhone::TemplateId, QString());
            else if (m_state.templateExists(templateId))
                set(SimPhone::TemplateId, templateId);
            else
                return error("TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD",
                             login + u'|' + templateId);
        }
    }

    // Older builds answer NOTICE ... NO UPDATES DEFINED when nothing is to be
    // changed (the echo is the empty SQL fragment); from 2.14-128 SUCCESS.
    if (!anyField && build.answersNoUpdatesDefined())
        return line(u"NOTICE: update_phone NO UPDATES DEFINED: |%1|"_s.arg(user));
    if (anyField)
        m_state.updatePhone(extension, serverIp, row);
    return line(u"SUCCESS: update_phone PHONE HAS BEEN UPDATED - %1|%2|%3|"_s.arg(user, extension,
                                                                                  serverIp));
}

ApiHandler::Pending ApiHandler::addPhoneAlias(const RequestParams &params, const QString &user,
                                              const SimUser *account)
{
    if (!account || account->userLevel < 8 || !account->astAdminAccess || !account->apiAccess)
        return line(
            u"ERROR: add_phone_alias USER DOES NOT HAVE PERMISSION TO ADD PHONE ALIASES: |%1|0"_s
                .arg(user));
    const QString aliasId = field(params, "alias_id", KeepSet::Word);
    const QString aliasName = field(params, "alias_name", KeepSet::AliasName);
    const QString logins = field(params, "phone_logins", KeepSet::PhoneLoginList);
    if (byteLength(aliasId) < 2 || aliasName.isEmpty() || logins.isEmpty())
        return line(u"ERROR: add_phone_alias YOU MUST USE ALL REQUIRED FIELDS: |%1|%2|%3|%4"_s.arg(
            user, aliasId, aliasName, logins));
    if (m_state.aliasExists(aliasId))
        return line(
            u"ERROR: add_phone_alias PHONE ALIAS ALREADY EXISTS: |%1|%2"_s.arg(user, aliasId));
    for (const QString &login : logins.split(u',', Qt::SkipEmptyParts)) {
        if (!m_state.loginExists(login))
            return line(u"ERROR: add_phone_alias PHONE DOES NOT EXIST: |%1|%2"_s.arg(user, login));
    }
    m_state.insertAlias(
        {CleaningRules::truncated(aliasId, 20), CleaningRules::truncated(aliasName, 50), logins});
    return line(u"SUCCESS: add_phone_alias PHONE ALIAS HAS BEEN ADDED - %1|%2|%3|%4"_s.arg(
        user, aliasId, aliasName, logins));
}

ApiHandler::Pending ApiHandler::updatePhoneAlias(const RequestParams &params, const QString &user,
                                                 const SimUser *account)
{
    if (!account || account->userLevel < 8 || !account->astAdminAccess || !account->apiAccess)
        return line(
            u"ERROR: update_phone_alias USER DOES NOT HAVE PERMISSION TO UPDATE PHONE ALIASES: |%1|0"_s
                .arg(user));
    const QString aliasId = field(params, "alias_id", KeepSet::Word);
    const QString aliasName = field(params, "alias_name", KeepSet::AliasName);
    const QString logins = field(params, "phone_logins", KeepSet::PhoneLoginList);
    const QString deleteAlias = field(params, "delete_alias", KeepSet::Upper);
    // One character of logins counts as none, but only when nothing else is given.
    if (byteLength(aliasId) < 2 ||
        (byteLength(logins) < 2 && aliasName.isEmpty() && deleteAlias.isEmpty()))
        return line(
            u"ERROR: update_phone_alias YOU MUST USE ALL REQUIRED FIELDS: |%1|%2|%3|%4"_s.arg(
                user, aliasId, aliasName, logins));
    if (!m_state.aliasExists(aliasId))
        return line(
            u"ERROR: update_phone_alias PHONE ALIAS DOES NOT EXIST: |%1|%2"_s.arg(user, aliasId));
    if (deleteAlias == "Y"_L1) {
        // A delete needs the delete-phones permission (not ast admin access) and
        // deletes whatever else was sent.
        if (!account->deletePhones)
            return line(
                u"NOTICE: update_phone_alias USER DOES NOT HAVE PERMISSION TO DELETE PHONE ALIASES: |%1|0"_s
                    .arg(user));
        m_state.deleteAlias(aliasId);
        return line(u"SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN DELETED - %1|%2"_s.arg(
            user, aliasId));
    }
    if (!aliasName.isEmpty() && (byteLength(aliasName) < 2 || byteLength(aliasName) > 50))
        return line(u"ERROR: update_phone_alias YOU MUST USE A VALID ALIAS NAME: |%1|%2"_s.arg(
            user, aliasName));
    const bool changeLogins = byteLength(logins) > 1;
    if (changeLogins) {
        // Every part counts, an empty one too (it matches no phone).
        for (const QString &login : logins.split(u','))
            if (!m_state.loginExists(login))
                return line(
                    u"ERROR: update_phone_alias PHONE DOES NOT EXIST: |%1|%2"_s.arg(user, login));
    }
    // delete_alias other than Y with nothing else: the empty SQL fragment is echoed.
    if (aliasName.isEmpty() && !changeLogins)
        return line(u"NOTICE: update_phone_alias NO UPDATES DEFINED: |%1|"_s.arg(user));
    m_state.updateAlias(aliasId, aliasName, changeLogins ? logins : QString());
    return line(
        u"SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN UPDATED - %1|%2|"_s.arg(user, aliasId));
}

} // namespace sim
