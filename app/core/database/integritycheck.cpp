#include "database/integritycheck.h"

#include "database/database.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

Result<IntegrityReport> IntegrityCheck::run(const QString &path)
{
    using R = Result<IntegrityReport>;
    Result<std::unique_ptr<Database>> opened = Database::open(path, Database::Access::ReadOnly);
    if (!opened)
        return R::failure(opened.error());
    Database &db = **opened;

    IntegrityReport report;
    report.schemaVersion = db.schemaVersion();

    Result<QSqlQuery> integrity = db.exec(u"PRAGMA integrity_check"_s);
    if (!integrity)
        return R::failure(tr("“%1” is damaged: %2").arg(path, integrity.error()));
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != u"ok")
            report.problems << tr("integrity: %1").arg(line);
    }

    Result<QSqlQuery> keys = db.exec(u"PRAGMA foreign_key_check"_s);
    if (!keys)
        return R::failure(tr("“%1” is damaged: %2").arg(path, keys.error()));
    while (keys->next())
        report.problems << tr("foreign key: row %1 of %2 refers to a missing row of %3")
                               .arg(keys->value(1).toString(), keys->value(0).toString(),
                                    keys->value(2).toString());

    // Counts for the summary; table names are fixed here, never from input.
    using Label = QString (*)(int);
    const std::pair<QString, Label> counts[] = {
        {u"SELECT count(*) FROM plan"_s,
         [](int n) {
             return tr("%n plan(s)", nullptr, n);
         }},
        {u"SELECT count(*) FROM department"_s,
         [](int n) {
             return tr("%n department(s)", nullptr, n);
         }},
        {u"SELECT count(*) FROM task"_s,
         [](int n) {
             return tr("%n task(s)", nullptr, n);
         }},
        {u"SELECT count(*) FROM progress_report"_s,
         [](int n) {
             return tr("%n progress report(s)", nullptr, n);
         }},
        {u"SELECT count(*) FROM indicator"_s,
         [](int n) {
             return tr("%n indicator(s)", nullptr, n);
         }},
        {u"SELECT count(*) FROM indicator_value"_s,
         [](int n) {
             return tr("%n indicator value(s)", nullptr, n);
         }},
        {u"SELECT count(*) FROM meeting"_s,
         [](int n) {
             return tr("%n meeting(s)", nullptr, n);
         }},
        {u"SELECT count(*) FROM action_item"_s,
         [](int n) {
             return tr("%n action item(s)", nullptr, n);
         }},
    };
    for (const auto &[sql, label] : counts) {
        const Result<qint64> n = db.scalar(sql);
        if (n)
            report.summary << label(static_cast<int>(*n));
    }
    return report;
}

} // namespace PlanDesk
