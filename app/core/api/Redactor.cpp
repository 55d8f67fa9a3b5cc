#include "api/Redactor.h"

#include <algorithm>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

constexpr QLatin1Char kPipe('|');

// Shorter forms are masked only where they stand alone: masking every "1" of
// a reply because a phone password is "1" would destroy the reply and
// protect nothing.
constexpr qsizetype kMinSubstringLength = 4;

bool isTokenChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_');
}

char16_t fold(char16_t c)
{
    if (c < 128)
        return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    return QChar::toCaseFolded(c);
}

// Case-insensitive search. Qt's own folds every character through the full
// Unicode tables and replace() builds a search table per call; this is what
// keeps a reply's redaction in the microseconds.
template<typename Needle>
qsizetype findFolded(QStringView haystack, Needle needle, qsizetype from = 0)
{
    const qsizetype n = needle.size();
    if (n == 0)
        return from <= haystack.size() ? from : -1;
    const char16_t first = fold(needle[0].unicode());
    for (qsizetype i = from; i + n <= haystack.size(); ++i) {
        if (fold(haystack[i].unicode()) != first)
            continue;
        qsizetype j = 1;
        while (j < n && fold(haystack[i + j].unicode()) == fold(QChar(needle[j]).unicode()))
            ++j;
        if (j == n)
            return i;
    }
    return -1;
}

void replaceAll(QString &text, const QString &form)
{
    // Short forms only where they stand alone (see kMinSubstringLength).
    const bool wholeTokenOnly = form.size() < kMinSubstringLength;
    qsizetype from = findFolded(text, QStringView(form));
    if (from < 0)
        return;
    QString result;
    result.reserve(text.size());
    qsizetype copied = 0;
    while (from >= 0) {
        const qsizetype end = from + form.size();
        const bool alone = (from == 0 || !isTokenChar(text.at(from - 1))) &&
                           (end == text.size() || !isTokenChar(text.at(end)));
        if (!wholeTokenOnly || alone) {
            result += QStringView(text).mid(copied, from - copied);
            result += Redactor::mask();
            copied = end;
            from = findFolded(text, QStringView(form), end);
        } else {
            from = findFolded(text, QStringView(form), from + 1);
        }
    }
    if (copied == 0)
        return;
    result += QStringView(text).mid(copied);
    text = result;
}

// Masks the |-separated fields at `positions` (0-based) of the field list that
// follows `phrase` on each line containing it. The list starts after the first
// '|' (the server's ": |user|...") or after " - " (the document's form).
void redactFieldsAfter(QString &text, QLatin1String phrase, std::initializer_list<int> positions)
{
    qsizetype from = 0;
    while ((from = findFolded(text, phrase, from)) >= 0) {
        from += phrase.size();
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), from);
        if (lineEnd < 0)
            lineEnd = text.size();
        const qsizetype pipe = text.indexOf(kPipe, from);
        const qsizetype dash = text.indexOf(" - "_L1, from);
        qsizetype start = -1;
        if (dash >= 0 && dash < lineEnd && (pipe < 0 || dash < pipe))
            start = dash + 3;
        else if (pipe >= 0 && pipe < lineEnd)
            start = pipe + 1;
        if (start < 0)
            continue;
        int index = 0;
        qsizetype fieldStart = start;
        while (fieldStart <= lineEnd) {
            qsizetype fieldEnd = text.indexOf(kPipe, fieldStart);
            if (fieldEnd < 0 || fieldEnd > lineEnd)
                fieldEnd = lineEnd;
            const qsizetype length = fieldEnd - fieldStart;
            const bool wanted =
                std::find(positions.begin(), positions.end(), index) != positions.end();
            if (wanted && length > 0 &&
                QStringView(text).mid(fieldStart, length) != Redactor::mask()) {
                // Keep a trailing '\r' of a CRLF line out of the mask.
                const qsizetype cut =
                    text.at(fieldEnd - 1) == QLatin1Char('\r') ? length - 1 : length;
                if (cut > 0) {
                    text.replace(fieldStart, cut, Redactor::mask());
                    const qsizetype delta = Redactor::mask().size() - cut;
                    fieldEnd += delta;
                    lineEnd += delta;
                }
            }
            if (fieldEnd >= lineEnd)
                break;
            fieldStart = fieldEnd + 1;
            ++index;
        }
        from = lineEnd;
    }
}

bool isPlaceholder(QStringView value)
{
    return value == u"$VICI_API_PASS" || value == u"$PHONE_PASS" || value == u"$REGISTRATION_PASS";
}

