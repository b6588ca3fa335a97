#include "exchange/tableimport.h"

#include <QFileInfo>
#include <QHash>

#include "database/backupstore.h"
#include "database/largerpagecache.h"
#include "database/transactionguard.h"
#include "exchange/columnmap.h"
#include "exchange/departmentrows.h"
#include "exchange/progressrows.h"
#include "exchange/returnssheet.h"
#include "exchange/sheetfile.h"
#include "exchange/valuerows.h"
#include "repositories/departmentrepository.h"
#include "repositories/indicatorrepository.h"
#include "repositories/planrepository.h"
#include "repositories/progressrepository.h"
#include "repositories/taskrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// Saves a replacing row under the version `versions` holds for it (read in
/// the same transaction) and keeps the version it gets, for revert().
template<typename T, typename Update>
Status replaceRow(T row, QHash<qint64, qint64> &versions, Update update)
{
    row.rowVersion = versions.value(row.id);
    const Saved<T> saved = update(row);
    if (!saved)
        return saved.status();
    versions.insert(row.id, saved.version());
    return {};
}

/// The rows as they were, under the versions the import left them at.
template<typename T> QList<T> atVersions(QList<T> rows, const QHash<qint64, qint64> &versions)
{
    for (T &row : rows)
        row.rowVersion = versions.value(row.id);
    return rows;
}

bool sameReport(const ProgressReport &a, const ProgressReport &b)
{
    return a.id == b.id && a.taskId == b.taskId && a.departmentId == b.departmentId
        && a.period == b.period && a.reportedOn == b.reportedOn && a.percent == b.percent
        && a.status == b.status && a.text == b.text && a.evidence == b.evidence
        && a.sample == b.sample;
}

bool sameDepartment(const Department &a, const Department &b)
{
    return a.id == b.id && a.name == b.name && a.shortName == b.shortName && a.kind == b.kind
        && a.contactPerson == b.contactPerson && a.contactPhone == b.contactPhone
        && a.active == b.active;
}

bool sameValue(const IndicatorValue &a, const IndicatorValue &b)
{
    return a.id == b.id && a.indicatorId == b.indicatorId && a.period == b.period
        && a.value == b.value && a.source == b.source && a.asOf == b.asOf && a.note == b.note
        && a.sample == b.sample;
}

/// Why a returns template tagged for another plan must not be imported
/// into this one, or empty: the hidden sheet of PlanDesk's templates names
/// the plan's document number (files from elsewhere have no tag).
QString otherPlan(const Workbook &file, const Plan &plan)
{
    for (const Sheet &sheet : file.sheets) {
        if (sheet.name != QLatin1StringView(ReturnsSheet::metadataSheetName))
            continue;
        for (const SheetRow &row : sheet.rows) {
            const QString tagged = row.cell(1).text.trimmed();
            if (row.cell(0).text == u"plan" && !tagged.isEmpty() && tagged != plan.documentNumber)
                return TableImport::tr("this template was written for the plan %1, not for "
                                       "this database's plan %2.")
                    .arg(tagged, plan.documentNumber);
        }
    }
    return {};
}

} // namespace

QStringList TableImport::kindNames()
{
    return {u"progress"_s, u"values"_s, u"departments"_s};
}

std::optional<TableImport::Kind> TableImport::kindFromName(const QString &name)
{
    if (name == u"progress")
        return Kind::Progress;
    if (name == u"values")
        return Kind::Values;
    if (name == u"departments")
        return Kind::Departments;
    return std::nullopt;
}

TableImport::TableImport(Database &db, qint64 planId, Kind kind, const QDate &today)
    : m_db(db)
    , m_planId(planId)
    , m_kind(kind)
    , m_today(today)
{
}

TableImport::FilesRead TableImport::read(const QStringList &paths)
{
    FilesRead read;
    for (const QString &path : paths) {
        // Messages name a file by its name: two of one name could not be told apart.
        if (read.names.contains(QFileInfo(path).fileName())) {
            read.unreadable << ExchangeProblem {
                QFileInfo(path).fileName(),
                {},
                0,
                -1,
                {},
                tr("another file chosen has this name too; import them one at a time, or "
                   "rename one.")};
            continue;
        }
        read.names << QFileInfo(path).fileName();
        Result<Workbook> file = SheetFile::read(path);
        if (file)
            read.files << std::move(*file);
        else
            read.unreadable << ExchangeProblem {{}, {}, 0, -1, {}, file.error()};
    }
    return read;
}

Result<ImportPreview> TableImport::preview(const QStringList &paths, const ImportProgress &progress)
{
    return preview(read(paths), progress);
}

