// Server errors in the server's own language (lc_messages zh_CN) still map
// to PlanDesk's words: the SQLSTATE decides, not the English text.

#include <QSqlError>
#include <QTest>

#include "database/database.h"
#include "database/sqlerrors.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

class TestServerMessage : public QObject
{
    Q_OBJECT

private slots:
    void chineseUniqueViolationNamesTheRule()
    {
        const QSqlError error(
            u"QPSQL: Unable to create query"_s,
            u"错误:  重复键违反唯一约束\"department_name_unique\"\nDETAIL:  键值\"(name)=(x)\" 已经存在\n(23505)"_s,
            QSqlError::StatementError, u"23505"_s);
        const QString message = serverMessage(error);
        QVERIFY2(!message.startsWith(u"错误"_s), qPrintable(message));
        QCOMPARE(describeSqlError(message), u"a department with this name already exists"_s);
    }
    void chineseForeignKeyViolation()
    {
        const QSqlError error(u"QPSQL: Unable to create query"_s,
                              u"错误:  插入或更新表 \"t\" 违反外键约束 \"t_c_fkey\""_s,
                              QSqlError::StatementError, u"23503"_s);
        QCOMPARE(describeSqlError(serverMessage(error)),
                 u"it refers to a record that does not exist or is still in use"_s);
    }
    void passwordRequestsInEitherLanguage()
    {
        QVERIFY(Database::isPasswordRequest(u"fe_sendauth: no password supplied"_s));
        QVERIFY(Database::isPasswordRequest(
            u"FATAL:  password authentication failed for user \"wang\""_s));
        QVERIFY(Database::isPasswordRequest(u"致命错误:  用户 \"wang\" Password 认证失败"_s));
        // Not every mention of a password is the server asking for one.
        QVERIFY(!Database::isPasswordRequest(
            u"The address must not contain a password (PlanDesk never keeps one)."_s));
        QVERIFY(!Database::isPasswordRequest(u"could not connect to server: Connection refused"_s));
    }
    void chineseLockTimeoutIsBusy()
    {
        const QSqlError error(u"QPSQL: Unable to create query"_s, u"错误:  由于锁超时,取消语句"_s,
                              QSqlError::StatementError, u"55P03"_s);
        QVERIFY(isBusyError(serverMessage(error)));
    }
    void englishTextIsUnchanged()
    {
        const QSqlError error(u"QPSQL: Unable to create query"_s,
                              u"ERROR:  deadlock detected\nDETAIL:  x"_s, QSqlError::StatementError,
                              u"40P01"_s);
        QCOMPARE(serverMessage(error), u"deadlock detected"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerMessage)
#include "tst_servermessage.moc"
