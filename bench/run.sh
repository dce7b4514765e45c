#!/usr/bin/env bash
# Ensemble's benchmark, one command: generate an IMDb-like data set, import it into a fresh embedded
# database, serve it, drive every question over HTTP from a separate JVM, write the results as JSON
# and as tables in bench/README.md. See bench/README.md.
#
#   bench/run.sh --scale tiny|tmdb|imdb [--clients 1,8,32] [--duration 20] [--warmup 5] [--prewarm 20]
#                [--out bench/results] [--seed 42] [--jar PATH] [--page-cache 2g]
#                [--jvm-opts "-Xmx4g"] [--import-jvm-opts "-Xmx6g"] [--questions all|q1,q2] [--max-requests 200000]
#                [--reuse-data] [--reuse-import] [--keep-db] [--no-readme] [--work DIR]
#   bench/run.sh --peers-data DIR [--peers-answers DIR2] [--peers-clients 8] [--phase-cap 40] [--timeout 60]
#                [--prewarm 20] [--no-bench] [--questions q1,q2] [--out bench/results/peers] [--jar PATH] ...
#                (Ensemble beside the peers of ../shared/peers, on their prepared data; see bench/README.md)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
command_line="bench/run.sh $*"

scale=""
clients="1,8,32"
duration=20
warmup=5
prewarm=20
out="$here/results"
seed=42
jar=""
page_cache="2g"
jvm_opts=""
import_jvm_opts=""
questions="all"
max_requests=200000
reuse_data=false
reuse_import=false
keep_db=false
readme=true
work=""
peers_data=""
peers_answers=""
peers_clients=8
phase_cap=40
peers_timeout=60
bench=true
out_given=false

usage() {
  sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    --clients) clients="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --prewarm) prewarm="$2"; shift 2 ;;
    --out) out="$2"; out_given=true; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --jar) jar="$2"; shift 2 ;;
    --page-cache) page_cache="$2"; shift 2 ;;
    --jvm-opts) jvm_opts="$2"; shift 2 ;;
    --import-jvm-opts) import_jvm_opts="$2"; shift 2 ;;
    --questions) questions="$2"; shift 2 ;;
    --max-requests) max_requests="$2"; shift 2 ;;
    --reuse-data) reuse_data=true; shift ;;
    --reuse-import) reuse_import=true; reuse_data=true; keep_db=true; shift ;;
    --keep-db) keep_db=true; shift ;;
    --no-readme) readme=false; shift ;;
    --work) work="$2"; shift 2 ;;
    --peers-data) peers_data="$2"; shift 2 ;;
    --peers-answers) peers_answers="$2"; shift 2 ;;
    --peers-clients) peers_clients="$2"; shift 2 ;;
    --phase-cap) phase_cap="$2"; shift 2 ;;
    --timeout) peers_timeout="$2"; shift 2 ;;
    --no-bench) bench=false; shift ;;
    -h|--help) usage ;;
    *) echo "run.sh: unexpected argument '$1'" >&2; usage ;;
  esac
done
if [ -n "$peers_data" ]; then
  [ -z "$scale" ] || { echo "run.sh: give --scale or --peers-data, not both" >&2; usage; }
  # the peers' results are not this benchmark's scales: they stay out of the folder the README's tables are made from
  $out_given || out="$here/results/peers"
else
  case "$scale" in tiny|tmdb|imdb) ;; *) echo "run.sh: --scale tiny|tmdb|imdb (or --peers-data DIR) is needed" >&2; usage ;; esac
fi
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
if [ -n "$peers_data" ]; then
  [ -d "$peers_data" ] || { echo "run.sh: --peers-data: no folder '$peers_data'" >&2; exit 2; }
  peers_data=$(cd "$peers_data" && pwd)
  missing=""
  for f in people.csv works.csv credits.csv samples.tsv; do [ -s "$peers_data/$f" ] || missing="$missing $f"; done
  if [ -n "$missing" ]; then
    echo "run.sh: --peers-data $peers_data lacks$missing: give a folder prepared by ../shared/peers (\$PEERS_WORK/data/<label>, made by its run.sh or prep.py)" >&2
    exit 2
  fi
  peers_label=$(basename "$peers_data")
  [ -n "$peers_answers" ] || peers_answers="$peers_data/../../answers"
  mkdir -p "$peers_answers"
  peers_answers=$(cd "$peers_answers" && pwd)
  case "$questions" in all) questions="collaborators,together,pairings,reunions,path,network" ;; esac
