#!/usr/bin/env bash
# build.sh - the one entry point: deps, build, serve, test, dist, bench, fuzz, clean.
# Run `./build.sh help` for the list. Every step installs what it is missing.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

# Debian's emcc needs Node to find its own modules (acorn) here.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
# Each need: a check that passes when it is met, and the Debian package that meets it.
BUILD_NEEDS=(
  "command -v cmake:cmake" "command -v make:make" "command -v gcc:gcc" "command -v clang:clang"
  "command -v emcc:emscripten" "command -v node:nodejs" "command -v npm:npm" "command -v dpkg-source:dpkg-dev"
)
# The browser tests use Debian's Chromium; CHROMIUM_PATH may name another Chromium-based browser.
export CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
TEST_NEEDS=(
  "test -x $CHROMIUM_PATH:chromium" "command -v pdftotext:poppler-utils"
  "/usr/bin/python3 -c 'import numpy':python3-numpy" "/usr/bin/python3 -c 'import scipy':python3-scipy"
)
PORT=${PORT:-8000}

say()  { printf '\033[1m== %s\033[0m\n' "$*"; }
die()  { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<'USAGE'
usage: ./build.sh COMMAND
  serve [PORT]     install what is missing, build, serve dist/ on http://127.0.0.1:8000
  test [--valgrind] install, build, run the native, wasm and browser tests
  deps             install what is missing (Debian packages, npm packages, cJSON source)
  build            native (sanitized) + wasm + bundle into dist/
  dist             a clean production build of dist/ (also dist/goalpost.html)
  bench [--check]  run the benchmarks, write bench/results.json; --check enforces budgets
  fuzz [SECONDS]   run the libFuzzer harness over gp_call (default 60 s)
  clean            remove build/ and dist/
USAGE
}

# ---- deps ----------------------------------------------------------------
missing_packages() {
  local need
  for need in "$@"; do
    eval "${need%:*}" >/dev/null 2>&1 || printf '%s ' "${need##*:}"
  done
}

apt_install() {
  local missing
  missing=$(missing_packages "$@")
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    say "installing Debian packages: $missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    die "missing Debian packages; run: sudo apt-get install -y $missing"
  fi
}

# A deb-src entry for the suites already configured, so `apt-get source` works.
ensure_deb_src() {
  if grep -rqsE '^(deb-src|Types:.*deb-src)' /etc/apt/sources.list /etc/apt/sources.list.d/; then return 0; fi
  [ "$(id -u)" -eq 0 ] || return 1
  local out=/etc/apt/sources.list.d/goalpost-src.sources
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources > "$out"
  elif [ -f /etc/apt/sources.list ]; then
    sed -n 's/^deb /deb-src /p' /etc/apt/sources.list > /etc/apt/sources.list.d/goalpost-src.list
  fi
  apt-get update -qq
}

fetch_cjson() {
  [ -f third_party/cjson/cJSON.c ] && return 0
  say "fetching cJSON source (apt-get source cjson) into third_party/"
  rm -rf third_party/cjson-src && mkdir -p third_party/cjson-src
  if ensure_deb_src && (cd third_party/cjson-src && apt-get source -qq cjson >/dev/null 2>&1); then
    mv third_party/cjson-src/cjson-*/ third_party/cjson
    rm -rf third_party/cjson-src
  else
    rm -rf third_party/cjson-src
    say "apt-get source cjson failed; CMake will download the upstream release tarball and check its SHA-256"
  fi
}

npm_install() {
  if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
    return 0
  fi
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
}

deps() { # [test]
  apt_install "${BUILD_NEEDS[@]}"
  if [ "${1:-}" = test ]; then apt_install "${TEST_NEEDS[@]}"; fi
  fetch_cjson
  npm_install
}

print_versions() {
  say "tools: $(cmake --version | head -1); $(gcc --version | head -1); emcc $(emcc --version 2>/dev/null | head -1 | sed 's/.*) //'); node $(node --version)"
}

# ---- build ---------------------------------------------------------------
build_native() {
  say "native build (ASan/UBSan) -> build/native"
  cmake -S . -B build/native -DGP_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
  cmake --build build/native -j"$(nproc)"
}

