// TestHistoryStore is split in two files: the store's life cycle, crash,
// migration and sharing (TestHistoryStore.cpp) and its queries, export and
// speed (TestHistoryStoreQueries.cpp).
#pragma once

#include "history/HistoryStore.h"

#include <optional>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace testhistory {
using namespace vp;

inline const QDateTime kT0(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
inline const QString kPhonePass = u"PwSecret-7f3a9Q"_s;
inline const QString kRegistrationPass = u"RegSecret-c41dZ"_s;
// The system makeAttempt() records attempts on, and another one.
inline const VicidialSystem kSystem{u"dialer.example.com/vicidial/non_agent_api.php"_s, {}};
inline const VicidialSystem kOtherSystem{u"staging.example.com/vicidial/non_agent_api.php"_s, {}};

inline HistoryAttempt makeAttempt(const QString &extension, const QString &login,
                                  const QString &serverIp = u"10.0.0.1"_s,
                                  const QDateTime &startedAt = QDateTime::currentDateTimeUtc(),
                                  const QString &batchId = {})
{
    HistoryAttempt attempt;
    attempt.startedAt = startedAt;
    attempt.serverUrl = u"https://dialer.example.com/vicidial/non_agent_api.php"_s;
    attempt.apiUser = u"apiadmin"_s;
    attempt.method = u"POST"_s;
    attempt.function = u"add_phone"_s;
    attempt.batchId = batchId;
    attempt.phone.setValue(PhoneField::Extension, extension);
    attempt.phone.setValue(PhoneField::PhoneLogin, login);
    attempt.phone.setValue(PhoneField::ServerIp, serverIp);
    attempt.phone.setValue(PhoneField::Protocol, u"SIP"_s);
    attempt.phone.setValue(PhoneField::LocalGmt, u"-5.00"_s);
    attempt.phone.setValue(PhoneField::PhoneFullName, "Phone "_L1 + extension);
    return attempt;
}

// Records an attempt and, unless outcome is empty, finishes it.
inline qint64 add(HistoryStore &store, const HistoryAttempt &attempt,
                  std::optional<Outcome> outcome = Outcome::Added, const QString &message = {},
                  bool verify = false)
{
    const qint64 id = store.recordStart(attempt);
    if (id > 0 && outcome)
        store.recordFinish(id, *outcome, 200, message, QString(), 120, verify);
    return id;
}

inline QStringList extensions(const QList<HistoryAttempt> &attempts)
{
    QStringList result;
    for (const HistoryAttempt &attempt : attempts)
        result.append(attempt.phone.extension());
    return result;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace testhistory

class TestHistoryStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }
    void defaultPathPerProfile();
    void newFileIsCurrentSchemaInWalMode();
    void writeAheadRowIsSendingUntilFinished();
    void finishingAnUnknownAttemptFails();
    void crashedProcessLeavesRowsThatBecomeInterrupted();
    void rowsOfALiveProcessAreNotMarked();
    void attemptColumnsAreTheSchemas();
    void migratesVersion1File();
    void migratesVersion2FileToOneSystemPerAttempt();
    void refusesANewerSchema();
    void filters_data();
    void filters();
    void pagesAreNewestFirstWithoutOverlap();
    void csvExportQuotesAndDefusesFormulas();
    void csvCells_data();
    void csvCells();
    void duplicateKnowledge();
    void batchAttemptsAndBatches();
    void secretsNeverReachTheFiles();
    void twoStoresShareOneFile();
    void groupIsSeenByOthersOnlyAfterCommit();
    void readOnlyFileRefusesToRecord();
    void recordStartIsFast();
    void largeHistoryStaysFast();

private:
    QVariant rawValue(const QString &path, const QString &sql);
    void bulkFill(const QString &path, int rows);
    void fillFilterFixture(vp::HistoryStore &store);
    void assertNoSecrets(const QString &path);

    QTemporaryDir m_dir;
};
