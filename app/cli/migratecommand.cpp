#include <QCoreApplication>

#include "commandline.h"
#include "commands.h"
#include "database/ledgercopy.h"
#include "database/serveraddress.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Cli {

namespace {

class MigrateCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int run(const QStringList &arguments, Output &output);

private:
    static QString table(const LedgerCopyReport &report);
};

int MigrateCommand::run(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Move a ledger from a database file to a PostgreSQL server, every row with its "
           "own id and the audit log as it is, then read it back and compare. The file is "
           "not changed."));
    parser.addOption({u"from"_s, tr("The database file to move (read only)."), u"FILE"_s});
    parser.addOption({u"to"_s,
                      tr("The empty server database to move it to, "
                         "postgresql://[user@]host[:port]/database."),
                      u"URL"_s});
    if (auto code = parseOptions(parser, arguments, output, 0))
        return *code;
    const std::optional<QString> from = requiredValue(parser, u"from"_s, output);
    if (!from)
        return UsageError;
    const std::optional<QString> to = requiredValue(parser, u"to"_s, output);
    if (!to)
        return UsageError;
    if (ServerAddress::isServerLocation(*from))
        return output.fail(
            tr("--from names the file to move, not a server address (“%1”).").arg(*from),
            UsageError);
    if (!ServerAddress::isServerLocation(*to))
        return output.fail(tr("--to names a server database, postgresql://…, not “%1”.").arg(*to),
                           UsageError);

    // A line per table when it is done, and every tenth of a large one.
    qint64 nextLine = 0;
    const auto progress = [&](const QString &name, qint64 done, qint64 total) {
        if (done == 0)
            nextLine = qMax<qint64>(total / 10, 1000);
        if (done == total || done >= nextLine) {
            Output::write(
                output.err,
                tr("  copying %1: %2 of %3 rows\n").arg(name).arg(done).arg(total).toUtf8());
            while (nextLine <= done)
                nextLine += qMax<qint64>(total / 10, 1000);
        }
    };
    const Result<LedgerCopyReport> report = LedgerCopy::copy(*from, *to, progress);
    if (!report)
        return output.fail(report.error(), Failure);
    if (!output.line(tr("Moved %1 to %2:").arg(*from, *to)) || !output.line(table(*report)))
        return Failure;
    const double seconds = static_cast<double>(qMax<qint64>(report->copyMs, 1)) / 1000.0;
    return output.succeed(tr("verified: every table on the server has the file's rows and checksum "
                             "(%1 rows copied in %2 s, %3 rows/s; read back in %4 s).")
                              .arg(report->rows)
                              .arg(seconds, 0, 'f', 1)
                              .arg(qRound64(static_cast<double>(report->rows) / seconds))
                              .arg(static_cast<double>(report->verifyMs) / 1000.0, 0, 'f', 1));
}

QString MigrateCommand::table(const LedgerCopyReport &report)
{
    QStringList lines {
        u"  %1 %2  %3"_s.arg(tr("table"), -20).arg(tr("rows"), 9).arg(tr("checksum (SHA-256)"))};
    for (const TableChecksum &sum : report.tables)
        lines << u"  %1 %2  %3"_s.arg(sum.table, -20)
                     .arg(sum.rows, 9)
                     .arg(QString::fromLatin1(sum.sha256.left(16)));
    lines << u"  %1 %2"_s.arg(tr("total"), -20).arg(report.rows, 9);
    return lines.join(u'\n');
}

} // namespace

int runMigrate(const QStringList &arguments, Output &output)
{
    return MigrateCommand::run(arguments, output);
}

} // namespace PlanDesk::Cli
