#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace PlanDesk {

/// Whether a database file sits on a network share, where SQLite's file
/// locking is unreliable and two writers can corrupt the file.
///
/// classify() is the whole decision as a pure function of what is known about
/// the path, so it is tested without a network; locate() gathers those facts
/// on this machine (QStorageInfo's file-system type, and on Windows whether a
/// drive letter is a mapped network drive).
class FileLocation
{
    Q_DECLARE_TR_FUNCTIONS(FileLocation)

public:
    /// The verdict; `reason` names the share or file system when networked.
    struct Verdict
    {
        bool onNetworkShare = false;
        QString reason;
    };

    /// `fileSystemType` as QStorageInfo reports it ("ext4", "nfs4", "cifs",
    /// "fuse.sshfs"); `mappedNetworkDrive` is true for a Windows drive letter
    /// mapped to a share (GetDriveTypeW: DRIVE_REMOTE).
    static Verdict classify(const QString &path, const QByteArray &fileSystemType,
                            bool mappedNetworkDrive = false);
    /// classify() with the facts of this machine.
    static Verdict locate(const QString &path);
    static bool isOnNetworkShare(const QString &path, QString *reason = nullptr);
};

} // namespace PlanDesk
