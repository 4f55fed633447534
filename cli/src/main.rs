//! audit-chain: the command-line tool of audit_chain. Makes Ed25519 key pairs, signs and opens
//! checkpoints as C2SP signed notes (docs/FORMAT.md, "Checkpoint notes"), verifies audit tables
//! client-side (verify) and witnesses their checkpoints (witness). Exit status: 0 done or
//! verified, 1 a note that does not verify or problems found, 2 bad usage, input or connection.

mod db;
mod format;
mod verify;
mod walk;
mod witness;

use audit_chain_note::{open, render, sign, NoteError, Signer, Verifier};
use clap::{Parser, Subcommand};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "audit-chain", version, about = "audit_chain's keys and signed checkpoint notes")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Make an Ed25519 key pair: NAME.key (the private key, mode 0600) and NAME.pub (the verifier key)
    Keygen {
        /// The key's name, as signature lines show it (no spaces, no '+'), e.g. witness.example.com
        name: String,
        /// Folder to write the two files into
        #[arg(long, default_value = ".")]
        out: PathBuf,
    },
    /// Sign a note: a note body (or a signed note, to add a signature) from FILE or standard input;
    /// prints the signed note
    Sign {
        /// Private key file written by keygen
        #[arg(long)]
        key: PathBuf,
        /// The input is a digest (JSON, as audit_checkpoint() returns it): sign its note body
        #[arg(long)]
        digest: bool,
        /// Input file (default: standard input)
        file: Option<PathBuf>,
    },
    /// Check a signed note from FILE or standard input against verifier keys; prints its body
    Open {
        /// A verifier key (NAME+KEYID+BASE64) or a file holding one; repeat for several.
        /// At least one of them must have signed, and every signature by one of them must verify
        #[arg(long, required = true)]
        key: Vec<String>,
        /// Input file (default: standard input)
        file: Option<PathBuf>,
    },
    /// Print the note body of a digest (JSON, as audit_checkpoint() returns it)
    Note {
        /// Input file (default: standard input)
        file: Option<PathBuf>,
    },
    /// Verify every audit table (or those named) client-side, re-hashing every row from
    /// docs/FORMAT.md; optionally check signed checkpoint notes against verifier keys
    Verify {
        /// Connection string (libpq keyword/value or postgresql:// URL)
        #[arg(long)]
        db: String,
        /// An audit table to verify (default: all); repeat for several
        #[arg(long)]
        table: Vec<String>,
        /// A signed checkpoint note to check (signed by --key, and still anchored); repeatable
        #[arg(long, requires = "key")]
        checkpoint: Vec<PathBuf>,
        /// A verifier key (or a file holding one) for the notes; repeatable
        #[arg(long)]
        key: Vec<String>,
        /// Rows read per query while walking a chain (memory stays bounded)
        #[arg(long, default_value_t = 10_000, value_parser = clap::value_parser!(i64).range(1..))]
        batch: i64,
    },
    /// Take a checkpoint of every audit table (or those named), check that it extends the last one
    /// this witness signed, then sign it, keep it in --state and store the cosignature
    Witness {
        /// Connection string (libpq keyword/value or postgresql:// URL)
        #[arg(long)]
        db: String,
        /// The witness's state directory (one per database)
        #[arg(long)]
        state: PathBuf,
        /// The witness's private key file (written by keygen)
        #[arg(long)]
        key: PathBuf,
        /// An audit table to witness (default: all); repeat for several
        #[arg(long)]
        table: Vec<String>,
        /// Rows read per query while walking a chain (memory stays bounded)
        #[arg(long, default_value_t = 10_000, value_parser = clap::value_parser!(i64).range(1..))]
        batch: i64,
    },
}

/// A failure and its exit status.
struct Failure(u8, String);

fn usage(msg: impl std::fmt::Display) -> Failure {
    Failure(2, msg.to_string())
}

fn read_input(file: Option<&Path>) -> Result<String, Failure> {
    let mut text = String::new();
    match file {
        Some(p) => {
            text = std::fs::read_to_string(p)
                .map_err(|e| usage(format!("cannot read {}: {e}", p.display())))?
        }
        None => {
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| usage(format!("cannot read standard input: {e}")))?;
        }
    }
    Ok(text)
}

fn body_of_digest(json: &str) -> Result<String, Failure> {
    let digest: serde_json::Value =
        serde_json::from_str(json).map_err(|e| usage(format!("the digest is not JSON: {e}")))?;
    render(&digest).map_err(usage)
}

/// A file name for a key name: characters other than letters, digits, '.', '_', '-' become '_'.
fn file_stem(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() || "._-".contains(c) { c } else { '_' })
        .collect()
}

fn write_new(path: &Path, text: &str, mode: u32) -> Result<(), Failure> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true) // never overwrite a key
        .mode(mode)
        .open(path)
        .map_err(|e| usage(format!("cannot create {}: {e}", path.display())))?;
    f.write_all(text.as_bytes()).map_err(|e| usage(format!("cannot write {}: {e}", path.display())))
}

fn keygen(name: &str, out: &Path) -> Result<(), Failure> {
    let mut seed = [0u8; 32];
    getrandom::getrandom(&mut seed).map_err(|e| usage(format!("no random bytes: {e}")))?;
    let signer = Signer::from_seed(name, &seed).map_err(usage)?;
    seed.fill(0);
    let stem = file_stem(name);
    let (private, public) = (out.join(format!("{stem}.key")), out.join(format!("{stem}.pub")));
    if public.exists() {
        return Err(usage(format!("{} exists already", public.display())));
    }
    write_new(&private, &format!("{}\n", signer.encode()), 0o600)?;
    write_new(&public, &format!("{}\n", signer.verifier().encode()), 0o644)?;
    eprintln!("wrote {} (private) and {}", private.display(), public.display());
    println!("{}", signer.verifier().encode());
    Ok(())
}

