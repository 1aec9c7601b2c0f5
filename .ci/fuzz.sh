#!/usr/bin/env bash
# Runs every cargo-fuzz target of fuzz/ for a bounded time and prints libFuzzer's execution counts.
#
#   bash .ci/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 20 s, all targets)
#
# Installs cargo-fuzz when missing; uses the stable toolchain with RUSTC_BOOTSTRAP=1 (cargo-fuzz
# needs -Z flags). Each target starts from its seeds in fuzz/seeds/<target> plus whatever corpus
# fuzz/corpus/<target> already holds, with a libFuzzer dictionary from fuzz/dicts/. A crash stops that target, its input is left in
# fuzz/artifacts/<target>/, and the script exits 1 after running the others.
#
# Environment: FUZZ_SANITIZER (default "address"; "none" for a faster, uninstrumented-memory
# run), FUZZ_TARGET_DIR (build folder, default fuzz/target), FUZZ_RSS_LIMIT_MB (default 2048).
set -euo pipefail

seconds="${1:-20}"
shift || true
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fuzz_dir="$root/fuzz"
all_targets=(decode html segment_attribute session_load)
if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    targets=("${all_targets[@]}")
fi
sanitizer="${FUZZ_SANITIZER:-address}"
rss_limit="${FUZZ_RSS_LIMIT_MB:-2048}"

case "$seconds" in
'' | *[!0-9]*)
    echo "fuzz.sh: the time per target must be a whole number of seconds, not '$seconds'" >&2
    exit 2
    ;;
esac

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: installing cargo-fuzz"
    cargo install cargo-fuzz --locked
fi

export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="${FUZZ_TARGET_DIR:-$fuzz_dir/target}"
cd "$fuzz_dir"

echo "fuzz.sh: building ${targets[*]} (sanitizer: $sanitizer)"
for target in "${targets[@]}"; do
    cargo fuzz build --sanitizer "$sanitizer" "$target"
done

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
failed=()
summary=()
for target in "${targets[@]}"; do
    corpus="$fuzz_dir/corpus/$target"
    mkdir -p "$corpus"
    seeds=()
    if [ -d "$fuzz_dir/seeds/$target" ]; then
        seeds=("$fuzz_dir/seeds/$target")
    fi
    dict=()
    case "$target" in
    decode | segment_attribute) dict=("-dict=$fuzz_dir/dicts/text.dict") ;;
    html) dict=("-dict=$fuzz_dir/dicts/html.dict") ;;
    session_load) dict=("-dict=$fuzz_dir/dicts/session.dict") ;;
    esac
    log="$logs/$target.log"
    echo "fuzz.sh: running $target for $seconds s"
    status=0
    # The first corpus folder receives new inputs; the seeds folder is only read.
    cargo fuzz run --sanitizer "$sanitizer" "$target" "$corpus" "${seeds[@]}" -- \
        -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb="$rss_limit" \
        -timeout=20 -max_len=65536 "${dict[@]}" >"$log" 2>&1 || status=$?
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)"
    if [ -z "$runs" ]; then
        runs="$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -n 1)"
    fi
    cov="$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | sed 's/cov: //')"
    if [ "$status" -ne 0 ]; then
        failed+=("$target")
        summary+=("$(printf '%-18s FAILED (exit %s) after %s executions' "$target" "$status" "${runs:-?}")")
        echo "fuzz.sh: $target failed; the end of its log:" >&2
        tail -n 60 "$log" >&2
        ls -1 "$fuzz_dir/artifacts/$target" 2>/dev/null | sed 's/^/fuzz.sh: artifact: /' >&2 || true
    else
        summary+=("$(printf '%-18s %12s executions in %s s, coverage %s' "$target" "${runs:-?}" "$seconds" "${cov:-?}")")
    fi
done

echo
echo "fuzz.sh: summary"
printf '  %s\n' "${summary[@]}"
if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzz.sh: crashes in: ${failed[*]} (inputs in fuzz/artifacts/; reproduce with" \
        "RUSTC_BOOTSTRAP=1 cargo fuzz run TARGET ARTIFACT in fuzz/)" >&2
    exit 1
fi
