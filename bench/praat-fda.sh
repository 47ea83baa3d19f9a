#!/usr/bin/env bash
# Praat's pitch tracker (To Pitch (ac)) on the FDA evaluation files, scored by the same fda.pitch metric as Attune.
#
# usage: bench/praat-fda.sh [DATA_DIR] [TRACK_DIR]
#   DATA_DIR   folder laid out like /work/shared/data (default /work/shared/data); uses DATA_DIR/fda_ue_pitch
#   TRACK_DIR  where the Praat tracks go (default artifacts/bench/praat-fda)
# Then prints both evaluations:
#   ./attune eval --data DATA_DIR --task fda.pitch                          (Attune's YIN tracker)
#   ./attune eval --data DATA_DIR --task fda.pitch --pitch-tracks TRACK_DIR  (the Praat tracks)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$(cd "${1:-/work/shared/data}" && pwd)"
tracks="${2:-$root/artifacts/bench/praat-fda}"
command -v praat >/dev/null 2>&1 || { echo "praat-fda: praat is needed (apt-get install praat)" >&2; exit 2; }
[ -d "$data/fda_ue_pitch" ] || { echo "praat-fda: $data/fda_ue_pitch not found" >&2; exit 2; }
mkdir -p "$tracks"
tracks="$(cd "$tracks" && pwd)"
praat --version >&2
praat --run "$root/bench/praat-fda.praat" "$data/fda_ue_pitch" "$tracks" 0.0025 75 600
echo "praat-fda: $(ls "$tracks"/*.f0 | wc -l) tracks in $tracks" >&2
# the voicing error, fine RMS and per-speaker figures are in the note of the JSON output
echo "== Attune (YIN)"
"$root/attune" eval --data "$data" --task fda.pitch --json "$tracks/attune.json"
grep '"note"' "$tracks/attune.json"
echo "== Praat To Pitch (ac)"
"$root/attune" eval --data "$data" --task fda.pitch --pitch-tracks "$tracks" --json "$tracks/praat.json"
grep '"note"' "$tracks/praat.json"
