#include "openpyxlpython.h"

#include <QProcess>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Testing {

QString openpyxlPython(QString &error)
{
    QStringList candidates {u"python3"_s, u"/usr/bin/python3"_s};
    if (const QString chosen = qEnvironmentVariable("PLANDESK_PYTHON"); !chosen.isEmpty())
        candidates.prepend(chosen);
    for (const QString &python : std::as_const(candidates)) {
        QProcess probe;
        probe.start(python, {u"-c"_s, u"import openpyxl"_s});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit
            && probe.exitCode() == 0)
            return python;
    }
    error = u"python3 with openpyxl is needed (apt-get install python3-openpyxl); none of %1 "
            "imports it"_s.arg(candidates.join(u", "_s));
    return {};
}

bool runOpenpyxl(const QStringList &arguments, QByteArray &out, QString &error)
{
    static QString failure;
    static const QString python = openpyxlPython(failure);
    if (python.isEmpty()) {
        error = failure;
        return false;
    }
    QProcess process;
    process.start(python, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        error = u"%1 %2 failed (exit %3): %4"_s.arg(python, arguments.join(u' '))
                    .arg(process.exitCode())
                    .arg(QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    out = process.readAllStandardOutput();
    return true;
}

} // namespace PlanDesk::Testing
