#include "plans/newdatabase.h"

#include <QFile>
#include <QFileInfo>

#include "database/database.h"
#include "database/serveraddress.h"
#include "database/transactionguard.h"
#include "plans/demodata.h"
#include "plans/planinstaller.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

Result<std::unique_ptr<Database>> NewDatabase::create(const QString &path, const PlanDocument &plan,
                                                      Content content)
{
    using R = Result<std::unique_ptr<Database>>;
    if (ServerAddress::isServerLocation(path))
        return createOnServer(path, plan, content);
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

Result<std::unique_ptr<Database>>
NewDatabase::createOnServer(const QString &location, const PlanDocument &plan, Content content)
{
    using R = Result<std::unique_ptr<Database>>;
    // No file to build aside and rename: the schema commits on its own
    // (Database::create refuses a database that is not empty), then the plan
    // and any sample data commit together or not at all.
    R db = Database::create(location);
    if (!db)
        return db;
    TransactionGuard tx(**db);
    Status status = tx.ok() ? Status() : Status::failure(tx.error());
    Result<qint64> planId = status ? PlanInstaller::install(**db, plan) : Result<qint64>(0);
    if (status)
        status = Status::fromResult(planId);
    if (status && content == Content::PlanWithSampleData)
        status = DemoData::add(**db, *planId);
    if (status)
        status = tx.commit();
    if (!status)
        return R::failure(tr("The ledger in “%1” was set up, but the plan was not installed, "
                             "so it is empty: %2")
                              .arg(location, status.error()));
    return db;
}

} // namespace PlanDesk
