// bench_core: the client's own work without a GUI, one measurement per call so
// that tests/bench/run-bench.py can take medians and read the process's peak
// memory and CPU time from outside. Every command prints one JSON line.
//
//   bench_core history N PATH|:memory:     record N attempts (start + finish)
//   bench_core history-grouped N PATH       the same, each result committed with the
//                                           next write-ahead row (as the service does)
//   bench_core e2e URL N CONCURRENCY file:PATH|memory|none
//                                           N phones through ProvisioningService
//                                           (API password from $VP_BENCH_PASS)
//   bench_core import FILE.csv             read + build + validate + duplicate check
//   bench_core gen-history PATH N          a history file with N finished attempts,
//                                           written in one transaction
//   bench_core work request|parse|history|all N
//                                           the per-phone client work, bracketed by
//                                           callgrind's collection toggle
#include "api/ApiRequest.h"
#include "api/ReplyParser.h"
#include "history/HistoryStore.h"
#include "import/ColumnMapping.h"
#include "import/CsvReader.h"
#include "import/ImportPlan.h"
#include "rules/PhoneRules.h"
#include "service/ProvisioningService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>
#include <valgrind/callgrind.h>
#include <vector>

using namespace Qt::StringLiterals;

using namespace vp;

namespace {

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_core: %s\n", qUtf8Printable(message));
    return 1;
}

// A valid, normalised phone whose extension and login are unique per index.
PhoneRecord benchPhone(int index, const QString &prefix = u"8"_s)
{
    const QString n = prefix + QString::number(100000 + index);
    PhoneRecord phone;
    phone.setValue(PhoneField::Extension, n);
    phone.setValue(PhoneField::DialplanNumber, n);
    phone.setValue(PhoneField::VoicemailId, n);
    phone.setValue(PhoneField::PhoneLogin, u"ag"_s + n);
    phone.setValue(PhoneField::PhonePass, u"Pw"_s + n + u"x7"_s);
    phone.setValue(PhoneField::ServerIp, u"10.10.10.15"_s);
    phone.setValue(PhoneField::Protocol, u"SIP"_s);
    phone.setValue(PhoneField::RegistrationPassword, u"Rg"_s + n + u"q4"_s);
    phone.setValue(PhoneField::PhoneFullName, u"Agent "_s + n);
    phone.setValue(PhoneField::LocalGmt, u"-5.00"_s);
    phone.setValue(PhoneField::OutboundCid, u"3125551212"_s);
    return PhoneRules::normalized(phone);
}

HistoryAttempt attemptFor(const PhoneRecord &phone, const ApiRequest &request)
{
    HistoryAttempt attempt;
    attempt.startedAt = QDateTime::currentDateTimeUtc();
    attempt.serverUrl = request.apiUrl().toString();
    attempt.apiUser = u"apiadmin"_s;
    attempt.method = u"POST"_s;
    attempt.function = u"add_phone"_s;
    attempt.batchId = u"20260101-000000-bench0"_s;
    attempt.phone = phone.withoutSecrets();
    attempt.redactedRequest = request.redactedDescription(HttpMethod::Post);
    return attempt;
}

const QUrl kApiUrl(u"http://127.0.0.1:8080/vicidial/non_agent_api.php"_s);

ApiCredentials benchCredentials()
{
    ApiCredentials credentials;
    credentials.user = u"apiadmin"_s;
    credentials.password = u"Secret123"_s;
    return credentials;
}

bool openStore(HistoryStore &store, const QString &where, QString *error)
{
    return where == ":memory:"_L1 ? store.openInMemory(error) : store.open(where, error);
}

// grouped: as ProvisioningService writes, each result in one transaction
// with the next attempt's write-ahead row (HistoryStore::beginGroup).
int runHistory(int n, const QString &where, bool grouped)
{
    HistoryStore store;
    QString error;
    if (!openStore(store, where, &error))
        return fail(error);
    QList<PhoneRecord> phones;
    QList<HistoryAttempt> attempts;
    for (int i = 0; i < n; ++i) {
        phones << benchPhone(i);
        const ApiRequest request = ApiRequest::addPhone(kApiUrl, benchCredentials(), phones.last());
        attempts << attemptFor(phones.last(), request);
    }
    const QString message = u"Added."_s;
    const QString reply =
        u"SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|8100000|10.10.10.15|SIP|8100000\n"_s;
    const double cpuStart = cpuMs();
    QElapsedTimer timer;
    timer.start();
    qint64 previous = -1;
    for (int i = 0; i < n; ++i) {
        if (!grouped) {
            const qint64 id = store.recordStart(attempts[i]);
            if (id < 0 || !store.recordFinish(id, Outcome::Added, 200, message, reply, 20))
                return fail(store.lastError());
            continue;
        }
        if (previous >= 0) {
            if (!store.beginGroup() ||
                !store.recordFinish(previous, Outcome::Added, 200, message, reply, 20))
                return fail(store.lastError());
        }
        previous = store.recordStart(attempts[i]);
        if (previous < 0 || !store.commitGroup())
            return fail(store.lastError());
    }
    if (grouped && previous >= 0 &&
        !store.recordFinish(previous, Outcome::Added, 200, message, reply, 20))
        return fail(store.lastError());
    const double ms = timer.nsecsElapsed() / 1e6;
    std::printf("{\"attempts\": %d, \"ms\": %.1f, \"cpu_ms\": %.1f}\n", n, ms, cpuMs() - cpuStart);
    return 0;
}

