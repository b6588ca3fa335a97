#pragma once

#include <QString>

namespace PlanDesk {

/// Pushes a file's bytes to the disk (fsync, FlushFileBuffers), so a backup
/// renamed into place survives a power cut, not only a crash of PlanDesk.
bool syncFileToDisk(const QString &path);
/// Makes a rename inside `folder` durable on POSIX file systems; Windows has
/// no such step and returns true.
bool syncFolderToDisk(const QString &folder);

} // namespace PlanDesk
