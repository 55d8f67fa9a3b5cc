#pragma once

#include <QByteArray>
#include <QString>

namespace sim {

// The kept-character sets the server applies to each parameter before using it.
enum class KeepSet
{
    Word,           // - _ 0-9 A-Z a-z: user, pass, extension, phone_login, passwords, ...
    Alnum,          // 0-9 A-Z a-z: source, voicemail_id, protocol
    Dialplan,       // * # 0-9 A-Z a-z
    ServerIp,       // - . : _ 0-9 A-Z a-z
    FullName,       // - space + . _ 0-9 A-Z a-z
    LocalGmt,       // - . 0-9
    Digits,         // 0-9: outbound_cid, phone_ring_timeout
    Email,          // - space + . : / @ % _ 0-9 A-Z a-z
    AliasName,      // - space + . : / @ _ 0-9 A-Z a-z
    PhoneLoginList, // - _ , 0-9 A-Z a-z
    DottedDigits,   // . 0-9: server_ip before 2.14-168
    Upper,          // A-Z only, whatever the non-latin mode: active, delete_phone
    Letters         // A-Z a-z only, whatever the non-latin mode: delete_vm_after_email
};

// Silent cleaning and column truncation as the real server and its database do them.
class CleaningRules
{
public:
    // Removes every character outside the set. In non-latin mode letters of any
    // script count as letters, and invalid UTF-8 yields an empty value (what a
    // Unicode regular expression does on bad input).
    static QString clean(const QByteArray &raw, KeepSet set, bool nonLatin);
    // What a VARCHAR(maxChars) column keeps of the value (counted in characters).
    static QString truncated(const QString &value, int maxChars);
    // The 33-value list, compared as PHP compares two numeric strings.
    static bool isValidTimezone(const QString &cleaned);
};

} // namespace sim
