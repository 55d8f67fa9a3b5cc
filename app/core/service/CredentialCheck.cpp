#include "service/CredentialCheck.h"

#include "api/ReplyParser.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vp {

CredentialCheck::CredentialCheck(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<vp::CheckStep>();
}

// m_client, destroyed first, aborts what is in flight without calling back.
CredentialCheck::~CredentialCheck() = default;

bool CredentialCheck::succeeded() const
{
    // Reach, login and the right to add phones; the later steps inform.
    if (m_steps.size() < 3)
        return false;
    for (int i = 0; i < 3; ++i) {
        if (m_steps[i].status != CheckStep::Status::Passed)
            return false;
    }
    return true;
}

void CredentialCheck::start(const QUrl &apiUrl, const ApiCredentials &credentials,
                            HttpMethod method, int timeoutMs,
                            const QStringList &trustedCertificates)
{
    if (m_running)
        return;
    m_running = true;
    m_apiUrl = apiUrl;
    m_credentials = credentials;
    m_transport.method = method;
    m_transport.timeoutMs = timeoutMs;
    m_transport.trustedCertificates = trustedCertificates;
    m_rejectedCertificate.clear();
    // What one system's version said is never taken as true of another.
    m_build = ServerBuild();
    m_buildInfo = SystemBuildInfo();
    m_steps = {
        {CheckStep::Id::Reach, CheckStep::Status::Pending, tr("Server reachable"), {}, {}},
        {CheckStep::Id::Login, CheckStep::Status::Pending, tr("API login"), {}, {}},
        {CheckStep::Id::Permission,
         CheckStep::Status::Pending,
         tr("Permission to add phones"),
         {},
         {}},
        {CheckStep::Id::UpdatePermission,
         CheckStep::Status::Pending,
         tr("Permission to change phones"),
         {},
         {}},
        {CheckStep::Id::DeletePermission,
         CheckStep::Status::Pending,
         tr("Permission to delete phones"),
         {},
         {}},
    };
    for (int i = 0; i < m_steps.size(); ++i)
        emit stepChanged(i, m_steps[i]);
    sendVersion();
}

void CredentialCheck::cancel()
{
    if (!m_running)
        return;
    if (m_call != 0) {
        // Its handler runs at once and must not report a result: the call
        // is forgotten first.
        const ApiClient::CallId call = m_call;
        m_call = 0;
        m_client.abort(call);
    }
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].status == CheckStep::Status::Running ||
            m_steps[i].status == CheckStep::Status::Pending)
            setStep(i, CheckStep::Status::Skipped, tr("Cancelled."));
    }
    finish(false);
}

void CredentialCheck::send(const ApiRequest &request,
                           void (CredentialCheck::*done)(const ApiReply &))
{
    const ApiClient::CallId call =
        m_client.send(request, m_transport, [this, done](const ApiReply &reply) {
            if (m_call == 0)
                return; // cancelled
            m_call = 0;
            if (!reply.rejectedCertificate.isEmpty())
                m_rejectedCertificate = reply.rejectedCertificate;
            (this->*done)(reply);
        });
    m_call = call;
}

void CredentialCheck::sendVersion()
{
    setStep(0, CheckStep::Status::Running, tr("Asking the server for its version..."));
    send(ApiRequest::version(m_apiUrl), &CredentialCheck::onVersionFinished);
}

