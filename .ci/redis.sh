#!/usr/bin/env bash
# Sourced by .ci/run: makes sure redis-server is installed, starts a private one on a free loopback port with
# persistence off, exports its address for the scale-out tests (OCTAVE_SDK_TEST_REDIS), and stops it when the
# calling script exits. If Redis cannot be started, nothing is exported and the scale-out tests fail (CI=true).

redis_ci_dir="$(mktemp -d)"

redis_ci_install() {
  command -v redis-server >/dev/null 2>&1 && return 0
  echo "redis-server is missing: installing it"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq redis-server >/dev/null
}

redis_ci_start() {
  redis_ci_install || { echo "could not install redis-server"; return 1; }
  local attempt port
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + RANDOM % 40000))
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
      --dir "$redis_ci_dir" --pidfile "$redis_ci_dir/redis.pid" --logfile "$redis_ci_dir/redis.log" >/dev/null 2>&1 || continue
    for _ in $(seq 1 50); do
      if redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; then
        export OCTAVE_SDK_TEST_REDIS="127.0.0.1:$port"
        echo "redis-server $(redis-server --version | sed -n 's/.*v=\([^ ]*\).*/\1/p') listening on $OCTAVE_SDK_TEST_REDIS"
        return 0
      fi
      sleep 0.1
    done
    redis_ci_stop
  done
  echo "could not start redis-server"
  return 1
}

redis_ci_stop() {
  if [ -f "$redis_ci_dir/redis.pid" ]; then
    local pid
    pid="$(cat "$redis_ci_dir/redis.pid")"
    kill "$pid" 2>/dev/null || true
    # Wait for it to exit, so it no longer writes into the directory removed next.
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    rm -f "$redis_ci_dir/redis.pid"
  fi
}

redis_ci_start || true

# Runs before whatever exit trap the caller had set, so neither replaces the other.
redis_ci_previous_trap="$(trap -p EXIT | sed -e "s/^trap -- '//" -e "s/' EXIT\$//")"
trap "redis_ci_stop; rm -rf '$redis_ci_dir'; ${redis_ci_previous_trap}" EXIT
