#include <QCoreApplication>
#include <QFileInfo>

#include "commandline.h"
#include "commands.h"
#include "database/database.h"
#include "domain/period.h"
#include "exchange/exporter.h"
#include "exchange/tablewriters.h"
#include "exchange/xlsxtablewriter.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Cli {

namespace {

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int run(const QStringList &arguments, Output &output);
};

/// An .xlsx of one sheet named after the kind: a file written whole by
/// writeXlsx(), or the bytes streamed to standard output or a device.
int writeWorkbook(Output &output, const QString &target, const ExportTable &table,
                  const QString &sheet)
{
    const QFileInfo info(target);
    if (target == u"-" || (info.exists() && !info.isFile())) {
        const Result<QByteArray> bytes = toXlsx(table, sheet);
        if (!bytes)
            return output.fail(bytes.error(), Failure);
        return writeBytes(output, target, *bytes);
    }
    if (const Status written = writeXlsx(table, target, sheet); !written)
        return output.fail(written.error(), Failure);
    return Success;
}

int ExportCommand::run(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write one kind of record as CSV, JSON or an Excel workbook (.xlsx), or the whole "
           "plan as a JSON plan file."));
    parser.addPositionalArgument(u"KIND"_s, exportKindList());
    parser.addOption({u"db"_s, tr("The database to read."), u"FILE"_s});
    parser.addOption({u"format"_s,
                      tr("csv (UTF-8 with BOM, for Excel), json, or xlsx (needs --out)."),
                      u"FORMAT"_s});
    parser.addOption(
        {u"out"_s, tr("The file to write; “-” or none for standard output."), u"FILE"_s});
    parser.addOption({u"period"_s,
                      tr("assessment only: the period to assess, e.g. 2019, 2019-H2 or 2019-Q4 "
                         "(default: the year of --as-of)."),
                      u"PERIOD"_s});
    parser.addOption(
        {u"as-of"_s, tr("assessment only: judge on this date (default: today)."), u"DATE"_s});
    parser.addOption(
        {u"plan"_s, tr("plan only: the id of the plan to write (when the database holds several)."),
         u"ID"_s});
    if (auto code = parseOptions(parser, arguments, output, 1))
        return *code;

    const QString kindName = parser.positionalArguments().constFirst();
    if (kindName == u"plan")
        return runPlanExport(parser, output);
    if (parser.isSet(u"plan"_s))
        return output.fail(tr("--plan applies to the plan only."), UsageError);
    const std::optional<Exporter::Kind> kind = Exporter::kindFromName(kindName);
    if (!kind)
        return output.fail(tr("Unknown kind “%1”; use one of: %2.").arg(kindName, exportKindList()),
                           UsageError);
    const std::optional<QString> path = requiredValue(parser, u"db"_s, output);
    if (!path)
        return UsageError;
    const QString format = parser.value(u"format"_s);
    if (format != u"csv" && format != u"json" && format != u"xlsx")
        return output.fail(tr("--format must be csv, json or xlsx."), UsageError);
    // A workbook is binary: it goes to a terminal only when asked for with "-".
    if (format == u"xlsx" && parser.value(u"out"_s).isEmpty())
        return output.fail(tr("--format xlsx needs --out FILE (or --out - for standard output)."),
                           UsageError);
    if (const std::optional<int> refused = refuseToOverwrite(output, parser.value(u"out"_s), *path))
        return *refused;
    if (*kind != Exporter::Kind::Assessment
        && (parser.isSet(u"period"_s) || parser.isSet(u"as-of"_s)))
        return output.fail(tr("--period and --as-of apply to the assessment only."), UsageError);
    QDate asOf = QDate::currentDate();
    if (parser.isSet(u"as-of"_s)) {
        asOf = QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate);
        if (!asOf.isValid())
            return output.fail(
                tr("--as-of takes a date like 2019-06-30, not “%1”.").arg(parser.value(u"as-of"_s)),
                UsageError);
    }
    const QString periodText =
        parser.isSet(u"period"_s) ? parser.value(u"period"_s) : QString::number(asOf.year());
    const std::optional<Period> period = Period::parse(periodText);
    if (!period)
        return output.fail(
            tr("--period takes a period like 2019, 2019-H2, 2019-Q4 or 2019-05, not “%1”.")
                .arg(periodText),
            UsageError);

    // Exporting only reads: it works on read-only files and never upgrades one.
    const std::unique_ptr<Database> db = openCurrent(output, *path, Database::Access::ReadOnly);
    if (!db)
        return Failure;
    Exporter exporter(*db);
    Result<ExportTable> table = *kind == Exporter::Kind::Assessment
        ? exporter.assessment(period->firstDay(), period->lastDay(), asOf)
        : exporter.table(*kind);
    if (!table)
        return output.fail(table.error(), Failure);
    if (format == u"xlsx")
        return writeWorkbook(output, parser.value(u"out"_s), *table, kindName);
    const QByteArray bytes = format == u"csv" ? toCsv(*table) : toJson(*table);

    return writeBytes(output, parser.value(u"out"_s), bytes);
}

} // namespace

int runExport(const QStringList &arguments, Output &output)
{
    return ExportCommand::run(arguments, output);
}

} // namespace PlanDesk::Cli