Result<ImportPreview> TableImport::preview(const FilesRead &read, const ImportProgress &progress)
{
    Result<ImportPreview> preview = this->preview(read.files, progress);
    if (preview) {
        for (const QString &name : read.names) {
            if (!preview->files.contains(name))
                preview->files << name;
        }
        preview->problems = read.unreadable + preview->problems;
    }
    return preview;
}

Result<ImportPreview> TableImport::preview(const QList<Workbook> &files,
                                           const ImportProgress &progress)
{
    ImportPreview preview;
    const QList<ColumnSpec> columns = m_kind == Kind::Progress
        ? ExchangeColumns::progress() << ExchangeColumns::sample()
        : m_kind == Kind::Values ? ExchangeColumns::values() << ExchangeColumns::sample()
                                 : ExchangeColumns::departments();
    const Result<Plan> plan = PlanRepository(m_db).plan(m_planId);
    if (!plan)
        return Result<ImportPreview>::failure(plan.error());
    std::optional<ProgressRows> progressRows;
    std::optional<ValueRows> valueRows;
    std::optional<DepartmentRows> departmentRows;
    if (m_kind == Kind::Departments) {
        Result<DepartmentRows> rows = DepartmentRows::read(m_db);
        if (!rows)
            return Result<ImportPreview>::failure(rows.error());
        departmentRows = std::move(*rows);
    } else if (m_kind == Kind::Progress) {
        Result<ProgressRows> rows = ProgressRows::read(m_db, m_planId, m_today);
        if (!rows)
            return Result<ImportPreview>::failure(rows.error());
        progressRows = std::move(*rows);
    } else {
        Result<ValueRows> rows = ValueRows::read(m_db, m_planId, m_today);
        if (!rows)
            return Result<ImportPreview>::failure(rows.error());
        valueRows = std::move(*rows);
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (progress && !progress(i, files.size()))
            return Result<ImportPreview>::failure(
                tr("The import was cancelled; nothing was written."));
        const Workbook &file = files.at(i);
        preview.files << file.fileName;
        if (const QString other = otherPlan(file, *plan); !other.isEmpty()) {
            preview.problems << ExchangeProblem {file.fileName, {}, 0, -1, {}, other};
            continue;
        }
        const Result<QList<ColumnMap>> tables = ColumnMap::locate(file, columns);
        if (!tables) {
            preview.problems << ExchangeProblem {{}, {}, 0, -1, {}, tables.error()};
            continue;
        }
        for (const ColumnMap &table : *tables) {
            if (progressRows)
                progressRows->check(table, preview);
            else if (valueRows)
                valueRows->check(table, preview);
            else
                departmentRows->check(table, preview);
        }
    }
    if (progressRows)
        progressRows->finish(preview);
    if (progress)
        progress(files.size(), files.size());
    return preview;
}

