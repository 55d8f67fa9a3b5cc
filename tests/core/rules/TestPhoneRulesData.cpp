#include "TestPhoneRules.h"

#include <QtTest>

using namespace vp;
using namespace Qt::StringLiterals;
using namespace testutil;
using F = PhoneField;

// clang-format off
void TestPhoneRules::keptCharacters_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("base"); // valid value the character is put into the middle of
    QTest::addColumn<QString>("kept"); // printable ASCII accepted besides letters and digits

    QTest::newRow("extension keeps - and _") << int(F::Extension) << "80" << "-_";
    QTest::newRow("dialplan keeps * and #") << int(F::DialplanNumber) << "80" << "*#";
    QTest::newRow("voicemail keeps only letters and digits") << int(F::VoicemailId) << "80" << "";
    QTest::newRow("login keeps - and _") << int(F::PhoneLogin) << "80" << "-_";
    QTest::newRow("password keeps - and _") << int(F::PhonePass) << "80" << "-_";
    QTest::newRow("registration password keeps - and _")
        << int(F::RegistrationPassword) << "80" << "-_";
    QTest::newRow("full name keeps - space + . _") << int(F::PhoneFullName) << "80" << "- +._";
    QTest::newRow("phone context keeps - and _") << int(F::PhoneContext) << "80" << "-_";
    QTest::newRow("email keeps - space . : / @ % _ but not +")
        << int(F::Email) << "80" << "- .:/@%_";
    QTest::newRow("admin user group keeps - and _") << int(F::AdminUserGroup) << "80" << "-_";
    QTest::newRow("template keeps - and _") << int(F::TemplateId) << "80" << "-_";
}

