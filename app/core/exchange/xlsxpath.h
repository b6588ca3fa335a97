#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace PlanDesk {

/// A path as libxlsxwriter's char* file functions need it. Its Windows build
/// reads them as UTF-8 (widened for _wfopen), not in the ANSI code page that
/// QFile::encodeName() gives there — which would break any folder with a
/// Chinese name; elsewhere the file system's own encoding.
inline QByteArray libxlsxwriterPath(const QString &path)
{
#if defined(Q_OS_WIN)
    return QDir::toNativeSeparators(path).toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

} // namespace PlanDesk
