#include <QCoreApplication>

#include "commandline.h"
#include "commands.h"
#include "database/database.h"
#include "plans/planwriter.h"
#include "repositories/planrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Cli {

namespace {

/// `plandesk export plan`: the whole plan as a plan file, which
/// PlanImport loads into another database.
class ExportPlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int run(const QCommandLineParser &parser, Output &output);

private:
    /// The plan --plan names, or the only one; writes why not otherwise.
    static std::optional<qint64> choosePlan(const QCommandLineParser &parser, Database &db,
                                            Output &output, int &code);
};

int ExportPlanCommand::run(const QCommandLineParser &parser, Output &output)
{
    const std::optional<QString> path = requiredValue(parser, u"db"_s, output);
    if (!path)
        return UsageError;
    if (parser.value(u"format"_s) != u"json")
        return output.fail(tr("A plan is written as a JSON plan file only; use --format json."),
                           UsageError);
    if (parser.isSet(u"period"_s) || parser.isSet(u"as-of"_s))
        return output.fail(tr("--period and --as-of apply to the assessment only."), UsageError);
    if (const std::optional<int> refused = refuseToOverwrite(output, parser.value(u"out"_s), *path))
        return *refused;

    const std::unique_ptr<Database> db = openCurrent(output, *path, Database::Access::ReadOnly);
    if (!db)
        return Failure;
    int code = Failure;
    const std::optional<qint64> planId = choosePlan(parser, *db, output, code);
    if (!planId)
        return code;
    Result<PlanDocument> document = PlanWriter::read(*db, *planId);
    if (!document)
        return output.fail(document.error(), Failure);
    return writeBytes(output, parser.value(u"out"_s), PlanWriter::toJson(*document));
}

std::optional<qint64> ExportPlanCommand::choosePlan(const QCommandLineParser &parser, Database &db,
                                                    Output &output, int &code)
{
    Result<QList<Plan>> plans = PlanRepository(db).plans();
    if (!plans) {
        code = output.fail(plans.error(), Failure);
        return std::nullopt;
    }
    if (parser.isSet(u"plan"_s)) {
        bool isNumber = false;
        const qint64 id = parser.value(u"plan"_s).toLongLong(&isNumber);
        for (const Plan &p : *plans)
            if (isNumber && p.id == id)
                return id;
        code = output.fail(
            tr("“%1” holds no plan with the id “%2”.").arg(db.path(), parser.value(u"plan"_s)),
            UsageError);
        return std::nullopt;
    }
    if (plans->size() == 1)
        return plans->constFirst().id;
    if (plans->isEmpty()) {
        code = output.fail(tr("“%1” holds no plan.").arg(db.path()), Failure);
        return std::nullopt;
    }
    QStringList choices;
    for (const Plan &p : *plans)
        choices << u"%1 %2"_s.arg(p.id).arg(p.title);
    code = output.fail(tr("“%1” holds %2 plans; choose one with --plan: %3.")
                           .arg(db.path())
                           .arg(plans->size())
                           .arg(choices.join(tr(", "))),
                       UsageError);
    return std::nullopt;
}

} // namespace

int runPlanExport(const QCommandLineParser &parser, Output &output)
{
    return ExportPlanCommand::run(parser, output);
}

} // namespace PlanDesk::Cli
