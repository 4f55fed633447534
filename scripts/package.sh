#!/usr/bin/env bash
# Builds the Debian package of audit_chain for one PostgreSQL major version, from
# `cargo pgrx package` (release build):
#   scripts/package.sh                 -> target/debian/postgresql-15-audit-chain_<version>_amd64.deb
#   PG_MAJOR=18 scripts/package.sh     -> target/debian/postgresql-18-audit-chain_<version>_amd64.deb
# The files go where that server's pg_config says (Debian's postgresql-15: /usr/lib/postgresql/15/lib
# and /usr/share/postgresql/15/extension; for 18, the prefix scripts/build-pg18.sh used, or the
# server PG18_PREFIX names, e.g. /usr/lib/postgresql/18 for PGDG's postgresql-18).
# Prints the package's path.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pg.sh
bash scripts/setup.sh >/dev/null
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
arch=$(dpkg --print-architecture)
name=postgresql-$PG_MAJOR-audit-chain
cargo pgrx package --no-default-features --features "$PG_FEATURE" --pg-config "$PG_CONFIG" >&2
tree=target/release/audit_chain-pg$PG_MAJOR
[ -d "$tree" ] || { echo "package: cargo pgrx package left no $tree" >&2; exit 1; }
root=target/debian/$name
rm -rf "$root"
mkdir -p "$root/DEBIAN"
cp -a "$tree/." "$root/"
# Debian's postgresql-15 provides the server; for 18 built from source there is no package to
# depend on.
depends=""
if dpkg -s "postgresql-$PG_MAJOR" >/dev/null 2>&1; then
  depends="Depends: postgresql-$PG_MAJOR"
fi
size=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<EOF
Package: $name
Version: $version
Architecture: $arch
Maintainer: audit_chain developers <audit-chain@localhost>
Installed-Size: $size
Section: database
Priority: optional
${depends}
Description: append-only, SHA-256 hash-chained audit tables for PostgreSQL $PG_MAJOR
 audit_chain turns ordinary tables into append-only audit tables: every row is chained to the
 one before it with SHA-256, UPDATE, DELETE, TRUNCATE and breaking DDL are refused, and
 audit_verify() proves that nothing was modified, removed, inserted or reordered.
EOF
sed -i '/^$/d' "$root/DEBIAN/control"
mkdir -p target/debian
deb=target/debian/${name}_${version}_${arch}.deb
dpkg-deb --root-owner-group --build "$root" "$deb" >&2
echo "$PWD/$deb"
