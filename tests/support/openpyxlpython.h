#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace PlanDesk::Testing {

/// The python3 that has openpyxl — the independent .xlsx reader and writer
/// the tests judge PlanDesk's workbooks by: the first of $PLANDESK_PYTHON,
/// python3 and /usr/bin/python3 that imports it (a pyenv python3 on PATH may
/// lack Debian's python3-openpyxl). Empty, with `error` set, when none does.
QString openpyxlPython(QString &error);

/// Runs `python arguments…` with that python3; on failure returns false and
/// says why (no such python, the script's exit code and its stderr).
bool runOpenpyxl(const QStringList &arguments, QByteArray &out, QString &error);

} // namespace PlanDesk::Testing
