// AliasRules: what is refused before an alias request is sent, and why.
#include "rules/AliasRules.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

class TestAliasRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<QString>("problemContains"); // empty: accepted
        QTest::addColumn<int>("field");               // AliasRules::Field of the problem
        const int id = int(AliasRules::Field::Id);
        const int name = int(AliasRules::Field::Name);
        const int logins = int(AliasRules::Field::Logins);

        const QStringList two{u"8001"_s, u"8011"_s};
        QTest::newRow("add") << Operation::addAlias(u"al8001"_s, u"Agent One"_s, two) << QString()
                             << id;
        QTest::newRow("add, every kept name character")
            << Operation::addAlias(u"al-8_1"_s, u"A b+c.d:e/f@g_h-1"_s, two) << QString() << id;
        QTest::newRow("rename") << Operation::updateAlias(u"al8001"_s, u"New"_s, {}) << QString()
                                << id;
        QTest::newRow("new logins")
            << Operation::updateAlias(u"al8001"_s, {}, two) << QString() << id;
        QTest::newRow("delete") << Operation::deleteAlias(u"al8001"_s) << QString() << id;
        QTest::newRow("id too short") << Operation::deleteAlias(u"a"_s) << u"2 to 20"_s << id;
        QTest::newRow("id too long (the server would cut it)")
            << Operation::deleteAlias(QString(21, u'a')) << u"2 to 20"_s << id;
        QTest::newRow("id with a dot") << Operation::deleteAlias(u"al.1"_s) << u"\".\""_s << id;
        QTest::newRow("add without logins") << Operation::addAlias(u"al1"_s, u"Name"_s, {})
                                            << u"at least one phone login"_s << logins;
        QTest::newRow("add without name")
            << Operation::addAlias(u"al1"_s, {}, two) << u"needs a name"_s << name;
        QTest::newRow("update with nothing")
            << Operation::updateAlias(u"al1"_s, {}, {}) << u"Nothing to change"_s << name;
        QTest::newRow("one-character name")
            << Operation::updateAlias(u"al1"_s, u"A"_s, {}) << u"2 to 50"_s << name;
        QTest::newRow("51-character name")
            << Operation::updateAlias(u"al1"_s, QString(51, u'n'), {}) << u"2 to 50"_s << name;
        QTest::newRow("name with an apostrophe")
            << Operation::updateAlias(u"al1"_s, u"O'Brien"_s, {}) << u"\"'\""_s << name;
        QTest::newRow("name with an accent")
            << Operation::updateAlias(u"al1"_s, u"José"_s, {}) << u"\"é\""_s << name;
        QTest::newRow("login with a space") << Operation::updateAlias(u"al1"_s, {}, {u"80 01"_s})
                                            << u"phone login 80 01"_s << logins;
        QTest::newRow("empty login")
            << Operation::updateAlias(u"al1"_s, {}, {u"8001"_s, QString()}) << u"empty"_s << logins;
        QTest::newRow("one-character logins")
            << Operation::updateAlias(u"al1"_s, {}, {u"8"_s}) << u"at least 2"_s << logins;
    }

    void rules()
    {
        QFETCH(Operation, operation);
        QFETCH(QString, problemContains);
        QFETCH(int, field);
        const QString problem = AliasRules::problem(operation);
        QCOMPARE(AliasRules::check(operation).message, problem);
        if (problemContains.isEmpty()) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY(operation.isValid());
        } else {
            QVERIFY2(problem.contains(problemContains), qPrintable(problem));
            QCOMPARE(int(AliasRules::check(operation).field), field);
        }
    }
};

QTEST_GUILESS_MAIN(TestAliasRules)
#include "TestAliasRules.moc"
