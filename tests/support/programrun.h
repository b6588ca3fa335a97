#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace PlanDesk::Testing {

/// What a program run as a separate process did.
struct ProgramRun
{
    int code = -1;
    QByteArray out;
    QString err;
};

/// Runs `program` with `arguments` in `environment` and waits for it (a test
/// failure of its own, by qFatal, if it has not finished in `timeoutMs`).
ProgramRun
runProgram(const QString &program, const QStringList &arguments,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
           int timeoutMs = 60000);

} // namespace PlanDesk::Testing