int runEndToEnd(const QString &url, int n, int concurrency, const QString &historyMode)
{
    HistoryStore store;
    QString error;
    HistoryStore *history = nullptr;
    if (historyMode.startsWith("file:"_L1)) {
        if (!store.open(historyMode.mid(5), &error))
            return fail(error);
        history = &store;
    } else if (historyMode == "memory"_L1) {
        if (!store.openInMemory(&error))
            return fail(error);
        history = &store;
    }
    ConnectionConfig config;
    config.apiUrl = QUrl(url + u"/vicidial/non_agent_api.php"_s);
    config.credentials.user = u"apiadmin"_s;
    config.credentials.password = qEnvironmentVariable("VP_BENCH_PASS");
    config.concurrency = concurrency;
    ProvisioningService service(history);
    service.setConnection(config);
    int added = 0;
    int finished = 0;
    QObject::connect(&service, &ProvisioningService::jobFinished, &service,
                     [&](const JobResult &result) {
                         ++finished;
                         if (result.outcome == Outcome::Added)
                             ++added;
                     });
    QEventLoop loop;
    QObject::connect(&service, &ProvisioningService::idle, &loop, &QEventLoop::quit);
    QList<PhoneRecord> phones;
    for (int i = 0; i < n; ++i)
        phones << benchPhone(i);
    const double cpuStart = cpuMs();
    QElapsedTimer timer;
    timer.start();
    service.submitBatch(phones, ProvisioningService::newBatchId());
    loop.exec();
    const double ms = timer.nsecsElapsed() / 1e6;
    std::printf(
        "{\"phones\": %d, \"added\": %d, \"finished\": %d, \"ms\": %.1f, \"cpu_ms\": %.1f}\n", n,
        added, finished, ms, cpuMs() - cpuStart);
    return added == n ? 0 : 1;
}

int runImport(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    CsvOptions options;
    options.hasHeader = true;
    const CsvTable table = CsvReader::readFile(path, options);
    if (!table.ok())
        return fail(table.error);
    const double readMs = timer.nsecsElapsed() / 1e6;
    const ColumnMapping mapping = ColumnMapping::fromHeader(table.header);
    QList<ImportRow> rows = ImportPlan::build(table, mapping, ImportDefaults());
    ImportPlan::markDuplicates(rows, {}, {});
    int valid = 0;
    int duplicates = 0;
    for (const ImportRow &row : rows) {
        if (row.duplicateOfLine > 0)
            ++duplicates;
        if (PhoneRules::validate(row.phone).isEmpty() && row.problems.isEmpty())
            ++valid;
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    std::printf("{\"rows\": %lld, \"valid\": %d, \"duplicates\": %d, \"read_ms\": %.1f, "
                "\"ms\": %.1f}\n",
                static_cast<long long>(rows.size()), valid, duplicates, readMs, ms);
    return 0;
}

int runGenerateHistory(const QString &path, int n)
{
    {
        // The store creates the file with the current schema.
        HistoryStore store;
        QString error;
        if (!store.open(path, &error))
            return fail(error);
    }
    QElapsedTimer timer;
    timer.start();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"gen"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return fail(db.lastError().text());
        QSqlQuery query(db);
        // One statement, one transaction: a recursive counter feeds the insert.
        const QString sql =
            u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < %1) "
            "INSERT INTO attempts (started_at, finished_at, server_url, api_user, method,"
            " api_function, batch_id, extension, dialplan_number, voicemail_id, phone_login,"
            " server_ip, protocol, phone_full_name, local_gmt, outbound_cid, extension_key,"
            " login_key, session, finished, outcome, http_status, message, request, reply,"
            " duration_ms, phone_pass_set, registration_password_set) "
            "SELECT 1700000000000 + x * 250, 1700000000000 + x * 250 + 20,"
            " 'http://10.10.10.15/vicidial/non_agent_api.php', 'apiadmin', 'POST', 'add_phone',"
            " '20260101-000000-b' || (x / 1000), 'e' || x, 'e' || x, 'v' || (x % 100000),"
            " 'ag' || x, '10.10.10.15', 'SIP', 'Agent ' || x, '-5.00', '3125551212',"
            " 'e' || x || '@10.10.10.15', 'ag' || x, 'gen', 1,"
            " CASE WHEN x % 20 = 0 THEN 'extension_exists' ELSE 'added' END, 200,"
            " CASE WHEN x % 20 = 0 THEN 'This extension already exists on that server.'"
            "  ELSE 'Added.' END,"
            " 'POST http://10.10.10.15/vicidial/non_agent_api.php' || char(10) ||"
            " 'function=add_phone&user=apiadmin&pass=***&source=viciprov&extension=e' || x,"
            " 'SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|e' || x || "
            "'|10.10.10.15|SIP|e'"
            " || x, 20, 1, 1 FROM c"_s.arg(n);
        if (!db.transaction() || !query.exec(sql) || !db.commit())
            return fail(query.lastError().text() + db.lastError().text());
        query.finish();
    }
    QSqlDatabase::removeDatabase(u"gen"_s);
    std::printf("{\"rows\": %d, \"ms\": %.1f}\n", n, timer.nsecsElapsed() / 1e6);
    return 0;
}