// Replaces capture group `group` of every match with the mask.
void redactGroup(QString &text, const QRegularExpression &pattern, int group)
{
    QString result;
    qsizetype copied = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QStringView value = match.capturedView(group);
        if (value.isEmpty() || value == Redactor::mask() || isPlaceholder(value))
            continue;
        if (result.isEmpty())
            result.reserve(text.size());
        result += QStringView(text).mid(copied, match.capturedStart(group) - copied);
        result += Redactor::mask();
        copied = match.capturedEnd(group);
    }
    if (copied == 0)
        return;
    result += QStringView(text).mid(copied);
    text = result;
}

} // namespace

QStringList Redactor::secretForms(const QString &secret)
{
    QStringList forms;
    if (secret.isEmpty())
        return forms;
    const auto addForm = [&forms](const QString &form) {
        if (!form.isEmpty() && !forms.contains(form))
            forms << form;
    };
    addForm(secret);
    // What the server keeps of it ([-_0-9A-Za-z]), and what a server in
    // "non-latin" mode keeps (letters of any script).
    QString latin;
    QString anyScript;
    bool unreservedOnly = true;
    for (const QChar c : secret) {
        const char16_t u = c.unicode();
        const bool asciiKept = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                               (u >= '0' && u <= '9') || u == '-' || u == '_';
        if (asciiKept)
            latin += c;
        if (asciiKept || (u >= 128 && isTokenChar(c)))
            anyScript += c;
        if (!asciiKept && u != '.' && u != '~')
            unreservedOnly = false;
    }
    addForm(latin);
    addForm(anyScript);
    if (!unreservedOnly) {
        // How it appears in a query string or form body.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        addForm(encoded);
        if (encoded.contains("%20"_L1))
            addForm(QString(encoded).replace("%20"_L1, "+"_L1));
    }
    // Longest first, so that no part of a longer secret is left behind by a
    // shorter one that happens to be inside it.
    std::stable_sort(forms.begin(), forms.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return forms;
}

QStringList Redactor::formsIn(const QString &text, const QStringList &forms)
{
    QStringList found;
    for (const QString &form : forms) {
        if (findFolded(text, QStringView(form)) >= 0)
            found << form;
    }
    return found;
}

QStringList Redactor::formsOf(const QStringList &secrets)
{
    QStringList forms;
    for (const QString &secret : secrets)
        forms += secretForms(secret);
    std::stable_sort(forms.begin(), forms.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return forms;
}

QString Redactor::redact(const QString &text, const QStringList &secrets)
{
    if (text.isEmpty())
        return text;
    return redactForms(text, secrets.isEmpty() ? QStringList() : formsOf(secrets));
}

QString Redactor::redactForms(const QString &text, const QStringList &forms)
{
    if (text.isEmpty())
        return text;
    QString out = text;
    for (const QString &form : forms)
        replaceAll(out, form);

    // The server echoes passwords in two replies; mask them by position so
    // that they are gone even when the caller did not know the secret.
    // The size checks keep short texts (single fields) off the searches.
    const QLatin1String loginIncorrect("Login incorrect");
    const QLatin1String requiredFields("ALL REQUIRED FIELDS");
    if (out.size() > loginIncorrect.size() && findFolded(out, loginIncorrect) >= 0)
        redactFieldsAfter(out, loginIncorrect, {1});
    if (out.size() > requiredFields.size() && findFolded(out, requiredFields) >= 0)
        redactFieldsAfter(out, requiredFields, {5, 8});

    if (out.size() > 5 && findFolded(out, "pass"_L1) >= 0) {
        // "pass" as a whole parameter name: not the end of "bypass" or of an
        // unrelated "user_pass".
        // Inside shell quotes ('pass=a b') the value runs to the closing quote.
        static const QRegularExpression quoted(u"(['\"])(?:pass|phone_pass|registration_password)"
                                               "(?:=|%3D)((?:(?!\\1)[^\\n])*)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression parameter(
            u"(?<![A-Za-z0-9_])(?:pass|phone_pass|registration_password)"
            "(?:=|%3D)([^&\\s'\"|]*)"_s,
            QRegularExpression::CaseInsensitiveOption);
        redactGroup(out, quoted, 2);
        redactGroup(out, parameter, 1);
    }
    if (out.contains("://"_L1) && out.contains(QLatin1Char('@'))) {
        static const QRegularExpression userInfo(
            u"[A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@]*:([^@/\\s]*)@"_s);
        redactGroup(out, userInfo, 1);
    }
    return out;
}

} // namespace vp