fn verifier(arg: &str) -> Result<Verifier, Failure> {
    let text = match std::fs::read_to_string(arg) {
        Ok(t) => t,
        Err(_) if arg.contains('+') => arg.to_string(),
        Err(e) => return Err(usage(format!("cannot read key file {arg}: {e}"))),
    };
    Verifier::parse(text.trim()).map_err(|e| usage(format!("{arg}: {e}")))
}

fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Keygen { name, out } => keygen(&name, &out),
        Command::Sign { key, digest, file } => {
            let key_text = std::fs::read_to_string(&key)
                .map_err(|e| usage(format!("cannot read {}: {e}", key.display())))?;
            let signer = Signer::parse(key_text.trim())
                .map_err(|e| usage(format!("{}: {e}", key.display())))?;
            let input = read_input(file.as_deref())?;
            let text = if digest { body_of_digest(&input)? } else { input };
            print!("{}", sign(&text, &signer).map_err(usage)?);
            Ok(())
        }
        Command::Open { key, file } => {
            let keys = key.iter().map(|k| verifier(k)).collect::<Result<Vec<_>, _>>()?;
            let input = read_input(file.as_deref())?;
            match open(&input, &keys) {
                Ok(opened) => {
                    for s in &opened.verified {
                        eprintln!("verified: signed by {} (key id {:08x})", s.name, s.key_id);
                    }
                    print!("{}", opened.text);
                    Ok(())
                }
                Err(e @ NoteError::Malformed(_)) => Err(usage(e)),
                Err(e) => Err(Failure(1, e.to_string())),
            }
        }
        Command::Note { file } => {
            print!("{}", body_of_digest(&read_input(file.as_deref())?)?);
            Ok(())
        }
        Command::Verify { db, table, checkpoint, key, batch } => {
            run_verify(&db, &table, &checkpoint, &key, batch)
        }
        Command::Witness { db, state, key, table, batch } => {
            let problems =
                witness::run(&db, &state, &key, &table, batch).map_err(|e| usage(e.0))?;
            report(problems, "the witness signed nothing")
        }
    }
}

/// Prints problems, one line each; exit status 1 if there are any.
fn report(problems: Vec<walk::Problem>, what: &str) -> Result<(), Failure> {
    for p in &problems {
        println!("{p}");
    }
    match problems.len() {
        0 => Ok(()),
        n => Err(Failure(1, format!("{n} problem(s) found; {what}"))),
    }
}

fn run_verify(
    url: &str,
    names: &[String],
    notes: &[PathBuf],
    keys: &[String],
    batch: i64,
) -> Result<(), Failure> {
    let keys = keys.iter().map(|k| verifier(k)).collect::<Result<Vec<_>, _>>()?;
    let texts = notes
        .iter()
        .map(|p| read_input(Some(p)).map(|t| (p.display().to_string(), t)))
        .collect::<Result<Vec<_>, _>>()?;
    let dberr = |e: db::DbError| usage(e.0);
    let mut c = db::connect(url).map_err(dberr)?;
    let id = db::identity(&mut c).map_err(dberr)?;
    let mut tables = db::tables(&mut c, names).map_err(dberr)?;
    // Tables the notes name are verified too.
    for (_, text) in &texts {
        let uuid = audit_chain_note::Note::parse(text)
            .ok()
            .and_then(|n| audit_chain_note::CheckpointNote::parse(&n.text).ok())
            .map(|n| n.table_uuid);
        if let Some(u) = uuid.filter(|u| !tables.iter().any(|t| &t.uuid_text == u)) {
            if let Some(t) =
                db::tables(&mut c, &[]).map_err(dberr)?.into_iter().find(|t| t.uuid_text == u)
            {
                tables.push(t);
            }
        }
    }
    // The rows the notes anchor: their hashes are kept while walking (and no others).
    let anchors: Vec<(String, i32, i64)> = texts
        .iter()
        .filter_map(|(_, text)| audit_chain_note::Note::parse(text).ok())
        .filter_map(|n| audit_chain_note::CheckpointNote::parse(&n.text).ok())
        .flat_map(|n| {
            let uuid = n.table_uuid.clone();
            n.chains
                .iter()
                .map(move |(chain, seq, _)| (uuid.clone(), *chain, *seq))
                .collect::<Vec<_>>()
        })
        .collect();
    let mut checked = Vec::new();
    let mut problems = Vec::new();
    for t in &tables {
        let wanted = anchors
            .iter()
            .filter(|(uuid, ..)| *uuid == t.uuid_text)
            .map(|&(_, chain, seq)| (chain, seq))
            .collect();
        let ch = verify::check_table(&mut c, t, &wanted, batch).map_err(dberr)?;
        if ch.problems.is_empty() {
            println!("OK {} {} rows", t.name, ch.rows);
        }
        problems.extend(ch.problems.iter().cloned());
        checked.push(ch);
    }
    for (file, text) in &texts {
        let p = verify::check_note(text, file, &keys, &id.database, &checked);
        if p.is_empty() {
            println!("OK {file}");
        }
        problems.extend(p);
    }
    report(problems, "verification failed")
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(code, msg)) => {
            eprintln!("audit-chain: {msg}");
            ExitCode::from(code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_file_names() {
        assert_eq!(file_stem("witness.example.com/log"), "witness.example.com_log");
    }

    #[test]
    fn cli_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
