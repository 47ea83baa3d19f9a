#!/usr/bin/env bash
# Makes the two demo calls of samples/audio on demand (WAV files are not committed):
#   angry-customer-call.wav  a customer who gets louder, higher and faster as the call escalates; the advisor talks
#                            over them once and they stop
#   calm-call.wav            an ordinary, calm call with normal turn-taking
# Both are 8 kHz stereo 16-bit PCM, customer on the left, advisor on the right, made with espeak-ng and sox; each comes
# with its transcript in Attune JSON (docs/formats.md) with the real turn times, so the voice analysis can be demoed:
#   samples/audio/make-calls.sh
#   ./attune analyze samples/audio/angry-customer-call.wav --transcript samples/audio/angry-customer-call.json
# Turn times are the first and last audible sample of each utterance (espeak-ng's padding is trimmed, |x| > 0.2 %).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for tool in espeak-ng sox soxi awk; do
  command -v "$tool" >/dev/null 2>&1 || { echo "make-calls: $tool is needed (apt-get install espeak-ng sox)" >&2; exit 2; }
done
rate=8000

# make_call NAME ID < SPEC
# SPEC lines: party|offset|voice|wpm|pitch|amplitude|stop|text
#   offset: seconds after the moment the line last fell silent (negative = talk over whoever is still speaking)
#   stop:   cut the speech this many seconds after it starts (an interrupted speaker), or - for the whole text
make_call() {
  local name="$1" id="$2" work
  work="$(mktemp -d)"
  local i=0 latest=0 party offset voice wpm pitch amp stop text start dur end
  local -a cust=() adv=() turns=()
  while IFS='|' read -r party offset voice wpm pitch amp stop text; do
    case "$party" in ''|'#'*) continue ;; esac
    espeak-ng -v "$voice" -s "$wpm" -p "$pitch" -a "$amp" -w "$work/raw$i.wav" -- "$text"
    # resample, then trim espeak's leading and trailing silence (sox silence effect, threshold 0.2 % of full scale)
    sox -D "$work/raw$i.wav" -r "$rate" -c 1 -b 16 "$work/u$i.wav" \
      silence 1 1 0.2% reverse silence 1 1 0.2% reverse
    if [ "$stop" != "-" ]; then
      sox -D "$work/u$i.wav" "$work/c$i.wav" trim 0 "$stop" reverse fade 0.01 reverse
      # the words said before the cut, roughly in proportion to the time kept
      text=$(awk -v t="$text" -v s="$stop" -v d="$(soxi -D "$work/u$i.wav")" 'BEGIN {
        n = split(t, w, " "); k = int(n * s / d); if (k < 1) k = 1; out = w[1]
        for (j = 2; j <= k; j++) out = out " " w[j]; printf "%s—", out }')
      mv "$work/c$i.wav" "$work/u$i.wav"
    fi
    dur=$(soxi -D "$work/u$i.wav")
    start=$(awk -v l="$latest" -v o="$offset" 'BEGIN { printf "%.3f", l + o }')
    end=$(awk -v s="$start" -v d="$dur" 'BEGIN { printf "%.3f", s + d }')
    latest=$(awk -v l="$latest" -v e="$end" 'BEGIN { printf "%.3f", (e > l ? e : l) }')
    sox -D "$work/u$i.wav" "$work/p$i.wav" pad "$start"
    if [ "$party" = customer ]; then cust+=(-v 1 "$work/p$i.wav"); else adv+=(-v 1 "$work/p$i.wav"); fi
    turns+=("$(printf '    { "party": "%s", "text": "%s", "start": %s, "end": %s }' "$party" "${text//\"/\\\"}" "$start" "$end")")
    i=$((i + 1))
  done
  # a silent track of the full length in each mix, so both channels end together (0.5 s after the last speech)
  local total
  total=$(awk -v l="$latest" 'BEGIN { printf "%.3f", l + 0.5 }')
  sox -D -n -r "$rate" -c 1 -b 16 "$work/full.wav" trim 0 "$total"
  # -v 1 on every input: mix without sox's default halving, so levels are what espeak-ng made
  sox -D -m -v 1 "$work/full.wav" "${cust[@]}" "$work/customer.wav" trim 0 "$total"
  sox -D -m -v 1 "$work/full.wav" "${adv[@]}" "$work/advisor.wav" trim 0 "$total"
  # committed as 8 kHz G.711 µ-law (8 bits a sample) to keep the repository small: about 16 kB a second
  sox -D -M "$work/customer.wav" "$work/advisor.wav" -e mu-law -b 8 "$here/$name.wav"
  {
    printf '{\n  "id": "%s",\n  "channel": "voice",\n' "$id"
    printf '  "advisor": { "name": "Sam" },\n  "team": "Broadband support",\n  "turns": [\n'
    local n=${#turns[@]}
    for ((k = 0; k < n; k++)); do
      if ((k + 1 < n)); then printf '%s,\n' "${turns[k]}"; else printf '%s\n' "${turns[k]}"; fi
    done
    printf '  ]\n}\n'
  } > "$here/$name.json"
  rm -rf "$work"
  echo "make-calls: $here/$name.wav ($total s) and $name.json" >&2
}

C="en-us+f3"
A="en-us"
make_call angry-customer-call DEMO-ANGRY-001 <<EOF_SPEC
advisor|0.6|$A|165|50|100|-|Thank you for calling Northwind Broadband, this is Sam. How can I help?
customer|0.5|$C|150|50|100|-|Hi. My internet has been down since yesterday morning and I work from home.
advisor|0.4|$A|165|50|100|-|I'm sorry to hear that. Can I take your account number, please?
customer|0.6|$C|155|52|105|-|It's four four seven two nine one eight.
advisor|0.5|$A|165|50|100|-|Thank you. I can see an open fault on your line. Have you restarted the router?
customer|0.3|$C|170|62|130|-|Yes, of course I have. Three times. That is the first thing everybody asks me.
advisor|0.5|$A|165|50|100|-|I understand. The engineer visit is booked for next Tuesday.
customer|0.2|$C|185|72|145|-|Next Tuesday? That's a week without internet. This is the third time this month and nobody ever calls me back like they promised.
advisor|0.6|$A|165|50|100|-|I can see that, and I'm sorry. Let me check for an earlier slot.
customer|0.2|$C|195|78|160|4.0|I don't want you to check, I want somebody to actually fix it today, I have been a customer for eleven years and I am paying for a service I am not getting
advisor|-0.7|$A|170|50|110|-|I hear you. I've found a slot tomorrow morning and I'll add a credit for every day you've been without service.
customer|0.8|$C|165|60|120|-|Tomorrow morning. Okay. And the credit goes on this month's bill?
advisor|0.4|$A|165|50|100|-|Yes, it will be on this month's bill. You'll get a text with the engineer's details tonight.
customer|0.6|$C|150|52|100|-|Fine. Thank you.
EOF_SPEC

make_call calm-call DEMO-CALM-001 <<EOF_SPEC
advisor|0.6|$A|165|50|100|-|Good morning, Northwind Broadband, this is Sam. How can I help you today?
customer|0.5|$C|150|50|100|-|Hello, I'm moving house next month and I'd like to move my broadband with me.
advisor|0.5|$A|165|50|100|-|Congratulations on the move. I can arrange that for you. What's the new postcode?
customer|0.6|$C|150|50|100|-|It's L S six, four D Q.
advisor|0.7|$A|165|50|100|-|Thank you. Good news, the same speed is available at the new address.
customer|0.4|$C|150|50|100|-|That's great. Can it be switched over on the fifteenth?
advisor|0.5|$A|165|50|100|-|Yes, I've booked the fifteenth. Your router will work there as it is.
customer|0.5|$C|150|50|100|-|Perfect, thank you so much for your help.
advisor|0.4|$A|165|50|100|-|You're welcome, and good luck with the move.
EOF_SPEC
