#!/usr/bin/env bash
# Publishes the host with its modules and plugins into one folder and packs it as a .tar.gz:
#
#   deploy/publish.sh                         # self-contained for linux-x64 (no .NET needed where it runs)
#   deploy/publish.sh --framework-dependent   # needs the ASP.NET Core 10 runtime where it runs (the container image)
#   deploy/publish.sh --rid linux-arm64 --output /tmp/out --no-archive
#   deploy/publish.sh --ready-to-run         # precompiles the host and its libraries (faster start, larger archive)
#
# The archive (or, with --no-archive, the folder) holds kompetenzzentrum/, with the executable Kompetenzzentrum.Host, modules/ and
# plugins/ beside it (where the host looks for them). Start it with one environment variable:
#   ConnectionStrings__Kompetenzzentrum="Host=db;Username=kz;Password=…;Database=kompetenzzentrum" ./Kompetenzzentrum.Host
# Prints the archive's path (or the folder's, with --no-archive) as its last line.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rid=linux-x64
self_contained=true
configuration=Release
output="$root/artifacts/publish"
archive=true
ready_to_run=false

while [ $# -gt 0 ]; do
  case "$1" in
    --framework-dependent) self_contained=false ;;
    --rid) rid=$2; shift ;;
    --configuration|-c) configuration=$2; shift ;;
    --output|-o) output=$2; shift ;;
    --no-archive) archive=false ;;
    --ready-to-run) ready_to_run=true ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "publish.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# --disable-build-servers below: no MSBuild node or compiler server stays behind (the script also runs inside a test).
mkdir -p "$output"
output=$(cd "$output" && pwd)
app="$output/kompetenzzentrum"
rm -rf "$app"

# The host references no module: building it builds the modules and plugins into artifacts/<configuration>/.
dotnet build "$root/src/Host" -c "$configuration" --disable-build-servers -nologo -v q -clp:ErrorsOnly
if [ "$self_contained" = true ]; then
  dotnet publish "$root/src/Host" -c "$configuration" -r "$rid" --self-contained -p:KzSkipLoadables=true --disable-build-servers \
    -p:PublishReadyToRun=$ready_to_run \
    -nologo -v q -clp:ErrorsOnly -o "$app"
  name="kompetenzzentrum-$rid"
else
  # Portable (no runtime identifier): runs wherever the ASP.NET Core runtime does, x64 or arm64.
  dotnet publish "$root/src/Host" -c "$configuration" --no-self-contained -p:KzSkipLoadables=true --disable-build-servers \
    -nologo -v q -clp:ErrorsOnly -o "$app"
  name="kompetenzzentrum-portable"
fi
# Modules and plugins are loaded at run time from modules/ and plugins/ beside the host, not referenced.
for kind in modules plugins; do
  mkdir -p "$app/$kind"
  cp -R "$root/artifacts/$configuration/$kind/." "$app/$kind/"
done

if [ "$archive" = true ]; then
  tar -C "$output" -czf "$output/$name.tar.gz" kompetenzzentrum
  rm -rf "$app" # the archive is the product
  echo "$output/$name.tar.gz"
else
  echo "$app"
fi
