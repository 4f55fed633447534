#!/usr/bin/env bash
# Builds PostgreSQL 18 (server, headers, contrib) from the upstream source in Debian's source
# archive into ${PG18_PREFIX:-/opt/pg18}, once per machine: Debian 12 packages only PostgreSQL 15.
# Idempotent: does nothing when $PG18_PREFIX/bin/pg_config already reports 18.x.
#   scripts/build-pg18.sh
set -euo pipefail
PREFIX=${PG18_PREFIX:-/opt/pg18}
if "$PREFIX/bin/pg_config" --version 2>/dev/null | grep -q '^PostgreSQL 18'; then
  exit 0
fi
echo "build-pg18: building PostgreSQL 18 into $PREFIX (about 3 minutes, once per machine)"
need=()
for p in bison flex libreadline-dev zlib1g-dev libxml2-dev pkg-config make gcc; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >/dev/null
fi
SRC=/opt/pgsrc
mkdir -p "$SRC/lists/partial"
cd "$SRC"
# A sources list and lists folder of our own: the system's apt configuration is left untouched.
echo 'deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian sid main' > sources.list
APT=(-o "Dir::Etc::sourcelist=$SRC/sources.list" -o Dir::Etc::sourceparts=/dev/null -o "Dir::State::Lists=$SRC/lists")
if ! ls postgresql-18_*.orig.tar.bz2 >/dev/null 2>&1; then
  apt-get "${APT[@]}" update -q >/dev/null
  if ! apt-get "${APT[@]}" source --download-only postgresql-18 >/dev/null; then
    echo "build-pg18: could not download the PostgreSQL 18 source from Debian's source archive (suite sid)." >&2
    echo "build-pg18: PostgreSQL 18 tests need it; set PG18_PREFIX to an existing PostgreSQL 18 installation instead." >&2
    exit 1
  fi
fi
tarball=$(ls postgresql-18_*.orig.tar.bz2 | sort -V | tail -1)
ver=${tarball#postgresql-18_}
dir=postgresql-${ver%.orig.tar.bz2}
rm -rf "$dir"
tar xjf "$tarball"
cd "$dir"
# libxml: the xml type, which audit tables may have (the same as Debian's build).
./configure --prefix="$PREFIX" --without-icu --with-libxml >/dev/null
make -j"$(nproc)" -s >/dev/null
make -s install >/dev/null
make -C contrib -j"$(nproc)" -s >/dev/null
make -C contrib -s install >/dev/null
cd "$SRC" && rm -rf "$dir"
"$PREFIX/bin/pg_config" --version
