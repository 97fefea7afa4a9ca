#!/usr/bin/env bash
# Publishes samples/AotSmoke as a native AOT binary (zero trim/AOT warnings allowed), starts the workflow emulator,
# runs an Octave workflow and an Interactly conversation through the binary, and stops the emulator.
# Not part of .ci/run: a native publish takes minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

rid=linux-x64
work=$(mktemp -d)
emulator_pid=""
cleanup() {
  if [ -n "$emulator_pid" ] && kill -0 "$emulator_pid" 2>/dev/null; then
    kill -TERM "$emulator_pid" 2>/dev/null || true
    wait "$emulator_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

step() { printf '\n== %s ==\n' "$*"; }

# --- What native AOT needs: a clang to link with, and zlib to link against. Installed only when missing.
step "Native toolchain"
missing=()
compiler=$(command -v clang || true)
if [ -z "$compiler" ]; then
  compiler=$(ls /usr/bin/clang-[0-9]* 2>/dev/null | grep -E '/clang-[0-9]+$' | sort -V | tail -n 1 || true)
fi
[ -n "$compiler" ] || missing+=(clang)
if ! dpkg -s zlib1g-dev >/dev/null 2>&1 && [ ! -f /usr/include/zlib.h ]; then
  missing+=(zlib1g-dev)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update
  $sudo_cmd apt-get install -y --no-install-recommends "${missing[@]}"
  compiler=$(command -v clang)
fi
echo "Compiler: $compiler"

# --- Publish. The ILCompiler looks for 'clang' by name; a versioned clang-NN is passed explicitly.
step "Publish samples/AotSmoke (PublishAot, $rid)"
publish_log="$work/publish.log"
set +e
dotnet publish samples/AotSmoke/AotSmoke.csproj -c Release -r "$rid" -o "$work/publish" \
  -p:CppCompilerAndLinker="$compiler" 2>&1 | tee "$publish_log"
publish_status=${PIPESTATUS[0]}
set -e
if [ "$publish_status" -ne 0 ]; then
  echo "Publish failed (exit $publish_status)."
  exit 1
fi
if grep -E 'warning (IL|AOT)[0-9]+' "$publish_log" >/dev/null; then
  echo "Publish produced trim/AOT warnings:"
  grep -E 'warning (IL|AOT)[0-9]+' "$publish_log" | sort -u
  exit 1
fi
binary="$work/publish/AotSmoke"
[ -x "$binary" ] || { echo "No native binary at $binary"; exit 1; }
size_bytes=$(stat -c %s "$binary")
echo "Trim/AOT warnings: 0"
echo "Native binary: $(basename "$binary"), $size_bytes bytes ($(awk -v b="$size_bytes" 'BEGIN { printf "%.1f MiB", b / 1048576 }'))"

# --- Emulator: a separate process (it is ASP.NET Core and uses reflection; it is not part of the AOT app).
step "Start the workflow emulator"
dotnet build src/Octave.Interactly.Sdk.Emulator/Octave.Interactly.Sdk.Emulator.csproj -c Release -f net10.0 -v quiet -nologo >/dev/null
emulator_log="$work/emulator.log"
dotnet src/Octave.Interactly.Sdk.Emulator/bin/Release/net10.0/Octave.Interactly.Sdk.Emulator.dll \
  --port 0 --pending-ms 20 --running-ms 80 >"$emulator_log" 2>&1 &
emulator_pid=$!

octave_url=""
for _ in $(seq 1 300); do
  octave_url=$(sed -n 's/^Octave base URL: *//p' "$emulator_log" | head -n 1)
  [ -n "$octave_url" ] && break
  kill -0 "$emulator_pid" 2>/dev/null || { echo "The emulator exited:"; cat "$emulator_log"; exit 1; }
  sleep 0.1
done
[ -n "$octave_url" ] || { echo "The emulator did not start in 30 s:"; cat "$emulator_log"; exit 1; }
interactly_url=$(sed -n 's/^Interactly base URL: *//p' "$emulator_log" | head -n 1)
echo "Octave:     $octave_url"
echo "Interactly: $interactly_url"

# --- The scenario, run by the native binary.
step "Run the native binary"
set +e
"$binary" "$octave_url" "$interactly_url"
run_status=$?
set -e

step "Stop the emulator"
kill -TERM "$emulator_pid"
wait "$emulator_pid" 2>/dev/null || true
emulator_pid=""
echo "Stopped."

if [ "$run_status" -ne 0 ]; then
  echo "AOT smoke failed (exit $run_status). Emulator log:"
  cat "$emulator_log"
  exit 1
fi
echo
echo "AOT smoke passed: native binary $size_bytes bytes, 0 trim/AOT warnings."
