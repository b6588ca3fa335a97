#pragma once

#include <QBuffer>
#include <QString>
#include <QStringList>

#include "commandline.h"

namespace PlanDesk::Testing {

/// What one `plandesk COMMAND …` printed and returned, run in this process.
struct CliRun
{
    int code = -1;
    QByteArray out;
    QString err;
};

inline CliRun plandesk(const QStringList &arguments)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliRun r;
    r.code = Cli::run(QStringList {QStringLiteral("plandesk")} + arguments, out, err);
    r.out = out.data();
    r.err = QString::fromUtf8(err.data());
    return r;
}

} // namespace PlanDesk::Testing
