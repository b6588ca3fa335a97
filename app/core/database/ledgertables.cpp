#include "database/ledgertables.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>

#include "database/database.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// Tables of one dialect only, never copied.
QString dialectOnlyTable(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? u"audit_context"_s : u"plandesk_schema"_s;
}

Result<QStringList> namesOf(Database &db, const QString &sql, const QVariantList &values = {})
{
    Result<QSqlQuery> query = db.exec(sql, values);
    if (!query)
        return Result<QStringList>::failure(query.error());
    QStringList names;
    while (query->next())
        names << query->value(0).toString();
    return names;
}

Result<QStringList> tablesOf(Database &db)
{
    if (db.dialect() == SqlDialect::Sqlite)
        return namesOf(db,
                       u"SELECT name FROM sqlite_master WHERE type = 'table'"
                       " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_s);
    return namesOf(db,
                   u"SELECT table_name FROM information_schema.tables"
                   " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"_s);
}

Result<QStringList> columnsOf(Database &db, const QString &table)
{
    if (db.dialect() == SqlDialect::Sqlite)
        return namesOf(db, u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s, {table});
    return namesOf(db,
                   u"SELECT column_name FROM information_schema.columns"
                   " WHERE table_schema = current_schema() AND table_name = ?"
                   " ORDER BY ordinal_position"_s,
                   {table});
}

void render(QByteArray &row, const QVariant &value)
{
    if (value.isNull()) {
        row += "N;";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        row += 'I' + QByteArray::number(value.toLongLong()) + ';';
        return;
    default:
        break;
    }
    const QByteArray text = value.toString().toUtf8();
    row += 'T' + QByteArray::number(text.size()) + ':' + text + ';';
}

} // namespace

const QList<LedgerTable> &LedgerTables::all()
{
    static const QList<LedgerTable> tables = {
        {u"plan"_s,
         {u"id"_s, u"title"_s, u"issuer"_s, u"document_number"_s, u"signed_on"_s, u"published_on"_s,
          u"start_on"_s, u"target_year"_s, u"row_version"_s},
         u"id"_s},
        {u"task_group"_s,
         {u"id"_s, u"plan_id"_s, u"kind"_s, u"position"_s, u"numbering"_s, u"title"_s,
          u"row_version"_s},
         u"id"_s},
        {u"department"_s,
         {u"id"_s, u"name"_s, u"short_name"_s, u"kind"_s, u"contact_person"_s, u"contact_phone"_s,
          u"active"_s, u"row_version"_s},
         u"id"_s},
        {u"task"_s,
         {u"id"_s, u"plan_id"_s, u"group_id"_s, u"parent_id"_s, u"number"_s, u"title"_s, u"text"_s,
          u"start_on"_s, u"due_on"_s, u"status"_s, u"percent"_s, u"row_version"_s},
         u"id"_s},
        {u"assignment"_s,
         {u"id"_s, u"task_id"_s, u"department_id"_s, u"role"_s, u"position"_s},
         u"id"_s},
        {u"progress_report"_s,
         {u"id"_s, u"task_id"_s, u"department_id"_s, u"period"_s, u"reported_on"_s, u"percent"_s,
          u"status"_s, u"text"_s, u"is_sample"_s, u"evidence"_s, u"row_version"_s},
         u"id"_s},
        {u"indicator"_s,
         {u"id"_s, u"plan_id"_s, u"position"_s, u"code"_s, u"name"_s, u"unit"_s, u"comparison"_s,
          u"baseline_value"_s, u"baseline_year"_s, u"baseline_source"_s, u"baseline_is_sample"_s,
          u"target_value"_s, u"target_year"_s, u"department_id"_s, u"ratio_numerator"_s,
          u"ratio_denominator"_s, u"ratio_scale"_s, u"row_version"_s},
         u"id"_s},
        {u"indicator_value"_s,
         {u"id"_s, u"indicator_id"_s, u"period"_s, u"value"_s, u"source"_s, u"as_of"_s, u"note"_s,
          u"is_sample"_s, u"row_version"_s},
         u"id"_s},
        {u"meeting"_s,
         {u"id"_s, u"plan_id"_s, u"kind"_s, u"title"_s, u"held_on"_s, u"place"_s, u"chair"_s,
          u"agenda"_s, u"minutes"_s, u"approval"_s, u"approved_on"_s, u"is_sample"_s,
          u"row_version"_s},
         u"id"_s},
        {u"meeting_attendee"_s,
         {u"id"_s, u"meeting_id"_s, u"department_id"_s, u"person"_s},
         u"id"_s},
        {u"action_item"_s,
         {u"id"_s, u"meeting_id"_s, u"owner_department_id"_s, u"task_id"_s, u"description"_s,
          u"due_on"_s, u"status"_s, u"follow_up"_s, u"closed_on"_s, u"is_sample"_s,
          u"row_version"_s},
         u"id"_s},
        {u"audit_log"_s,
         {u"id"_s, u"changed_at"_s, u"actor"_s, u"table_name"_s, u"row_id"_s, u"action"_s,
          u"before"_s, u"after"_s, u"db_user"_s},
         u"id"_s},
        {u"reporting_round"_s,
         {u"id"_s, u"plan_id"_s, u"period"_s, u"title"_s, u"opens_on"_s, u"due_on"_s, u"note"_s,
          u"is_sample"_s, u"row_version"_s},
         u"id"_s},
        {u"action_review"_s,
         {u"id"_s, u"action_item_id"_s, u"meeting_id"_s, u"status"_s, u"note"_s},
         u"id"_s},
        {u"meeting_amendment"_s,
         {u"id"_s, u"meeting_id"_s, u"made_on"_s, u"text"_s, u"reason"_s, u"actor"_s},
         u"id"_s},
        {u"assessment_weights"_s,
         {u"plan_id"_s, u"reporting"_s, u"pace"_s, u"actions"_s},
         u"plan_id"_s},
    };
    return tables;
}