// The client's own work per phone, the same calls ProvisioningService makes:
// build the request (POST body, network request, redacted description), parse
// the reply, write the attempt ahead and finish it.
int runWork(const QString &part, int n)
{
    const bool all = part == "all"_L1;
    const bool doRequest = all || part == "request"_L1;
    const bool doParse = all || part == "parse"_L1;
    const bool doHistory = all || part == "history"_L1;
    if (!doRequest && !doParse && !doHistory)
        return fail(u"unknown part %1"_s.arg(part));
    QTemporaryDir dir;
    HistoryStore store;
    QString error;
    if (doHistory && !store.open(dir.filePath(u"history.sqlite"_s), &error))
        return fail(error);
    QList<PhoneRecord> phones;
    QList<ReplyInput> replies;
    for (int i = 0; i < n; ++i) {
        phones << benchPhone(i);
        ReplyInput input;
        input.httpStatus = 200;
        input.contentType = u"text/html; charset=utf-8"_s;
        input.body = "SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|" +
                     phones.last().extension().toUtf8() + "|10.10.10.15|SIP|" +
                     phones.last().extension().toUtf8() + '\n';
        replies << input;
    }
    // The parts not measured still need their inputs, made outside the bracket.
    std::vector<ApiRequest> prepared;
    for (int i = 0; i < n && !doRequest; ++i)
        prepared.push_back(ApiRequest::addPhone(kApiUrl, benchCredentials(), phones[i]));
    const ApiCredentials credentials = benchCredentials();
    qint64 checksum = 0;

    // Run under valgrind --tool=callgrind --collect-atstart=no: only the loop counts.
    CALLGRIND_TOGGLE_COLLECT;
    for (int i = 0; i < n; ++i) {
        const ApiRequest request =
            doRequest ? ApiRequest::addPhone(kApiUrl, credentials, phones[i]) : prepared[i];
        if (doRequest) {
            const QNetworkRequest networkRequest = request.networkRequest(HttpMethod::Post);
            checksum += request.body(HttpMethod::Post).size() + networkRequest.url().port();
        }
        qint64 id = -1;
        if (doHistory)
            id = store.recordStart(attemptFor(phones[i], request));
        ParsedReply parsed;
        if (doParse) {
            parsed = ReplyParser::parse(replies[i], request.secrets());
            checksum += int(parsed.outcome) + parsed.message.size();
        }
        if (doHistory)
            store.recordFinish(id, Outcome::Added, 200, parsed.message, parsed.redactedBody, 20);
    }
    CALLGRIND_TOGGLE_COLLECT;
    std::printf("{\"part\": \"%s\", \"phones\": %d, \"checksum\": %lld}\n", qPrintable(part), n,
                static_cast<long long>(checksum));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString command = args.value(0);
    if (command == "history"_L1 && args.size() == 3)
        return runHistory(args[1].toInt(), args[2], false);
    if (command == "history-grouped"_L1 && args.size() == 3)
        return runHistory(args[1].toInt(), args[2], true);
    if (command == "e2e"_L1 && args.size() == 5)
        return runEndToEnd(args[1], args[2].toInt(), args[3].toInt(), args[4]);
    if (command == "import"_L1 && args.size() == 2)
        return runImport(args[1]);
    if (command == "gen-history"_L1 && args.size() == 3)
        return runGenerateHistory(args[1], args[2].toInt());
    if (command == "work"_L1 && args.size() == 3)
        return runWork(args[1], args[2].toInt());
    return fail(u"usage: see the comment at the top of BenchCore.cpp"_s);
}
