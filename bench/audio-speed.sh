#!/usr/bin/env bash
# Audio analysis speed, Attune against Praat, in the same run, on the same 10-minute 8 kHz stereo call.
#
# usage: [ROUNDS=3] [ATTUNE_REPEAT=5] [NOISY=1] bench/audio-speed.sh [WAV]
#   NOISY=1 (default) also measures the call with white line noise added (about -53 dBFS), the slow case
#   WAV  the call to measure (default: artifacts/bench/audio/call_600s_8k_stereo.wav, generated when missing:
#        espeak-ng speech from bench/audio-call-script.txt, customer (en-us+f3) on the left, advisor (en-us) on the
#        right, one party at a time with 0.4 s gaps, repeated and cut to exactly 600 s, 16-bit PCM)
# Writes bench/results/audio-speed.md (or $OUT) and prints it.
#
# The requirement it checks (issue 3): the full audio analysis of both channels at >= 1,000x real time per core and
# at least 5x faster than Praat's To Pitch (ac) plus To Intensity on the same audio. Both programs are pinned to the
# same core and their user+sys CPU seconds are taken from /usr/bin/time; "x real time per CPU-second" = audio
# seconds / CPU seconds.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${OUT:-$root/bench/results/audio-speed.md}"
work="$root/artifacts/bench/audio"
wav="${1:-$work/call_600s_8k_stereo.wav}"
for tool in praat sox soxi espeak-ng taskset /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || { echo "audio-speed: $tool is needed (apt-get install praat sox espeak-ng time util-linux)" >&2; exit 2; }
done
mkdir -p "$work"

make_call() {
  local target="$1" parts
  parts="$(mktemp -d)"
  sox -D -n -r 8000 -c 1 -b 16 "$parts/gap.wav" trim 0 0.4
  local i=0 left=() right=() line voice rate
  while IFS= read -r line; do
    case "$line" in ''|'#'*) continue ;; esac
    if (( i % 2 == 0 )); then voice="en-us"; rate=165; else voice="en-us+f3"; rate=150; fi
    espeak-ng -v "$voice" -s "$rate" -w "$parts/raw$i.wav" -- "$line"
    sox -D "$parts/raw$i.wav" -r 8000 -c 1 -b 16 "$parts/s$i.wav"
    sox -D "$parts/s$i.wav" "$parts/z$i.wav" vol 0   # silence of the same length for the other channel
    if (( i % 2 == 0 )); then left+=("$parts/z$i.wav"); right+=("$parts/s$i.wav")
    else left+=("$parts/s$i.wav"); right+=("$parts/z$i.wav"); fi
    left+=("$parts/gap.wav"); right+=("$parts/gap.wav")
    i=$((i + 1))
  done < "$root/bench/audio-call-script.txt"
  sox -D "${left[@]}" "$parts/left-block.wav"
  sox -D "${right[@]}" "$parts/right-block.wav"
  local block reps
  block=$(soxi -D "$parts/left-block.wav")
  reps=$(awk -v b="$block" 'BEGIN { r = int(600 / b); if (r * b < 600) r++; print r }')
  local l=() r=()
  for ((k = 0; k < reps; k++)); do l+=("$parts/left-block.wav"); r+=("$parts/right-block.wav"); done
  sox -D "${l[@]}" "$parts/left.wav" trim 0 600
  sox -D "${r[@]}" "$parts/right.wav" trim 0 600
  sox -D -M "$parts/left.wav" "$parts/right.wav" -b 16 "$target"
  rm -rf "$parts"
}

if [ ! -f "$wav" ]; then
  echo "audio-speed: generating $wav" >&2
  make_call "$wav"
fi
wav="$(cd "$(dirname "$wav")" && pwd)/$(basename "$wav")"
seconds=$(soxi -D "$wav" | awk '{ printf "%.1f", $1 }')
format="$(soxi -r "$wav") Hz, $(soxi -c "$wav") channels, $(soxi -b "$wav")-bit"

# build Attune before anything is timed (the wrapper builds Release when sources changed)
"$root/attune" --help >/dev/null

cpu=0
if [ "$(nproc)" -gt 1 ]; then cpu=1; fi
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
model=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || echo unknown)

