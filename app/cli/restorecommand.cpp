#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include "commandline.h"
#include "commands.h"
#include "database/backupstore.h"
#include "database/database.h"
#include "database/healthcheck.h"
#include "database/ledgersummary.h"
#include "database/restorer.h"
#include "database/sessionlock.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Cli {

namespace {

class RestoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int list(const QStringList &arguments, Output &output);
    static int restore(const QStringList &arguments, Output &output);
};

int RestoreCommand::list(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List a database's automatic backups, newest first, with what each holds."));
    parser.addOption({u"db"_s, tr("The database whose backups to list."), u"FILE"_s});
    if (auto code = parseOptions(parser, arguments, output, 0))
        return *code;
    const std::optional<QString> path = requiredValue(parser, u"db"_s, output);
    if (!path)
        return UsageError;
    if (auto code = refuseServerLedger(*path, output))
        return *code;
    const BackupStore store(*path);
    const QList<BackupEntry> entries = store.list();
    if (entries.isEmpty())
        return output.succeed(
            tr("No backups of %1 in %2.").arg(*path, QDir::toNativeSeparators(store.folder())));
    const QLocale locale;
    for (const BackupEntry &entry : entries) {
        Result<std::unique_ptr<Database>> db =
            Database::open(entry.path, Database::Access::ReadOnly);
        const QString holds = db ? ledgerSummary(**db).join(u", "_s) : db.error();
        const QString line =
            tr("%1  %2  %3  %4\n    %5")
                .arg(entry.taken.toString(u"yyyy-MM-dd HH:mm:ss"_s),
                     BackupStore::describe(entry.reason), locale.formattedDataSize(entry.bytes),
                     QDir::toNativeSeparators(entry.path), holds);
        if (!output.line(line))
            return Failure;
    }
    return Success;
}

int RestoreCommand::restore(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Put a backup back in place of a database. The database being replaced is "
           "backed up first (or set aside, when it is too damaged to copy)."));
    parser.addOption({u"db"_s, tr("The database to restore."), u"FILE"_s});
    parser.addOption({u"from"_s, tr("The backup to restore."), u"BACKUP"_s});
    parser.addOption({u"latest"_s, tr("Restore the newest backup that passes the check.")});
    if (auto code = parseOptions(parser, arguments, output, 0))
        return *code;
    const std::optional<QString> path = requiredValue(parser, u"db"_s, output);
    if (!path)
        return UsageError;
    if (auto code = refuseServerLedger(*path, output))
        return *code;
    if (parser.isSet(u"from"_s) == parser.isSet(u"latest"_s))
        return output.fail(tr("Give either --from BACKUP or --latest."), UsageError);

    QString backup = parser.value(u"from"_s);
    if (parser.isSet(u"latest"_s)) {
        const std::optional<BackupEntry> newest = BackupStore(*path).newestGood();
        if (!newest)
            return output.fail(
                tr("No good backup of %1 was found in %2.")
                    .arg(*path, QDir::toNativeSeparators(BackupStore(*path).folder())),
                Failure);
        backup = newest->path;
    }
    // A window on the file would keep working on the replaced one.
    const Result<std::unique_ptr<SessionLock>> lock = SessionLock::acquire(*path);
    if (!lock)
        return output.fail(tr("%1 Close it there first; nothing was changed.").arg(lock.error()),
                           Failure);
    // A damaged ledger cannot be backed up first: it is kept, renamed, instead.
    const bool damaged =
        QFileInfo::exists(*path) && HealthCheck::quick(*path).verdict == Health::Verdict::Damaged;
    const Result<RestoreOutcome> restored = Restorer::restore(
        *path, backup, damaged ? Restorer::Current::SetAside : Restorer::Current::BackUp);
    if (!restored)
        return output.fail(restored.error(), Failure);
    const QString kept = restored->safetyBackup.isEmpty()
        ? tr("the damaged file was set aside as %1").arg(restored->setAside)
        : tr("the replaced database was backed up to %1").arg(restored->safetyBackup);
    return output.succeed(tr("Restored %1 from %2; %3.").arg(*path, backup, kept));
}

} // namespace

int runBackups(const QStringList &arguments, Output &output)
{
    return RestoreCommand::list(arguments, output);
}

int runRestore(const QStringList &arguments, Output &output)
{
    return RestoreCommand::restore(arguments, output);
}

} // namespace PlanDesk::Cli
