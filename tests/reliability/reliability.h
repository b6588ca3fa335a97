#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace PlanDesk::Testing {

/// The figures of one RELIABILITY line, which tests/reliability/report.sh
/// sums over every suite.
struct ReliabilityTally
{
    explicit ReliabilityTally(QString name)
        : suite(std::move(name))
    {
    }

    QString suite;
    int runs = 0;
    int kills = 0;
    int integrityFailures = 0;
    int partialOperations = 0;
    int badInputs = 0;
    int rejections = 0;
    int dataLost = 0;

    /// `RELIABILITY {"suite":…}`: compact JSON, every key present.
    QByteArray line() const;
    /// Nothing broken, half-done or lost, and every bad input refused.
    bool clean() const;
    /// Prints line() on standard output.
    void print() const;
};

/// What a database file holds, read through a private read-write connection
/// (as the next program to open it would: a leftover WAL is recovered).
struct DatabaseFacts
{
    QString error; ///< why it could not be read, or empty
    QString integrity; ///< PRAGMA integrity_check's first line: "ok"
    int foreignKeyViolations = 0;
    int schemaVersion = 0;
    QMap<QString, qint64> counts; ///< rows per table
    QMap<QString, qint64> maxRowids; ///< largest rowid per table
    QMap<QString, QStringList> columns; ///< column names per table

    bool intact() const;
    QString describe() const;
};

DatabaseFacts inspectDatabase(const QString &path);
/// SHA-256 of the rows `known` describes: its tables and columns, rowids up to
/// its largest; rows added since do not count, changed or lost ones do.
QByteArray rowsChecksum(const QString &path, const DatabaseFacts &known);
QByteArray fileSha256(const QString &path);
/// Copies a database file over `target`, removing the target's -wal and -shm.
bool copyDatabase(const QString &source, const QString &target);
/// Runs statements on a file in one transaction (to enlarge a database).
bool execRawInTransaction(const QString &path, const QStringList &statements);

} // namespace PlanDesk::Testing
