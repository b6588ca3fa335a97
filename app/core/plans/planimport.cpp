#include "plans/planimport.h"

#include "database/backupstore.h"
#include "exchange/exchangeproblem.h"
#include "plans/plandocument.h"
#include "plans/planinstaller.h"
#include "repositories/planrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// The same plan: by document number when the file has one, else by title.
bool samePlan(const Plan &file, const Plan &stored)
{
    const QString number = file.documentNumber.trimmed();
    return number.isEmpty() ? file.title.trimmed() == stored.title.trimmed()
                            : number == stored.documentNumber.trimmed();
}

} // namespace

Result<qint64> PlanImport::run(Database &db, const QString &path)
{
    using R = Result<qint64>;
    Result<PlanDocument> document = PlanFile::load(path);
    if (!document)
        return R::failure(document.error());

    Result<QList<Plan>> plans = PlanRepository(db).plans();
    if (!plans)
        return R::failure(plans.error());
    for (const Plan &stored : *plans) {
        if (!samePlan(document->plan, stored))
            continue;
        ExchangeProblem p;
        p.file = path;
        p.field = document->plan.documentNumber.trimmed().isEmpty() ? u"plan.title"_s
                                                                    : u"plan.document_number"_s;
        p.message = stored.documentNumber.isEmpty()
            ? tr("the plan “%1” is already in this database").arg(stored.title)
            : tr("the plan “%1” (%2) is already in this database")
                  .arg(stored.title, stored.documentNumber);
        return R::failure(p.toString());
    }

    if (Status backup = backUpBeforeImport(db); !backup)
        return R::failure(backup.error());
    R planId = PlanInstaller::install(db, *document);
    if (!planId)
        return R::failure(tr("%1: nothing was imported: %2").arg(path, planId.error()));
    return planId;
}

} // namespace PlanDesk
