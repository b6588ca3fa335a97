#!/usr/bin/env bash
# Builds PlanDesk with AddressSanitizer and UndefinedBehaviorSanitizer (Clang),
# runs the whole test suite in that build, then each fuzzer for a short time
# on a copy of its corpus. Any sanitizer report, failed test or fuzzer finding
# fails the run.
#
# Usage: tests/sanitizers/run.sh [BUILD_DIR]      (default: build-asan)
# Environment: FUZZ_SECONDS (per fuzzer, default 20), JOBS (default: nproc),
#              TIMEOUT_FACTOR (test timeouts x this, default 4).
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=$(realpath -m "${1:-build-asan}")
fuzz_seconds=${FUZZ_SECONDS:-20}
jobs=${JOBS:-$(nproc)}
started=$(date +%s)

launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -O1 -gline-tables-only"

echo "== configure $build_dir"
mkdir -p "$build_dir"
cmake -S "$source_dir" -B "$build_dir" -G Ninja "${launcher[@]}" \
    -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
    "-DCMAKE_CXX_FLAGS=$flags" "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" \
    -DPLANDESK_BUILD_BENCH=OFF -DPLANDESK_PACKAGING_TESTS=OFF -DPLANDESK_BUILD_FUZZERS=ON \
    -DPLANDESK_TEST_TIMEOUT_FACTOR="${TIMEOUT_FACTOR:-4}" >"$build_dir/configure.log" 2>&1 ||
    { cat "$build_dir/configure.log"; exit 1; }

echo "== build"
cmake --build "$build_dir" -j "$jobs"
built=$(date +%s)

# Any report ends the process with an error; leaks count, except inside the
# system libraries lsan.supp names.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:strict_init_order=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$source_dir/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
symbolizer=$(command -v llvm-symbolizer || command -v llvm-symbolizer-14 || true)
if [ -n "$symbolizer" ]; then
    export ASAN_SYMBOLIZER_PATH="$symbolizer"
fi

echo "== tests"
status=0
ctest --test-dir "$build_dir" -j "$jobs" --output-on-failure 2>&1 | tee "$build_dir/ctest.log" ||
    status=1
tested=$(date +%s)

echo "== fuzzers, ${fuzz_seconds}s each"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
artifacts="$build_dir/fuzz-artifacts"
mkdir -p "$artifacts"
fuzz_summary=()
for corpus in "$source_dir"/tests/fuzz/corpus/*/; do
    target=$(basename "$corpus")
    cp -r "$corpus" "$work/$target"
    options=(-max_total_time="$fuzz_seconds" -timeout=10 -rss_limit_mb=2560
             -artifact_prefix="$artifacts/$target-" -print_final_stats=1)
    if [ -f "$source_dir/tests/fuzz/$target.dict" ]; then
        options+=(-dict="$source_dir/tests/fuzz/$target.dict")
    fi
    log="$artifacts/$target.log"
    if "$build_dir/tests/fuzz/$target" "${options[@]}" "$work/$target" >"$log" 2>&1; then
        result=ok
    else
        result="FOUND SOMETHING (see $log and $artifacts)"
        status=1
        tail -40 "$log"
    fi
    runs=$(grep -oE '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
    speed=$(grep -oE '^stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
    coverage=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 || true)
    fuzz_summary+=("$(printf '%-14s %9s runs %6s/s  %-22s %s' "$target" "$runs" "$speed" "$coverage" "$result")")
done
finished=$(date +%s)

echo
echo "== summary"
grep -E 'tests passed|tests failed out of' "$build_dir/ctest.log" || echo "tests: no result"
printf '%s\n' "${fuzz_summary[@]}"
echo "time: build $((built - started))s, tests $((tested - built))s, fuzzing $((finished - tested))s, total $((finished - started))s"
exit $status
