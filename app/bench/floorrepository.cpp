#include "floorrepository.h"

#include <memory>
#include <sqlite3.h>
#include <string>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Bench {

namespace {

// The same statements TaskRepository::overview(), PlanRepository::groups()
// and ProgressRepository::reportsForPlan() run for the plan page.
constexpr const char *TaskTreeQueries[] = {
    "SELECT id, plan_id, kind, position, numbering, title FROM task_group"
    " WHERE plan_id = ? ORDER BY position",
    "SELECT a.task_id, a.role, d.name, d.id FROM assignment a"
    " JOIN department d ON d.id = a.department_id"
    " JOIN task t ON t.id = a.task_id WHERE t.plan_id = ? ORDER BY a.task_id, a.position",
    "SELECT t.id, t.plan_id, t.group_id, t.parent_id, t.number, t.title, t.text, t.start_on,"
    " t.due_on, t.status, t.percent, g.id, g.plan_id, g.kind, g.position, g.numbering, g.title,"
    " EXISTS (SELECT 1 FROM progress_report r WHERE r.task_id = t.id AND r.is_sample = 1)"
    " FROM task t JOIN task_group g ON g.id = t.group_id"
    " LEFT JOIN task p ON p.id = t.parent_id"
    " WHERE t.plan_id = ?"
    " ORDER BY g.position, coalesce(p.number, t.number), t.parent_id IS NOT NULL, t.number",
    "SELECT r.id, r.task_id, r.department_id, r.period, r.reported_on, r.percent, r.status,"
    " r.text, r.is_sample, r.evidence FROM progress_report r JOIN task t ON t.id = r.task_id"
    " WHERE t.plan_id = ? ORDER BY r.reported_on, r.task_id, r.id",
};

} // namespace

FloorRepository::FloorRepository(sqlite3 *db)
    : m_db(db)
{
}

FloorRepository::~FloorRepository()
{
    sqlite3_close(m_db);
}

Result<std::unique_ptr<FloorRepository>> FloorRepository::open(const QString &path)
{
    using R = Result<std::unique_ptr<FloorRepository>>;
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    std::unique_ptr<FloorRepository> repository(new FloorRepository(db));
    if (rc != SQLITE_OK)
        return R::failure(
            tr("Cannot open %1 with SQLite: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db))));
    return R(std::move(repository));
}

Result<qint64> FloorRepository::readTaskTreeRows(qint64 planId)
{
    qint64 rows = 0;
    for (const char *sql : TaskTreeQueries) {
        const Result<qint64> read = readRows(sql, planId);
        if (!read)
            return read;
        rows += *read;
    }
    return rows;
}

Result<qint64> FloorRepository::readRows(const char *sql, qint64 planId)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return Result<qint64>::failure(
            tr("SQLite refused a floor query: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(statement, sqlite3_finalize);
    sqlite3_bind_int64(statement, 1, planId);
    // Every value copied out, as a model must keep it.
    std::vector<sqlite3_int64> numbers;
    std::vector<std::string> texts;
    const int columns = sqlite3_column_count(statement);
    qint64 rows = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        ++rows;
        for (int c = 0; c < columns; ++c) {
            if (sqlite3_column_type(statement, c) == SQLITE_TEXT) {
                const auto *text = sqlite3_column_text(statement, c);
                texts.emplace_back(reinterpret_cast<const char *>(text),
                                   static_cast<size_t>(sqlite3_column_bytes(statement, c)));
            } else {
                numbers.push_back(sqlite3_column_int64(statement, c));
            }
        }
    }
    if (rc != SQLITE_DONE)
        return Result<qint64>::failure(tr("SQLite failed reading floor rows: %1")
                                           .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    return rows;
}

QString FloorRepository::importCommand(const QString &csvPath, const QString &table)
{
    // Quoted for the shell's own argument parser.
    QString quoted = csvPath;
    quoted.replace(u'"', u"\\\""_s);
    return u".import --csv \"%1\" %2"_s.arg(quoted, table);
}

} // namespace PlanDesk::Bench
