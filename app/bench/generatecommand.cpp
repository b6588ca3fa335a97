#include "generatecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include "database/database.h"
#include "datasetgenerator.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Bench {

namespace {

class GenerateCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)

public:
    static int run(const QStringList &arguments);
};

int usageError(const QString &message, const QCommandLineParser &parser)
{
    QTextStream err(stderr);
    err << message << u"\n\n"_s << parser.helpText();
    return 2;
}

int GenerateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Make a PlanDesk database for the benchmark. S is the built-in plan with "
           "`plandesk init --demo`'s sample data; L is a synthetic plan with 10,000 tasks and "
           "work items, 100,000 progress reports and 1,000,000 audit rows; T is L divided by "
           "100. The same scale and seed always make the same rows."));
    parser.addOption({u"scale"_s, tr("S, L or T."), u"S|L|T"_s});
    parser.addOption({u"out"_s, tr("The database file to make (must not exist)."), u"FILE"_s});
    parser.addOption({u"seed"_s, tr("The seed of L and T (default 1)."), u"N"_s, u"1"_s});
    parser.addOption({u"digest"_s,
                      tr("Also print a SHA-256 of every table's rows (without the audit "
                         "log's times), to compare two files made with the same seed.")});
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), parser);
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()),
                          parser);
    const std::optional<DatasetScale> scale = parseScale(parser.value(u"scale"_s));
    if (!scale)
        return usageError(tr("--scale must be S, L or T, not “%1”.").arg(parser.value(u"scale"_s)),
                          parser);
    const QString out = parser.value(u"out"_s);
    if (out.isEmpty())
        return usageError(tr("--out FILE is missing."), parser);
    bool seedOk = false;
    const quint64 seed = parser.value(u"seed"_s).toULongLong(&seedOk);
    if (!seedOk)
        return usageError(
            tr("--seed must be a whole number from 0, not “%1”.").arg(parser.value(u"seed"_s)),
            parser);

    QTextStream cout(stdout);
    QTextStream err(stderr);
    const Result<GeneratedDataset> made = DatasetGenerator::generate(out, *scale, seed);
    if (!made) {
        err << made.error() << u'\n';
        return 1;
    }
    // S is the demo data, which has no seed.
    const QString what = *scale == DatasetScale::Small
        ? tr("scale S")
        : tr("scale %1, seed %2").arg(scaleName(*scale)).arg(seed);
    cout << tr("Made %1 (%2) in %3 s, %4 MB:")
                .arg(out, what)
                .arg(static_cast<double>(made->milliseconds) / 1000.0, 0, 'f', 1)
                .arg(static_cast<double>(made->fileBytes) / 1e6, 0, 'f', 1)
         << u'\n';
    for (const TableCount &count : made->counts)
        cout << u"  "_s << count.table.leftJustified(20)
             << QString::number(count.rows).rightJustified(9) << u'\n';
    if (parser.isSet(u"digest"_s)) {
        Result<std::unique_ptr<Database>> db = Database::open(out, Database::Access::ReadOnly);
        if (!db) {
            err << db.error() << u'\n';
            return 1;
        }
        const Result<QByteArray> digest = BenchDataRepository(**db).contentDigest();
        if (!digest) {
            err << digest.error() << u'\n';
            return 1;
        }
        cout << tr("Content digest: %1").arg(QString::fromLatin1(*digest)) << u'\n';
    }
    return 0;
}

} // namespace

int runGenerate(const QStringList &arguments)
{
    return GenerateCommand::run(arguments);
}

} // namespace PlanDesk::Bench
