#pragma once

#include <QString>

namespace PlanDesk::Testing {

/// Empty when libxlsxwriter can write in this process, else why it cannot.
/// On ELF systems QuaZip exports its own copy of minizip; once it is loaded
/// ahead of the system libminizip, libxlsxwriter's zipOpen() calls land in
/// QuaZip's, which takes the file name for a QIODevice, and
/// workbook_close() crashes. Tests that write .xlsx check this first, so a
/// build linking both fails with this reason instead of a segfault.
QString xlsxwriterZipClash();

} // namespace PlanDesk::Testing
