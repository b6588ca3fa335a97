#include <QBuffer>
#include <QCoreApplication>

#include "briefingcomposer.h"
#include "commandline.h"
#include "commands.h"
#include "database/database.h"
#include "report/briefing.h"
#include "repositories/meetingrepository.h"
#include "repositories/planrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Cli {

namespace {

class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int run(const QStringList &arguments, Output &output);
};

int ReportCommand::run(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the regular-meeting briefing (charts, targets, tasks, overdue items, the "
           "reporting round, the department assessment, action items and minutes) as an A4 "
           "PDF."));
    parser.addOption({u"db"_s, tr("The database to report on."), u"FILE"_s});
    parser.addOption({u"out"_s, tr("The PDF file to write; “-” for standard output."), u"FILE"_s});
    parser.addOption(
        {u"as-of"_s, tr("Report the standing on this date (default: today)."), u"DATE"_s});
    parser.addOption({u"meeting"_s,
                      tr("The meeting whose minutes to include (default: the latest held by "
                         "the date)."),
                      u"ID"_s});
    if (auto code = parseOptions(parser, arguments, output, 0))
        return *code;
    const std::optional<QString> path = requiredValue(parser, u"db"_s, output);
    if (!path)
        return UsageError;
    const std::optional<QString> target = requiredValue(parser, u"out"_s, output);
    if (!target)
        return UsageError;
    if (const std::optional<int> refused = refuseToOverwrite(output, *target, *path))
        return *refused;
    QDate asOf = QDate::currentDate();
    if (parser.isSet(u"as-of"_s)) {
        asOf = QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate);
        if (!asOf.isValid())
            return output.fail(
                tr("--as-of takes a date like 2019-06-30, not “%1”.").arg(parser.value(u"as-of"_s)),
                UsageError);
    }
    std::optional<qint64> meetingId;
    if (parser.isSet(u"meeting"_s)) {
        bool ok = false;
        meetingId = parser.value(u"meeting"_s).toLongLong(&ok);
        if (!ok || *meetingId <= 0)
            return output.fail(
                tr("--meeting takes a meeting number, not “%1”.").arg(parser.value(u"meeting"_s)),
                UsageError);
    }

    // Reporting only reads: it works on read-only files and never upgrades one.
    const std::unique_ptr<Database> db = openCurrent(output, *path, Database::Access::ReadOnly);
    if (!db)
        return Failure;
    const Result<QList<Plan>> plans = PlanRepository(*db).plans();
    if (!plans)
        return output.fail(plans.error(), Failure);
    if (plans->isEmpty())
        return output.fail(tr("“%1” holds no plan to report on.").arg(*path), Failure);
    const Result<Briefing> briefing =
        BriefingLoader(*db).load(plans->constFirst().id, asOf, meetingId);
    if (!briefing)
        return output.fail(briefing.error(), Failure);

    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    const BriefingComposer composer(*briefing);
    const Result<int> pages = composer.writePdf(pdf);
    if (!pages)
        return output.fail(pages.error(), Failure);
    if (const int code = writeBytes(output, *target, pdf.data()); code != Success)
        return code;
    if (*target == u"-")
        return Success; // standard output holds the PDF
    return output.succeed(tr("Wrote the briefing as of %1 to %2: %n page(s).", nullptr, *pages)
                              .arg(asOf.toString(Qt::ISODate), *target));
}

} // namespace

int runReport(const QStringList &arguments, Output &output)
{
    return ReportCommand::run(arguments, output);
}

} // namespace PlanDesk::Cli