void TestPhoneRules::validateField_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("nonLatin");
    QTest::addColumn<QString>("expectedKinds");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("character");

    auto row = [](const char *name, F field, const QString &value, const char *kinds,
                  int position = -1, const QString &character = QString(), bool nonLatin = false) {
        QTest::newRow(name) << int(field) << value << nonLatin << QString::fromLatin1(kinds)
                            << position << character;
    };
    const QString none;
    // extension
    row("extension of digits is accepted", F::Extension, u"8001"_s, "");
    row("extension with letters, - and _ is accepted", F::Extension, u"Ab-8_01"_s, "");
    row("extension of 2 characters is accepted", F::Extension, u"80"_s, "");
    row("extension of 1 character is refused", F::Extension, u"8"_s, "TooShort");
    row("extension of 100 characters is accepted", F::Extension, repeat("8", 100), "");
    row("extension longer than 100 is refused", F::Extension, repeat("8", 101), "TooLong");
    row("extension 80.18 is refused at the dot", F::Extension, u"80.18"_s, "BadCharacter", 2, u"."_s);
    row("extension with an inner space is refused", F::Extension, u"80 18"_s, "BadCharacter", 2, u" "_s);
    row("extension with surrounding spaces is accepted", F::Extension, u" 8001 "_s, "");
    row("extension with surrounding tab and newline is accepted", F::Extension, u"\t8001\n"_s, "");
    row("position counts the leading spaces as typed", F::Extension, u"  80!1"_s, "BadCharacter", 4, u"!"_s);
    row("only the first bad character is reported", F::Extension, u"8.0!1"_s, "BadCharacter", 1, u"."_s);
    row("empty extension is missing", F::Extension, none, "Missing");
    row("blank extension is missing", F::Extension, u"   "_s, "Missing");
    row("extension with e-acute is refused in latin mode", F::Extension, u"8\u00e901"_s, "BadCharacter", 1, u"\u00e9"_s);
    row("extension with e-acute is kept in non-latin mode", F::Extension, u"8\u00e901"_s, "", -1, none, true);
    row("extension in Cyrillic is kept in non-latin mode", F::Extension, u"\u0418\u0432\u0430\u043d"_s, "", -1, none, true);
    row("Arabic-Indic digit is refused even in non-latin mode", F::Extension, u"80\u0661"_s, "BadCharacter", 2, u"\u0661"_s, true);
    row("emoji is refused in non-latin mode", F::Extension, u"80\U0001F600"_s, "BadCharacter", 2, QString(QChar(0xD83D)), true);
    row("letter outside the BMP is one character in non-latin mode", F::Extension, u"8\U0001D49C"_s, "", -1, none, true);
    row("bad character and too long are both reported", F::Extension, repeat("8", 100) + u'!', "BadCharacter TooLong", 100, u"!"_s);
    // dialplan_number
    row("dialplan *8029# is accepted", F::DialplanNumber, u"*8029#"_s, "");
    row("dialplan with a dash is refused", F::DialplanNumber, u"8-029"_s, "BadCharacter", 1, u"-"_s);
    row("dialplan of 20 is accepted", F::DialplanNumber, repeat("9", 20), "");
    row("dialplan longer than 20 is refused", F::DialplanNumber, repeat("9", 21), "TooLong");
    row("dialplan of 1 character is refused", F::DialplanNumber, u"9"_s, "TooShort");
    // voicemail_id
    row("voicemail vm8029x is accepted", F::VoicemailId, u"vm8029x"_s, "");
    row("voicemail with underscore is refused", F::VoicemailId, u"vm_8029"_s, "BadCharacter", 2, u"_"_s);
    row("voicemail of 10 is accepted", F::VoicemailId, repeat("7", 10), "");
    row("voicemail longer than 10 is refused", F::VoicemailId, repeat("7", 11), "TooLong");
    row("empty voicemail is missing", F::VoicemailId, none, "Missing");
    // phone_login
    row("login of 15 is accepted", F::PhoneLogin, repeat("a", 15), "");
    row("login longer than 15 is refused", F::PhoneLogin, repeat("a", 17), "TooLong");
    row("login of 16 is refused (the column holds 15)", F::PhoneLogin, repeat("a", 16), "TooLong");
    row("login with ! is refused", F::PhoneLogin, u"cc!100"_s, "BadCharacter", 2, u"!"_s);
    row("login O'Brien is refused at the apostrophe", F::PhoneLogin, u"O'Brien"_s, "BadCharacter", 1, u"'"_s);
    // phone_pass and registration_password
    row("password pw8028! is refused at the !", F::PhonePass, u"pw8028!"_s, "BadCharacter", 6, u"!"_s);
    row("password of 20 is accepted", F::PhonePass, repeat("Ab1", 6) + u"xy"_s, "");
    row("password longer than 20 is refused", F::PhonePass, repeat("x", 21), "TooLong");
    row("empty password is missing", F::PhonePass, none, "Missing");
    row("registration password rg 8028 is refused at the space", F::RegistrationPassword, u"rg 8028"_s, "BadCharacter", 2, u" "_s);
    row("registration password longer than 20 is refused", F::RegistrationPassword, repeat("r", 21), "TooLong");
    // server_ip
    row("server ip 10.10.10.15 is accepted", F::ServerIp, u"10.10.10.15"_s, "");
    row("server ip with surrounding spaces is accepted", F::ServerIp, u" 10.10.10.15 "_s, "");
    row("server ip 0.0.0.0 is accepted", F::ServerIp, u"0.0.0.0"_s, "");
    row("server ip 255.255.255.255 is accepted", F::ServerIp, u"255.255.255.255"_s, "");
    row("server ip with three parts is invalid", F::ServerIp, u"10.10.10"_s, "Invalid");
    row("server ip with five parts is invalid", F::ServerIp, u"1.2.3.4.5"_s, "Invalid");
    row("server ip with an empty part is invalid", F::ServerIp, u"10..10.15"_s, "Invalid");
    row("server ip octet above 255 is invalid", F::ServerIp, u"10.10.10.256"_s, "Invalid");
    row("server ip with leading zeros is invalid", F::ServerIp, u"010.10.10.15"_s, "Invalid");
    row("host name is refused at the first letter", F::ServerIp, u"dialer.local"_s, "BadCharacter", 0, u"d"_s);
    row("server ip with a port is refused at the colon", F::ServerIp, u"10.10.10.15:80"_s, "BadCharacter", 11, u":"_s);
    row("server ip with an inner space is refused", F::ServerIp, u"10.10. 10.15"_s, "BadCharacter", 6, u" "_s);
    row("IPv6 is refused", F::ServerIp, u"::1"_s, "BadCharacter", 0, u":"_s);
    // protocol
    row("protocol SIP is accepted", F::Protocol, u"SIP"_s, "");
    row("protocol IAX2 is accepted", F::Protocol, u"IAX2"_s, "");
    row("protocol Zap is accepted", F::Protocol, u"Zap"_s, "");
    row("protocol EXTERNAL is accepted", F::Protocol, u"EXTERNAL"_s, "");
    row("protocol sip in lower case is accepted", F::Protocol, u"sip"_s, "");
    row("protocol PJSIP is refused", F::Protocol, u"PJSIP"_s, "NotAllowed");
    row("protocol H323 is refused", F::Protocol, u"H323"_s, "NotAllowed");
    row("empty protocol is missing", F::Protocol, none, "Missing");
    // phone_full_name
    row("name O'Brien Jose Muller is refused at the apostrophe", F::PhoneFullName, u"O'Brien Jos\u00e9 M\u00fcller"_s, "BadCharacter", 1, u"'"_s);
    row("name A+B & C is refused at the ampersand", F::PhoneFullName, u"A+B & C"_s, "BadCharacter", 4, u"&"_s);
    row("name with - space + . _ is accepted", F::PhoneFullName, u"Jean-Luc O.Smith_2 +1"_s, "");
    row("accented name is sent without accents in latin mode", F::PhoneFullName, u"Jos\u00e9 M\u00fcller"_s, "", -1, none);
    row("greek name is refused in latin mode", F::PhoneFullName, u"Agent \u03a9"_s, "BadCharacter", 6, u"\u03a9"_s);
    row("accented name is kept in non-latin mode", F::PhoneFullName, u"Jos\u00e9 M\u00fcller"_s, "", -1, none, true);
    row("Cyrillic name is refused in latin mode", F::PhoneFullName, u"\u0418\u0432\u0430\u043d"_s, "BadCharacter", 0, u"\u0418"_s);
    row("combining accent is refused even in non-latin mode", F::PhoneFullName, u"Jose\u0301"_s, "BadCharacter", 4, u"\u0301"_s, true);
    row("no-break space inside a name becomes a space", F::PhoneFullName, u"Ann\u00a0Lee"_s, "", -1, none);
    row("no-break space inside an extension is refused", F::Extension, u"80\u00a018"_s, "BadCharacter", 2, u"\u00a0"_s);
    row("name of 50 is accepted", F::PhoneFullName, repeat("n", 50), "");
    row("name longer than 50 is refused", F::PhoneFullName, repeat("n", 51), "TooLong");
    // local_gmt
    row("time zone -5.00 is accepted", F::LocalGmt, u"-5.00"_s, "");
    row("time zone -5 is accepted", F::LocalGmt, u"-5"_s, "");
    row("time zone +5.50 is accepted", F::LocalGmt, u"+5.50"_s, "");
    row("time zone GMT-5 is accepted", F::LocalGmt, u"GMT-5"_s, "");
    row("time zone EST is refused", F::LocalGmt, u"EST"_s, "NotAllowed");
    row("time zone -4.25 is refused", F::LocalGmt, u"-4.25"_s, "NotAllowed");
    row("empty time zone is missing", F::LocalGmt, none, "Missing");
    // outbound_cid
    row("caller ID of digits is accepted", F::OutboundCid, u"3125551212"_s, "");
    row("caller ID +1 (312) 555-1212 is accepted", F::OutboundCid, u"+1 (312) 555-1212"_s, "");
    row("caller ID with dots is accepted", F::OutboundCid, u"312.555.1212"_s, "");
    row("caller ID with letters is refused", F::OutboundCid, u"1-800-FLOWERS"_s, "BadCharacter", 6, u"F"_s);
    row("caller ID of 20 digits is accepted", F::OutboundCid, repeat("1", 20), "");
    row("caller ID longer than 20 digits is refused", F::OutboundCid, repeat("1", 21), "TooLong");
    row("caller ID length counts digits only", F::OutboundCid, u"+1 (312) 555-1212-0000-000"_s, "");
    row("caller ID of separators only has no digits", F::OutboundCid, u"( )"_s, "Missing");
    row("empty caller ID is missing", F::OutboundCid, none, "Missing");
    // optional text
    row("empty phone context is not sent", F::PhoneContext, none, "");
    row("phone context with a dot is refused", F::PhoneContext, u"ctx.1"_s, "BadCharacter", 3, u"."_s);
    row("phone context longer than 20 is refused", F::PhoneContext, repeat("c", 21), "TooLong");
    row("empty email is not sent", F::Email, none, "");
    row("plain email is accepted", F::Email, u"ops@example.com"_s, "");
    row("email with a plus is refused", F::Email, u"a+b@x.com"_s, "BadCharacter", 1, u"+"_s);
    row("email with an apostrophe is refused", F::Email, u"o'brien@x.com"_s, "BadCharacter", 1, u"'"_s);
    row("email with a comma is refused", F::Email, u"a,b@x.com"_s, "BadCharacter", 1, u","_s);
    row("email of 100 is accepted", F::Email, repeat("e", 94) + u"@x.com"_s, "");
    row("email longer than 100 is refused", F::Email, repeat("e", 95) + u"@x.com"_s, "TooLong");
    row("admin group ---ALL--- is accepted", F::AdminUserGroup, u"---ALL---"_s, "");
    row("admin group with a space is refused", F::AdminUserGroup, u"admin group"_s, "BadCharacter", 5, u" "_s);
    row("admin group longer than 20 is refused", F::AdminUserGroup, repeat("g", 21), "TooLong");
    row("template --BLANK-- is accepted", F::TemplateId, u"--BLANK--"_s, "");
    row("template of 1 character is refused (the server ignores it)", F::TemplateId, u"t"_s, "TooShort");
    row("template of 15 is accepted", F::TemplateId, repeat("t", 15), "");
    row("template longer than 15 is refused", F::TemplateId, repeat("t", 16), "TooLong");
    row("empty template is not sent", F::TemplateId, none, "");
    // Y/N lists
    row("webphone Y_API_LAUNCH is accepted", F::IsWebphone, u"Y_API_LAUNCH"_s, "");
    row("webphone yes is accepted", F::IsWebphone, u"yes"_s, "");
    row("webphone maybe is refused", F::IsWebphone, u"maybe"_s, "NotAllowed");
    row("auto-answer has no Y_API_LAUNCH", F::WebphoneAutoAnswer, u"Y_API_LAUNCH"_s, "NotAllowed");
    row("auto-answer true is accepted", F::WebphoneAutoAnswer, u"true"_s, "");
    row("external server ip 0 is accepted", F::UseExternalServerIp, u"0"_s, "");
    row("external server ip X is refused", F::UseExternalServerIp, u"X"_s, "NotAllowed");
    row("on-hook agent X is refused (the server would ignore it)", F::OnHookAgent, u"X"_s, "NotAllowed");
    row("on-hook agent n is accepted", F::OnHookAgent, u"n"_s, "");
    row("empty on-hook agent is not sent", F::OnHookAgent, none, "");
}

