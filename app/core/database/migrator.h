#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "util/result.h"

namespace PlanDesk {

class Database;

/// Brings a database's schema up to date from the numbered SQL files in
/// :/migrations (001_*.sql, 002_*.sql, ...). Each file sets its own
/// PRAGMA user_version; the file and the version bump commit together or not
/// at all, and foreign keys are verified before each commit.
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
    static Status apply(Database &db, const Migration &migration);
};

} // namespace PlanDesk