# Each program runs $ROUNDS times, alternately (Praat, Attune, Praat, Attune, ...), so that a burst of load from
# other processes on the shared machine hits both; the table gives the median round and the range over rounds.
rounds="${ROUNDS:-3}"
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
range() { tr ' ' '\n' | grep -v '^$' | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }'; }
# measure WAV LABEL: $ROUNDS alternate rounds of Praat and Attune on WAV; appends a table and its verdict to $tables.
tables=""
measure() {
local wav="$1" label="$2" rows verdict
local seconds
seconds=$(soxi -D "$wav" | awk '{ printf "%.1f", $1 }')
echo "audio-speed: $label" >&2
p_cpus=""; p_kbs=""; a_lines=(); w_cpus=""; w_kbs=""; failed=0
for ((round = 1; round <= rounds; round++)); do
  echo "audio-speed: round $round/$rounds: Praat on core $cpu" >&2
  /usr/bin/time -f '%U %S %M' -o "$work/praat.time" \
    taskset -c "$cpu" praat --run "$root/bench/audio-speed.praat" "$wav" > "$work/praat.out"
  read -r p_user p_sys p_kb < "$work/praat.time"
  p_cpus="$p_cpus $(awk -v u="$p_user" -v s="$p_sys" 'BEGIN { printf "%.2f", u + s }')"
  p_kbs="$p_kbs $p_kb"

  echo "audio-speed: round $round/$rounds: Attune on core $cpu" >&2
  line=""
  if /usr/bin/time -f '%U %S %M' -o "$work/attune.time" \
       taskset -c "$cpu" "$root/attune" bench audio "$wav" --repeat "${ATTUNE_REPEAT:-5}" > "$work/attune.out" 2>&1; then
    # e.g. "audio: 1234× real time per core, cpu 0.490 s, peak 42.0 MB"
    line=$(grep -m1 -E '^audio: [0-9.,]+× real time per core, cpu [0-9.]+ s, peak [0-9.]+ MB' "$work/attune.out" || true)
  fi
  if [ -z "$line" ]; then failed=1; break; fi
  a_lines+=("$line")
  read -r a_user a_sys a_kb < "$work/attune.time"
  w_cpus="$w_cpus $(awk -v u="$a_user" -v s="$a_sys" 'BEGIN { printf "%.2f", u + s }')"
  w_kbs="$w_kbs $a_kb"
done

p_cpu=$(median <<< "$p_cpus"); p_range=$(range <<< "$p_cpus")
p_rt=$(awk -v d="$seconds" -v c="$p_cpu" 'BEGIN { printf "%.0f", d / c }')
p_mb=$(awk -v k="$(median <<< "$p_kbs")" 'BEGIN { printf "%.0f", k / 1024 }')

rows="| Praat 6.3 \`To Pitch (ac)\` + \`To Intensity\`, both channels (whole process) | $p_cpu ($p_range) | ${p_rt}× | $p_mb | 1.0 |"
verdict=""
if [ "$failed" = 0 ]; then
  a_cpus=""; a_mbs=""
  for line in "${a_lines[@]}"; do
    a_cpus="$a_cpus $(sed -E 's/.*cpu ([0-9.]+) s.*/\1/' <<< "$line")"
    a_mbs="$a_mbs $(sed -E 's/.*peak ([0-9.]+) MB.*/\1/' <<< "$line")"
  done
  a_cpu=$(median <<< "$a_cpus"); a_range=$(range <<< "$a_cpus")
  a_rt=$(awk -v d="$seconds" -v c="$a_cpu" 'BEGIN { printf "%.0f", d / c }')
  a_mb=$(median <<< "$a_mbs")
  w_cpu=$(median <<< "$w_cpus"); w_range=$(range <<< "$w_cpus")
  w_rt=$(awk -v d="$seconds" -v c="$w_cpu" 'BEGIN { if (c > 0) printf "%.0f", d / c; else printf "0" }')
  w_mb=$(awk -v k="$(median <<< "$w_kbs")" 'BEGIN { printf "%.0f", k / 1024 }')
  ratio=$(awk -v a="$a_rt" -v p="$p_rt" 'BEGIN { printf "%.1f", a / p }')
  w_ratio=$(awk -v a="$w_rt" -v p="$p_rt" 'BEGIN { printf "%.1f", a / p }')   # 0 when /usr/bin/time saw no CPU
  rows="$rows
| Attune \`bench audio\`: full analysis, both channels (its own measurement: median of ${ATTUNE_REPEAT:-5} passes after a warm-up, process CPU) | $a_cpu ($a_range) | ${a_rt}× | $a_mb | **$ratio** |
| Attune, whole process (.NET start-up, JIT, warm-up and all ${ATTUNE_REPEAT:-5} passes, /usr/bin/time) | $w_cpu ($w_range) | — | $w_mb | — |"
  # Per analysis, the whole-process CPU divided by the number of analyses it ran (warm-up included): the
  # least flattering figure, start-up and JIT spread over them.
  per_pass=$(awk -v c="$w_cpu" -v n="$(( ${ATTUNE_REPEAT:-5} + 1 ))" 'BEGIN { printf "%.3f", c / n }')
  per_pass_rt=$(awk -v d="$seconds" -v c="$per_pass" 'BEGIN { printf "%.0f", d / c }')
  rows="$rows
| Attune, whole process divided by the $(( ${ATTUNE_REPEAT:-5} + 1 )) analyses it ran | $per_pass | ${per_pass_rt}× | | $(awk -v a="$per_pass_rt" -v p="$p_rt" 'BEGIN { printf "%.1f", a / p }') |"
  verdict=$(awk -v a="$a_rt" -v r="$ratio" 'BEGIN {
    printf "Requirement: >= 1,000x real time per core: %s (%sx); >= 5x Praat: %s (%sx).", (a >= 1000 ? "met" : "NOT met"), a, (r >= 5 ? "met" : "NOT met"), r }')
else
  rows="$rows
| Attune | not measured: \`./attune bench audio\` failed or printed no \`audio: ...\` line (see below) | | | |"
  verdict="Attune was not measured. Its output:

\`\`\`
$(tail -n 20 "$work/attune.out")
\`\`\`"
fi
tables="$tables
### $label

| tool | CPU s (user+sys), median (range) | × real time per CPU-second | peak MiB | ratio to Praat |
|---|---|---|---|---|
$rows

$verdict

Praat: $(cat "$work/praat.out")
"
}

measure "$wav" "$(basename "$wav"): the call as generated (the silent party's channel is digital silence)"
noisy=""
if [ "${NOISY:-1}" != 0 ]; then
  # The same call with white line noise on both channels at about -53 dBFS RMS (sox whitenoise vol 0.01): telephone
  # lines are rarely digitally silent, and noise above the pitch tracker's silence gates (-60 dBFS absolute, 40 dB
  # under the running peak) makes YIN run on every frame, the slowest case for the analysis.
  noisy="${wav%.wav}_noise53.wav"
  if [ ! -f "$noisy" ]; then
    sox -D -n -r "$(soxi -r "$wav")" -c "$(soxi -c "$wav")" -b 16 "$work/noise.wav" synth "$(soxi -D "$wav")" whitenoise vol 0.01
    sox -D -m -v 1 "$wav" -v 1 "$work/noise.wav" -b 16 "$noisy"
    rm -f "$work/noise.wav"
  fi
  measure "$noisy" "$(basename "$noisy"): the same call with white line noise at about -53 dBFS on both channels"
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

report="# Audio analysis speed: Attune against Praat

Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($model), load average $load before and $load_after after;
both programs pinned to core $cpu with \`taskset\`, alternately, $rounds rounds each in the same run: median round, range in
brackets. Audio: $(basename "$wav"), ${seconds} s, $format
(synthetic espeak-ng dialogue, customer left, advisor right, generated by this script).
$tables
Commands:

    ROUNDS=$rounds ATTUNE_REPEAT=${ATTUNE_REPEAT:-5} NOISY=${NOISY:-1} bench/audio-speed.sh
    taskset -c $cpu praat --run bench/audio-speed.praat ${wav#"$root"/}          # timed with /usr/bin/time -f '%U %S %M'
    taskset -c $cpu ./attune bench audio ${wav#"$root"/} --repeat ${ATTUNE_REPEAT:-5}
${noisy:+    (the same two for ${noisy#"$root"/})
}"
mkdir -p "$(dirname "$out")"
printf '%s' "$report" > "$out"
printf '%s' "$report"
