# `./newsflow bench` — sourced by ./newsflow (uses its helpers: check_java, ensure_tools, pid_of, cmd_up,
# cmd_down, ...). Starts what is not running, builds the bench module when its sources changed, runs
# dev.newsflow.bench.Bench (bench/) against the local stack, and stops, on any exit, what it started.
# shellcheck shell=bash

BENCH_STARTED=""

bench_cleanup() {
  local rc=$?
  trap '' INT TERM PIPE
  trap - EXIT
  set +e
  if [ -n "$BENCH_STARTED" ]; then
    say "stopping what the bench started:$BENCH_STARTED"
    # shellcheck disable=SC2086
    cmd_down $BENCH_STARTED
  fi
  exit $rc
}

# The bench runs from bench/target/classes with its dependencies in bench/target/lib; rebuilt (with the
# modules it is built from) when a main source or pom of those is newer than the last build.
bench_ensure_built() {
  local stamp=$STATE/bench/.built newer=""
  [ "${NEWSFLOW_BUILD:-auto}" != never ] || return 0
  if [ -f "$stamp" ] && [ -f "$ROOT/bench/target/classes/dev/newsflow/bench/Bench.class" ] && [ -d "$ROOT/bench/target/lib" ]; then
    newer=$(find "$ROOT/pom.xml" "$ROOT/bench" "$ROOT/enrich-core" "$ROOT/corpus" "$ROOT/contracts" \
      \( -name target -o -path '*/src/test' \) -prune -o -type f -newer "$stamp" -print 2>/dev/null | head -n 1)
    [ -n "$newer" ] || return 0
  fi
  say "building the bench (./mvnw -B -q -pl bench -am package -Dmaven.test.skip=true) ..."
  mkdir -p "$STATE/bench"
  touch "$stamp.new"
  (cd "$ROOT" && ./mvnw -B -q -pl bench -am package -Dmaven.test.skip=true) || die "the bench build failed (output above)"
  mv -f "$stamp.new" "$stamp"
}

# True unless every part asked for (--parts) runs in the bench's own JVM (core, memory): those need no stack.
bench_needs_stack() {
  local arg prev="" parts="" p
  for arg in "$@"; do
    [ "$prev" = --parts ] && parts=$arg
    prev=$arg
  done
  [ -n "$parts" ] || return 0
  for p in ${parts//,/ }; do
    case "$p" in
      core | memory) ;;
      *) return 0 ;;
    esac
  done
  return 1
}

# The components that are not running.
bench_missing() {
  local n out=""
  for n in $COMPONENTS; do
    pid_of "$n" >/dev/null || out="$out $n"
  done
  echo "$out"
}

bench_main() {
  local arg n t0 up_seconds=""
  for arg in "$@"; do
    case "$arg" in
      -h | --help)
        bench_ensure_built
        "$JAVA" -cp "$ROOT/bench/target/classes:$ROOT/bench/target/lib/*" dev.newsflow.bench.Bench --help
        return 0 ;;
    esac
  done
  check_java
  if ! bench_needs_stack "$@"; then
    bench_ensure_built
    bench_java "$@"
    return
  fi
  ensure_tools
  bench_ensure_built
  # Builds first, so that the set of what the bench starts (and stops again) is taken right before it
  # starts it: another `up` during a long build must not have its components stopped by the bench.
  if [ -n "$(bench_missing)" ]; then
    ensure_built $SERVICES
    ensure_postgres_binaries
  fi
  BENCH_STARTED=$(bench_missing)
  trap 'exit 130' INT
  trap 'exit 143' TERM
  trap bench_cleanup EXIT
  if [ -n "$BENCH_STARTED" ]; then
    say "starting$BENCH_STARTED for the bench (stopped again at the end) ..."
    t0=$(now)
    # shellcheck disable=SC2086
    cmd_up $BENCH_STARTED
    # the `up` target is about the whole stack from cold
    # shellcheck disable=SC2086
    if [ "$(echo $BENCH_STARTED)" = "$COMPONENTS" ]; then
      up_seconds=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
    fi
  fi
  NEWSFLOW_BENCH_UP_SECONDS=$up_seconds bench_java "$@"
}

# The bench's JVM gets enough heap for the core part's articles and pages; its log noise (Kafka admin client) is cut.
bench_java() {
  NEWSFLOW_CLK_TCK=$(getconf CLK_TCK 2>/dev/null || echo 100) \
    "$JAVA" -Xmx768m -Dnewsflow.home="$ROOT" -Dnewsflow.bench.upSeconds="${NEWSFLOW_BENCH_UP_SECONDS:-}" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$ROOT/bench/target/classes:$ROOT/bench/target/lib/*" dev.newsflow.bench.Bench "$@"
}
