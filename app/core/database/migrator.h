#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "util/result.h"

namespace PlanDesk {

class Database;

/// Brings a database's schema up to date from the numbered SQL files in
/// :/migrations (001_*.sql, 002_*.sql, ...). Each file sets its own
/// PRAGMA user_version; all pending files commit in one transaction or not at
/// all (a crash leaves the old schema), and foreign keys are verified first.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString resourcePath;
    };

    static const QList<Migration> &migrations();
    static int latestVersion();
    /// Applies every migration above the database's version up to `target`.
    static Status migrate(Database &db, int target);

private:
    /// Runs one file's statements inside the open transaction.
    static Status apply(Database &db, const Migration &migration);
};

} // namespace PlanDesk
