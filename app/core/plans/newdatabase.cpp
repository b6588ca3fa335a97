#include "plans/newdatabase.h"

#include <QFile>
#include <QFileInfo>

#include "database/database.h"
#include "plans/demodata.h"
#include "plans/planinstaller.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

Result<std::unique_ptr<Database>> NewDatabase::create(const QString &path, const PlanDocument &plan,
                                                      Content content)
{
    using R = Result<std::unique_ptr<Database>>;
    if (QFileInfo::exists(path))
        return R::failure(tr("“%1” already exists; PlanDesk will not overwrite it.").arg(path));

    const QString partial = u"%1.creating-%2"_s.arg(path).arg(QCoreApplication::applicationPid());
    Database::removeFiles(partial);
    {
        R db = Database::create(partial);
        if (!db)
            return R::failure(QString(db.error()).replace(partial, path));
        const Result<qint64> planId = PlanInstaller::install(**db, plan);
        Status status = Status::fromResult(planId);
        if (status && content == Content::PlanWithSampleData)
            status = DemoData::add(**db, *planId);
        if (!status) {
            db.value().reset();
            Database::removeFiles(partial);
            return R::failure(tr("Could not create “%1”: %2").arg(path, status.error()));
        }
    } // closing the last connection checkpoints the WAL into the file
    if (QFile::exists(partial + u"-wal"_s) || !QFile::rename(partial, path)) {
        Database::removeFiles(partial);
        return R::failure(tr("Could not move the new database into place as “%1”.").arg(path));
    }
    return Database::open(path);
}

} // namespace PlanDesk
