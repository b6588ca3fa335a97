#include "database/filelocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// File systems that reach another machine (Linux's and macOS's names).
bool isNetworkFileSystem(const QByteArray &type)
{
    static const QByteArray networked[] = {"nfs",   "nfs4",       "cifs",      "smb3",  "smbfs",
                                           "smb2",  "fuse.sshfs", "9p",        "afs",   "ncpfs",
                                           "davfs", "ceph",       "glusterfs", "afpfs", "webdav"};
    const QByteArray lower = type.toLower();
    for (const QByteArray &name : networked) {
        // FUSE clients report "fuse.<name>" ("fuse.glusterfs", "fuse.ceph").
        if (lower == name || lower == "fuse." + name)
            return true;
    }
    return false;
}

/// "\\server\share\…" or "//server/share/…" as "\\server\share", else empty.
/// The Win32 prefixes "\\?\C:\" and "\\.\" are local; "\\?\UNC\" is a share.
QString uncShare(const QString &path)
{
    QString p = path;
    p.replace(u'\\', u'/');
    if (!p.startsWith(u"//"_s))
        return {};
    if (p.startsWith(u"//?/UNC/"_s, Qt::CaseInsensitive))
        p = u"//"_s + p.mid(8);
    else if (p.startsWith(u"//?/"_s) || p.startsWith(u"//./"_s))
        return {};
    const QStringList parts = p.mid(2).split(u'/');
    if (parts.size() < 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return {};
    return u"\\\\%1\\%2"_s.arg(parts.at(0), parts.at(1));
}

} // namespace

FileLocation::Verdict FileLocation::classify(const QString &path, const QByteArray &fileSystemType,
                                             bool mappedNetworkDrive)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (const QString share = uncShare(path); !share.isEmpty())
        return {true, tr("“%1” is on the network share %2.").arg(shown, share)};
    if (mappedNetworkDrive)
        return {true, tr("“%1” is on %2, a mapped network drive.").arg(shown, path.left(2))};
    if (isNetworkFileSystem(fileSystemType))
        return {true,
                tr("“%1” is on a network file system (%2).")
                    .arg(shown, QString::fromLatin1(fileSystemType))};
    return {};
}

FileLocation::Verdict FileLocation::locate(const QString &path)
{
    const QFileInfo info(path);
    // The folder, when the file itself is still to be made.
    const QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    bool mapped = false;
#ifdef Q_OS_WIN
    const QString native = QDir::toNativeSeparators(existing);
    if (native.size() >= 2 && native.at(1) == u':') {
        const std::wstring root = (native.left(2) + u'\\').toStdWString();
        mapped = GetDriveTypeW(root.c_str()) == DRIVE_REMOTE;
    }
#endif
    return classify(existing, QStorageInfo(existing).fileSystemType(), mapped);
}

bool FileLocation::isOnNetworkShare(const QString &path, QString *reason)
{
    const Verdict verdict = locate(path);
    if (reason)
        *reason = verdict.reason;
    return verdict.onNetworkShare;
}

} // namespace PlanDesk
