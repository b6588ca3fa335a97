#include "util/osuser.h"

#include <QDir>
#include <QtGlobal>

namespace PlanDesk {

QString currentOsUser()
{
    // USERNAME on Windows, USER (or LOGNAME) elsewhere; the home folder's
    // name is the last resort on machines that set neither.
    for (const char *name : {"USERNAME", "USER", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QDir::home().dirName();
}

} // namespace PlanDesk