build_wasm() {
  say "wasm build -> build/wasm"
  emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build/wasm -j"$(nproc)"
}

bundle() {
  say "bundle web/ -> dist/"
  node web/build.mjs "$@"
}

build_all() {
  print_versions
  build_native
  build_wasm
  bundle
}

# ---- test ----------------------------------------------------------------
SUMMARY_PASSED=0
SUMMARY_FAILED=0

count_layer() { # LOG RUNNER
  local log=$1 passed failed
  if [ "$2" = ctest ]; then
    passed=$(sed -n 's/.*tests passed, \([0-9]*\) tests failed out of \([0-9]*\).*/\2-\1/p' "$log" | tail -1)
    failed=$(sed -n 's/.*tests passed, \([0-9]*\) tests failed out of.*/\1/p' "$log" | tail -1)
    passed=$(( ${passed:-0} ))
  else
    passed=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log" | tail -1)
    failed=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$log" | tail -1)
  fi
  SUMMARY_PASSED=$(( SUMMARY_PASSED + ${passed:-0} ))
  SUMMARY_FAILED=$(( SUMMARY_FAILED + ${failed:-0} ))
}

run_layer() { # NAME RUNNER COMMAND...
  local name=$1 runner=$2 log status=0
  shift 2
  log=$(mktemp)
  say "test layer: $name"
  "$@" 2>&1 | tee "$log" || status=$?
  count_layer "$log" "$runner"
  if [ "$status" -ne 0 ]; then
    LAYERS_FAILED="$LAYERS_FAILED $name"
    # A layer that died before counting still counts as a failure.
    if ! grep -qE '(tests failed out of|^# fail [1-9])' "$log"; then SUMMARY_FAILED=$(( SUMMARY_FAILED + 1 )); fi
  fi
  rm -f "$log"
}

test_all() {
  local valgrind=0
  [ "${1:-}" = --valgrind ] && valgrind=1
  LAYERS_FAILED=""
  run_layer "native (ctest, ASan/UBSan)" ctest ctest --test-dir build/native --output-on-failure -j2
  if [ "$valgrind" = 1 ]; then
    apt_install "command -v valgrind:valgrind"
    cmake -S . -B build/valgrind -DCMAKE_BUILD_TYPE=Debug >/dev/null && cmake --build build/valgrind -j"$(nproc)" >/dev/null
    # ref_* tests are Python scripts: valgrind would check the interpreter, not the core.
    run_layer "native under valgrind" ctest ctest --test-dir build/valgrind --output-on-failure -E '^ref_' \
      -T memcheck --overwrite MemoryCheckCommand="$(command -v valgrind)" \
      --overwrite MemoryCheckCommandOptions="--leak-check=full --error-exitcode=99"
  fi
  run_layer "wasm in Node" node node --test --test-reporter=tap tests/wasm/
  run_layer "browser (Chromium)" node node --test --test-concurrency=1 --test-reporter=tap tests/e2e/
  echo
  if [ -n "$LAYERS_FAILED" ]; then say "failed layers:$LAYERS_FAILED"; fi
  echo "$SUMMARY_PASSED passed, $SUMMARY_FAILED failed"
  [ -z "$LAYERS_FAILED" ]
}

# ---- main ----------------------------------------------------------------
cmd=${1:-help}
[ $# -gt 0 ] && shift
case "$cmd" in
  deps)  deps test ;;
  build) deps; build_all ;;
  serve)
    deps; build_all
    [ -n "${1:-}" ] && PORT=$1
    say "serving dist/ on http://127.0.0.1:$PORT (Ctrl-C to stop)"
    exec node web/serve.mjs dist "$PORT"
    ;;
  test)  deps test; build_all; test_all "$@" ;;
  dist)  deps; rm -rf dist; print_versions; build_wasm; bundle --single-file ;;
  bench) deps test; build_wasm; bundle; node bench/run.mjs "$@" ;;
  fuzz)  deps; bash tests/fuzz/run.sh "${1:-60}" ;;
  clean) rm -rf build dist ;;
  help|-h|--help) usage ;;
  *) usage; exit 2 ;;
esac
