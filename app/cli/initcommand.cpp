#include <QCoreApplication>

#include "commandline.h"
#include "commands.h"
#include "database/database.h"
#include "plans/newdatabase.h"
#include "repositories/departmentrepository.h"
#include "repositories/indicatorrepository.h"
#include "repositories/planrepository.h"
#include "repositories/taskrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Cli {

namespace {

class InitCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int run(const QStringList &arguments, Output &output);
};

int InitCommand::run(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Create a new database holding the built-in plan, or the plan of a plan file."));
    parser.addOption({u"db"_s, tr("The database file to create (must not exist)."), u"FILE"_s});
    parser.addOption({u"demo"_s,
                      tr("Add sample progress, indicator values and meetings, "
                         "marked as sample data.")});
    parser.addOption({u"plan"_s,
                      tr("A plan file (docs/plan-format.md) to start from instead of the "
                         "built-in plan."),
                      u"FILE"_s});
    if (auto code = parseOptions(parser, arguments, output, 0))
        return *code;
    const std::optional<QString> path = requiredValue(parser, u"db"_s, output);
    if (!path)
        return UsageError;
    const bool demo = parser.isSet(u"demo"_s);
    const bool fromFile = parser.isSet(u"plan"_s);
    // The sample data is written for the built-in plan's tasks and departments.
    if (demo && fromFile)
        return output.fail(tr("--demo goes with the built-in plan only, not with --plan."),
                           UsageError);

    Result<PlanDocument> document =
        fromFile ? PlanFile::load(parser.value(u"plan"_s)) : PlanFile::builtIn();
    if (!document)
        return output.fail(document.error(), Failure);
    Result<std::unique_ptr<Database>> db = NewDatabase::create(
        *path, *document,
        demo ? NewDatabase::Content::PlanWithSampleData : NewDatabase::Content::Plan);
    if (!db)
        return output.fail(db.error(), Failure);

    const auto plans = PlanRepository(**db).plans();
    const qint64 planId = plans && !plans->isEmpty() ? plans->constFirst().id : 0;
    const auto tasks = TaskRepository(**db).tasks(planId);
    const auto departments = DepartmentRepository(**db).departments();
    const auto indicators = IndicatorRepository(**db).indicators(planId);
    return output.succeed(
        tr("Created %1 with “%2”: %3 tasks and measures, %4 departments, %5 indicators%6.")
            .arg(*path, document->plan.title)
            .arg(tasks ? tasks->size() : 0)
            .arg(departments ? departments->size() : 0)
            .arg(indicators ? indicators->size() : 0)
            .arg(demo ? tr(", plus sample data") : QString()));
}

} // namespace

int runInit(const QStringList &arguments, Output &output)
{
    return InitCommand::run(arguments, output);
}

} // namespace PlanDesk::Cli
