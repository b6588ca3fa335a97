// Every way PlanDesk passes SQL today; none may be reported.
#include "database.h"

#define COLUMNS u"id, title, percent"
#define ORDER u" ORDER BY id"

namespace {

struct Statement
{
    const char16_t *table;
    const char16_t *sql;
};

const std::array<Statement, 2> statements = {{
    {u"task", u"UPDATE task SET percent = ? WHERE id = ?"},
    {u"meeting", u"DELETE FROM meeting WHERE id = ?"},
}};
constexpr const char16_t *countQuery = u"SELECT count(*) FROM task";
const QString kPragma = u"PRAGMA foreign_keys = ON"_s;

} // namespace

Result<qint64> insert(Database &db, const QString &sql, const QVariantList &values,
                      const QString &context)
{
    return db.write(sql, values); // passes its own parameter on: callers are checked
}

void reads(Database &db, QSqlQuery &query, qint64 id, const QString &title, int statement)
{
    db.exec(u"SELECT " COLUMNS u" FROM task WHERE id = ?" ORDER ""_s, {id});
    db.exec(u"UPDATE task SET title = ?"
            " WHERE id = ?"_s,
            {title, id});
    db.scalar(QStringView(countQuery).toString());
    db.exec(kPragma);
    query.prepare(QStringView(statements[statement].sql).toString());
    query.exec();
    for (const QString &pragma : {u"PRAGMA synchronous = FULL"_s, u"PRAGMA cache_size = -2000"_s})
        db.exec(pragma);
    const std::pair<QString, int> counts[] = {
        {u"SELECT count(*) FROM plan"_s, 1},
        {u"SELECT count(*) FROM task"_s, 2},
    };
    for (const auto &[sql, weight] : counts)
        db.scalar(sql);
    insert(db, u"INSERT INTO task (title) VALUES (?)"_s, {title},
           tr("Saving task %1").arg(title));
    db.write(u"SELECT 1 + 1"_s);
    QHash<QString, int> seen;
    seen.insert(title, 1);
    file.write(title.toUtf8());
    dialog.exec();
    // sql-from-parts: the column names come from the fixed list above, never from input
    db.exec(u"SELECT "_s + fixedColumns().join(u", "_s) + u" FROM task"_s);
}
