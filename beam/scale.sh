#!/usr/bin/env bash
# Throughput of the Beam pipeline on Prism against the CLI on the same
# corpus, and how the time scales with workers, as one table:
#
#   beam/scale.sh [CORPUS_DIR [COPIES]]
#
# CORPUS_DIR defaults to ../shared/corpus/wikinews beside the repository
# (else corpus/seeds); COPIES (default 8) renamed copies of it make the
# corpus long enough to time. For p = 1..MAX (MAX=16 unless set) it runs
#   CLI:   GOMAXPROCS=p actorgraph extract -j p | actorgraph build
#   Prism: GOMAXPROCS=p actorgraph-beam --parallelism p   (p extraction shards)
# and checks that the two graph.json are the same bytes. Both count the
# copies once (dedup is on, as by default), and both do all the extraction.
set -euo pipefail
src=${1:-}
[ -n "$src" ] && src=$(cd "$src" && pwd) # relative to where it is run
cd "$(dirname "$0")"
root=$(cd .. && pwd)
if [ -z "$src" ]; then
  src=$root/corpus/seeds
  [ -d "$root/../shared/corpus/wikinews" ] && src=$root/../shared/corpus/wikinews
fi
copies=${2:-8}
max=${MAX:-16}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "building (the Beam SDK takes minutes the first time) ..." >&2
go build -o "$tmp/actorgraph-beam" ./cmd/actorgraph-beam
(cd "$root" && go build -o "$tmp/actorgraph" ./cmd/actorgraph)

mkdir -p "$tmp/corpus"
for i in $(seq 1 "$copies"); do
  for f in "$src"/*.txt "$src"/*.md "$src"/*.html "$src"/*.jsonl; do
    [ -f "$f" ] && cp "$f" "$tmp/corpus/c${i}_$(basename "$f")"
  done
done
bytes=$(cat "$tmp"/corpus/* | wc -c)
docs=$(ls "$tmp/corpus" | wc -l)

now() { date +%s.%N; }
calc() { awk "BEGIN { print $1 }"; }

printf '# corpus: %s × %d = %d files, %.1f MB; %d CPUs; %s\n' "$src" "$copies" "$docs" "$(calc "$bytes/1e6")" "$(nproc)" "$(date -u +%FT%TZ)"
printf '%-4s %9s %9s %9s %9s %8s %s\n' p cli_s cli_MB/s prism_s prism_MB/s prism/cli same_graph
for p in $(seq 1 "$max"); do
  t0=$(now)
  GOMAXPROCS=$p "$tmp/actorgraph" extract -j "$p" "$tmp/corpus" 2>/dev/null |
    GOMAXPROCS=$p "$tmp/actorgraph" build -title "Actor graph" >"$tmp/cli.json"
  t1=$(now)
  rm -rf "$tmp/beam"
  GOMAXPROCS=$p "$tmp/actorgraph-beam" --input "$tmp/corpus" --output "$tmp/beam" --parallelism "$p" >"$tmp/beam.log" 2>&1 ||
    { tail -20 "$tmp/beam.log" >&2; exit 1; }
  t2=$(now)
  cli=$(calc "$t1 - $t0"); prism=$(calc "$t2 - $t1")
  same=no; cmp -s "$tmp/cli.json" "$tmp/beam/graph.json" && same=yes
  printf '%-4d %9.2f %9.2f %9.2f %9.2f %8.2f %s\n' "$p" "$cli" "$(calc "$bytes/1e6/$cli")" \
    "$prism" "$(calc "$bytes/1e6/$prism")" "$(calc "$prism/$cli")" "$same"
done
