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

QString deletedMeanwhile(const QString &context)
{
    return u"%1: %2"_s.arg(
        context, QCoreApplication::translate("Repository", "someone else deleted it meanwhile"));
}

QString changedMeanwhile(const QString &context)
{
    return u"%1: %2"_s.arg(
        context,
        QCoreApplication::translate("Repository", "someone else saved a change to it meanwhile"));
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
    Result<Database::Written> written = db.write(sql, values);
    if (!written)
        return Result<qint64>::failure(failure(context, written.error()));
    const qint64 id = written->lastInsertId;
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
    Result<Database::Written> written = db.write(sql, values);
    if (!written)
        return Status::failure(failure(context, written.error()));
    if (written->rowsAffected != 1)
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
    if (Result<Database::Written> written = db.write(sql, values); !written)
        return Status::failure(failure(context, written.error()));
    if (Status s = tx.commit(); !s)
        return Status::failure(failure(context, s.error()));
    return {};
}

} // namespace PlanDesk::RepositorySupport
