#!/usr/bin/env bash
# Live load figures (issue 5), written to bench/results/live-load.md: `attune loadtest` on a ladder of concurrent
# calls + chats, each step against a fresh `attune serve` the load test starts as its own process (so its CPU is
# measured apart from the generator's). Climbs until a step misses the bar (p99 ≤ 250 ms trigger → SignalR event,
# no dropped audio frames, no errors) at or above 300 + 300, or the ladder ends.
# Usage: bench/loadtest.sh [STEP...]      (default 50 100 200 300 400 500 600; each step = that many calls + chats)
# Environment: DURATION (measured seconds, default 60), RAMP (seconds to start the sessions, default 20),
#              WORK (JSON per step, default /tmp/attune-loadtest), OUT (default bench/results/live-load.md),
#              EXTRA (more loadtest options, e.g. "--server-env DOTNET_gcConcurrent=1"),
#              REPORT_ONLY=1 (rewrite the table from the JSON already in WORK, running nothing),
#              NOTE (a paragraph added under the table, e.g. what else ran on the machine).
# The machine should be quiet: the server, the load generator and anything else share its cores.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -gt 0 ]; then steps=("$@"); else steps=(50 100 200 300 400 500 600); fi
duration="${DURATION:-60}"
ramp="${RAMP:-20}"
work="${WORK:-/tmp/attune-loadtest}"
out="${OUT:-$root/bench/results/live-load.md}"
attune="$root/attune"
mkdir -p "$work" "$(dirname "$out")"
command -v jq >/dev/null || { echo "loadtest.sh needs jq" >&2; exit 1; }

[ -n "${REPORT_ONLY:-}" ] || "$attune" --version >/dev/null 2>&1 || true   # builds the CLI once, before anything is timed
cpu_model=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || echo unknown)
mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo 2>/dev/null || echo unknown)
started="$(date -u +%FT%TZ)"
commit="$(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet || echo '+dirty')"
if [ -n "${REPORT_ONLY:-}" ]; then
  # The figures are older than this rewrite: date them by the first step's JSON; RUN_COMMIT names the code they ran.
  started="$(date -u -r "$work/live-load-${steps[0]}.json" +%FT%TZ 2>/dev/null || echo unknown) (table rewritten $started)"
  commit="${RUN_COMMIT:-unknown}"
fi
echo "== $started on $(nproc) cores ($cpu_model), load $(cut -d' ' -f1-3 /proc/loadavg), commit $commit"