Status LedgerTables::checkColumns(Database &db)
{
    const Result<QStringList> tables = tablesOf(db);
    if (!tables)
        return Status::failure(tables.error());
    QSet<QString> expected {dialectOnlyTable(db.dialect())};
    for (const LedgerTable &table : all())
        expected.insert(table.name);
    const QSet<QString> found(tables->cbegin(), tables->cend());
    for (const QString &extra : found - expected)
        return Status::failure(
            tr("“%1” holds a table PlanDesk does not know, “%2”.").arg(db.path(), extra));
    for (const LedgerTable &table : all()) {
        if (!found.contains(table.name))
            return Status::failure(tr("“%1” has no table “%2”.").arg(db.path(), table.name));
        const Result<QStringList> columns = columnsOf(db, table.name);
        if (!columns)
            return Status::failure(columns.error());
        if (*columns != table.columns)
            return Status::failure(tr("In “%1”, table “%2” has the columns (%3), not (%4) "
                                      "as PlanDesk expects.")
                                       .arg(db.path(), table.name, columns->join(u", "_s),
                                            table.columns.join(u", "_s)));
    }
    return {};
}

Result<TableChecksum> LedgerTables::checksum(Database &db, const LedgerTable &table)
{
    // sql-from-parts: selectAll() joins names from the fixed list, checked against the schema
    Result<QSqlQuery> query = db.exec(selectAll(table, false));
    if (!query)
        return Result<TableChecksum>::failure(
            tr("Cannot read table “%1”: %2").arg(table.name, query.error()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    TableChecksum sum {table.name, 0, {}};
    const int columns = static_cast<int>(table.columns.size());
    QByteArray row;
    while (query->next()) {
        row.clear();
        for (int i = 0; i < columns; ++i)
            render(row, query->value(i));
        row += '\n';
        hash.addData(row);
        ++sum.rows;
    }
    sum.sha256 = hash.result().toHex();
    return sum;
}

QString LedgerTables::selectAll(const LedgerTable &table, bool parentsFirst)
{
    // sql-from-parts: names from the fixed list above, checked against the schema
    return u"SELECT %1 FROM %2 ORDER BY %3%4"_s.arg(
        table.columns.join(u", "_s), table.name,
        parentsFirst && table.columns.contains(u"parent_id"_s) ? u"parent_id IS NOT NULL, "_s
                                                               : QString(),
        table.key);
}

QString LedgerTables::insertRows(const LedgerTable &table, int rows)
{
    QStringList marks;
    for (qsizetype i = 0; i < table.columns.size(); ++i)
        marks << u"?"_s;
    const QString row = u'(' + marks.join(u", "_s) + u')';
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values << row;
    // sql-from-parts: names from the fixed list above, checked against the schema
    return u"INSERT INTO %1 (%2) VALUES %3"_s.arg(table.name, table.columns.join(u", "_s),
                                                  values.join(u", "_s));
}

} // namespace PlanDesk
