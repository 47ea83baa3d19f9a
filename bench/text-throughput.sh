#!/usr/bin/env bash
# Text throughput, Attune against the npm sentiment library vader-sentiment 1.1.3, in the same run,
# on the same 100,000 generated customer-service sentences, each pinned to one core.
#
# usage: bench/text-throughput.sh [ANCHOR_DIR] [SENTENCES]
#   ANCHOR_DIR  the peer folder with package.json, gen_sentences.js and bench_text.js
#               (default: ../shared/bench/text beside the repository)
#   SENTENCES   how many sentences to generate (default 100000)
# Writes bench/results/text-throughput.md (or $OUT) and prints it.
#
# The requirement it checks (issue 2): every detector enabled, one core, at least 3x the
# throughput of vader-sentiment computing sentiment alone.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
anchor="${1:-$root/../shared/bench/text}"
count="${2:-100000}"
out="${OUT:-$root/bench/results/text-throughput.md}"

if [ ! -f "$anchor/bench_text.js" ] || [ ! -f "$anchor/gen_sentences.js" ]; then
  echo "text-throughput: $anchor has no bench_text.js / gen_sentences.js (pass the peer folder as the first argument)" >&2
  exit 2
fi
for tool in node npm taskset; do
  command -v "$tool" >/dev/null 2>&1 || { echo "text-throughput: $tool is needed" >&2; exit 2; }
done

# the peer folder may be read-only (CI copies shared/ without write bits): work on a copy
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$anchor"/. "$work"/
chmod -R u+w "$work"
echo "text-throughput: npm install in $work" >&2
(cd "$work" && npm install --no-audit --no-fund --loglevel=error >&2)
node "$work/gen_sentences.js" "$count" > "$work/sentences.txt"
lines=$(grep -c . "$work/sentences.txt")

# build Attune before anything is timed (the wrapper builds Release when sources changed)
"$root/attune" --help >/dev/null

# one core for each program; core 1 when there is one, so core 0 keeps the rest of the machine
cpu=0
if [ "$(nproc)" -gt 1 ]; then cpu=1; fi
now() { date +%s.%N; }
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

t0=$(now)
vader_json=$(cd "$work" && taskset -c "$cpu" node bench_text.js vader sentences.txt)
t1=$(now)
attune_json=$(taskset -c "$cpu" "$root/attune" bench text --file "$work/sentences.txt" --json)
t2=$(now)
# like for like: Attune's sentiment detector alone (absent on a build without one)
sentiment_json=$(taskset -c "$cpu" "$root/attune" bench text --file "$work/sentences.txt" --detectors sentiment --json 2>/dev/null) || sentiment_json=""
t3=$(now)

# the numbers are read with node, which is here anyway
report=$(VADER="$vader_json" ATTUNE="$attune_json" SENT="$sentiment_json" \
  T0="$t0" T1="$t1" T2="$t2" T3="$t3" LINES="$lines" CPU="$cpu" \
  CMD_VADER="taskset -c $cpu node bench_text.js vader sentences.txt" \
  CMD_ATTUNE="taskset -c $cpu ./attune bench text --file sentences.txt" \
  CMD_SENT="taskset -c $cpu ./attune bench text --file sentences.txt --detectors sentiment" \
  node -e '
const e = process.env;
const v = JSON.parse(e.VADER), a = JSON.parse(e.ATTUNE), s = e.SENT ? JSON.parse(e.SENT) : null;
const wv = e.T1 - e.T0, wa = e.T2 - e.T1, ws = e.T3 - e.T2;
const fmt = n => Math.round(n).toLocaleString("en-GB");
const mib = b => (b / 1048576).toFixed(0);
const rows = [
  ["vader-sentiment 1.1.3 (sentiment only)", e.CMD_VADER, v.n, v.sentences_per_s_inproc, wv, v.rss_mib],
  [`Attune, every detector (${a.detector_count}), redaction on`, e.CMD_ATTUNE, a.n, a.sentences_per_s, wa, mib(a.peak_working_set_bytes)],
];
if (s) rows.push([`Attune, sentiment detector alone (${s.detector_count})`, e.CMD_SENT, s.n, s.sentences_per_s, ws, mib(s.peak_working_set_bytes)]);
const ratio = a.sentences_per_s / v.sentences_per_s_inproc;
const out = [];
out.push("| program | command | sentences | sentences/s (scoring loop) | whole command, s | sentences/s (whole command) | peak memory, MiB |");
out.push("|---|---|---:|---:|---:|---:|---:|");
for (const r of rows) out.push(`| ${r[0]} | \`${r[1]}\` | ${fmt(r[2])} | ${fmt(r[3])} | ${r[4].toFixed(2)} | ${fmt(r[2] / r[4])} | ${r[5]} |`);
out.push("");
out.push(`**Ratio, Attune with every detector / vader-sentiment (scoring loops): ${ratio.toFixed(2)}x** (requirement: at least 3x; whole commands: ${((a.n / wa) / (v.n / wv)).toFixed(2)}x).`);
out.push("");
out.push(`Attune: ${fmt(a.allocated_bytes_per_sentence)} B allocated per sentence (${mib(a.allocated_bytes)} MiB in all), ${a.findings.toLocaleString("en-GB")} findings, ${a.turns_per_conversation} turns a conversation, customer and advisor turns alternately, one thread. vader checksum ${v.checksum}.`);
if (!s) out.push("", "Attune sentiment-alone row: this build has no sentiment detector in its catalogue.");
if (a.detector_count === 0) out.push("", "**Caution:** the detector catalogue of this build was empty, so the Attune row measures tokenising, redaction and the analysis session only, not the detectors. Rerun on a build with the detectors merged.");
console.log(out.join("\n"));
')

cpu_model=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || true)
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$root" status --porcelain 2>/dev/null)" ]; then commit="$commit (uncommitted changes)"; fi
mkdir -p "$(dirname "$out")"
{
  echo "# Text throughput: Attune against vader-sentiment"
  echo
  echo "Generated by \`bench/text-throughput.sh\`; both programs ran in the same run, one after the other, each pinned to CPU $cpu with taskset."
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "- machine: $(nproc) cores${cpu_model:+, $cpu_model}, $(uname -sr)"
  echo "- load average (1, 5, 15 min) before the run: $load (a busy machine slows both runs; they ran back to back, so read the ratio first)"
  echo "- runtimes: .NET $(dotnet --version 2>/dev/null || echo '?'), node $(node --version)"
  echo "- commit: $commit"
  echo "- input: \`node gen_sentences.js $count > sentences.txt\` ($lines sentences, deterministic)"
  echo
  echo "$report"
} > "$out"
cat "$out"