rows=()
best=""
for n in "${steps[@]}"; do
  json="$work/live-load-$n.json"
  if [ -z "${REPORT_ONLY:-}" ]; then
    echo "== $n calls + $n chats"
    rm -f "$json"
    # shellcheck disable=SC2086 # EXTRA is a list of options
    "$attune" loadtest --calls "$n" --chats "$n" --duration "$duration" --ramp "$ramp" --json "$json" ${EXTRA:-} || true
  fi
  [ -f "$json" ] || { echo "no figures for step $n" >&2; break; }
  row=$(jq -r --arg n "$n" '
    def ms: if . == null or (type == "string") then "–" else (. * 10 | round / 10 | tostring) end;
    def num: if . == null then "n/a" else (. | round | tostring) end;
    "| \(.calls) + \(.chats) | \(.callsConnected) + \(.chatsStarted) | \(.latency.count) | \(.latency.p50 | ms) | \(.latency.p95 | ms) | \(.latency.p99 | ms) | \(.latency.max | ms) | \(.chatLatency.p99 | ms) | \(.callLatency.p99 | ms) | \(.uiEventsDropped | num) | \(.serverFramesReceived | num) | \(.serverFramesMissing | num) / \(.serverFramesLate | num) | \(.framesLateAtGenerator) | \(.serverCpuPercentOfCore | num) % / \(.serverCpuPercentOfMachine | num) % | \(if .serverPeakRssBytes == null then "n/a" else (.serverPeakRssBytes / 1048576 | round | tostring) end) | \(.generatorCpuPercentOfCore | num) % | \(.errors) | \(.loadBefore) | \(if .holds then "yes" else "**no** (" + ([
      (select(.latency.count == 0) | "no latency samples"),
      (select(.latency.count > 0 and (.latency.p99 | type) == "number" and .latency.p99 > 250) | "p99 > 250 ms"),
      (select((.droppedFrames // 0) > 0) | "dropped frames"),
      (select(.generatorKeptPace | not) | "load generator behind real time"),
      (select(.errors > 0) | "errors"),
      (select(.callsConnected < .calls or .chatsStarted < .chats) | "sessions not up")] | join(", ")) + ")" end) |"' "$json")
  rows+=("$row")
  holds=$(jq -r '.holds' "$json")
  if [ "$holds" = "true" ]; then best="$n"; fi
  if [ "$holds" != "true" ] && [ "$n" -ge 300 ]; then break; fi
done

audio=$(jq -r '.audioSource' "$work/live-load-${steps[0]}.json" 2>/dev/null || echo "?")
{
  echo "# Live load: concurrent calls + chats, trigger → SignalR event latency"
  echo
  echo "Issue 5's figure: on this 2-core machine, 300 concurrent live calls (dual-channel audio at real-time pace) plus"
  echo "300 concurrent chats with p99 latency ≤ 250 ms and no dropped audio frames; and the largest load that holds it."
  echo
  echo "- command: \`DURATION=$duration RAMP=$ramp${EXTRA:+ EXTRA=\"$EXTRA\"} bench/loadtest.sh ${steps[*]}\` (each step: \`attune loadtest --calls N --chats N --duration $duration --ramp $ramp${EXTRA:+ $EXTRA}\`)"
  echo "- run: $started, commit $commit"
  echo "- machine: $(nproc) cores ($cpu_model), $mem RAM, $(uname -sr); load average (1/5/15 min) before each step in the table"
  echo "- calls: Twilio Media Streams JSON on \`/ingest/twilio\`, 20 ms µ-law chunks per track (inbound = customer, outbound = advisor) paced by one 20 ms loop; audio: $audio, looped with per-call offsets (angry customer, advisor talking over them, > 10 s silence)"
  echo "- chats: \`POST /api/live/{id}/start\`, then a scripted turn (angry customer, non-apology, jargon, closed questions, repetition) every 3 s with a \`ref\`"
  echo "- watchers: one SignalR connection per session (\`/hubs/live\`, \`Watch\`), as advisor desktops; latency = arrival of a findings/nudge/dynamics/alert event − send time of its trigger (chat: the POST of the \`ref\` turn; call: the frame holding \`trigger.streamTime\`), for triggers sent in the measured window"
  echo "- \"load generator behind real time\": more than 0.1 % of the window's frames left the generator > 40 ms late — the generator (same machine, same 2 cores) could not keep pace, so the step did not load the server as planned; the server's own figures in that row are still what it measured"
  echo "- the server is \`attune serve\` in its own process (fresh SQLite in temp); CPU from /proc/PID/stat over the window; dropped frames = missing + late at the server (\`/api/live/stats\`); generator late = frames the load generator itself sent > 40 ms after due"
  echo
  echo "| calls + chats | up | events timed | p50 ms | p95 | p99 | max | chat p99 | call p99 | UI events dropped | chunks at server (both tracks) | missing / late | generator late | server CPU (core / machine) | server peak RSS MiB | generator CPU | errors | load before | holds |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  if [ -n "$best" ]; then
    echo "**Largest load holding p99 ≤ 250 ms with no dropped frames and no errors: $best calls + $best chats.**"
  else
    echo "**No step of the ladder held p99 ≤ 250 ms with no dropped frames and no errors.**"
  fi
  if [ -n "$best" ] && [ "$best" -ge 300 ]; then
    echo "The target (300 + 300) is met."
  else
    echo "The target (300 + 300) is not met on this run."
  fi
  if [ -n "${NOTE:-}" ]; then
    echo
    echo "$NOTE"
  fi
} >"$out"
echo "== written $out"
cat "$out"
