#!/usr/bin/env bash
# tests/fuzz/run.sh [SECONDS] - fuzz gp_call for SECONDS (default 60).
#
# Builds build/fuzz with clang (-fsanitize=fuzzer,address,undefined),
# seeds tests/fuzz/corpus/ (git-ignored) from the fixtures, adds the
# committed crashers of tests/fuzz/regressions/ as seeds, and runs one
# libFuzzer process at low priority. Exits non-zero when it finds a crash,
# a leak, a timeout or a broken response; the input is then in
# build/fuzz/artifacts/. To keep it as a regression: minimise it
#   build/fuzz/fuzz_gp_call -minimize_crash=1 -runs=10000 build/fuzz/artifacts/crash-...
# copy the result into tests/fuzz/regressions/ and add its name to
# tests/fuzz/regressions/index.txt (test_fuzz_regressions replays them).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
build=build/fuzz
corpus=tests/fuzz/corpus
regressions=tests/fuzz/regressions

command -v clang >/dev/null || { echo "run.sh: clang is needed (apt-get install clang)" >&2; exit 2; }
cmake -S . -B "$build" -DCMAKE_C_COMPILER=clang -DGP_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target fuzz_gp_call -j"$(nproc)" >/dev/null

# Every committed crasher must be listed, or the native replay would miss it.
for file in "$regressions"/*; do
  name=$(basename "$file")
  [ "$name" = index.txt ] && continue
  sed 's/#.*//' "$regressions/index.txt" | awk '{print $1}' | grep -qxF "$name" || { echo "run.sh: $name is not in $regressions/index.txt" >&2; exit 2; }
done

/usr/bin/python3 tests/fuzz/seed_corpus.py tests/fixtures "$corpus"
mkdir -p "$build/artifacts"
echo "fuzzing gp_call for $seconds s (corpus: $corpus)"
status=0
nice -n 10 "$build/fuzz_gp_call" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -dict=tests/fuzz/gp_call.dict -artifact_prefix="$build/artifacts/" -print_final_stats=1 \
  "$corpus" "$regressions" || status=$?
if [ "$status" -ne 0 ]; then
  echo "run.sh: the fuzzer stopped with status $status; the input is in $build/artifacts/" >&2
  exit "$status"
fi
