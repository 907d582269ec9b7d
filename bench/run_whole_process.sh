#!/usr/bin/env bash
# Whole-process benchmark: codes a synthetic corpus of 100,000 sentences with
# one and with two threads, with locations (the default) and without
# (--no-geo), and reports sentences per second, dictionary load time and peak
# memory (GNU time's maximum resident set size).
#
#   bench/run_whole_process.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
khaldun=$build/src/cli/khaldun
corpus=$build/bench/corpus-100k.jsonl
articles=10000
per=10
[ -f "$corpus" ] || "$build/bench/make_corpus" $articles $per > "$corpus"
sentences=$((articles * per))
echo "corpus: $corpus ($articles articles, $sentences sentences, $(du -h "$corpus" | cut -f1))"
"$khaldun" dict stats | tail -n 1
for geo in "" --no-geo; do
for threads in 1 2; do
  # Best of three runs.
  best=""
  for run in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$build/bench/time.txt" \
      "$khaldun" code $geo --threads $threads "$corpus" > "$build/bench/events.jsonl"
    read -r secs kb < "$build/bench/time.txt"
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; best_kb=$kb; fi
  done
  events=$(wc -l < "$build/bench/events.jsonl")
  awk -v t="$threads" -v s="$best" -v n="$sentences" -v kb="$best_kb" -v ev="$events" \
    -v g="${geo:-with locations}" \
    'BEGIN{printf "%s, threads %d: %.2f s, %.0f sentences/s, %d events, peak RSS %.0f MB\n", g, t, s, n/s, ev, kb/1024}'
done
done