void TestPhoneRules::messages_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("nonLatin");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("absent");

    auto row = [](const char *name, F field, const QString &value, const QStringList &contains,
                  const QStringList &absent = {}, bool nonLatin = false) {
        QTest::newRow(name) << int(field) << value << nonLatin << contains << absent;
    };
    row("bad character names field, character, position and kept set", F::PhoneLogin, u"cc!100"_s,
        {u"Login: the character \"!\" (position 3) is not kept by the server; only A-Z, a-z, 0-9, - and _ are kept."_s});
    row("extension 80.18 says the server would store 8018", F::Extension, u"80.18"_s,
        {u"\".\" (position 3)"_s, u"The server would store \"8018\"."_s});
    row("password message hides the character and the value", F::PhonePass, u"pw8028!"_s,
        {u"Login password: the character at position 7 is not kept by the server"_s},
        {u"!"_s, u"pw8028"_s});
    row("registration password message hides the value", F::RegistrationPassword, u"rg 8028"_s,
        {u"position 3"_s}, {u"rg8028"_s, u"8028"_s, u"space"_s});
    row("login too long gives length and limit", F::PhoneLogin, repeat("a", 17),
        {u"Login: 17 characters; at most 15."_s});
    row("extension too short gives the minimum", F::Extension, u"8"_s,
        {u"Extension: too short; at least 2 characters."_s});
    row("missing field is named", F::Extension, QString(), {u"Extension: required, but empty."_s});
    row("PJSIP says the API refuses it", F::Protocol, u"PJSIP"_s,
        {u"add_phone refuses PJSIP"_s, u"admin pages"_s, u"IAX2, SIP, Zap, EXTERNAL"_s});
    row("email plus becomes a space", F::Email, u"a+b@x.com"_s,
        {u"Email: the server would turn the \"+\" (position 2) into a space."_s});
    row("email apostrophe makes the server fail", F::Email, u"o'b@x.com"_s,
        {u"(position 2)"_s, u"HTTP 500"_s});
    row("accented letter hints at non-latin mode", F::PhoneLogin, u"jos\u00e9"_s,
        {u"\"\u00e9\" (position 4)"_s, u"\"jos\""_s, u"non-latin mode"_s});
    row("space is named as a space", F::Extension, u"80 18"_s, {u"a space (position 3)"_s});
    row("invisible character is shown by its code", F::PhoneLogin, u"ann\u00a0lee"_s,
        {u"U+00A0 (position 4)"_s});
    row("EST is quoted with an example", F::LocalGmt, u"EST"_s, {u"\"EST\""_s, u"-5.00"_s});
    row("server ip not IPv4 is quoted", F::ServerIp, u"10.10.10"_s, {u"\"10.10.10\""_s, u"IPv4"_s});
    row("server ip leading zeros suggests the plain form", F::ServerIp, u"010.10.10.015"_s,
        {u"write 10.10.10.15"_s});
    row("caller ID letter names the character", F::OutboundCid, u"1-800-FLOWERS"_s,
        {u"\"F\" (position 7)"_s, u"only 0-9 are kept"_s, u"\"1800\""_s});
    row("caller ID without digits", F::OutboundCid, u"()"_s, {u"no digits"_s});
    row("Y/N value the server would ignore", F::OnHookAgent, u"X"_s,
        {u"\"X\" is not one of Y, N; the server would ignore it."_s});
    row("non-latin mode describes letters of any script", F::Extension, u"80!"_s,
        {u"only letters, 0-9, - and _ are kept"_s}, {u"non-latin mode"_s}, true);
    row("nothing left is said plainly", F::VoicemailId, u"***"_s, {u"Nothing would be left."_s});
    row("a long value is cut in the message", F::Protocol, repeat("x", 60),
        {QString(QChar(0x2026))}, {repeat("x", 41)});
}

