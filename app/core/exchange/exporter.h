#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include "exchange/exporttable.h"
#include "util/result.h"

namespace PlanDesk {

class Database;

/// Builds the tables that `plandesk export` writes, from the repositories.
/// Column names are stable: they are the format other tools and the future
/// importers rely on.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    enum class Kind {
        Tasks,
        Departments,
        Indicators,
        Values,
        Progress,
        Meetings,
        Actions,
        Assessment
    };

    static QStringList kindNames();
    static std::optional<Kind> kindFromName(const QString &name);

    explicit Exporter(Database &db)
        : m_db(db)
    {
    }

    /// Every row of `kind` across the database's plans, in document order.
    /// The assessment is of this year, judged today; see assessment().
    Result<ExportTable> table(Kind kind);
    /// The department assessment of the first plan for `from`–`to`, judged
    /// on `asOf` (see assess()), as assessmentTable() writes it.
    Result<ExportTable> assessment(const QDate &from, const QDate &to, const QDate &asOf);

private:
    Result<ExportTable> tasks();
    Result<ExportTable> departments();
    Result<ExportTable> indicators();
    Result<ExportTable> values();
    Result<ExportTable> progress();
    Result<ExportTable> meetings();
    Result<ExportTable> actions();

    Database &m_db;
};

} // namespace PlanDesk
