#include <QCoreApplication>
#include <QFileInfo>

#include "commandline.h"
#include "commands.h"
#include "database/database.h"
#include "exchange/tableimport.h"
#include "plans/planimport.h"
#include "repositories/planrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Cli {

namespace {

class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int run(const QStringList &arguments, Output &output);

private:
    static int importTable(TableImport::Kind kind, const QString &file, Database &db,
                           const QDate &today, bool dryRun, Output &output);
};

QString importKindList()
{
    return (TableImport::kindNames() << u"plan"_s).join(u", "_s);
}

int ImportCommand::run(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import one file into the database, all or nothing: every problem is listed with "
           "its file, sheet, row and column, and then nothing is written."));
    parser.addPositionalArgument(u"KIND"_s, importKindList());
    parser.addPositionalArgument(
        u"FILE"_s, tr("An .xlsx workbook or a CSV file; for a plan, a plan file (.json)."));
    parser.addOption({u"db"_s, tr("The database to import into."), u"FILE"_s});
    parser.addOption({u"as-of"_s,
                      tr("The day of the import (default: today): a blank report date means "
                         "it, and no date may lie after it."),
                      u"DATE"_s});
    parser.addOption(
        {u"dry-run"_s, tr("Check the file and say what would change; write nothing.")});
    if (auto code = parseOptions(parser, arguments, output, 2))
        return *code;

    const QString kindName = parser.positionalArguments().at(0);
    const std::optional<TableImport::Kind> kind = TableImport::kindFromName(kindName);
    const bool plan = kindName == u"plan";
    if (!kind && !plan)
        return output.fail(tr("Unknown kind “%1”; use one of: %2.").arg(kindName, importKindList()),
                           UsageError);
    const std::optional<QString> path = requiredValue(parser, u"db"_s, output);
    if (!path)
        return UsageError;
    QDate today = QDate::currentDate();
    if (plan && (parser.isSet(u"as-of"_s) || parser.isSet(u"dry-run"_s)))
        return output.fail(tr("--as-of and --dry-run apply to progress and values only."),
                           UsageError);
    if (parser.isSet(u"as-of"_s)) {
        today = QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate);
        if (!today.isValid())
            return output.fail(
                tr("--as-of takes a date like 2019-06-30, not “%1”.").arg(parser.value(u"as-of"_s)),
                UsageError);
    }
    const QString file = parser.positionalArguments().at(1);
    if (!QFileInfo(file).isFile())
        return output.fail(tr("“%1” is not a file.").arg(file), UsageError);

    const bool dryRun = parser.isSet(u"dry-run"_s);
    const std::unique_ptr<Database> db = openCurrent(
        output, *path, dryRun ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    if (!db)
        return Failure;
    if (plan) {
        const Result<qint64> id = PlanImport::run(*db, file);
        if (!id)
            return output.fail(id.error(), Failure);
        return output.succeed(
            tr("Imported the plan in %1 as plan %2.").arg(QFileInfo(file).fileName()).arg(*id));
    }
    return importTable(*kind, file, *db, today, dryRun, output);
}

int ImportCommand::importTable(TableImport::Kind kind, const QString &file, Database &db,
                               const QDate &today, bool dryRun, Output &output)
{
    const Result<QList<Plan>> plans = PlanRepository(db).plans();
    if (!plans)
        return output.fail(plans.error(), Failure);
    if (plans->isEmpty())
        return output.fail(tr("“%1” holds no plan to import into.").arg(db.path()), Failure);
    TableImport import(db, plans->constFirst().id, kind, today);
    const Result<ImportPreview> preview = import.preview(QStringList {file});
    if (!preview)
        return output.fail(preview.error(), Failure);
    if (!preview->problems.isEmpty()) {
        for (const ExchangeProblem &problem : preview->problems)
            Output::write(output.err, (problem.toString() + u'\n').toUtf8());
        return output.fail(tr("Nothing was imported: %n problem(s).", nullptr,
                              static_cast<int>(preview->problems.size())),
                           Failure);
    }
    const QString name = QFileInfo(file).fileName();
    if (dryRun)
        return output.succeed(tr("%1 checks out: %2. Nothing was written (--dry-run).")
                                  .arg(name, preview->summary()));
    if (!preview->canApply())
        return output.succeed(tr("%1 holds nothing new: %2.").arg(name, preview->summary()));
    const Result<ImportReceipt> receipt = import.apply(*preview);
    if (!receipt)
        return output.fail(
            tr("Importing %1 into “%2” failed: %3").arg(name, db.path(), receipt.error()), Failure);
    return output.succeed(tr("Imported %1: %2.").arg(name, preview->summary()));
}

} // namespace

int runImport(const QStringList &arguments, Output &output)
{
    return ImportCommand::run(arguments, output);
}

} // namespace PlanDesk::Cli
