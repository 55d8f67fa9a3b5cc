// `viciprov-cli history` filtered by who did it (team mode's columns, on a
// local file too): two operating-system users and two API users add phones
// into one history; --os-user, --machine and --api-user narrow the list,
// each line says who, and the CSV has the who columns. The real executable
// against the project's simulator, with throw-away settings and history.
#include "CliRunner.h"
#include "Simulator.h"

#include <QHostInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliHistory : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;
    QTemporaryDir m_dir;
    test::CliRun m_run;

    int runAs(const QString &osUser, const QString &apiUser, const QString &apiPassword,
              const QStringList &arguments)
    {
        QProcessEnvironment env;
        env.insert(u"USER"_s, osUser);
        m_run = test::runCli(m_dir.path(), m_sim->baseUrl().toString(), apiUser, apiPassword,
                             arguments, env);
        return m_run.exitCode;
    }

    int addAs(const QString &osUser, const QString &apiUser, const QString &apiPassword,
              const QString &extension)
    {
        return runAs(osUser, apiUser, apiPassword,
                     {u"add"_s, u"--extension"_s, extension, u"--server-ip"_s, u"10.10.10.15"_s,
                      u"--outbound-cid"_s, u"3125551212"_s, u"--phone-pass-env"_s,
                      u"VP_TEST_PASS"_s, u"--registration-password-env"_s, u"VP_TEST_PASS"_s});
    }

    // The history's lines (standard output) for these filter options.
    QStringList historyLines(const QStringList &filters)
    {
        const int code =
            runAs(u"ann"_s, u"apiadmin"_s, u"Secret123"_s, QStringList{u"history"_s} + filters);
        if (code != 0)
            qWarning("%s", qPrintable(m_run.diagnostics()));
        return QString::fromUtf8(m_run.out).split(u'\n', Qt::SkipEmptyParts);
    }

    static QStringList extensions(const QStringList &lines)
    {
        QStringList found;
        for (const QString &line : lines) {
            for (const QString &extension : {u"8101"_s, u"8102"_s, u"8103"_s}) {
                if (line.contains(extension + u"@10.10.10.15"_s))
                    found << extension;
            }
        }
        found.sort();
        return found;
    }

    // RFC 4180 records (a quoted cell may hold commas and line breaks).
    static QList<QStringList> csvRecords(const QByteArray &data)
    {
        QList<QStringList> records;
        QStringList record;
        QString cell;
        bool quoted = false;
        const QString text = QString::fromUtf8(data);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                    cell += text.at(++i);
                else if (c == u'"')
                    quoted = false;
                else
                    cell += c;
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                record << cell;
                cell.clear();
            } else if (c == u'\n') {
                record << cell;
                records << record;
                record.clear();
                cell.clear();
            } else if (c != u'\r') {
                cell += c;
            }
        }
        return records;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sim::SimConfig config = sim::SimConfig::defaults();
        sim::SimUser second;
        second.user = u"apisecond"_s;
        second.pass = u"Second456"_s;
        config.users << second;
        m_sim = std::make_unique<sim::Simulator>(config);
        QVERIFY(m_sim->listen(0));
        QVERIFY2(addAs(u"ann"_s, u"apiadmin"_s, u"Secret123"_s, u"8101"_s) == 0,
                 qPrintable(m_run.diagnostics()));
        QVERIFY2(addAs(u"bob"_s, u"apiadmin"_s, u"Secret123"_s, u"8102"_s) == 0,
                 qPrintable(m_run.diagnostics()));
        QVERIFY2(addAs(u"bob"_s, u"apisecond"_s, u"Second456"_s, u"8103"_s) == 0,
                 qPrintable(m_run.diagnostics()));
    }

    void everyoneWithoutFilter()
    {
        QCOMPARE(extensions(historyLines({})), (QStringList{u"8101"_s, u"8102"_s, u"8103"_s}));
    }

    void byOsUser()
    {
        QCOMPARE(extensions(historyLines({u"--os-user"_s, u"bob"_s})),
                 (QStringList{u"8102"_s, u"8103"_s}));
        const QStringList ann = historyLines({u"--os-user"_s, u"ann"_s});
        QCOMPARE(extensions(ann), QStringList{u"8101"_s});
        // The line says who: OS user, machine, API user.
        const QString who = u"ann@%1 (apiadmin)"_s.arg(QHostInfo::localHostName());
        QVERIFY2(ann.first().contains(who), qPrintable(ann.first()));
        QCOMPARE(extensions(historyLines({u"--os-user"_s, u"nobody"_s})), QStringList());
    }

    void byApiUser()
    {
        QCOMPARE(extensions(historyLines({u"--api-user"_s, u"apisecond"_s})),
                 QStringList{u"8103"_s});
        QCOMPARE(
            extensions(historyLines({u"--api-user"_s, u"apiadmin"_s, u"--os-user"_s, u"bob"_s})),
            QStringList{u"8102"_s});
    }

    void byMachine()
    {
        QCOMPARE(extensions(historyLines({u"--machine"_s, QHostInfo::localHostName()})),
                 (QStringList{u"8101"_s, u"8102"_s, u"8103"_s}));
        QCOMPARE(extensions(historyLines({u"--machine"_s, u"another-desk"_s})), QStringList());
    }

    void csvHasWhoColumns()
    {
        historyLines({u"--csv"_s, u"--os-user"_s, u"bob"_s});
        const QList<QStringList> records = csvRecords(m_run.out);
        QCOMPARE(records.size(), 3); // header + 8102 + 8103
        const QStringList &header = records.first();
        const int osUser = header.indexOf(u"os_user"_s);
        const int machine = header.indexOf(u"machine"_s);
        const int apiUser = header.indexOf(u"api_user"_s);
        const int extension = header.indexOf(u"extension"_s);
        QVERIFY2(osUser >= 0 && machine >= 0 && apiUser >= 0, qPrintable(header.join(u',')));
        QStringList apiUsers;
        for (const QStringList &cells : records.mid(1)) {
            QCOMPARE(cells.value(osUser), u"bob"_s);
            QCOMPARE(cells.value(machine), QHostInfo::localHostName());
            apiUsers << cells.value(extension) + u'=' + cells.value(apiUser);
        }
        apiUsers.sort();
        QCOMPARE(apiUsers, (QStringList{u"8102=apiadmin"_s, u"8103=apisecond"_s}));
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "TestCliHistory.moc"
