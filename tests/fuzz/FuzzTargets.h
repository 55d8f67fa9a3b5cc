// The bodies of the libFuzzer targets, shared with TestFuzzCorpus, which
// replays the committed seeds and every crash found so far in the ordinary
// (g++ and sanitizer) builds. Each target checks invariants, not only "no
// crash": a broken invariant aborts, which libFuzzer reports as a crash.
#pragma once

#include "api/ApiEndpoint.h"
#include "api/ReplyParser.h"
#include "import/ColumnMapping.h"
#include "import/CsvReader.h"
#include "import/CsvWriter.h"
#include "import/TextDecoder.h"
#include "rules/PhoneRules.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace vp::fuzz {

using namespace Qt::StringLiterals;

// Says which invariant broke, then aborts so that libFuzzer keeps the input.
inline void require(bool condition, const char *what, const QString &detail = {})
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", what, qUtf8Printable(detail));
    std::abort();
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Passwords the fuzzed replies may echo: none of them may survive parsing.
inline const QStringList &fuzzSecrets()
{
    static const QStringList secrets = {u"ApiPass77"_s, u"Pw8006zz"_s, u"Reg-8006_q"_s};
    return secrets;
}

// Byte 0 picks the HTTP status, byte 1 the transport flags, the rest is the body.
inline void replyParser(const uint8_t *data, size_t size)
{
    static const int statuses[] = {200, 0, 500, 503, 302, 404, 200, 204};
    ReplyInput input;
    if (size >= 2) {
        input.httpStatus = statuses[data[0] % 8];
        const uint8_t flags = data[1];
        input.timedOut = flags & 1;
        input.aborted = flags & 2;
        if (flags & 4)
            input.networkError = QNetworkReply::RemoteHostClosedError;
        else if (flags & 8)
            input.networkError = QNetworkReply::ConnectionRefusedError;
        if (flags & 16)
            input.contentType = u"text/html; charset=utf-8"_s;
        input.body = bytes(data + 2, size - 2);
    } else {
        input.body = bytes(data, size);
    }
    const ParsedReply parsed = ReplyParser::parse(input, fuzzSecrets());
    require(parsed.redactedBody.size() <= ReplyParser::MaxBodyLength, "redacted body too long");
    require(!parsed.message.isEmpty(), "empty message");
    for (const QString &secret : fuzzSecrets()) {
        require(!parsed.redactedBody.contains(secret), "secret in redacted body");
        require(!parsed.message.contains(secret), "secret in message");
        require(!parsed.reason.contains(secret), "secret in reason");
        for (const QString &field : parsed.fields)
            require(!field.contains(secret), "secret in a field");
    }
    // Something the server may have acted on is never called "nothing happened".
    if (input.timedOut)
        require(isUnknown(parsed.outcome), "timed-out request not unknown");
    if (input.httpStatus >= 500 && input.body.trimmed().isEmpty() &&
        input.networkError == QNetworkReply::NoError)
        require(isUnknown(parsed.outcome), "HTTP 5xx with an empty body not unknown");
    (void)ReplyParser::parseVersion(input.body);
}

// Byte 0 picks the encoding, delimiter and header options, the rest is the file.
inline void csvReader(const uint8_t *data, size_t size)
{
    if (size < 1)
        return;
    const uint8_t choice = data[0];
    const QByteArray file = bytes(data + 1, size - 1);
    static const TextEncoding encodings[] = {TextEncoding::Auto,    TextEncoding::Utf8,
                                             TextEncoding::Utf8Bom, TextEncoding::Utf16LE,
                                             TextEncoding::Utf16BE, TextEncoding::Windows1252};
    const DecodedText decoded = TextDecoder::decode(file, encodings[choice % 6]);
    (void)TextDecoder::detect(file);

    CsvOptions options;
    static const char delimiters[] = {0, ',', ';', '\t', '|'};
    const char delimiter = delimiters[(choice / 6) % 5];
    if (delimiter)
        options.delimiter = QLatin1Char(delimiter);
    if (choice & 0x80)
        options.hasHeader = (choice & 0x40) != 0;
    options.maxFieldChars = 4096;
    options.isKnownHeader = &ColumnMapping::isKnownHeader;
    const CsvTable table = CsvReader::read(file, options);
    if (table.ok()) {
        int previousLine = 0;
        for (const CsvRow &row : table.rows) {
            require(row.line > previousLine, "row lines not increasing");
            previousLine = row.line;
            for (const QString &cell : row.cells)
                require(cell.size() <= options.maxFieldChars, "cell over the field limit");
        }
    }

    // The chunked parser gives the same records however the text is cut.
    if (!decoded.ok())
        return;
    const QChar splitOn = QLatin1Char(delimiter ? delimiter : ',');
    const auto records = [&](qsizetype piece) {
        CsvRecordParser parser(splitOn, 4096);
        QList<CsvRow> rows;
        CsvRow row;
        for (qsizetype at = 0; at < decoded.text.size(); at += piece) {
            parser.addText(decoded.text.mid(at, piece));
            while (parser.readRecord(&row))
                rows << row;
        }
        parser.finish();
        while (parser.readRecord(&row))
            rows << row;
        return std::make_pair(rows, parser.hasError());
    };
    const auto whole = records(decoded.text.size() + 1);
    const auto cut = records(1 + choice % 7);
    require(whole.second == cut.second, "chunking changed the error");
    require(whole.first.size() == cut.first.size(), "chunking changed the record count");
    for (qsizetype i = 0; i < whole.first.size(); ++i) {
        require(whole.first[i].cells == cut.first[i].cells, "chunking changed a record");
        require(whole.first[i].line == cut.first[i].line, "chunking changed a line number");
    }
    // What we write (reports, templates) reads back as written.
    if (!whole.second) {
        for (const CsvRow &row : whole.first) {
            // Not at the start of the text, where a U+FEFF would be a BOM.
            CsvRecordParser back(splitOn, 1 << 20);
            back.addText(QString::fromUtf8(
                "x\r\n" + CsvWriter::row(row.cells, CsvWriter::Formulas::Keep, splitOn)));
            back.finish();
            CsvRow again;
            require(back.readRecord(&again) && back.readRecord(&again), "written row unreadable");
            require(again.cells == row.cells, "written row reads back differently",
                    QString::fromLatin1(row.cells.join(QChar(0x2063)).toUtf8().toHex(' ')) +
                        u"\n"_s +
                        QString::fromLatin1(again.cells.join(QChar(0x2063)).toUtf8().toHex(' ')));
        }
    }
}

