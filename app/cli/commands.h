#pragma once

// The commands behind `plandesk COMMAND`; internal to the cli library.

#include <memory>
#include <optional>

#include <QCommandLineParser>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include "database/database.h"

namespace PlanDesk::Cli {

/// Where a command writes: results to out, one-line errors to err.
struct Output
{
    QIODevice &out;
    QIODevice &err;

    /// Writes and flushes; false when not every byte arrived (a full disk,
    /// a closed pipe), which a command must report, not hide behind exit 0.
    static bool write(QIODevice &device, const QByteArray &bytes);
    bool line(const QString &text) { return write(out, (text + u'\n').toUtf8()); }
    /// Writes the closing line of a successful command: Success, or Failure
    /// when even that could not be written.
    int succeed(const QString &text) { return line(text) ? 0 : 1; }
    int fail(const QString &message, int code);
};

/// Parses a command's options; on --help or a usage error it has already
/// written what to say and returns the exit code to use.
std::optional<int> parseOptions(QCommandLineParser &parser, const QStringList &arguments,
                                Output &output, int positionalCount);
/// The --db value, or writes a usage error.
/// A file-only command (backup, backups, restore) given a server ledger:
/// says who backs that up and returns the exit code; nothing for a file.
std::optional<int> refuseServerLedger(const QString &location, Output &output);

std::optional<QString> requiredValue(const QCommandLineParser &parser, const QString &option,
                                     Output &output);
QString exportKindList();
/// Refuses an --out that is the database or one of its side files, which a
/// command that only reads must never replace.
std::optional<int> refuseToOverwrite(Output &output, const QString &target,
                                     const QString &database);
/// Writes a command's result to `target`: standard output for "-" or
/// nothing, into a device or pipe as it is, else a file replaced only once
/// complete. Returns the exit code.
int writeBytes(Output &output, const QString &target, const QByteArray &bytes);

/// Opens the database a command works on, refusing a file from an older
/// PlanDesk (only the window upgrades one, keeping a backup); on failure it
/// has written why and returns null.
std::unique_ptr<Database> openCurrent(Output &output, const QString &path, Database::Access access);

int runInit(const QStringList &arguments, Output &output);
int runExport(const QStringList &arguments, Output &output);
int runImport(const QStringList &arguments, Output &output);
/// `export plan`, once runExport has parsed the options.
int runPlanExport(const QCommandLineParser &parser, Output &output);
int runCheck(const QStringList &arguments, Output &output);
int runBackup(const QStringList &arguments, Output &output);
int runBackups(const QStringList &arguments, Output &output);
int runRestore(const QStringList &arguments, Output &output);
int runReport(const QStringList &arguments, Output &output);
int runTemplates(const QStringList &arguments, Output &output);
int runMigrate(const QStringList &arguments, Output &output);

} // namespace PlanDesk::Cli
