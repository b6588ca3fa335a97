#include "database/ledgercopy.h"

#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include "database/database.h"
#include "database/readtransaction.h"
#include "database/serveraddress.h"
#include "database/sqlerrors.h"
#include "database/transactionguard.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// How often, in rows, the progress callback hears of a table.
constexpr qint64 ProgressStep = 1000;

/// The column a constraint is about, when its name says so
/// (task_start_on_date → start_on): the longest column that fits.
QString columnOfConstraint(const LedgerTable &table, const QString &constraint)
{
    QString best;
    for (const QString &column : table.columns) {
        const QString prefix = table.name + u'_' + column;
        if ((constraint == prefix || constraint.startsWith(prefix + u'_'))
            && column.size() > best.size())
            best = column;
    }
    return best;
}

/// Copies one table's rows, in foreign-key order, into the open transaction:
/// BatchRows rows to a statement, each batch under a savepoint, so that a
/// batch the server refuses can be tried again row by row to name the row.
class TableCopier
{
    Q_DECLARE_TR_FUNCTIONS(LedgerCopy)

public:
    TableCopier(Database &source, Database &target, const LedgerCopy::Progress &progress)
        : m_sourceDb(source)
        , m_targetDb(target)
        , m_progress(progress)
    {
    }

    /// The largest id copied, 0 for none.
    Result<qint64> copy(const LedgerTable &table, qint64 total);

private:
    static constexpr int BatchRows = 200;

    /// A statement on the target, kept until the copier goes, after the
    /// transaction ended: one cannot be freed in a transaction the server aborted.
    Result<QSqlQuery *> prepare(const QString &statement);
    Status insertBatch(const LedgerTable &table, const QList<QVariantList> &rows);
    Status insertOne(const LedgerTable &table, const QVariantList &row);
    QString refusal(const LedgerTable &table, const QVariantList &row, const QString &column,
                    const QString &constraint, const QString &message) const;

    Database &m_sourceDb;
    Database &m_targetDb;
    const LedgerCopy::Progress &m_progress;
    std::vector<std::unique_ptr<QSqlQuery>> m_statements;
    QSqlQuery *m_one = nullptr; ///< the table's single-row INSERT
    QSqlQuery *m_batch = nullptr; ///< the table's BatchRows-row INSERT
};

Result<QSqlQuery *> TableCopier::prepare(const QString &statement)
{
    m_statements.push_back(std::make_unique<QSqlQuery>(m_targetDb.connection()));
    QSqlQuery *query = m_statements.back().get();
    // sql-from-parts: LedgerTables' INSERTs, names from its list checked against the schema
    if (!query->prepare(statement))
        return Result<QSqlQuery *>::failure(serverMessage(query->lastError()));
    return query;
}

Result<qint64> TableCopier::copy(const LedgerTable &table, qint64 total)
{
    using R = Result<qint64>;
    if (m_progress)
        m_progress(table.name, 0, total);
    // sql-from-parts: selectAll() joins names from the fixed list, checked against the schema
    Result<QSqlQuery> rows = m_sourceDb.exec(LedgerTables::selectAll(table, true));
    if (!rows)
        return R::failure(tr("Cannot read table “%1” of “%2”: %3")
                              .arg(table.name, m_sourceDb.path(), rows.error()));
    const Result<QSqlQuery *> one = prepare(LedgerTables::insertRows(table, 1));
    const Result<QSqlQuery *> batch = prepare(LedgerTables::insertRows(table, BatchRows));
    if (!one || !batch)
        return R::failure(one ? batch.error() : one.error());
    m_one = *one;
    m_batch = *batch;
    const int columns = static_cast<int>(table.columns.size());
    qint64 done = 0;
    qint64 maxId = 0;
    QList<QVariantList> pending;
    while (rows->next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i) {
            const QVariant value = rows->value(i);
            row << value;
            if (value.typeId() == QMetaType::QString && value.toString().contains(QChar(u'\0')))
                return R::failure(refusal(table, row, table.columns.at(i), {},
                                          tr("the text contains a NUL character (U+0000), "
                                             "which the database server cannot store")));
        }
        maxId = qMax(maxId, row.constFirst().toLongLong());
        pending << row;
        if (pending.size() == BatchRows) {
            if (Status s = insertBatch(table, pending); !s)
                return R::failure(s.error());
            pending.clear();
        }
        if (++done % ProgressStep == 0 && m_progress)
            m_progress(table.name, done, total);
    }
    if (rows->lastError().isValid())
        return R::failure(tr("Cannot read table “%1” of “%2”: %3")
                              .arg(table.name, m_sourceDb.path(), rows->lastError().text()));
    for (const QVariantList &row : std::as_const(pending)) {
        if (Status s = insertOne(table, row); !s)
            return R::failure(s.error());
    }
    if (m_progress && done % ProgressStep != 0)
        m_progress(table.name, done, total);
    return maxId;
}

