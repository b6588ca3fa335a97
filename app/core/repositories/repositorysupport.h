#pragma once

// The few shapes every repository query takes: insert one row, change exactly
// one row, read one row, read a list. Each runs in a (possibly nested)
// transaction where it writes and reports failures with what it was doing.

#include <optional>

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include "database/database.h"
#include "database/transactionguard.h"
#include "util/result.h"
#include "util/saved.h"

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
/// "Saving task 4: someone else deleted it meanwhile".
QString deletedMeanwhile(const QString &context);
/// "Saving task 4: someone else saved a change to it meanwhile".
QString changedMeanwhile(const QString &context);
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

/// The one row `sql` selects, or none (no error: the row is not there).
template<typename T, typename Read>
Result<std::optional<T>> find(Database &db, const QString &sql, const QVariantList &values,
                              Read read)
{
    Result<QSqlQuery> query = db.exec(sql, values);
    if (!query)
        return Result<std::optional<T>>::failure(query.error());
    if (!query->next())
        return std::optional<T>();
    return std::optional<T>(read(*query));
}

/// A versioned UPDATE of one row. `sql` ends in "row_version = row_version +
/// 1 WHERE id = ? AND row_version = ?"; `values` bind what comes before, and
/// `id` and `version` (the one the caller read) are appended. When no row
/// matches, `current(id)` (a find() of the row) tells a row deleted
/// meanwhile from one someone else saved, whose stored state comes back in
/// the conflict. Success returns the new version: `version` + 1.
template<typename T, typename Current>
Saved<T> updateVersioned(Database &db, const QString &table, const QString &sql,
                         QVariantList values, qint64 id, qint64 version, Current current,
                         const QString &context)
{
    TransactionGuard tx(db);
    if (!tx.ok())
        return Saved<T>::failure(failure(context, tx.error()));
    values << id << version;
    Result<Database::Written> written = db.write(sql, values);
    if (!written)
        return Saved<T>::failure(failure(context, written.error()));
    if (written->rowsAffected == 1) {
        if (Status s = tx.commit(); !s)
            return Saved<T>::failure(failure(context, s.error()));
        return version + 1;
    }
    // Read inside the same transaction: what refused the save is what is shown.
    const Result<std::optional<T>> now = current(id);
    if (!now)
        return Saved<T>::failure(failure(context, now.error()));
    if (!now->has_value())
        return Saved<T>::failure(deletedMeanwhile(context));
    return Saved<T>::conflict(UpdateConflict<T> {table, id, version, **now},
                              changedMeanwhile(context));
}

} // namespace PlanDesk::RepositorySupport