void TestPhoneRules::normalizedValue_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("reason");

    const QString trimmed = u"surrounding spaces removed"_s;
    QTest::newRow("extension is trimmed") << int(F::Extension) << " 8001 " << "8001" << trimmed;
    QTest::newRow("clean extension is unchanged") << int(F::Extension) << "8001" << "8001" << "";
    QTest::newRow("inner spaces of a name stay") << int(F::PhoneFullName) << "  Ann Lee  " << "Ann Lee" << trimmed;
    QTest::newRow("password is trimmed") << int(F::PhonePass) << " pw8001 " << "pw8001" << trimmed;
    QTest::newRow("extension 80.18 is not normalised") << int(F::Extension) << "80.18" << "80.18" << "";
    QTest::newRow("time zone -5 becomes -5.00") << int(F::LocalGmt) << "-5" << "-5.00" << "written as -5.00";
    QTest::newRow("time zone +5.5 becomes 5.50") << int(F::LocalGmt) << "+5.5" << "5.50" << "written as 5.50";
    QTest::newRow("time zone GMT-5 becomes -5.00") << int(F::LocalGmt) << "GMT-5" << "-5.00" << "written as -5.00";
    QTest::newRow("time zone UTC-05:00 becomes -5.00") << int(F::LocalGmt) << "UTC-05:00" << "-5.00" << "written as -5.00";
    QTest::newRow("time zone 5:30 becomes 5.50") << int(F::LocalGmt) << "5:30" << "5.50" << "written as 5.50";
    QTest::newRow("time zone 0 becomes 0.00") << int(F::LocalGmt) << "0" << "0.00" << "written as 0.00";
    QTest::newRow("time zone trimmed and canonicalised") << int(F::LocalGmt) << " -5 " << "-5.00"
                                                       << "surrounding spaces removed; written as -5.00";
    QTest::newRow("time zone EST is left for validation") << int(F::LocalGmt) << "EST" << "EST" << "";
    QTest::newRow("caller ID reduced to digits") << int(F::OutboundCid) << "+1 (312) 555-1212" << "13125551212" << "reduced to digits";
    QTest::newRow("caller ID with dots reduced to digits") << int(F::OutboundCid) << "312.555.1212" << "3125551212" << "reduced to digits";
    QTest::newRow("caller ID with letters is left for validation") << int(F::OutboundCid) << "1-800-FLOWERS" << "1-800-FLOWERS" << "";
    QTest::newRow("caller ID of separators is left for validation") << int(F::OutboundCid) << "()" << "()" << "";
    QTest::newRow("protocol sip becomes SIP") << int(F::Protocol) << "sip" << "SIP" << "written as SIP";
    QTest::newRow("protocol iax2 becomes IAX2") << int(F::Protocol) << "iax2" << "IAX2" << "written as IAX2";
    QTest::newRow("protocol zap becomes Zap") << int(F::Protocol) << "zap" << "Zap" << "written as Zap";
    const QString accents = u"written in plain letters without accents (the server keeps only A-Z and a-z)"_s;
    QTest::newRow("name Jose Muller loses its accents") << int(F::PhoneFullName) << u"Jos\u00e9 M\u00fcller"_s << "Jose Muller" << accents;
    QTest::newRow("name Conceicao loses cedilla and tilde") << int(F::PhoneFullName) << u"Concei\u00e7\u00e3o"_s << "Conceicao" << accents;
    QTest::newRow("name with AE, o-slash, L-stroke, sharp s") << int(F::PhoneFullName) << u"\u00c6r\u00f8 \u0141ukasz Stra\u00dfe"_s << "AEro Lukasz Strasse" << accents;
    QTest::newRow("combining accent is dropped") << int(F::PhoneFullName) << u"Jose\u0301"_s << "Jose" << accents;
    QTest::newRow("no-break space becomes a space") << int(F::PhoneFullName) << u"Ann\u00a0Lee"_s << "Ann Lee" << accents;
    QTest::newRow("greek letter is left for validation") << int(F::PhoneFullName) << u"Agent \u03a9"_s << u"Agent \u03a9"_s << "";
    QTest::newRow("accented login is left for validation") << int(F::PhoneLogin) << u"jos\u00e9"_s << u"jos\u00e9"_s << "";
    QTest::newRow("accented password is never changed") << int(F::PhonePass) << u"se\u00f1a12"_s << u"se\u00f1a12"_s << "";
    QTest::newRow("protocol external becomes EXTERNAL") << int(F::Protocol) << "external" << "EXTERNAL" << "written as EXTERNAL";
    QTest::newRow("protocol pjsip is left for validation") << int(F::Protocol) << "pjsip" << "pjsip" << "";
    QTest::newRow("y becomes Y") << int(F::OnHookAgent) << "y" << "Y" << "written as Y";
    QTest::newRow("yes becomes Y") << int(F::WebphoneAutoAnswer) << "yes" << "Y" << "written as Y";
    QTest::newRow("No becomes N") << int(F::UseExternalServerIp) << "No" << "N" << "written as N";
    QTest::newRow("TRUE becomes Y") << int(F::OnHookAgent) << "TRUE" << "Y" << "written as Y";
    QTest::newRow("false becomes N") << int(F::OnHookAgent) << "false" << "N" << "written as N";
    QTest::newRow("1 becomes Y") << int(F::IsWebphone) << "1" << "Y" << "written as Y";
    QTest::newRow("0 becomes N") << int(F::IsWebphone) << "0" << "N" << "written as N";
    QTest::newRow("y_api_launch becomes Y_API_LAUNCH") << int(F::IsWebphone) << "y_api_launch" << "Y_API_LAUNCH" << "written as Y_API_LAUNCH";
    QTest::newRow("X is left for validation") << int(F::OnHookAgent) << "X" << "X" << "";
}