// The whole input is what a user pasted as the server address.
inline void apiEndpoint(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(bytes(data, size));
    const EndpointResult result = ApiEndpoint::fromUserInput(input);
    if (!result.ok())
        return;
    const QUrl &url = result.apiUrl;
    require(url.isValid(), "accepted URL invalid");
    require(url.scheme() == "http"_L1 || url.scheme() == "https"_L1, "scheme not http(s)");
    require(!url.host().isEmpty(), "no host");
    require(!url.hasQuery() && !url.hasFragment(), "query or fragment kept");
    require(url.userInfo().isEmpty(), "user info kept");
    // A site installed under a prefix ("/pbx") keeps it: the path ends in the API page.
    require(url.path().endsWith(ApiEndpoint::apiPath()), "path does not end in the API page",
            input + u" -> "_s + url.toString());
    require(!result.insecure || (url.scheme() == "http"_L1 && !ApiEndpoint::isLoopback(url)),
            "insecure flag on https or loopback");
    require(result.insecure == (url.scheme() == "http"_L1 && !ApiEndpoint::isLoopback(url)),
            "plain http to another host not flagged");
    if (result.insecure)
        require(!result.warnings.isEmpty(), "insecure without a warning");
    // Normalising the normalised URL changes nothing.
    // (Fully encoded: the pretty form decodes %20 in a kept path prefix to a
    // space, which is refused when typed.)
    const EndpointResult again = ApiEndpoint::fromUserInput(url.toString(QUrl::FullyEncoded));
    require(again.ok(), "normalised URL refused",
            input + u" -> "_s + url.toString() + u" -> "_s + again.error);
    require(again.apiUrl == url, "normalising twice changes the URL");
}

// Fields separated by 0x1F (unit separator), in PhoneField order; a leading
// byte sets the options.
inline void phoneRules(const uint8_t *data, size_t size)
{
    if (size < 1)
        return;
    RuleOptions options;
    options.nonLatin = data[0] & 1;
    const QList<QByteArray> parts = bytes(data + 1, size - 1).split('\x1f');
    PhoneRecord phone;
    for (int i = 0; i < PhoneFieldCount && i < parts.size(); ++i)
        phone.setValue(PhoneField(i), QString::fromUtf8(parts[i]));
    phone.setActive(!(data[0] & 2));

    const QList<FieldIssue> issues = PhoneRules::validate(phone, options);
    for (const FieldIssue &issue : issues) {
        require(!issue.message.isEmpty(), "issue without a message");
        const QString value = phone.value(issue.field);
        require(issue.position < value.size(), "issue position past the value");
        // A message about a password never quotes it.
        if (isSecretField(issue.field) && value.trimmed().size() >= 4)
            require(!issue.message.contains(value.trimmed()), "message quotes a password");
    }
    QList<Normalisation> changes;
    const PhoneRecord normal = PhoneRules::normalized(phone, &changes, options);
    for (const Normalisation &change : changes) {
        if (isSecretField(change.field))
            require(change.from.isEmpty() && change.to.isEmpty(), "change shows a password");
    }
    require(PhoneRules::normalized(normal, nullptr, options) == normal,
            "normalising twice changes the phone");
    if (issues.isEmpty()) {
        require(PhoneRules::validate(normal, options).isEmpty(), "normalised phone invalid");
        // The promise of the rules: nothing valid is changed by the server.
        for (int i = 0; i < PhoneFieldCount; ++i) {
            const auto field = PhoneField(i);
            const QString value = normal.value(field);
            if (value.isEmpty())
                continue;
            require(PhoneRules::serverCleaned(field, value, options) == value,
                    "the server would change a valid value");
        }
    }
    for (int i = 0; i < PhoneFieldCount; ++i) {
        const auto field = PhoneField(i);
        (void)PhoneRules::validateField(field, phone.value(field), options);
    }
}

} // namespace vp::fuzz
