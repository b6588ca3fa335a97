#include "database/sqliteheader.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

// https://www.sqlite.org/fileformat.html#the_database_header
constexpr qsizetype HeaderSize = 100;
constexpr qsizetype UserVersionOffset = 60;
constexpr qsizetype ApplicationIdOffset = 68;

QByteArray header(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.read(HeaderSize);
    if (bytes.size() != HeaderSize || !bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return {};
    return bytes;
}

} // namespace

bool isSqliteFile(const QString &path)
{
    return !header(path).isEmpty();
}

std::optional<SqliteHeaderIds> readSqliteHeaderIds(const QString &path)
{
    const QByteArray bytes = header(path);
    if (bytes.isEmpty())
        return std::nullopt;
    return SqliteHeaderIds {qFromBigEndian<qint32>(bytes.constData() + UserVersionOffset),
                            qFromBigEndian<qint32>(bytes.constData() + ApplicationIdOffset)};
}

bool hasLeftoverJournal(const QString &path)
{
    return QFileInfo(path + u"-journal"_s).size() > 0;
}

} // namespace PlanDesk
