#!/usr/bin/env bash
# Interoperability of audit_chain's signed notes with Go's reference implementation
# (golang.org/x/mod/sumdb/note, from Debian's golang-golang-x-mod-dev, built offline in GOPATH
# mode): keys and notes made by the audit-chain tool open with note.Open, and a note that Go signs
# with a key from note.GenerateKey opens with audit-chain open; tampered notes and strangers' keys
# fail on both sides.
set -euo pipefail
cd "$(dirname "$0")/.."
export GO111MODULE=off GOPATH=/usr/share/gocode GOFLAGS= GOCACHE=${GOCACHE:-/tmp/audit_chain_gocache}
if ! command -v go >/dev/null || [ ! -d "$GOPATH/src/golang.org/x/mod/sumdb/note" ]; then
  echo "signed_note: needs golang-go and golang-golang-x-mod-dev (scripts/setup.sh installs them)" >&2
  exit 2
fi
cargo build -q -p audit-chain
cli=$PWD/target/debug/audit-chain
work=$(mktemp -d /tmp/audit_chain_note.XXXXXX)
trap 'rm -rf "$work"' EXIT
go build -o "$work/notecheck" ./tests/go/notecheck
gocheck=$work/notecheck

fails=0
check() { # check DESCRIPTION CMD...: the command must succeed
  if "${@:2}" >"$work/out" 2>"$work/err"; then echo "ok: $1"; else echo "FAILED: $1"; cat "$work/err"; fails=$((fails + 1)); fi
}
refuse() { # refuse DESCRIPTION CMD...: the command must fail
  if "${@:2}" >"$work/out" 2>"$work/err"; then echo "FAILED (accepted): $1"; fails=$((fails + 1)); else echo "ok: $1 ($(head -c 120 "$work/err" | tr '\n' ' '))"; fi
}

# A checkpoint note body as audit_checkpoint_note() renders it (fields from a made-up digest).
cat >"$work/digest.json" <<'JSON'
{"format": "audit_chain.checkpoint.v2", "kind": "checkpoint", "database": "app", "table": "public.orders",
 "table_uuid": "00010203-0405-0607-0809-0a0b0c0d0e0f", "checkpoint_id": 7,
 "checkpoint_hash": "5c0ff3e5a1a6d2c4b7f8e9d0c1b2a39485766758493a2b1c0d9e8f7a6b5c4d3e",
 "prev_checkpoint_hash": "0000000000000000000000000000000000000000000000000000000000000000",
 "recorded_at": "2026-12-03T19:00:00.123456Z",
 "chains": [{"chain": 0, "seq": 41, "hash": "8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4"}]}
JSON
"$cli" note "$work/digest.json" >"$work/body"

# Ours to Go.
(cd "$work" && "$cli" keygen witness.example.com/1 >/dev/null 2>&1)
ours_key=$work/witness.example.com_1.key ours_pub=$work/witness.example.com_1.pub
[ "$(stat -c %a "$ours_key")" = 600 ] && echo "ok: private key file is mode 0600" || { echo "FAILED: key mode"; fails=$((fails + 1)); }
"$cli" sign --key "$ours_key" <"$work/body" >"$work/ours.note"
check "Go note.Open verifies a note signed by audit-chain sign" bash -c "'$gocheck' open '$ours_pub' <'$work/ours.note' | cmp - '$work/body'"
"$cli" sign --key "$ours_key" --digest "$work/digest.json" | cmp - "$work/ours.note" && echo "ok: sign --digest signs the same body" || fails=$((fails + 1))
check "Go note.NewSigner takes audit-chain's private key; audit-chain open verifies" \
  bash -c "'$gocheck' sign '$ours_key' <'$work/body' | '$cli' open --key '$ours_pub' | cmp - '$work/body'"
sed 's/chain 0 41/chain 0 42/' "$work/ours.note" >"$work/tampered.note"
refuse "Go refuses a tampered note of ours" bash -c "'$gocheck' open '$ours_pub' <'$work/tampered.note'"

# Go to ours.
"$gocheck" keygen go.example.com "$work"
"$gocheck" sign "$work/go.key" <"$work/body" >"$work/go.note"
check "audit-chain open verifies a note signed by Go (note.GenerateKey, note.Sign)" \
  bash -c "'$cli' open --key '$work/go.pub' <'$work/go.note' | cmp - '$work/body'"
check "audit-chain open takes the verifier key as text" bash -c "'$cli' open --key \"\$(cat '$work/go.pub')\" '$work/go.note'"
sed 's/chain 0 41/chain 0 42/' "$work/go.note" >"$work/go-tampered.note"
refuse "audit-chain refuses a tampered note of Go's" "$cli" open --key "$work/go.pub" "$work/go-tampered.note"
refuse "audit-chain refuses a note signed by another key" "$cli" open --key "$ours_pub" "$work/go.note"
refuse "audit-chain refuses a private key as verifier key" "$cli" open --key "$ours_key" "$work/go.note"

# Cosigning: audit-chain adds its signature to Go's note; both keys verify it, on both sides.
"$cli" sign --key "$ours_key" "$work/go.note" >"$work/both.note"
check "Go verifies our cosignature on its note" bash -c "'$gocheck' open '$ours_pub' <'$work/both.note' >/dev/null && '$gocheck' open '$work/go.pub' <'$work/both.note' >/dev/null"
check "audit-chain verifies both signatures" "$cli" open --key "$ours_pub" --key "$work/go.pub" "$work/both.note"
[ "$(grep -c '^— ' "$work/both.note")" = 2 ] && echo "ok: the cosigned note has two signature lines" || { echo "FAILED: signature lines"; fails=$((fails + 1)); }

if [ "$fails" -ne 0 ]; then echo "signed_note: $fails check(s) failed"; exit 1; fi
echo "signed_note: all checks passed"