Status TableCopier::insertBatch(const LedgerTable &table, const QList<QVariantList> &rows)
{
    if (auto saved = m_targetDb.write(u"SAVEPOINT copy_batch"_s); !saved)
        return Status::failure(saved.error());
    int at = 0;
    for (const QVariantList &row : rows) {
        for (const QVariant &value : row)
            m_batch->bindValue(at++, value);
    }
    if (m_batch->exec())
        return Status::fromResult(m_targetDb.write(u"RELEASE SAVEPOINT copy_batch"_s));
    const QString error = serverMessage(m_batch->lastError());
    if (auto undone = m_targetDb.write(u"ROLLBACK TO SAVEPOINT copy_batch"_s); !undone)
        return Status::failure(error);
    // One by one, the refused row fails on its own and can be named.
    for (const QVariantList &row : rows) {
        if (Status s = insertOne(table, row); !s)
            return s;
    }
    return Status::failure(error);
}

Status TableCopier::insertOne(const LedgerTable &table, const QVariantList &row)
{
    for (int i = 0; i < row.size(); ++i)
        m_one->bindValue(i, row.at(i));
    if (m_one->exec())
        return {};
    const QString message = serverMessage(m_one->lastError());
    static const QRegularExpression constraintName(u"constraint \"(\\w+)\""_s);
    static const QRegularExpression columnName(u"column \"(\\w+)\""_s);
    const QString constraint = constraintName.match(message).captured(1);
    QString column = columnName.match(message).captured(1);
    if (column.isEmpty() && !constraint.isEmpty())
        column = columnOfConstraint(table, constraint);
    return Status::failure(refusal(table, row, column, constraint, message));
}

QString TableCopier::refusal(const LedgerTable &table, const QVariantList &row,
                             const QString &column, const QString &constraint,
                             const QString &message) const
{
    QString place =
        tr("table “%1”, row %2 %3").arg(table.name, table.key, row.constFirst().toString());
    if (const qsizetype at = table.columns.indexOf(column); at >= 0) {
        const QVariant value = row.value(at);
        place +=
            tr(", column %1 (%2)")
                .arg(column,
                     value.isNull() ? tr("empty") : u"“"_s + value.toString().left(80) + u"”"_s);
    }
    if (!constraint.isEmpty())
        place += tr(", rule %1").arg(constraint);
    const QString described = describeSqlError(message);
    return tr("The server refused %1: %2")
        .arg(place, described == message ? message : described + u" ("_s + message + u')');
}

/// Turns PlanDesk's own triggers off or on for every table, inside the
/// transaction (only the tables' owner may).
Status switchTriggers(Database &targetDb, bool on)
{
    for (const LedgerTable &table : LedgerTables::all()) {
        const QString statement = (on ? u"ALTER TABLE %1 ENABLE TRIGGER USER"_s
                                      : u"ALTER TABLE %1 DISABLE TRIGGER USER"_s)
                                      .arg(table.name);
        // sql-from-parts: a name from LedgerTables' fixed list, checked against the schema
        if (auto done = targetDb.write(statement); !done)
            return Status::failure(
                LedgerCopy::tr("Moving a ledger must be done by the database's owner (the "
                               "login that set it up): %1")
                    .arg(done.error()));
    }
    return {};
}

struct SourceState
{
    QHash<QString, TableChecksum> sums;
    qint64 rows = 0;
};

Result<SourceState> readSource(Database &source)
{
    SourceState state;
    for (const LedgerTable &table : LedgerTables::all()) {
        Result<TableChecksum> sum = LedgerTables::checksum(source, table);
        if (!sum)
            return Result<SourceState>::failure(sum.error());
        state.rows += sum->rows;
        state.sums.insert(table.name, *sum);
    }
    return state;
}

} // namespace

