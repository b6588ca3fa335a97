#!/usr/bin/env bash
# PlanDesk's code must build with MSVC on Windows: POSIX-only headers and
# calls may appear only inside a platform guard (#ifdef Q_OS_UNIX, Q_OS_WIN
# … #endif), and file paths go through QDir/QStandardPaths, never "/tmp".
# Usage: check_portable_sources.sh SOURCE_DIR
set -euo pipefail
cd "$1"
posix='#include <(unistd|pwd|grp|dlfcn|termios|syslog|fcntl|poll)\.h>|#include <sys/|(^|[^A-Za-z0-9_:.>])(fork|getuid|geteuid|getpwuid|fsync|mkstemp|realpath|symlink|chmod|usleep)[ \t]*\(|"/tmp/|"/home/|"/usr/'
problems=0
while IFS= read -r file; do
    # Track #if nesting: a line is guarded when an enclosing #if names Q_OS_.
    awk -v pattern="$posix" -v file="$file" '
        /^[ \t]*#[ \t]*if/ { depth++; guard[depth] = ($0 ~ /Q_OS_/); next }
        /^[ \t]*#[ \t]*endif/ { depth--; next }
        $0 ~ pattern {
            guarded = 0
            for (i = 1; i <= depth; i++) if (guard[i]) guarded = 1
            if (!guarded) { printf "%s:%d: not portable: %s\n", file, NR, $0; bad++ }
        }
        END { exit bad > 0 }' "$file" || problems=$((problems + 1))
done < <(find app -name '*.cpp' -o -name '*.h' | LC_ALL=C sort)
if [ "$problems" -gt 0 ]; then
    echo "FAIL: $problems source files use POSIX-only headers, calls or paths outside a platform guard" >&2
    exit 1
fi
echo "portable: $(find app -name '*.cpp' -o -name '*.h' | wc -l) source files checked"
