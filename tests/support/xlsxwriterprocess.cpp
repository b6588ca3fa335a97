#include "xlsxwriterprocess.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <dlfcn.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Testing {

QString xlsxwriterZipClash()
{
#if defined(Q_OS_LINUX)
    // libxlsxwriter binds zipOpen() through the global scope: the first
    // library loaded that exports it is the one it gets.
    void *zipOpen = dlsym(RTLD_DEFAULT, "zipOpen");
    Dl_info info {};
    if (zipOpen && dladdr(zipOpen, &info) != 0 && info.dli_fname
        && QByteArray(info.dli_fname).contains("quazip"))
        return u"zipOpen() resolves to %1, QuaZip's copy of minizip, not the system "
               "libminizip libxlsxwriter was built against: every .xlsx write would crash. "
               "Do not link QuaZip into a program that writes .xlsx."_s.arg(
                   QString::fromLocal8Bit(info.dli_fname));
#endif
    return {};
}

} // namespace PlanDesk::Testing
