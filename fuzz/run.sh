#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each, one after the other, and prints the executions and
# crashes of each. Installs nothing: it needs cargo-fuzz
# (`cargo install cargo-fuzz --locked`) and nightly Rust (or stable, below). Exits 1 on any crash.
#
#   fuzz/run.sh 600            # ten minutes per target
#   fuzz/run.sh 60 settings    # only these targets
#
# Targets are those `cargo fuzz list` names (fuzz/Cargo.toml's [[bin]]s). Each starts from its
# seed corpus in fuzz/corpus/TARGET (read only) and keeps what it learns in fuzz/work/TARGET;
# crashes go to fuzz/artifacts/TARGET, and each run's log to fuzz/work/TARGET.log.
set -euo pipefail
cd "$(dirname "$0")"

seconds=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift

# cargo-fuzz needs nightly features: the nightly toolchain where there is one, else the stable one
# with RUSTC_BOOTSTRAP=1 (a machine may have only stable, and no toolchain can be fetched).
if rustup run nightly rustc --version >/dev/null 2>&1; then
  fuzz=(cargo +nightly fuzz)
else
  export RUSTC_BOOTSTRAP=1
  fuzz=(cargo fuzz)
fi

if [ $# -gt 0 ]; then targets=("$@"); else mapfile -t targets < <("${fuzz[@]}" list); fi

# Build them all first, so SECONDS is time spent fuzzing.
for target in "${targets[@]}"; do
  "${fuzz[@]}" build "$target"
done

failed=0
summary=()
for target in "${targets[@]}"; do
  mkdir -p "work/$target" "artifacts/$target" "corpus/$target"
  before=$(find "artifacts/$target" -type f | wc -l)
  log="work/$target.log"
  status=0
  # No time limit per input beyond 60 s: a longer one is a hang, reported as a crash.
  "${fuzz[@]}" run "$target" "work/$target" "corpus/$target" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=60 -print_final_stats=1 >"$log" 2>&1 || status=$?
  crashes=$(($(find "artifacts/$target" -type f | wc -l) - before))
  # libFuzzer's final statistics, else its last status line (a run stopped by a crash).
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
  [ -n "$runs" ] || runs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#' || true)
  if [ "$status" -ne 0 ] || [ "$crashes" -gt 0 ]; then
    failed=1
    echo "== $target: exit $status; the end of $log:" >&2
    tail -40 "$log" >&2
  fi
  summary+=("$(printf '%-18s %12s executions in %ss, %s crash(es)' "$target" "${runs:-0}" "$seconds" "$crashes")")
done

printf '%s\n' "${summary[@]}"
exit "$failed"