void CredentialCheck::onVersionFinished(const ApiReply &reply)
{
    const ReplyInput &input = reply.input;
    m_buildInfo = SystemBuildInfo::fromReply(reply);
    const auto version = ServerBuild::fromVersionReply(input.body);
    if (input.networkError == QNetworkReply::NoError && input.httpStatus == 200 && version) {
        m_build = *version;
        if (!m_build.hasAddPhone()) {
            setStep(0, CheckStep::Status::Failed,
                    tr("VICIdial %1, build %2: too old for add_phone.")
                        .arg(m_build.version(), m_build.build()),
                    tr("add_phone came with VICIdial 2.4-27 (2011); upgrade the server."));
            skipRemaining(1);
            finish(false);
            return;
        }
        QString detail = tr("VICIdial %1, build %2.").arg(m_build.version(), m_build.build());
        if (!m_build.hasUpdatePhone())
            detail += QLatin1Char(' ') + tr("This build has no update_phone (it came with 2.4-37): "
                                            "phones cannot be deactivated from here.");
        setStep(0, CheckStep::Status::Passed, detail);
        sendProbe();
        return;
    }
    if (input.networkError == QNetworkReply::NoError && input.httpStatus == 200 &&
        !m_buildInfo.versionText.isEmpty()) {
        // A VICIdial version line whose version cannot be read (a fork's own
        // numbering): the server is there; the newest rules apply.
        setStep(0, CheckStep::Status::Passed,
                tr("The server names its version \"%1\", which this program does not know: "
                   "following the rules of the newest VICIdial build.")
                    .arg(m_buildInfo.versionText));
        sendProbe();
        return;
    }
    QString detail;
    QString fix;
    if (!m_rejectedCertificate.isEmpty()) {
        detail =
            tr("The server's certificate is not trusted (SHA-256 %1).").arg(m_rejectedCertificate);
        fix = tr("If this is your server's self-signed certificate, trust it in Settings.");
    } else if (input.timedOut) {
        detail = tr("No answer within %1 seconds.").arg(m_transport.timeoutMs / 1000);
        fix = tr("Check the server URL, that the server is running, and any firewall between.");
    } else if (input.networkError != QNetworkReply::NoError && input.httpStatus == 0) {
        detail = tr("Could not connect: %1").arg(input.networkErrorString);
        fix = tr("Check the server URL (host name, http or https, port) and the network.");
    } else {
        const ParsedReply parsed = ReplyParser::parse(input, {});
        detail = input.httpStatus == 404
                     ? tr("The server answered 404: there is no VICIdial API at this address.")
                     : tr("The answer is not VICIdial's: %1").arg(parsed.message);
        fix = tr("Use the address of the VICIdial web server, e.g. https://dialer.example.com "
                 "(the app adds /vicidial/non_agent_api.php).");
    }
    setStep(0, CheckStep::Status::Failed, detail, fix);
    skipRemaining(1);
    finish(false);
}

void CredentialCheck::sendProbe()
{
    setStep(1, CheckStep::Status::Running, tr("Logging in as %1...").arg(m_credentials.user));
    send(ApiRequest::credentialProbe(m_apiUrl, m_credentials), &CredentialCheck::onProbeFinished);
}

