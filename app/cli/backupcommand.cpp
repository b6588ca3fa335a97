#include <QCoreApplication>

#include "commandline.h"
#include "commands.h"
#include "database/backupstore.h"
#include "database/backupwriter.h"
#include "database/database.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Cli {

namespace {

class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int run(const QStringList &arguments, Output &output);
};

int BackupCommand::run(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a consistent copy of a database, even while PlanDesk is using it."));
    parser.addOption({u"db"_s, tr("The database to copy."), u"FILE"_s});
    parser.addOption({u"out"_s,
                      tr("The backup file to write (must not exist); without it, a backup "
                         "goes into the database's backup folder."),
                      u"FILE"_s});
    if (auto code = parseOptions(parser, arguments, output, 0))
        return *code;
    const std::optional<QString> path = requiredValue(parser, u"db"_s, output);
    if (!path)
        return UsageError;
    if (auto code = refuseServerLedger(*path, output))
        return *code;
    Result<std::unique_ptr<Database>> db = Database::open(*path, Database::Access::ReadOnly);
    if (!db)
        return output.fail(db.error(), Failure);
    if (!parser.isSet(u"out"_s)) {
        const Result<BackupEntry> taken = BackupStore(*path).take(**db, BackupReason::Manual);
        if (!taken)
            return output.fail(taken.error(), Failure);
        return output.succeed(tr("Backed up %1 to %2.").arg(*path, taken->path));
    }
    const std::optional<QString> target = requiredValue(parser, u"out"_s, output);
    if (!target)
        return UsageError;
    if (Status s = BackupWriter::write(**db, *target); !s)
        return output.fail(s.error(), Failure);
    return output.succeed(tr("Backed up %1 to %2.").arg(*path, *target));
}

} // namespace

int runBackup(const QStringList &arguments, Output &output)
{
    return BackupCommand::run(arguments, output);
}

} // namespace PlanDesk::Cli