fi

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# Runs "import ARGS..." with import_cmd and service_env, its output in $work/import.log; sets import_exit
# and peak, the peak resident size in KiB (GNU time's, else VmHWM sampled while the import runs).
run_import() {
  set +e
  if [ -x /usr/bin/time ]; then
    env "${service_env[@]}" /usr/bin/time -v -o "$work/import.time" "${import_cmd[@]}" import "$@" > "$work/import.log" 2>&1
    import_exit=$?
    peak=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$work/import.time")
  else
    env "${service_env[@]}" "${import_cmd[@]}" import "$@" > "$work/import.log" 2>&1 &
    local import_pid=$!
    peak=0
    while kill -0 "$import_pid" 2>/dev/null; do
      hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$import_pid/status" 2>/dev/null || echo 0)
      [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ] && peak=$hwm
      sleep 0.5
    done
    wait "$import_pid"
    import_exit=$?
  fi
  set -e
}

# ---------------------------------------------------------------- a JDK 21+
java_version() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
java_bin=""
for candidate in "${JAVA:-}" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "${JAVA_HOME:+$JAVA_HOME/bin/java}" /usr/lib/jvm/*/bin/java "$(command -v java || true)"; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    v=$(java_version "$candidate")
    if [ -n "$v" ] && [ "${v%%.*}" -ge 21 ]; then java_bin="$candidate"; break; fi
  fi
done
[ -n "$java_bin" ] || { echo "run.sh: no JDK 21 or newer found; set JAVA=/path/to/bin/java" >&2; exit 1; }

if [ -n "$peers_data" ]; then [ -n "$work" ] || work="$here/work/peers-$peers_label"; fi
[ -n "$work" ] || work="$here/work/$scale-$seed"
case "$work" in /*) ;; *) work="$PWD/$work" ;; esac
data="$work/data"
db="$work/db"
mkdir -p "$work" "$out"

# ---------------------------------------------------------------- the jar (a private copy)
if [ -z "$jar" ]; then
  log "building the service jar"
  (cd "$root" && { ./mvnw -q -o package -Dmaven.test.skip=true || ./mvnw -q package -Dmaven.test.skip=true; }) >&2
  # others may rebuild target/ at any time: run a copy, named after the commit
  jar="$here/work/ensemble-$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo local).jar"
  cp "$root/target/ensemble.jar" "$jar.tmp" && mv "$jar.tmp" "$jar"
fi
[ -f "$jar" ] || { echo "run.sh: no jar at $jar" >&2; exit 1; }


# ---------------------------------------------------------------- service helpers
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "run.sh: no free port found" >&2; exit 1
}
service_pid=""
stop_service() {
  if kill -0 "$service_pid" 2>/dev/null; then
    kill -TERM "$service_pid" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 "$service_pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$service_pid" 2>/dev/null && kill -KILL "$service_pid" 2>/dev/null || true
  fi
}

# ---------------------------------------------------------------- beside the peers (--peers-data): convert, import, serve, drive, check
if [ -n "$peers_data" ]; then
  db="$work/db"
  jsonl="$work/works.jsonl"
  service_env=(ENSEMBLE_DATA_DIR="$db" ENSEMBLE_BOLT_PORT=0 ENSEMBLE_DEMO_ON_FIRST_START=false ENSEMBLE_PAGE_CACHE="$page_cache")
  # shellcheck disable=SC2206
  java_cmd=("$java_bin" --enable-native-access=ALL-UNNAMED $jvm_opts -jar "$jar")
  # shellcheck disable=SC2206
  import_cmd=("$java_bin" --enable-native-access=ALL-UNNAMED ${import_jvm_opts:-$jvm_opts} -jar "$jar")
  log "beside the peers: data $peers_data (label $peers_label), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ -s "$jsonl" ] && [ -z "$(find "$peers_data/people.csv" "$peers_data/works.csv" "$peers_data/credits.csv" "$here/src/Peers.java" -newer "$jsonl")" ]; then
    log "reusing $jsonl"
  else
    log "converting $peers_data to $jsonl"
    "$java_bin" -Xmx4g "$here/src/Peers.java" convert "$peers_data" "$jsonl.tmp"
    mv "$jsonl.tmp" "$jsonl"
  fi
  import_exit=0
  if $reuse_import && [ -d "$db" ] && [ -f "$work/import.json" ]; then
    log "reusing the database in $db"
  else
    rm -rf "$db"
    log "importing into a fresh embedded database (log: $work/import.log)"
    t0=$(now)
    run_import jsonl "$jsonl"
    t1=$(now)
    sed -n '/^Import report/,/^  skipped:/p' "$work/import.log" >&2
    if [ "$import_exit" -ne 0 ]; then
      echo "run.sh: the import failed (exit $import_exit); see $work/import.log" >&2
      exit 1
    fi
    printf '{"total_s": %s, "import": "java -jar %s import jsonl (bulk store import into a new folder; JVM and database start included)", "import_peak_rss_kib": %s, "db_bytes": %s}\n' \
      "$(elapsed "$t0" "$t1")" "$(basename "$jar")" "${peak:-0}" "$(du -sb "$db" | cut -f1)" > "$work/import.json"
  fi
  port=$(free_port)
  log "starting the service on 127.0.0.1:$port (log: $work/service.log)"
  t0=$(now)
  env "${service_env[@]}" PORT="$port" "${java_cmd[@]}" > "$work/service.log" 2>&1 &
  service_pid=$!
  trap stop_service EXIT
  if ! "$java_bin" "$here/src/Load.java" --base "http://127.0.0.1:$port" --wait-health 600; then
    echo "run.sh: the service did not become healthy; see $work/service.log" >&2
    exit 1
  fi
  t1=$(now)
  log "service up in $(elapsed "$t0" "$t1") s"
  result="$out/peers-$peers_label-ensemble.json"
  answers="$peers_answers/$peers_label-ensemble.json"
  drive_args=(--base "http://127.0.0.1:$port" --data "$peers_data" --label "$peers_label" --answers "$answers" --out "$result"
    --clients "$peers_clients" --phase-cap-s "$phase_cap" --timeout-s "$peers_timeout" --prewarm-s "$prewarm"
    --questions "$questions" --pid "$service_pid" --load-json "$work/import.json")
  $bench || drive_args+=(--no-bench)
  "$java_bin" -Xmx1g "$here/src/Peers.java" drive "${drive_args[@]}"
  stop_service
  trap - EXIT
  $keep_db || rm -rf "$db"
  check="$root/../shared/peers/check.py"
  if [ -f "$check" ]; then
    log "cross-peer check: $answers against $(cd "$peers_answers" && ls "$peers_label"-*.json | tr '\n' ' ')"
    python3 "$check" consistency "$peers_data" "$result" "$peers_answers/$peers_label"-*.json
    table=$(dirname "$root")/shared/peers/table.py
    peers_results="$peers_data/../../results"
    if [ -f "$table" ] && [ -d "$peers_results" ]; then
      side=$(mktemp -d)
      cp "$peers_results/$peers_label"-*.json "$result" "$side/" 2>/dev/null || true
      python3 "$table" "$side" || true
      rm -rf "$side"
    fi
  else
    log "no $check here: the answers are in $answers"
  fi
  log "done: $result"
  exit 0
fi

# ---------------------------------------------------------------- facts about this run
meta="$work/meta.properties"
previous_import=""
if $reuse_import; then
  # the database a --keep-db run imported, with that run's import figures
  if [ -d "$db" ] && [ -f "$work/import.log" ] && grep -q '^importExit=0$' "$meta" 2>/dev/null; then
    previous_import=$(grep -E '^(importExit|importWallSeconds|importPeakRssKiB)=' "$meta"; sed -n 's/^commit=/importCommit=/p; s/^timestamp=/importTimestamp=/p; s/^loadavg=/importLoadavg=/p' "$meta")
  else
    echo "run.sh: --reuse-import needs an earlier --keep-db run of this scale and seed that imported successfully" >&2
    exit 1
  fi
fi
date_utc=$(date -u +%F)
timestamp=$(date -u +%Y-%m-%dT%H:%M:%SZ)
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$root" status --porcelain 2>/dev/null | grep -vc '^?? bench/' || true)
{
  echo "scale=$scale"
  echo "seed=$seed"
  echo "date=$date_utc"
  echo "timestamp=$timestamp"
  echo "commit=$commit"
  echo "dirtyFiles=$dirty"
  printf 'command=%s\n' "$command_line"
  echo "nproc=$(nproc)"
  echo "memKiB=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo)"
  printf 'cpu=%s\n' "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
  printf 'kernel=%s\n' "$(uname -sr)"
  printf 'java=%s\n' "$("$java_bin" -version 2>&1 | head -1 | tr -d '"')"
  printf 'loadavg=%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "pageCache=$page_cache"
  printf 'jvmOptions=%s\n' "--enable-native-access=ALL-UNNAMED $jvm_opts"
  printf 'importJvmOptions=%s\n' "--enable-native-access=ALL-UNNAMED ${import_jvm_opts:-$jvm_opts}"
  printf 'jar=%s (%s bytes)\n' "$(basename "$jar")" "$(stat -c %s "$jar")"
  printf 'note=%s\n' "${BENCH_NOTE:-}"
} > "$meta"
log "scale $scale, seed $seed, commit $commit, load average $(cut -d' ' -f1-3 /proc/loadavg), java $java_bin"

# ---------------------------------------------------------------- 1. generate
if $reuse_data && [ -f "$data/summary.txt" ] && [ -f "$data/sample-ids.txt" ]; then
  log "reusing the data in $data"
  echo "generateSeconds=" >> "$meta"
else
  log "generating the $scale data set into $data"
  rm -rf "$data"
  t0=$(now)
  "$java_bin" -Xmx1g "$here/src/Generate.java" "$scale" "$seed" "$data" > "$work/generate.log"
  t1=$(now)
  echo "generateSeconds=$(elapsed "$t0" "$t1")" >> "$meta"
fi
echo "generateBytes=$(cat "$data"/*.tsv* | wc -c)" >> "$meta"
grep -E '^(movies|credits|creditedPeople)=' "$data/summary.txt" | tr '\n' ' ' >&2; echo >&2

service_env=(ENSEMBLE_DATA_DIR="$db" ENSEMBLE_BOLT_PORT=0 ENSEMBLE_DEMO_ON_FIRST_START=false ENSEMBLE_PAGE_CACHE="$page_cache")
# shellcheck disable=SC2206
java_cmd=("$java_bin" --enable-native-access=ALL-UNNAMED $jvm_opts -jar "$jar")
# the import holds the titles it waits to credit and each rebuild batch: it may need another heap than the service
# shellcheck disable=SC2206
import_cmd=("$java_bin" --enable-native-access=ALL-UNNAMED ${import_jvm_opts:-$jvm_opts} -jar "$jar")

# ---------------------------------------------------------------- 2. import into a fresh database
if $reuse_import; then
  log "reusing the database imported at $(sed -n 's/^importTimestamp=//p' <<< "$previous_import") (log: $work/import.log)"
  echo "$previous_import" >> "$meta"
else
rm -rf "$db"
log "importing (log: $work/import.log)"
t0=$(now)
run_import imdb "$data"
# without GNU time the sampled peak is the only record of it (import.time is read below otherwise)
[ -x /usr/bin/time ] || echo "importPeakRssKiB=$peak" >> "$meta"
t1=$(now)
echo "importExit=$import_exit" >> "$meta"
echo "importWallSeconds=$(elapsed "$t0" "$t1")" >> "$meta"
# (not sed | head: with pipefail, a long list of skipped lines would end the script on SIGPIPE)
sed -n '/^Import report/,/^  skipped:/p' "$work/import.log" >&2
if [ "$import_exit" -ne 0 ]; then
  [ "$import_exit" -gt 128 ] && echo "run.sh: the import was killed by signal $((import_exit - 128)) (not by this script)" >&2
  echo "run.sh: the import failed (exit $import_exit); see $work/import.log" >&2
  exit 1
fi
fi

# ---------------------------------------------------------------- 3. serve and drive
port=$(free_port)
log "starting the service on 127.0.0.1:$port (log: $work/service.log)"
t0=$(now)
env "${service_env[@]}" PORT="$port" "${java_cmd[@]}" > "$work/service.log" 2>&1 &
service_pid=$!
trap stop_service EXIT

if ! "$java_bin" "$here/src/Load.java" --base "http://127.0.0.1:$port" --wait-health 600; then
  echo "run.sh: the service did not become healthy; see $work/service.log" >&2
  exit 1
fi
t1=$(now)
echo "serviceStartSeconds=$(elapsed "$t0" "$t1")" >> "$meta"
log "service up in $(elapsed "$t0" "$t1") s; driving it: questions $questions, clients $clients, ${duration}s each after ${warmup}s warm-up (and ${prewarm}s per question before any)"

"$java_bin" -Xmx1g "$here/src/Load.java" --base "http://127.0.0.1:$port" --samples "$data/sample-ids.txt" \
  --clients "$clients" --duration "$duration" --warmup "$warmup" --prewarm "$prewarm" --questions "$questions" \
  --max-requests "$max_requests" --pid "$service_pid" --seed "$seed" --out "$work/load.json"

stop_service
trap - EXIT
$keep_db || rm -rf "$db"

# ---------------------------------------------------------------- 4. results
result="$out/$scale-$date_utc.json"
report_args=(--meta "$meta" --summary "$data/summary.txt" --import-log "$work/import.log"
  --import-time "$work/import.time" --load "$work/load.json" --out "$result")
if $readme; then report_args+=(--readme "$here/README.md" --results "$out"); fi
"$java_bin" "$here/src/Report.java" "${report_args[@]}" >&2
log "done: $result"