void CredentialCheck::onProbeFinished(const ApiReply &reply)
{
    const ParsedReply parsed = ReplyParser::parse(reply.input, {m_credentials.password}, m_build);
    // Which replies pass the login step is the outcome's own rule (the
    // service uses it to trust a login too); what follows says what this
    // user may do.
    if (provesLogin(parsed.outcome, m_build))
        setStep(1, CheckStep::Status::Passed, tr("Logged in as %1.").arg(m_credentials.user));

    switch (parsed.outcome) {
    case Outcome::MissingFields:
        // The expected answer to a request without phone fields: the login
        // passed every check up to the phone fields themselves.
        setStep(2, CheckStep::Status::Passed, tr("This user may add phones."));
        sendUpdateProbe();
        return;
    case Outcome::LoginFailed:
        setStep(1, CheckStep::Status::Failed, tr("The server refused the user name or password."),
                tr("Check the API user and password. The server keeps only letters, digits, - "
                   "and _ of a password, the user must be active with user level 7 or more. This "
                   "test is not repeated by itself: after 10 failed logins the user is locked "
                   "for 15 minutes."));
        break;
    case Outcome::LockedOut:
        setStep(1, CheckStep::Status::Failed,
                tr("The user is locked after too many failed logins."),
                tr("Wait 15 minutes, or have an administrator reset the user's failed login "
                   "count, then check the password before testing again."));
        break;
    case Outcome::LoginOrPermission:
        setStep(1, CheckStep::Status::Failed,
                tr("VICIdial %1 refused: the password is wrong or the user may not add phones "
                   "(builds before 2.8-55 do not tell them apart).")
                    .arg(m_build.version()),
                tr("Check the API password (these builds keep only its letters and digits), and "
                   "that the user has level 8 or more, \"Ast Admin Access\" = 1 and \"API "
                   "Access\" = 1."));
        break;
    case Outcome::TwoFactorRequired:
        setStep(1, CheckStep::Status::Failed,
                tr("The server asks this user for a two-factor login, which the API cannot "
                   "give."),
                tr("On VICIdial, set the API user's \"Two Factor Override\" to DISABLED, or use "
                   "an API user without two-factor login."));
        break;
    case Outcome::IpBlocked:
        setStep(1, CheckStep::Status::Failed,
                tr("The server does not accept API calls from this computer's address."),
                tr("On VICIdial, add this computer's IP address to the user's API allowed IP "
                   "list (Admin > Users > API Allowed IP List)."));
        break;
    case Outcome::NoPermission:
        if (!provesLogin(parsed.outcome, m_build)) {
            // The version could not be read: an old build answers a wrong
            // password this way too, so the login is not proven.
            setStep(1, CheckStep::Status::Failed,
                    tr("The server refused: the password is wrong or the user may not add phones "
                       "(its VICIdial version is unknown, and builds before 2.8-55 do not tell "
                       "them apart)."),
                    tr("Check the API password, and that the user has level 8 or more, \"Ast "
                       "Admin Access\" = 1 and \"API Access\" = 1."));
            break;
        }
        if (parsed.function == "auth"_L1) {
            setStep(2, CheckStep::Status::Failed,
                    tr("add_phone is not among this user's allowed API functions."),
                    tr("On VICIdial, edit the user and add add_phone (or ALL_FUNCTIONS) to "
                       "\"API Allowed Functions\"."));
        } else {
            setStep(2, CheckStep::Status::Failed, tr("This user may not add phones."),
                    tr("On VICIdial, give the user level 8 or more, \"Ast Admin Access\" = 1 and "
                       "\"API Access\" = 1."));
        }
        finish(false);
        return;
    case Outcome::InvalidSource:
        setStep(2, CheckStep::Status::Failed, tr("The server refused the source label."),
                tr("Set a source label of at least 2 letters or digits in Settings."));
        finish(false);
        return;
    case Outcome::ConnectionLost:
    case Outcome::Timeout:
    case Outcome::ServerError:
    case Outcome::NetworkError:
    case Outcome::Aborted: {
        // The test sends no phone fields, so nothing can have been created
        // (no "phone may exist"), and the address answered a moment ago:
        // what failed is this one exchange.
        QString detail;
        if (parsed.outcome == Outcome::Timeout)
            detail = tr("The server did not answer the login check within %1 seconds.")
                         .arg(m_transport.timeoutMs / 1000);
        else if (parsed.outcome == Outcome::ServerError)
            detail = tr("The server failed with HTTP %1 while checking the login.")
                         .arg(reply.input.httpStatus);
        else if (parsed.outcome == Outcome::NetworkError)
            detail =
                tr("Could not connect for the login check: %1").arg(reply.input.networkErrorString);
        else
            detail = tr("The connection broke before the server answered the login check.");
        setStep(1, CheckStep::Status::Failed, detail,
                parsed.outcome == Outcome::ServerError
                    ? tr("Nothing was created. Look in the web server's error log, then run the "
                         "test again.")
                    : tr("Nothing was created. Run the test again; if it fails again, check the "
                         "network between this computer and the server (a proxy or firewall)."));
        break;
    }
    default:
        if (provesLogin(parsed.outcome, m_build)) {
            // Past the login, but not the answer a probe gets (NO FUNCTION:
            // the server lacks add_phone).
            setStep(2, CheckStep::Status::Failed, parsed.message,
                    tr("Check that the server is a VICIdial with the non-agent API's add_phone "
                       "function."));
            finish(false);
            return;
        }
        setStep(1, CheckStep::Status::Failed, parsed.message,
                tr("Check the server URL and try again; the answer did not come from the VICIdial "
                   "API as expected."));
        break;
    }
    skipRemaining(2);
    finish(false);
}

