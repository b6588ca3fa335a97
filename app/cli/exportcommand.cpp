#include <QCoreApplication>

#include "commandline.h"
#include "commands.h"
#include "database/database.h"
#include "exchange/exporter.h"
#include "exchange/tablewriters.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Cli {

namespace {

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int run(const QStringList &arguments, Output &output);
};

int ExportCommand::run(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write one kind of record as CSV or JSON."));
    parser.addPositionalArgument(u"KIND"_s, exportKindList());
    parser.addOption({u"db"_s, tr("The database to read."), u"FILE"_s});
    parser.addOption({u"format"_s, tr("csv (UTF-8 with BOM, for Excel) or json."), u"FORMAT"_s});
    parser.addOption(
        {u"out"_s, tr("The file to write; “-” or none for standard output."), u"FILE"_s});
    if (auto code = parseOptions(parser, arguments, output, 1))
        return *code;

    const QString kindName = parser.positionalArguments().constFirst();
    const std::optional<Exporter::Kind> kind = Exporter::kindFromName(kindName);
    if (!kind)
        return output.fail(tr("Unknown kind “%1”; use one of: %2.").arg(kindName, exportKindList()),
                           UsageError);
    const std::optional<QString> path = requiredValue(parser, u"db"_s, output);
    if (!path)
        return UsageError;
    const QString format = parser.value(u"format"_s);
    if (format != u"csv" && format != u"json")
        return output.fail(tr("--format must be csv or json."), UsageError);
    if (const std::optional<int> refused = refuseToOverwrite(output, parser.value(u"out"_s), *path))
        return *refused;

    // Exporting only reads: it works on read-only files and never upgrades one.
    Result<std::unique_ptr<Database>> db = Database::open(*path, Database::Access::ReadOnly);
    if (!db)
        return output.fail(db.error(), Failure);
    if ((*db)->needsUpgrade())
        return output.fail(tr("“%1” was written by an older PlanDesk; open it in PlanDesk once "
                              "to upgrade it (a backup is kept), then export.")
                               .arg(*path),
                           Failure);
    Result<ExportTable> table = Exporter(**db).table(*kind);
    if (!table)
        return output.fail(table.error(), Failure);
    const QByteArray bytes = format == u"csv" ? toCsv(*table) : toJson(*table);

    return writeBytes(output, parser.value(u"out"_s), bytes);
}

} // namespace

int runExport(const QStringList &arguments, Output &output)
{
    return ExportCommand::run(arguments, output);
}

} // namespace PlanDesk::Cli
