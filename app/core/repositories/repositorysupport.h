#pragma once

// The few shapes every repository query takes: insert one row, change exactly
// one row, read one row, read a list. Each runs in a (possibly nested)
// transaction where it writes and reports failures with what it was doing.

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include "database/database.h"
#include "util/result.h"

namespace PlanDesk::RepositorySupport {

/// "Saving task 4: the percentage must be between 0 and 100".
QString failure(const QString &context, const QString &sqliteMessage);

Result<qint64> insert(Database &db, const QString &sql, const QVariantList &values,
                      const QString &context);
/// An UPDATE or DELETE that must touch exactly one row; zero rows is "not found".
Status changeOne(Database &db, const QString &sql, const QVariantList &values,
                 const QString &context);
/// Any statement, inside a transaction, whatever number of rows it touches.
Status execute(Database &db, const QString &sql, const QVariantList &values,
               const QString &context);
QString notFound(const QString &context);
/// Prepends the id column's value: NULL lets SQLite choose a new id; a known
/// id re-creates a row exactly as it was (redo after undo).
QVariantList withId(qint64 id, QVariantList values);

template<typename T, typename Read>
Result<QList<T>> list(Database &db, const QString &sql, const QVariantList &values, Read read,
                      const QString &context)
{
    Result<QSqlQuery> query = db.exec(sql, values);
    if (!query)
        return Result<QList<T>>::failure(failure(context, query.error()));
    QList<T> rows;
    while (query->next())
        rows.append(read(*query));
    return rows;
}

template<typename T, typename Read>
Result<T> one(Database &db, const QString &sql, const QVariantList &values, Read read,
              const QString &context)
{
    Result<QSqlQuery> query = db.exec(sql, values);
    if (!query)
        return Result<T>::failure(failure(context, query.error()));
    if (!query->next())
        return Result<T>::failure(notFound(context));
    return read(*query);
}

} // namespace PlanDesk::RepositorySupport
