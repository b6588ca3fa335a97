#include <QCoreApplication>

#include "commandline.h"
#include "commands.h"
#include "database/integritycheck.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Cli {

namespace {

class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int run(const QStringList &arguments, Output &output);
};

int CheckCommand::run(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a database's integrity and foreign keys without changing it."));
    parser.addOption({u"db"_s, tr("The database to check."), u"FILE"_s});
    if (auto code = parseOptions(parser, arguments, output, 0))
        return *code;
    const std::optional<QString> path = requiredValue(parser, u"db"_s, output);
    if (!path)
        return UsageError;

    Result<IntegrityReport> report = IntegrityCheck::run(*path);
    if (!report)
        return output.fail(report.error(), Failure);
    if (!report->ok()) {
        output.fail(tr("%1 failed the check with %n problem(s):", nullptr,
                       static_cast<int>(report->problems.size()))
                        .arg(*path),
                    Failure);
        for (const QString &problem : report->problems)
            Output::write(output.err, (u"  "_s + problem + u'\n').toUtf8());
        return Failure;
    }
    return output.succeed(tr("ok: %1 (schema %2): %3")
                              .arg(*path)
                              .arg(report->schemaVersion)
                              .arg(report->summary.join(tr(", "))));
}

} // namespace

int runCheck(const QStringList &arguments, Output &output)
{
    return CheckCommand::run(arguments, output);
}

} // namespace PlanDesk::Cli
