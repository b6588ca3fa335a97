#pragma once

#include <memory>
#include <utility>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include "benchfigure.h"
#include "database/database.h"
#include "util/result.h"

class QElapsedTimer;

namespace PlanDesk::Bench {

/// How `plandesk-bench run` was asked to measure.
struct RunOptions
{
    QString small; ///< the S database
    QString large; ///< the L database
    /// The SQLite file whose C-API read is the task model's floor: L itself,
    /// or, when L is on a server, the file it was moved from.
    QString floorLarge;
    int repeat = 7;
    int keystrokes = 100;
    int values = 100000;
    QString appBinary; ///< plandesk
    QString bareBinary; ///< plandesk-bare-window
};

/// Figures by key, in the order they were measured.
using Figures = QList<std::pair<QString, Figure>>;

/// Copies of the databases, made fresh wherever a measurement writes, so
/// every repeat starts from the same state; removed at the end.
class Scratch
{
    Q_DECLARE_TR_FUNCTIONS(Scratch)

public:
    Scratch();
    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// A copy of database `source` (with its -wal file) named `name`,
    /// replacing any earlier copy of that name.
    Result<QString> copyDatabase(const QString &source, const QString &name);

private:
    QTemporaryDir m_dir;
};

/// Progress for people, on standard error.
void note(const QString &message);

/// A benchmark database opened, with the id of its (first) plan.
struct OpenedPlan
{
    std::unique_ptr<Database> db;
    qint64 planId = 0;
};
/// Opens `path` and finds its plan; fails, naming the file, when it has none.
Result<OpenedPlan> openFirstPlan(const QString &path,
                                 Database::Access access = Database::Access::ReadOnly);
/// The time on `clock` in milliseconds, to the nanosecond it keeps.
double elapsedMs(const QElapsedTimer &clock);

/// Runs every measurement and returns the JSON document with all figures.
class BenchRun
{
    Q_DECLARE_TR_FUNCTIONS(BenchRun)

public:
    explicit BenchRun(RunOptions options);
    Result<QByteArray> run();

private:
    RunOptions m_options;
};

/// `plandesk-bench run …`: parses the options, runs, writes the JSON.
int runCommand(const QStringList &arguments);

} // namespace PlanDesk::Bench
