#include "reliability.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "database/database.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Testing {

namespace {

/// A private connection, closed and removed when it goes out of scope.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(u"reliability-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!QFile::exists(path))
            m_error = u"no file"_s;
        else if (!db.open())
            m_error = db.lastError().text();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QString error() const { return m_error; }
    QSqlQuery query() const { return QSqlQuery(QSqlDatabase::database(m_name, false)); }

private:
    QString m_name;
    QString m_error;
};

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

QByteArray ReliabilityTally::line() const
{
    // Keys in the shared order (QJsonObject would sort them); the array
    // only escapes the name: ["name"] without its brackets.
    const QByteArray name = QJsonDocument(QJsonArray {suite}).toJson(QJsonDocument::Compact);
    const QByteArray json = "{\"suite\":" + name.mid(1).chopped(1)
        + ",\"runs\":" + QByteArray::number(runs) + ",\"kills\":" + QByteArray::number(kills)
        + ",\"integrity_failures\":" + QByteArray::number(integrityFailures)
        + ",\"partial_operations\":" + QByteArray::number(partialOperations) + ",\"bad_inputs\":"
        + QByteArray::number(badInputs) + ",\"rejections\":" + QByteArray::number(rejections)
        + ",\"data_lost\":" + QByteArray::number(dataLost) + "}";
    return "RELIABILITY " + json;
}

bool ReliabilityTally::clean() const
{
    return integrityFailures == 0 && partialOperations == 0 && dataLost == 0
        && rejections == badInputs;
}

void ReliabilityTally::print() const
{
    qInfo("%s", line().constData());
}

bool DatabaseFacts::intact() const
{
    return error.isEmpty() && integrity == u"ok" && foreignKeyViolations == 0;
}

QString DatabaseFacts::describe() const
{
    if (!error.isEmpty())
        return u"cannot read: "_s + error;
    return u"integrity %1, %2 foreign key violations, schema %3"_s.arg(integrity)
        .arg(foreignKeyViolations)
        .arg(schemaVersion);
}

DatabaseFacts inspectDatabase(const QString &path)
{
    DatabaseFacts facts;
    const RawConnection raw(path);
    if (!raw.error().isEmpty()) {
        facts.error = raw.error();
        return facts;
    }
    QSqlQuery q = raw.query();
    if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next()) {
        facts.error = q.lastError().text();
        return facts;
    }
    facts.integrity = q.value(0).toString();
    if (!q.exec(u"PRAGMA foreign_key_check"_s)) {
        facts.error = q.lastError().text();
        return facts;
    }
    while (q.next())
        ++facts.foreignKeyViolations;
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        facts.schemaVersion = q.value(0).toInt();
    QStringList tables;
    if (q.exec(
            u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s)) {
        while (q.next())
            tables << q.value(0).toString();
    }
    for (const QString &table : std::as_const(tables)) {
        if (!q.exec(u"SELECT count(*), coalesce(max(rowid), 0) FROM %1"_s.arg(quoted(table)))
            || !q.next()) {
            facts.error = q.lastError().text();
            return facts;
        }
        facts.counts.insert(table, q.value(0).toLongLong());
        facts.maxRowids.insert(table, q.value(1).toLongLong());
        QStringList columns;
        if (q.exec(u"SELECT name FROM pragma_table_info(%1)"_s.arg(u'\'' + table + u'\''))) {
            while (q.next())
                columns << q.value(0).toString();
        }
        facts.columns.insert(table, columns);
    }
    return facts;
}

QByteArray rowsChecksum(const QString &path, const DatabaseFacts &known)
{
    const RawConnection raw(path);
    if (!raw.error().isEmpty())
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q = raw.query();
    q.setForwardOnly(true);
    for (auto table = known.columns.cbegin(); table != known.columns.cend(); ++table) {
        QStringList columns;
        for (const QString &column : table.value())
            columns << quoted(column);
        const QString sql = u"SELECT %1 FROM %2 WHERE rowid <= ? ORDER BY rowid"_s.arg(
            columns.join(u", "_s), quoted(table.key()));
        if (!q.prepare(sql))
            return {};
        q.addBindValue(known.maxRowids.value(table.key()));
        if (!q.exec())
            return {}; // a table or column gone: nothing matches
        hash.addData(table.key().toUtf8());
        while (q.next()) {
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant v = q.value(i);
                hash.addData(v.isNull() ? QByteArray("\x01N") : "\x02" + v.toString().toUtf8());
            }
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool copyDatabase(const QString &source, const QString &target)
{
    Database::removeFiles(target);
    return QFile::copy(source, target);
}

bool execRawInTransaction(const QString &path, const QStringList &statements)
{
    const RawConnection raw(path);
    if (!raw.error().isEmpty())
        return false;
    QSqlQuery q = raw.query();
    if (!q.exec(u"BEGIN"_s))
        return false;
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            return false;
        }
    }
    return q.exec(u"COMMIT"_s);
}

} // namespace PlanDesk::Testing
