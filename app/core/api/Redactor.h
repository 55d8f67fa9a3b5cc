// Removes passwords from any text before it is stored, logged or shown: the
// server echoes them in some replies, and query strings carry them.
#pragma once

#include <QString>
#include <QStringList>

namespace vp {

using namespace Qt::StringLiterals;

class Redactor
{
public:
    // What every removed secret becomes.
    static QString mask() { return u"***"_s; }

    // Replaces each secret (and the forms the server echoes after cleaning it
    // to [-_0-9A-Za-z], or to letters of any script in "non-latin" mode, and
    // its percent-encoded form) with ***. Also redacts structurally, even
    // when the secret list is empty:
    // - the password of "Login incorrect" lines (|user|PASS|BAD|),
    // - the phone_pass and registration_password positions of
    //   "YOU MUST USE ALL REQUIRED FIELDS" lines,
    // - pass=, phone_pass=, registration_password= values in query strings,
    //   form bodies and command lines (curl placeholders such as
    //   "$VICI_API_PASS" are left alone: they are not secrets),
    // - the password of a user:password@host URL.
    static QString redact(const QString &text, const QStringList &secrets);

    // The variants of one secret that redact() removes, longest first.
    static QStringList secretForms(const QString &secret);
    // For many texts with the same secrets: the forms of all of them once
    // (longest first), then redactForms() per text. redact() is exactly
    // redactForms(text, formsOf(secrets)).
    static QStringList formsOf(const QStringList &secrets);
    static QString redactForms(const QString &text, const QStringList &forms);
    // The forms that occur in text (ignoring case): all that can occur in
    // any part of it.
    static QStringList formsIn(const QString &text, const QStringList &forms);
};

} // namespace vp
