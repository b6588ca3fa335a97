#include "datasetgenerator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include "database/database.h"
#include "database/transactionguard.h"
#include "plans/newdatabase.h"
#include "plans/plandocument.h"
#include "syntheticactivity.h"
#include "syntheticplan.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Bench {

namespace {

Status writeSynthetic(Database &db, BenchDataRepository &repository, const DatasetSpec &spec,
                      quint64 seed)
{
    if (Status s = repository.beginBulkLoad(); !s)
        return s;
    TransactionGuard tx(db);
    if (!tx.ok())
        return Status::failure(tx.error());
    Result<SyntheticPlan> plan = SyntheticPlanWriter::write(repository, spec, seed);
    if (!plan)
        return Status::fromResult(plan);
    const Result<QList<ReportRecord>> reports =
        SyntheticActivity::writeProgress(repository, *plan, spec, seed);
    if (!reports)
        return Status::fromResult(reports);
    const Result<QList<ValueRecord>> values =
        SyntheticActivity::writeIndicators(repository, *plan, spec, seed);
    if (!values)
        return Status::fromResult(values);
    if (Status s = SyntheticActivity::writeMeetings(repository, *plan, spec, seed); !s)
        return s;
    if (Status s = SyntheticActivity::fillAudit(repository, *reports, *values, spec, seed); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return repository.endBulkLoad();
}

Result<QList<TableCount>> makeSynthetic(const QString &path, const QString &partial,
                                        DatasetScale scale, quint64 seed)
{
    using R = Result<QList<TableCount>>;
    Database::removeFiles(partial);
    Result<QList<TableCount>> counts = R::failure(QString());
    {
        Result<std::unique_ptr<Database>> db = Database::create(partial);
        if (!db)
            return R::failure(QString(db.error()).replace(partial, path));
        // Credited in the audit log for setting up the plan: fixed, not the
        // OS user, so that every machine makes the same log.
        (*db)->setActor(u"zhangwei"_s);
        BenchDataRepository repository(**db);
        const Status written = writeSynthetic(**db, repository, DatasetSpec::forScale(scale), seed);
        counts = written ? repository.tableCounts() : R::failure(written.error());
    } // closing the connection checkpoints the WAL into the file
    if (!counts) {
        Database::removeFiles(partial);
        return R::failure(
            DatasetGenerator::tr("Could not create “%1”: %2").arg(path, counts.error()));
    }
    if (QFile::exists(partial + u"-wal"_s) || !QFile::rename(partial, path)) {
        Database::removeFiles(partial);
        return R::failure(
            DatasetGenerator::tr("Could not move the new database into place as “%1”.").arg(path));
    }
    return counts;
}

Result<QList<TableCount>> makeDemo(const QString &path)
{
    using R = Result<QList<TableCount>>;
    const Result<PlanDocument> plan = PlanFile::builtIn();
    if (!plan)
        return R::failure(plan.error());
    Result<std::unique_ptr<Database>> db =
        NewDatabase::create(path, *plan, NewDatabase::Content::PlanWithSampleData);
    if (!db)
        return R::failure(db.error());
    return BenchDataRepository(**db).tableCounts();
}

} // namespace

Result<GeneratedDataset> DatasetGenerator::generate(const QString &path, DatasetScale scale,
                                                    quint64 seed)
{
    using R = Result<GeneratedDataset>;
    if (QFileInfo::exists(path))
        return R::failure(
            tr("“%1” already exists; plandesk-bench will not overwrite it.").arg(path));
    QElapsedTimer timer;
    timer.start();
    const QString partial = u"%1.generating-%2"_s.arg(path).arg(QCoreApplication::applicationPid());
    Result<QList<TableCount>> counts =
        scale == DatasetScale::Small ? makeDemo(path) : makeSynthetic(path, partial, scale, seed);
    if (!counts)
        return R::failure(counts.error());
    GeneratedDataset made;
    made.counts = *counts;
    made.milliseconds = timer.elapsed();
    made.fileBytes = QFileInfo(path).size();
    return made;
}

} // namespace PlanDesk::Bench
