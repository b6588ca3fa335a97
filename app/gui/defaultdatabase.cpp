#include "defaultdatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "database/database.h"
#include "plans/newdatabase.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

QString DefaultDatabase::path()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"plandesk.sqlite"_s);
}

Result<std::unique_ptr<Database>> DefaultDatabase::openOrCreate(const QString &path)
{
    using R = Result<std::unique_ptr<Database>>;
    if (QFileInfo::exists(path))
        return Database::open(path);

    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return R::failure(tr("Cannot create the folder for “%1”.").arg(path));
    Result<PlanDocument> plan = PlanFile::builtIn();
    if (!plan)
        return R::failure(plan.error());
    return NewDatabase::create(path, *plan, NewDatabase::Content::Plan);
}

} // namespace PlanDesk
