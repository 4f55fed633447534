// notecheck cross-checks audit_chain's signed notes with Go's reference implementation,
// golang.org/x/mod/sumdb/note (tests/signed_note.sh runs it in GOPATH mode, offline).
//
//	notecheck keygen NAME DIR         writes DIR/go.key and DIR/go.pub (note.GenerateKey)
//	notecheck sign KEYFILE < text     prints the text signed (note.NewSigner, note.Sign)
//	notecheck open VKEYFILE < note    prints the text of a note that verifies (note.NewVerifier, note.Open)
package main

import (
	"crypto/rand"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/mod/sumdb/note"
)

func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "notecheck: "+format+"\n", args...)
	os.Exit(1)
}

func readKey(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		fail("%v", err)
	}
	return strings.TrimSpace(string(b))
}

func main() {
	if len(os.Args) < 3 {
		fail("usage: notecheck keygen NAME DIR | sign KEYFILE | open VKEYFILE")
	}
	switch os.Args[1] {
	case "keygen":
		skey, vkey, err := note.GenerateKey(rand.Reader, os.Args[2])
		if err != nil {
			fail("%v", err)
		}
		if err := os.WriteFile(os.Args[3]+"/go.key", []byte(skey+"\n"), 0o600); err != nil {
			fail("%v", err)
		}
		if err := os.WriteFile(os.Args[3]+"/go.pub", []byte(vkey+"\n"), 0o644); err != nil {
			fail("%v", err)
		}
	case "sign":
		signer, err := note.NewSigner(readKey(os.Args[2]))
		if err != nil {
			fail("private key: %v", err)
		}
		text, _ := io.ReadAll(os.Stdin)
		msg, err := note.Sign(&note.Note{Text: string(text)}, signer)
		if err != nil {
			fail("sign: %v", err)
		}
		os.Stdout.Write(msg)
	case "open":
		verifier, err := note.NewVerifier(readKey(os.Args[2]))
		if err != nil {
			fail("verifier key: %v", err)
		}
		msg, _ := io.ReadAll(os.Stdin)
		n, err := note.Open(msg, note.VerifierList(verifier))
		if err != nil {
			fail("open: %v", err)
		}
		fmt.Print(n.Text)
	default:
		fail("unknown command %q", os.Args[1])
	}
}
