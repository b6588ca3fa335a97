#include <QCoreApplication>
#include <QDir>

#include "commandline.h"
#include "commands.h"
#include "database/database.h"
#include "domain/period.h"
#include "exchange/returnstemplate.h"
#include "repositories/departmentrepository.h"
#include "repositories/planrepository.h"
#include "repositories/roundrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Cli {

namespace {

class TemplatesCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int run(const QStringList &arguments, Output &output);

private:
    static std::optional<ReportingRound> findRound(Database &db, const Period &period,
                                                   Output &output);
    static std::optional<qint64> findDepartment(Database &db, const QString &name, Output &output);
};

/// The round of `period` in the database's plans, or writes why there is none.
std::optional<ReportingRound> TemplatesCommand::findRound(Database &db, const Period &period,
                                                          Output &output)
{
    const Result<QList<Plan>> plans = PlanRepository(db).plans();
    if (!plans) {
        output.fail(plans.error(), Failure);
        return std::nullopt;
    }
    QStringList periods;
    for (const Plan &plan : *plans) {
        const Result<QList<ReportingRound>> rounds = RoundRepository(db).rounds(plan.id);
        if (!rounds) {
            output.fail(rounds.error(), Failure);
            return std::nullopt;
        }
        for (const ReportingRound &round : *rounds) {
            if (round.period == period.toString())
                return round;
            periods << round.period;
        }
    }
    output.fail(periods.isEmpty()
                    ? tr("There is no reporting round for %1; the database has no rounds yet.")
                          .arg(period.toString())
                    : tr("There is no reporting round for %1; the rounds are: %2.")
                          .arg(period.toString(), periods.join(u", "_s)),
                Failure);
    return std::nullopt;
}

std::optional<qint64> TemplatesCommand::findDepartment(Database &db, const QString &name,
                                                       Output &output)
{
    const Result<QList<Department>> departments = DepartmentRepository(db).departments();
    if (!departments) {
        output.fail(departments.error(), Failure);
        return std::nullopt;
    }
    const QString wanted = name.trimmed();
    for (const Department &d : *departments) {
        if (d.name == wanted || (!d.shortName.isEmpty() && d.shortName == wanted))
            return d.id;
    }
    output.fail(tr("--department: there is no department named “%1”.").arg(name), Failure);
    return std::nullopt;
}

int TemplatesCommand::run(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the returns templates (.xlsx) of a reporting round: one per department "
           "owing reports, listing exactly the reports it owes."));
    parser.addOption({u"db"_s, tr("The database to read."), u"FILE"_s});
    parser.addOption(
        {u"period"_s, tr("The round's period, e.g. 2018-Q2 or 2019-H1."), u"PERIOD"_s});
    parser.addOption({u"out"_s, tr("The folder to write into (created if missing)."), u"DIR"_s});
    parser.addOption(
        {u"department"_s, tr("Only the template of this department (its name)."), u"NAME"_s});
    parser.addOption({u"one-workbook"_s, tr("One workbook for all departments.")});
    parser.addOption({u"force"_s, tr("Replace templates of the same names in the folder.")});
    if (auto code = parseOptions(parser, arguments, output, 0))
        return *code;
    const std::optional<QString> path = requiredValue(parser, u"db"_s, output);
    if (!path)
        return UsageError;
    const std::optional<QString> periodText = requiredValue(parser, u"period"_s, output);
    if (!periodText)
        return UsageError;
    const std::optional<Period> period = Period::parse(*periodText);
    if (!period)
        return output.fail(
            tr("--period takes a period like 2019, 2019-H2, 2019-Q4 or 2019-05, not “%1”.")
                .arg(*periodText),
            UsageError);
    const std::optional<QString> directory = requiredValue(parser, u"out"_s, output);
    if (!directory)
        return UsageError;
    if (parser.isSet(u"one-workbook"_s) && parser.isSet(u"department"_s))
        return output.fail(tr("--one-workbook and --department exclude each other: one "
                              "department's template is one workbook already."),
                           UsageError);

    const std::unique_ptr<Database> db = openCurrent(output, *path, Database::Access::ReadOnly);
    if (!db)
        return Failure;
    const std::optional<ReportingRound> round = findRound(*db, *period, output);
    if (!round)
        return Failure;
    ReturnsTemplateOptions options;
    options.oneWorkbook = parser.isSet(u"one-workbook"_s);
    options.overwrite = parser.isSet(u"force"_s);
    if (parser.isSet(u"department"_s)) {
        options.departmentId = findDepartment(*db, parser.value(u"department"_s), output);
        if (!options.departmentId)
            return Failure; // like a period without a round: the database lacks it
    }
    const Result<QStringList> written =
        ReturnsTemplates::write(*db, round->id, *directory, options);
    if (!written)
        return output.fail(written.error(), Failure);
    for (const QString &file : *written) {
        if (!output.line(QDir::toNativeSeparators(file)))
            return Failure;
    }
    return Success;
}

} // namespace

int runTemplates(const QStringList &arguments, Output &output)
{
    return TemplatesCommand::run(arguments, output);
}

} // namespace PlanDesk::Cli