void CredentialCheck::sendUpdateProbe()
{
    if (m_build.isKnown() && !m_build.hasUpdatePhone()) {
        setStep(3, CheckStep::Status::Skipped,
                tr("VICIdial %1 has no update_phone (it came with 2.4-37): phones cannot be "
                   "changed, deactivated or deleted through its API.")
                    .arg(m_build.version()),
                tr("Upgrade the server to change phones from here."));
        finishWithDeleteStep();
        return;
    }
    setStep(3, CheckStep::Status::Running,
            tr("Asking whether %1 may change phones...").arg(m_credentials.user));
    send(ApiRequest::updatePermissionProbe(m_apiUrl, m_credentials),
         &CredentialCheck::onUpdateProbeFinished);
}

void CredentialCheck::onUpdateProbeFinished(const ApiReply &reply)
{
    const ParsedReply parsed = ReplyParser::parse(reply.input, {m_credentials.password}, m_build);
    switch (parsed.outcome) {
    case Outcome::MissingFields:
        // Asked for the extension and server IP: the right to change phones
        // was checked before them. No phone was named, so none was touched.
        setStep(3, CheckStep::Status::Passed,
                tr("This user may change, deactivate and reactivate phones."));
        break;
    case Outcome::NoPermission:
    case Outcome::LoginOrPermission:
        if (parsed.function == "auth"_L1) {
            setStep(3, CheckStep::Status::Failed,
                    tr("update_phone is not among this user's allowed API functions: phones "
                       "can be added but not changed, deactivated or deleted."),
                    tr("On VICIdial, edit the user and add update_phone (or ALL_FUNCTIONS) to "
                       "\"API Allowed Functions\"."));
        } else {
            setStep(3, CheckStep::Status::Failed, tr("This user may not change phones."),
                    tr("On VICIdial, give the user level 8 or more, \"Ast Admin Access\" = 1 "
                       "and \"API Access\" = 1."));
        }
        break;
    default:
        // Not an answer this request gets from a VICIdial that proved the
        // login a moment ago (a lost connection, a password changed since):
        // nothing was named, so nothing was changed.
        setStep(3, CheckStep::Status::Failed,
                parsed.message.isEmpty() ? tr("No answer to the change check.") : parsed.message,
                tr("Nothing was changed. Run the test again."));
        break;
    }
    finishWithDeleteStep();
}

void CredentialCheck::finishWithDeleteStep()
{
    setStep(4, CheckStep::Status::Skipped,
            tr("Not testable without deleting a phone. Deleting needs the API user's \"Delete "
               "Phones\" set to 1 on VICIdial (Admin > Users); without it a delete is refused "
               "and nothing is lost."));
    finish(true);
}

void CredentialCheck::setStep(int index, CheckStep::Status status, const QString &detail,
                              const QString &fix)
{
    CheckStep &step = m_steps[index];
    step.status = status;
    step.detail = detail;
    step.fix = fix;
    emit stepChanged(index, step);
}

void CredentialCheck::skipRemaining(int from)
{
    for (int i = from; i < m_steps.size(); ++i)
        setStep(i, CheckStep::Status::Skipped, tr("Not checked."));
}

void CredentialCheck::finish(bool ok)
{
    // A step after the one that failed was never reached.
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].status == CheckStep::Status::Pending)
            setStep(i, CheckStep::Status::Skipped, tr("Not checked."));
    }
    m_running = false;
    emit finished(ok);
}

} // namespace vp
