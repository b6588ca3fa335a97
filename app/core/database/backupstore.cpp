#include "database/backupstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include "database/backupretention.h"
#include "database/backupwriter.h"
#include "database/database.h"
#include "database/integritycheck.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

constexpr const char16_t *StampFormat = u"yyyyMMdd-HHmmss-zzz";

struct ReasonName
{
    BackupReason reason;
    QStringView name;
};
constexpr ReasonName ReasonNames[] = {
    {BackupReason::Session, u"session"},           {BackupReason::Manual, u"manual"},
    {BackupReason::BeforeMigration, u"migration"}, {BackupReason::BeforeImport, u"import"},
    {BackupReason::BeforeRestore, u"restore"},
};

QString nameOf(BackupReason reason)
{
    for (const ReasonName &r : ReasonNames) {
        if (r.reason == reason)
            return r.name.toString();
    }
    return u"session"_s;
}

std::optional<BackupReason> reasonNamed(QStringView name)
{
    for (const ReasonName &r : ReasonNames) {
        if (r.name == name)
            return r.reason;
    }
    return std::nullopt;
}

} // namespace

BackupStore::BackupStore(const QString &databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
    , m_folder(m_databasePath + u".backups"_s)
{
}

QString BackupStore::describe(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Session:
        return tr("on opening");
    case BackupReason::Manual:
        return tr("by hand");
    case BackupReason::BeforeMigration:
        return tr("before upgrading");
    case BackupReason::BeforeImport:
        return tr("before importing");
    case BackupReason::BeforeRestore:
        return tr("before restoring");
    }
    return {};
}

QList<BackupEntry> BackupStore::list() const
{
    static const QRegularExpression pattern(
        u"-(\\d{8}-\\d{6}-\\d{3})-([a-z]+)(?:-\\d+)?\\.sqlite$"_s);
    QList<BackupEntry> entries;
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({u"*.sqlite"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        const std::optional<BackupReason> reason = reasonNamed(match.capturedView(2));
        const QDateTime taken =
            QDateTime::fromString(match.captured(1), QString::fromUtf16(StampFormat));
        if (!reason || !taken.isValid())
            continue;
        entries << BackupEntry {file.absoluteFilePath(), taken, *reason, file.size()};
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const BackupEntry &a, const BackupEntry &b) { return a.taken > b.taken; });
    return entries;
}

QString BackupStore::nextPath(BackupReason reason, const QDateTime &now) const
{
    const QString base =
        u"%1/%2-%3-%4"_s.arg(m_folder, QFileInfo(m_databasePath).completeBaseName(),
                             now.toString(QString::fromUtf16(StampFormat)), nameOf(reason));
    QString path = base + u".sqlite"_s;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = u"%1-%2.sqlite"_s.arg(base).arg(n);
    return path;
}

Result<BackupEntry> BackupStore::take(Database &db, BackupReason reason)
{
    using R = Result<BackupEntry>;
    if (!QDir().mkpath(m_folder))
        return R::failure(
            tr("Cannot make the backup folder “%1”.").arg(QDir::toNativeSeparators(m_folder)));
    const QDateTime now = QDateTime::currentDateTime();
    // Two PlanDesks (or threads) backing up in the same millisecond pick the
    // same name; the one that loses the rename takes the next free name.
    QString path;
    for (int attempt = 0;; ++attempt) {
        path = nextPath(reason, now);
        const Status written = BackupWriter::write(db, path);
        if (written)
            break;
        if (!QFileInfo::exists(path) || attempt == 9)
            return R::failure(written.error());
    }
    // A failed prune only leaves an extra file; the backup itself is good.
    (void)prune(now);
    return BackupEntry {path, now, reason, QFileInfo(path).size()};
}

Result<BackupEntry> BackupStore::take(const QString &databasePath, BackupReason reason)
{
    Result<std::unique_ptr<Database>> db = Database::open(databasePath, Database::Access::ReadOnly);
    if (!db)
        return Result<BackupEntry>::failure(db.error());
    return take(**db, reason);
}

Status BackupStore::prune(const QDateTime &now)
{
    QStringList failed;
    // Left by a copy that was killed half-way; one still being written by
    // another PlanDesk is younger than a day.
    const QFileInfoList partials =
        QDir(m_folder).entryInfoList({u"*.partial-*"_s}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &partial : partials) {
        if (partial.lastModified().daysTo(now) >= 1)
            QFile::remove(partial.absoluteFilePath());
    }
    for (const BackupEntry &old : BackupRetention::toRemove(list(), now)) {
        if (!QFile::remove(old.path))
            failed << QDir::toNativeSeparators(old.path);
    }
    if (!failed.isEmpty())
        return Status::failure(tr("Could not remove old backups: %1").arg(failed.join(u", "_s)));
    return {};
}

std::optional<BackupEntry> BackupStore::newestGood() const
{
    for (const BackupEntry &entry : list()) {
        const Result<IntegrityReport> report = IntegrityCheck::run(entry.path);
        if (report && report->ok())
            return entry;
    }
    return std::nullopt;
}

namespace {

/// The newest audit row: every change to a ledger, by PlanDesk or by another
/// tool, adds one (the triggers write them), and none is ever removed.
std::optional<qint64> lastChange(const QString &path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        return std::nullopt;
    const Result<qint64> id = (*db)->scalar(u"SELECT coalesce(max(id), 0) FROM audit_log"_s);
    return id ? std::optional<qint64>(*id) : std::nullopt;
}

} // namespace

bool BackupStore::changedSinceNewest() const
{
    const QList<BackupEntry> entries = list();
    if (entries.isEmpty())
        return true;
    const std::optional<qint64> now = lastChange(m_databasePath);
    const std::optional<qint64> then = lastChange(entries.first().path);
    return !now || !then || *now != *then;
}

Status backUpBeforeImport(Database &db)
{
    // A server ledger is backed up by the server's administrator (pg_dump);
    // the import itself is one transaction there, all of it or nothing.
    if (db.inTransaction() || db.isOnServer())
        return {};
    const Result<BackupEntry> backup = BackupStore(db.path()).take(db, BackupReason::BeforeImport);
    if (!backup)
        return Status::failure(
            BackupStore::tr("Nothing was imported, because the backup before it failed: %1")
                .arg(backup.error()));
    return {};
}

} // namespace PlanDesk
