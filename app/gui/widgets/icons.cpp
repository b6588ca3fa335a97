#include "widgets/icons.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

QIcon bundledIcon(const QString &name)
{
    QIcon icon;
    icon.addFile(u":/icons/16x16/%1.png"_s.arg(name), QSize(16, 16));
    icon.addFile(u":/icons/32x32/%1.png"_s.arg(name), QSize(32, 32));
    return icon;
}

} // namespace PlanDesk