Result<LedgerCopyReport> LedgerCopy::copy(const QString &sourceFile, const QString &target,
                                          const Progress &progress)
{
    using R = Result<LedgerCopyReport>;
    if (ServerAddress::isServerLocation(sourceFile))
        return R::failure(tr("The ledger to move must be a file, not “%1”.").arg(sourceFile));
    if (!ServerAddress::isServerLocation(target))
        return R::failure(
            tr("The ledger must move to a database server (postgresql://…), not “%1”.")
                .arg(target));
    QElapsedTimer timer;
    timer.start();

    Result<std::unique_ptr<Database>> source =
        Database::open(sourceFile, Database::Access::ReadOnly);
    if (!source)
        return R::failure(source.error());
    if ((*source)->needsUpgrade())
        return R::failure(tr("“%1” was written by an older PlanDesk (schema %2); open it once "
                             "in PlanDesk to upgrade it first. Nothing was changed.")
                              .arg(sourceFile)
                              .arg((*source)->schemaVersion()));
    if (Status s = LedgerTables::checkColumns(**source); !s)
        return R::failure(s.error());
    // One snapshot of the file for the checksums and the copy.
    const ReadTransaction snapshot(**source);
    Result<SourceState> sourceState = readSource(**source);
    if (!sourceState)
        return R::failure(sourceState.error());

    Result<std::unique_ptr<Database>> created = Database::create(target);
    if (!created)
        return R::failure(
            tr("Not moving the ledger: %1 Nothing was changed.").arg(created.error()));
    Database &server = **created;
    if (Status s = LedgerTables::checkColumns(server); !s)
        return R::failure(s.error());

    Status copied;
    {
        TableCopier copier(**source, server, progress);
        copied = atomically(server, [&]() -> Status {
            if (Status s = switchTriggers(server, false); !s)
                return s;
            for (const LedgerTable &table : LedgerTables::all()) {
                const Result<qint64> maxId =
                    copier.copy(table, sourceState->sums.value(table.name).rows);
                if (!maxId)
                    return Status::failure(maxId.error());
                // The next new row gets the next id, as it would in the file.
                if (*maxId > 0 && table.key == u"id") {
                    if (auto set =
                            server.exec(u"SELECT setval(pg_get_serial_sequence(?, 'id'), ?)"_s,
                                        {table.name, *maxId});
                        !set)
                        return Status::failure(set.error());
                }
            }
            return switchTriggers(server, true);
        });
    }
    if (!copied) {
        QString why = copied.error();
        if (!why.endsWith(u'.'))
            why += u'.';
        return R::failure(tr("%1 The copy was undone: no rows were written to “%2”. The empty "
                             "ledger set up there stays; drop the database and create it "
                             "again before the next try.")
                              .arg(why, server.path()));
    }
    const QString location = server.path();
    created->reset();

    LedgerCopyReport report;
    report.rows = sourceState->rows;
    report.copyMs = timer.restart();
    Result<std::unique_ptr<Database>> readBack =
        Database::open(location, Database::Access::ReadOnly);
    if (!readBack)
        return R::failure(tr("The copy was saved, but cannot be read back to verify it: %1")
                              .arg(readBack.error()));
    const ReadTransaction serverSnapshot(**readBack);
    for (const LedgerTable &table : LedgerTables::all()) {
        const Result<TableChecksum> sum = LedgerTables::checksum(**readBack, table);
        if (!sum)
            return R::failure(tr("The copy was saved, but cannot be read back to verify it: %1")
                                  .arg(sum.error()));
        const TableChecksum &expected = sourceState->sums.value(table.name);
        if (sum->rows != expected.rows || sum->sha256 != expected.sha256)
            return R::failure(tr("Table “%1” on the server differs from the file: %2 rows "
                                 "(checksum %3) against %4 rows (checksum %5) in the file.")
                                  .arg(table.name)
                                  .arg(sum->rows)
                                  .arg(QString::fromLatin1(sum->sha256.left(16)))
                                  .arg(expected.rows)
                                  .arg(QString::fromLatin1(expected.sha256.left(16))));
        report.tables << *sum;
    }
    report.verifyMs = timer.elapsed();
    return report;
}

} // namespace PlanDesk
