#include "database.h"

Result<qint64> insert(Database &db, const QString &sql, const QVariantList &values,
                      const QString &context);

void fromInput(Database &db, QSqlQuery &query, sqlite3 *handle, const QString &typed)
{
    const QString fromFile = readSettings();
    db.exec(typed); // expect: argument
    db.scalar(fromFile, {1}); // expect: argument
    query.prepare(typed.trimmed()); // expect: argument
    insert(db, typed, {}, u"context"_s); // expect: argument
    sqlite3_exec(handle, typed.toUtf8().constData(), nullptr, nullptr, nullptr); // expect: argument
    m_workspace->database().write(fromFile); // expect: argument
}
