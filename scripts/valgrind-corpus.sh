#!/usr/bin/env bash
# Run every snippet that ferrum passes (i.e. not listed in tests/snippets/xfail.txt)
# under valgrind with the release binary, and report memory errors
# (invalid reads/writes, uses of uninitialised values, bad frees). Leaks are
# not counted as errors.
#
#   scripts/valgrind-corpus.sh [--no-build] [FILTER]
#
# FILTER is a substring of the path relative to tests/snippets.
# FERRUM_BIN=path uses another binary (then pass --no-build).
# Exit status: 0 when no program had a memory error, 1 otherwise.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD

build=1
if [[ "${1:-}" == "--no-build" ]]; then
    build=0
    shift
fi
filter="${1:-}"

command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
# A build with the system allocator (no mimalloc), in its own target directory: memcheck
# sees every object allocation through malloc/free.
vg_target="${CARGO_TARGET_DIR:-$root/target}/valgrind"
if [[ $build == 1 ]]; then
    CARGO_TARGET_DIR="$vg_target" cargo build --release -p ferrum-cli --no-default-features
fi
bin="${FERRUM_BIN:-$vg_target/x86_64-unknown-linux-gnu/release/ferrum}"
[[ -x "$bin" ]] || { echo "no binary at $bin" >&2; exit 2; }

declare -A xfail=()
while IFS= read -r line; do
    line="${line%%#*}"
    line="$(echo "$line" | tr -d '[:space:]')"
    [[ -n "$line" ]] && xfail["$line"]=1
done < tests/snippets/xfail.txt

logdir=$(mktemp -d /tmp/ferrum-valgrind.XXXXXX)
checked=0
bad=()
for path in tests/snippets/*/*.py; do
    rel="${path#tests/snippets/}"
    name="$(basename "$path")"
    [[ "$name" == _* ]] && continue
    [[ -n "${xfail[$rel]:-}" ]] && continue
    [[ -n "$filter" && "$rel" != *"$filter"* ]] && continue
    log="$logdir/${rel//\//__}.log"
    checked=$((checked + 1))
    set +e
    (cd "$(dirname "$path")" && PYTHONHASHSEED=0 timeout 300 valgrind -q \
        --error-exitcode=99 --errors-for-leak-kinds=none --log-file="$log" \
        "$bin" "$name" </dev/null >/dev/null 2>&1)
    status=$?
    set -e
    if [[ $status == 99 ]] || grep -qE "Invalid (read|write)|uninitialised|Invalid free|Mismatched free" "$log"; then
        bad+=("$rel")
        echo "MEMORY ERRORS: $rel (log: $log)"
        grep -E "Invalid (read|write)|uninitialised|Invalid free|Mismatched free" "$log" | sort | uniq -c | head -5
    elif [[ $status == 124 ]]; then
        echo "timeout under valgrind: $rel"
    fi
done
echo "valgrind: $checked programs checked, ${#bad[@]} with memory errors (logs in $logdir)"
[[ ${#bad[@]} == 0 ]]
