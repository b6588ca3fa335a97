#include "widgets/icons.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

QIcon bundledIcon(const QString &name)
{
    QIcon icon;
    icon.addFile(u":/icons/16x16/%1.png"_s.arg(name), QSize(16, 16));
    icon.addFile(u":/icons/32x32/%1.png"_s.arg(name), QSize(32, 32));
    // For screens at 150–200 % (common on Windows laptops): drawn from Tango's SVGs.
    icon.addFile(u":/icons/64x64/%1.png"_s.arg(name), QSize(64, 64));
    return icon;
}

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/app/plandesk-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

} // namespace PlanDesk