void TestPhoneRules::serverCleaned_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("nonLatin");
    QTest::addColumn<QString>("stored");

    auto row = [](const char *name, F field, const QString &value, const QString &stored,
                  bool nonLatin = false) {
        QTest::newRow(name) << int(field) << value << nonLatin << stored;
    };
    // "Seen on the real server" in shared/vicidial-api.md.
    row("O'Brien Jose Muller is stored as OBrien Jos Mller", F::PhoneFullName, u"O'Brien Jos\u00e9 M\u00fcller"_s, u"OBrien Jos Mller"_s);
    row("A+B & C is stored as A+B  C", F::PhoneFullName, u"A+B & C"_s, u"A+B  C"_s);
    row("extension 80.18 is stored as 8018", F::Extension, u"80.18"_s, u"8018"_s);
    row("extension 80.16 is stored as 8016", F::Extension, u"80.16"_s, u"8016"_s);
    row("extension 80.01 collides with 8001", F::Extension, u"80.01"_s, u"8001"_s);
    row("password pw8028! is stored as pw8028", F::PhonePass, u"pw8028!"_s, u"pw8028"_s);
    row("registration password rg 8028 is stored as rg8028", F::RegistrationPassword, u"rg 8028"_s, u"rg8028"_s);
    row("dialplan *8029# is kept", F::DialplanNumber, u"*8029#"_s, u"*8029#"_s);
    row("voicemail vm8029x is kept", F::VoicemailId, u"vm8029x"_s, u"vm8029x"_s);
    row("on-hook agent X is ignored and stored N", F::OnHookAgent, u"X"_s, u"N"_s);
    row("time zone -5 is stored as -5", F::LocalGmt, u"-5"_s, u"-5"_s);
    row("time zone +5.50 loses its plus", F::LocalGmt, u"+5.50"_s, u"5.50"_s);
    row("time zone EST becomes empty", F::LocalGmt, u"EST"_s, QString());
    row("caller ID is stored as digits", F::OutboundCid, u"+1 (312) 555-1212"_s, u"13125551212"_s);
    row("login of 17 is cut to 15", F::PhoneLogin, u"abcdefghijklmnopq"_s, u"abcdefghijklmno"_s);
    row("login cut counts kept characters", F::PhoneLogin, u"a.bcdefghijklmnopq"_s, u"abcdefghijklmno"_s);
    // Further consequences of the kept-character table.
    row("email plus becomes a space", F::Email, u"a+b@x.com"_s, u"a b@x.com"_s);
    row("email apostrophe is not a kept character", F::Email, u"o'b@x.com"_s, u"ob@x.com"_s);
    row("email comma is removed", F::Email, u"a,b@x.com"_s, u"ab@x.com"_s);
    row("name keeps accents in non-latin mode", F::PhoneFullName, u"O'Brien Jos\u00e9 M\u00fcller"_s, u"OBrien Jos\u00e9 M\u00fcller"_s, true);
    row("non-latin mode keeps letters outside the BMP", F::Extension, u"8\U0001D49C!"_s, u"8\U0001D49C"_s, true);
    row("non-latin mode removes emoji whole", F::Extension, u"8\U0001F600"_s, u"8"_s, true);
    row("server ip keeps letters and colons", F::ServerIp, u"host:80 "_s, u"host:80"_s);
    row("extension loses spaces and keeps - and _", F::Extension, u" Ab 80-24_x "_s, u"Ab80-24_x"_s);
    row("empty phone context means default", F::PhoneContext, QString(), u"default"_s);
    row("phone context of only removed characters means default", F::PhoneContext, u"..."_s, u"default"_s);
    row("empty admin group means ---ALL---", F::AdminUserGroup, QString(), u"---ALL---"_s);
    row("empty email stays empty", F::Email, QString(), QString());
    row("template of 1 character is ignored", F::TemplateId, u"t"_s, QString());
    row("template --BLANK-- means no template", F::TemplateId, u"--BLANK--"_s, QString());
    row("webphone Y with spaces is cleaned to Y", F::IsWebphone, u" Y "_s, u"Y"_s);
    row("webphone Y_API_LAUNCH is kept", F::IsWebphone, u"Y_API_LAUNCH"_s, u"Y_API_LAUNCH"_s);
    row("protocol S-I-P is cleaned to SIP", F::Protocol, u"S-I-P"_s, u"SIP"_s);
    row("webphone y is not Y to the server", F::IsWebphone, u"y"_s, u"N"_s);
    row("auto-answer defaults to Y", F::WebphoneAutoAnswer, QString(), u"Y"_s);
    row("protocol PJSIP is refused, not cleaned", F::Protocol, u"PJSIP"_s, u"PJSIP"_s);
    row("empty required extension stays empty", F::Extension, u"!!"_s, QString());
}

