#include "repositories/repositorysupport.h"

#include <QCoreApplication>

#include "database/sqlerrors.h"
#include "database/transactionguard.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::RepositorySupport {

QString failure(const QString &context, const QString &sqliteMessage)
{
    return u"%1: %2"_s.arg(context, describeSqlError(sqliteMessage));
}

QString notFound(const QString &context)
{
    return u"%1: %2"_s.arg(context, QCoreApplication::translate("Repository", "no such record"));
}

QVariantList withId(qint64 id, QVariantList values)
{
    values.prepend(id != 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()));
    return values;
}

Result<qint64> insert(Database &db, const QString &sql, const QVariantList &values,
                      const QString &context)
{
    TransactionGuard tx(db);
    if (!tx.ok())
        return Result<qint64>::failure(failure(context, tx.error()));
    Result<QSqlQuery> query = db.exec(sql, values);
    if (!query)
        return Result<qint64>::failure(failure(context, query.error()));
    const qint64 id = query->lastInsertId().toLongLong();
    if (Status s = tx.commit(); !s)
        return Result<qint64>::failure(failure(context, s.error()));
    return id;
}

Status changeOne(Database &db, const QString &sql, const QVariantList &values,
                 const QString &context)
{
    TransactionGuard tx(db);
    if (!tx.ok())
        return Status::failure(failure(context, tx.error()));
    Result<QSqlQuery> query = db.exec(sql, values);
    if (!query)
        return Status::failure(failure(context, query.error()));
    if (query->numRowsAffected() != 1)
        return Status::failure(notFound(context));
    if (Status s = tx.commit(); !s)
        return Status::failure(failure(context, s.error()));
    return {};
}

Status execute(Database &db, const QString &sql, const QVariantList &values, const QString &context)
{
    TransactionGuard tx(db);
    if (!tx.ok())
        return Status::failure(failure(context, tx.error()));
    if (Result<QSqlQuery> query = db.exec(sql, values); !query)
        return Status::failure(failure(context, query.error()));
    if (Status s = tx.commit(); !s)
        return Status::failure(failure(context, s.error()));
    return {};
}

} // namespace PlanDesk::RepositorySupport
