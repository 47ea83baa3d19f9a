#!/usr/bin/env bash
# The web workspace's figures (issue 4), written up in bench/results/web.md:
#   1. seed a SQLite file with 100,000 generated interactions (5,000 analysed, the rest copies with their own id/date);
#   2. time the overview, the filtered list and an advisor profile on it (real server, loopback, cookie sign-in);
#   3. ingest 10,000 generated transcripts through POST /api/interactions: server and client in two processes
#      (`attune serve` + `attune bench web ingest --server`), then in one.
# Usage: bench/web.sh [WORKDIR] [CONCURRENCY...]   (default WORKDIR /tmp/attune-bench-web, concurrency 4 8 16)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/attune-bench-web}"
shift $(( $# > 0 ? 1 : 0 ))
if [ $# -gt 0 ]; then concurrency=("$@"); else concurrency=(4 8 16); fi
attune="$root/attune"
end="${BENCH_END:-$(date -u +%Y-%m-%d)}"
mkdir -p "$work"
echo "== $(date -u +%FT%TZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git -C "$root" rev-parse --short HEAD)"

if [ ! -f "$work/100k/attune.db" ]; then
  echo "== seed"
  "$attune" bench web seed --db "$work/100k/attune.db" --count 100000 --pool 5000 --end "$end"
fi
echo "== pages"
"$attune" bench web pages --db "$work/100k/attune.db" --end "$end" --rounds 30

echo "== ingest, two processes"
port=5097
key="bench-web-two-process-key"
for c in "${concurrency[@]}"; do
  rm -rf "$work/ingest-2p"; mkdir -p "$work/ingest-2p"
  ConnectionStrings__Attune="Data Source=$work/ingest-2p/attune.db" ATTUNE_BOOTSTRAP_API_KEY="$key" Logging__LogLevel__Default=Warning \
    "$attune" serve --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.5; done
  # ./attune execs dotnet, so $server is the server process: its CPU ticks (utime + stime) before and after
  before=$(awk '{print $14+$15}' "/proc/$server/stat")
  "$attune" bench web ingest --server "http://127.0.0.1:$port" --key "$key" --count 10000 --concurrency "$c" || true
  after=$(awk '{print $14+$15}' "/proc/$server/stat")
  echo "server CPU: $(( (after - before) * 1000 / $(getconf CLK_TCK) )) ms for 10,000 + warm-up transcripts"
  kill "$server"; wait "$server" 2>/dev/null || true
done

echo "== ingest, one process"
rm -rf "$work/ingest-1p"
"$attune" bench web ingest --db "$work/ingest-1p/attune.db" --count 10000 --concurrency 8
