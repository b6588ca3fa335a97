#pragma once

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace PlanDesk::Cli {

/// Exit codes of `plandesk <command>`.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

/// True when the arguments ask for a command (init, export, check, backup,
/// --help, --version) rather than the window.
bool isCommandInvocation(const QStringList &arguments);
/// True for a command that paints (report): it needs a QApplication, which
/// runs on Qt's offscreen platform where there is no display.
bool needsPainting(const QStringList &arguments);

/// Runs one command. `arguments` starts with the program name, like
/// QCoreApplication::arguments(). Results go to `out`; a failure writes one
/// clear line to `err` and returns a non-zero ExitCode.
int run(const QStringList &arguments, QIODevice &out, QIODevice &err);

} // namespace PlanDesk::Cli
