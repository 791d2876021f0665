#!/usr/bin/env bash
# Makes previous-version.sql.gz: a database seeded by the previous version of the host (before conjoined tenancy),
# for UpgradeFromPreviousVersionTests. Run from the repository root with a PostgreSQL server at $PG (trust auth).
#   tests/Kompetenzzentrum.Reliability.Tests/Upgrade/make-previous-version.sh <commit of the previous version>
# Made from main at f10f9d5 (Marten 9.58, events single-tenanted) with the demo data (organisations, accounts,
# maturity checks, programs, offerings, sessions, bookings, media, research facts).
set -euo pipefail
commit="${1:-f10f9d5}"
pg="${PG:-Host=127.0.0.1;Port=55433;Username=postgres}"
out="$(pwd)/tests/Kompetenzzentrum.Reliability.Tests/Upgrade/previous-version.sql.gz"
work="$(mktemp -d)"
git worktree add --detach "$work/src" "$commit"
dotnet build "$work/src/src/Host/Kompetenzzentrum.Host.csproj" -v q -o "$work/bin"
psql -h 127.0.0.1 -p 55433 -U postgres -c "drop database if exists kz_previous_version with (force)" -c "create database kz_previous_version"
ASPNETCORE_URLS=http://127.0.0.1:57311 ASPNETCORE_ENVIRONMENT=Development Kompetenzzentrum__Demo=true \
  ConnectionStrings__Kompetenzzentrum="$pg;Database=kz_previous_version" dotnet "$work/bin/Kompetenzzentrum.Host.dll" &
host=$!
until [ "$(psql -h 127.0.0.1 -p 55433 -U postgres -d kz_previous_version -Atc \
  "select count(*) from kz.mt_doc_demoseeded" 2>/dev/null || echo 0)" = 1 ]; do sleep 5; done
kill "$host"; wait "$host" || true
pg_dump -h 127.0.0.1 -p 55433 -U postgres --no-owner --no-privileges -n kz kz_previous_version | gzip -9 > "$out"
git worktree remove --force "$work/src"
