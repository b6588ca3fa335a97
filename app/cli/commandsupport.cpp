#include <QCoreApplication>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QSaveFile>

#include "commandline.h"
#include "commands.h"
#include "database/serveraddress.h"
#include "exchange/exporter.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Cli {

bool Output::write(QIODevice &device, const QByteArray &bytes)
{
    if (device.write(bytes) != bytes.size())
        return false;
    if (auto *file = qobject_cast<QFileDevice *>(&device))
        return file->flush();
    return true;
}

int Output::fail(const QString &message, int code)
{
    write(err, (u"plandesk: "_s + message + u'\n').toUtf8());
    return code;
}

std::optional<int> parseOptions(QCommandLineParser &parser, const QStringList &arguments,
                                Output &output, int positionalCount)
{
    const QCommandLineOption help({u"h"_s, u"help"_s},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments))
        return output.fail(parser.errorText(), 2);
    if (parser.isSet(help)) {
        return output.succeed(parser.helpText().trimmed());
    }
    if (parser.positionalArguments().size() != positionalCount) {
        return output.fail(QCoreApplication::translate("Cli",
                                                       "%1: expected %n argument(s), got %2.",
                                                       nullptr, positionalCount)
                               .arg(arguments.constFirst())
                               .arg(parser.positionalArguments().size()),
                           2);
    }
    return std::nullopt;
}

std::unique_ptr<Database> openCurrent(Output &output, const QString &path, Database::Access access)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, access);
    if (!db) {
        output.fail(db.error(), Failure);
        return nullptr;
    }
    if ((*db)->needsUpgrade()) {
        output.fail(QCoreApplication::translate(
                        "Cli",
                        "“%1” was written by an older PlanDesk; open it in PlanDesk once "
                        "to upgrade it (a backup is kept), then run this command again.")
                        .arg(path),
                    Failure);
        return nullptr;
    }
    return std::move(*db);
}

std::optional<int> refuseServerLedger(const QString &location, Output &output)
{
    if (!ServerAddress::isServerLocation(location))
        return std::nullopt;
    return output.fail(
        QCoreApplication::translate(
            "Cli",
            "“%1” is a ledger on a database server. Its backups are the server's: the "
            "administrator makes them with pg_dump and restores them with pg_restore "
            "(see the README), not PlanDesk.")
            .arg(location),
        UsageError);
}

std::optional<QString> requiredValue(const QCommandLineParser &parser, const QString &option,
                                     Output &output)
{
    const QString value = parser.value(option);
    if (value.isEmpty()) {
        output.fail(QCoreApplication::translate("Cli", "--%1 is required.").arg(option), 2);
        return std::nullopt;
    }
    return value;
}

std::optional<int> refuseToOverwrite(Output &output, const QString &target, const QString &database)
{
    const QFileInfo out(target);
    if (target == u"-" || !out.exists())
        return std::nullopt;
    const QString db = QFileInfo(database).canonicalFilePath();
    for (const QString &file : {db, db + u"-wal"_s, db + u"-shm"_s, db + u"-journal"_s}) {
        if (!db.isEmpty() && out.canonicalFilePath() == file) {
            return output.fail(
                QCoreApplication::translate("Cli",
                                            "--out “%1” is the database itself (or one "
                                            "of its files); choose another file.")
                    .arg(target),
                UsageError);
        }
    }
    return std::nullopt;
}

int writeBytes(Output &output, const QString &target, const QByteArray &bytes)
{
    if (target.isEmpty() || target == u"-") {
        if (!Output::write(output.out, bytes))
            return output.fail(
                QCoreApplication::translate("Cli", "Writing to standard output failed: %1")
                    .arg(output.out.errorString()),
                Failure);
        return Success;
    }
    const QFileInfo info(target);
    if (info.exists() && !info.isFile()) {
        // A device or pipe (/dev/stdout, a FIFO): write into it, never
        // replace it with a file as QSaveFile would.
        QFile device(target);
        if (!device.open(QIODevice::WriteOnly) || !Output::write(device, bytes))
            return output.fail(QCoreApplication::translate("Cli", "Cannot write “%1”: %2")
                                   .arg(target, device.errorString()),
                               Failure);
        return Success;
    }
    // Written whole or not at all: QSaveFile replaces the target on commit.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return output.fail(QCoreApplication::translate("Cli", "Cannot write “%1”: %2")
                               .arg(target, file.errorString()),
                           Failure);
    return Success;
}

QString exportKindList()
{
    return (QStringList {u"plan"_s} + Exporter::kindNames()).join(u", "_s);
}

} // namespace PlanDesk::Cli
