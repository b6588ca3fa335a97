#pragma once

#include <QString>
#include <QStringList>

namespace PlanDesk {

/// Splits an SQL script (a migration file) into single statements, since Qt
/// executes one statement at a time. Semicolons inside quotes, comments and
/// CREATE TRIGGER ... BEGIN ... END bodies do not split. Comments and empty
/// statements are dropped; statements keep their text otherwise.
QStringList splitSqlStatements(const QString &script);

} // namespace PlanDesk
