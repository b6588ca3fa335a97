#include "commandline.h"

#include <QIODevice>

#include "commands.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Cli {

namespace {

struct CommandEntry
{
    const char16_t *name;
    int (*run)(const QStringList &, Output &);
};

constexpr CommandEntry commands[] = {
    {u"init", &runInit},           {u"export", &runExport},   {u"import", &runImport},
    {u"templates", &runTemplates}, {u"check", &runCheck},     {u"backup", &runBackup},
    {u"backups", &runBackups},     {u"restore", &runRestore}, {u"report", &runReport},
    {u"migrate", &runMigrate},
};

QString usage()
{
    return QCoreApplication::translate(
               "Cli",
               "Usage: plandesk [--db FILE] [--lang zh_CN|en]  open the window\n"
               "       plandesk init --db FILE [--demo | --plan FILE.json]\n"
               "                 create a database with the built-in plan or a plan file\n"
               "       plandesk export KIND --db FILE --format csv|json|xlsx [--out FILE|-]\n"
               "                 KIND: %1\n"
               "       plandesk import KIND FILE --db FILE [--dry-run]  all or nothing\n"
               "                 KIND: progress, values, departments, plan\n"
               "       plandesk check --db FILE             check integrity and foreign keys\n"
               "       plandesk backup --db FILE [--out FILE]  write a consistent copy\n"
               "                 (into the database's backup folder without --out)\n"
               "       plandesk backups --db FILE           list the automatic backups\n"
               "       plandesk restore --db FILE --from BACKUP | --latest\n"
               "                 put a backup back (the replaced file is kept)\n"
               "       plandesk report --db FILE --out FILE.pdf [--as-of DATE] [--meeting ID]\n"
               "                 write the regular-meeting briefing\n"
               "       plandesk templates --db FILE --period PERIOD --out DIR [--department "
               "NAME] [--one-workbook]\n"
               "                 write a reporting round's returns templates (.xlsx)\n"
               "       plandesk migrate --from FILE --to postgresql://[user@]host[:port]/db\n"
               "                 move a ledger to a database server, then verify it\n"
               "       plandesk --version | --help\n"
               "Run “plandesk COMMAND --help” for a command's options.")
        .arg(exportKindList());
}

} // namespace

bool isCommandInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    return !first.startsWith(u'-') || first == u"--help" || first == u"-h" || first == u"-?"
        || first == u"--version" || first == u"-v";
}

bool needsPainting(const QStringList &arguments)
{
    return arguments.value(1) == u"report";
}

int run(const QStringList &arguments, QIODevice &out, QIODevice &err)
{
    Output output {out, err};
    const QString first = arguments.value(1);
    if (first == u"--version" || first == u"-v") {
        return output.succeed(u"PlanDesk %1"_s.arg(QLatin1StringView(PLANDESK_VERSION)));
    }
    if (first.isEmpty() || first == u"--help" || first == u"-h" || first == u"-?") {
        return output.succeed(usage());
    }
    for (const CommandEntry &command : commands) {
        if (first == QStringView(command.name)) {
            // The command's own parser sees "plandesk init --db …".
            QStringList rest = arguments;
            rest.removeAt(0);
            rest[0] = u"plandesk %1"_s.arg(first);
            return command.run(rest, output);
        }
    }
    return output.fail(
        QCoreApplication::translate("Cli", "Unknown command “%1”. Run “plandesk --help”.")
            .arg(first),
        UsageError);
}

} // namespace PlanDesk::Cli
