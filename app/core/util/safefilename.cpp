#include "util/safefilename.h"

namespace PlanDesk {

QString safeFileName(const QString &name, const QString &fallback)
{
    QString safe;
    for (const QChar c : name) {
        if (c.unicode() >= 0x20 && !QStringView(u"\\/:*?\"<>|").contains(c))
            safe += c;
    }
    safe = safe.trimmed();
    while (safe.endsWith(u'.') || safe.endsWith(u' '))
        safe.chop(1);
    return safe.isEmpty() ? fallback : safe;
}

} // namespace PlanDesk