void TestPhoneRules::lengths_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");
    QTest::newRow("extension 2-100") << int(F::Extension) << 2 << 100;
    QTest::newRow("dialplan 2-20") << int(F::DialplanNumber) << 2 << 20;
    QTest::newRow("voicemail 1-10") << int(F::VoicemailId) << 1 << 10;
    QTest::newRow("login 1-15") << int(F::PhoneLogin) << 1 << 15;
    QTest::newRow("password 1-20") << int(F::PhonePass) << 1 << 20;
    QTest::newRow("server ip 7-15") << int(F::ServerIp) << 7 << 15;
    QTest::newRow("protocol 3-8 (Zap to EXTERNAL)") << int(F::Protocol) << 3 << 8;
    QTest::newRow("registration password 1-20") << int(F::RegistrationPassword) << 1 << 20;
    QTest::newRow("full name 1-50") << int(F::PhoneFullName) << 1 << 50;
    QTest::newRow("time zone 4-6 (0.00 to -12.00)") << int(F::LocalGmt) << 4 << 6;
    QTest::newRow("caller ID 1-20") << int(F::OutboundCid) << 1 << 20;
    QTest::newRow("phone context up to 20") << int(F::PhoneContext) << 1 << 20;
    QTest::newRow("email up to 100") << int(F::Email) << 1 << 100;
    QTest::newRow("admin group up to 20") << int(F::AdminUserGroup) << 1 << 20;
    QTest::newRow("webphone 1-12") << int(F::IsWebphone) << 1 << 12;
    QTest::newRow("auto-answer 1") << int(F::WebphoneAutoAnswer) << 1 << 1;
    QTest::newRow("external server ip 1") << int(F::UseExternalServerIp) << 1 << 1;
    QTest::newRow("template 2-15") << int(F::TemplateId) << 2 << 15;
    QTest::newRow("on-hook agent 1") << int(F::OnHookAgent) << 1 << 1;
}

void TestPhoneRules::keptCharactersDescription_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<bool>("nonLatin");
    QTest::addColumn<QString>("expected");
    QTest::newRow("extension") << int(F::Extension) << false << "A-Z, a-z, 0-9, - and _";
    QTest::newRow("extension in non-latin mode") << int(F::Extension) << true << "letters, 0-9, - and _";
    QTest::newRow("dialplan") << int(F::DialplanNumber) << false << "A-Z, a-z, 0-9, * and #";
    QTest::newRow("voicemail") << int(F::VoicemailId) << false << "A-Z, a-z and 0-9";
    QTest::newRow("full name") << int(F::PhoneFullName) << false << "A-Z, a-z, 0-9, -, space, +, . and _";
    QTest::newRow("email without +") << int(F::Email) << false << "A-Z, a-z, 0-9, -, space, ., :, /, @, % and _";
    QTest::newRow("caller ID") << int(F::OutboundCid) << false << "0-9";
    QTest::newRow("server ip") << int(F::ServerIp) << false << "0-9 and .";
    QTest::newRow("protocol has a list instead") << int(F::Protocol) << false << "";
    QTest::newRow("time zone has a list instead") << int(F::LocalGmt) << false << "";
}
// clang-format on
