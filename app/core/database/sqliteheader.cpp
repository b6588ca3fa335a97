#include "database/sqliteheader.h"

#include <QFile>

namespace PlanDesk {

bool isSqliteFile(const QString &path)
{
    // https://www.sqlite.org/fileformat.html#the_database_header
    constexpr qsizetype HeaderSize = 100;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(HeaderSize);
    return header.size() == HeaderSize
        && header.startsWith(QByteArrayView("SQLite format 3\0", 16));
}

} // namespace PlanDesk