Result<ImportReceipt> TableImport::apply(const ImportPreview &preview)
{
    if (!preview.canApply())
        return Result<ImportReceipt>::failure(
            preview.problems.isEmpty() ? tr("The files hold nothing new to import.")
                                       : tr("Nothing was imported: %n problem(s) in the files.",
                                            nullptr, static_cast<int>(preview.problems.size())));
    if (Status backup = backUpBeforeImport(m_db); !backup)
        return Result<ImportReceipt>::failure(backup.error());
    const ImportChanges &c = preview.changes;
    ImportReceipt receipt;
    const QString changed =
        tr("The database changed since the files were checked; nothing was imported. Check "
           "them again.");
    ProgressRepository reports(m_db);
    IndicatorRepository indicators(m_db);
    TaskRepository tasks(m_db);
    DepartmentRepository departments(m_db);
    // A big import touches many pages of the tables, the audit log and their
    // indexes: a larger page cache keeps SQLite from spilling them to the WAL
    // in the middle of the transaction (a third of the time at 100,000 rows).
    const LargerPageCache cache(m_db);
    QHash<qint64, qint64> departmentVersions, reportVersions, valueVersions;
    const Status s = atomically(m_db, [&]() -> Status {
        for (const Department &d : c.departmentsReplaced) {
            const Result<Department> now = departments.department(d.id);
            if (!now || !sameDepartment(*now, d))
                return Status::failure(changed);
            departmentVersions.insert(d.id, now->rowVersion);
        }
        for (const ProgressReport &r : c.reportsReplaced) {
            const Result<ProgressReport> now = reports.report(r.id);
            if (!now || !sameReport(*now, r))
                return Status::failure(changed);
            reportVersions.insert(r.id, now->rowVersion);
        }
        for (const IndicatorValue &v : c.valuesReplaced) {
            const Result<IndicatorValue> now = indicators.value(v.id);
            if (!now || !sameValue(*now, v))
                return Status::failure(changed);
            valueVersions.insert(v.id, now->rowVersion);
        }
        for (const Task &t : c.tasksBefore) {
            const Result<Task> now = tasks.task(t.id);
            if (!now || now->percent != t.percent || now->status != t.status)
                return Status::failure(changed);
        }
        // A report or value added meanwhile for the same key fails the
        // table's one-per-period constraint, which rolls everything back.
        for (const ProgressReport &r : c.reportsToAdd) {
            const Result<qint64> id = reports.create(r);
            if (!id)
                return Status::fromResult(id);
            receipt.addedReportIds << *id;
        }
        for (const ProgressReport &r : c.reportsToReplace) {
            if (Status st =
                    replaceRow(r, reportVersions,
                               [&](const ProgressReport &row) { return reports.update(row); });
                !st)
                return st;
        }
        for (const Task &t : c.tasksAfter) {
            const Result<Task> now = tasks.task(t.id);
            if (!now)
                return Status::fromResult(now);
            Task moved = *now; // only the standing is the import's to change
            moved.percent = t.percent;
            moved.status = t.status;
            if (Status st = tasks.update(moved); !st)
                return st;
        }
        for (const Department &d : c.departmentsToAdd) {
            const Result<qint64> id = departments.create(d);
            if (!id)
                return Status::fromResult(id);
            receipt.addedDepartmentIds << *id;
        }
        for (const Department &d : c.departmentsToReplace) {
            if (Status st =
                    replaceRow(d, departmentVersions,
                               [&](const Department &row) { return departments.update(row); });
                !st)
                return st;
        }
        for (const IndicatorValue &v : c.valuesToAdd) {
            const Result<qint64> id = indicators.createValue(v);
            if (!id)
                return Status::fromResult(id);
            receipt.addedValueIds << *id;
        }
        for (const IndicatorValue &v : c.valuesToReplace) {
            if (Status st = replaceRow(
                    v, valueVersions,
                    [&](const IndicatorValue &row) { return indicators.updateValue(row); });
                !st)
                return st;
        }
        return {};
    });
    if (!s)
        return Result<ImportReceipt>::failure(s.error());
    // Undo names the versions the import wrote: a row someone changed since
    // then is refused instead of overwritten.
    receipt.reportsReplaced = atVersions(c.reportsReplaced, reportVersions);
    receipt.tasksBefore = c.tasksBefore;
    receipt.valuesReplaced = atVersions(c.valuesReplaced, valueVersions);
    receipt.departmentsReplaced = atVersions(c.departmentsReplaced, departmentVersions);
    receipt.written = static_cast<int>(c.reportsToAdd.size() + c.reportsToReplace.size()
                                       + c.valuesToAdd.size() + c.valuesToReplace.size()
                                       + c.departmentsToAdd.size() + c.departmentsToReplace.size());
    return receipt;
}

Status TableImport::revert(const ImportReceipt &receipt)
{
    ProgressRepository reports(m_db);
    IndicatorRepository indicators(m_db);
    TaskRepository tasks(m_db);
    DepartmentRepository departments(m_db);
    return atomically(m_db, [&]() -> Status {
        for (const qint64 id : receipt.addedDepartmentIds) {
            if (Status st = departments.remove(id); !st)
                return st;
        }
        for (const Department &d : receipt.departmentsReplaced) {
            if (Status st = departments.update(d); !st)
                return st;
        }
        for (const qint64 id : receipt.addedReportIds) {
            if (Status st = reports.remove(id); !st)
                return st;
        }
        for (const ProgressReport &r : receipt.reportsReplaced) {
            if (Status st = reports.update(r); !st)
                return st;
        }
        for (const Task &t : receipt.tasksBefore) {
            const Result<Task> now = tasks.task(t.id);
            if (!now)
                return Status::fromResult(now);
            Task back = *now; // only the standing the import moved goes back
            back.percent = t.percent;
            back.status = t.status;
            if (Status st = tasks.update(back); !st)
                return st;
        }
        for (const qint64 id : receipt.addedValueIds) {
            if (Status st = indicators.removeValue(id); !st)
                return st;
        }
        for (const IndicatorValue &v : receipt.valuesReplaced) {
            if (Status st = indicators.updateValue(v); !st)
                return st;
        }
        return {};
    });
}

} // namespace PlanDesk
