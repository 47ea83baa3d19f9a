#!/usr/bin/env bash
# Installs what the tests need (when missing and running as root) and runs every test.
# Prints a closing line "tests: N passed, N failed, N skipped".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

need_apt=()
# espeak-ng + sox synthesise the test calls (known text, voices and timings); libgomp1 is the OpenMP runtime
# Whisper.net's native library loads; postgresql is the server the storage and web API suites also run against;
# chromium is the browser the web tests drive through Playwright's NuGet package (ExecutablePath /usr/bin/chromium:
# Playwright's own browser download is never used).
for pkg in espeak-ng sox libgomp1 postgresql chromium; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ "${#need_apt[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
  else
    echo "test.sh: missing packages ${need_apt[*]} (run as root to install them)" >&2
  fi
fi

log="$(mktemp)"
pg_dir=""
cleanup() {
  if [ -n "$pg_dir" ]; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
  rm -f "$log"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A throwaway PostgreSQL on a loopback port for tests/Attune.Storage.Tests and tests/Attune.Web.Tests (their PostgreSQL
# halves report SKIPPED without ATTUNE_TEST_POSTGRES). Trust authentication is safe here: it listens on 127.0.0.1 only and lives for this run.
pg_bin=/usr/lib/postgresql/15/bin
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ -z "${ATTUNE_TEST_POSTGRES:-}" ] && [ -x "$pg_bin/initdb" ]; then
  pg_dir="$(mktemp -d /tmp/attune-pg.XXXXXX)"
  if [ "$(id -u)" = 0 ]; then chown postgres "$pg_dir"; fi
  if as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --no-sync >"$pg_dir/initdb.log" 2>&1; then
    for attempt in 1 2 3 4 5; do
      pg_port=$((20000 + RANDOM % 40000))
      if as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 30 \
          -o "-p $pg_port -h 127.0.0.1 -k $pg_dir -F -c fsync=off -c full_page_writes=off" start >/dev/null 2>&1; then
        export ATTUNE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
        echo "test.sh: PostgreSQL for the storage tests on 127.0.0.1:$pg_port"
        break
      fi
    done
  fi
  if [ -z "${ATTUNE_TEST_POSTGRES:-}" ]; then
    echo "test.sh: could not start PostgreSQL (see $pg_dir); its storage tests will be skipped" >&2
    cat "$pg_dir"/*.log >&2 2>/dev/null || true
  fi
elif [ -z "${ATTUNE_TEST_POSTGRES:-}" ]; then
  echo "test.sh: PostgreSQL 15 is not installed; its storage tests will be skipped" >&2
fi
set +e
dotnet test "$root/Attune.slnx" -c Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
shots="$root/tests/Attune.Web.Tests/bin/Release/net10.0/TestResults/screenshots"
if [ -d "$shots" ]; then
  echo "test.sh: browser screenshots of the main pages in $shots"
fi
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  exit 1
fi
if [ "$passed" -eq 0 ]; then
  echo "test.sh: no test ran" >&2
  exit 1
fi
