//! Provenance (row format 2) as real clients produce it (the SQL surface is in
//! tests/pg_regress/12_provenance): the client address of a TCP client and NULL for a Unix
//! socket, the login of the connection, and the top-level transaction id that groups the rows of
//! one transaction across concurrent writers.
#![cfg(feature = "integration")]

mod common;

use common::url;
use postgres::{Client, NoTls};
use std::thread;

/// A connection over TCP to the test cluster (scripts/cluster.sh listens on 127.0.0.1).
fn tcp(db: &str, user: &str) -> Client {
    let port =
        std::env::var("AUDIT_CHAIN_TEST_PGPORT").expect("AUDIT_CHAIN_TEST_PGPORT is not set");
    Client::connect(&format!("host=127.0.0.1 port={port} user={user} dbname={db}"), NoTls).unwrap()
}

/// A connection over the Unix socket (AUDIT_CHAIN_TEST_PGHOST is the socket directory).
fn socket(db: &str, user: &str) -> Client {
    let host =
        std::env::var("AUDIT_CHAIN_TEST_PGHOST").expect("AUDIT_CHAIN_TEST_PGHOST is not set");
    assert!(host.starts_with('/'), "AUDIT_CHAIN_TEST_PGHOST must be a socket directory");
    Client::connect(&url(db).replace("user=postgres", &format!("user={user}")), NoTls).unwrap()
}

#[test]
fn tcp_and_unix_socket_clients_and_their_logins() {
    let mut db = common::fresh_db_at(&url, "prov_clients");
    db.batch_execute(
        "DO $$ BEGIN CREATE ROLE prov_it_login LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
         CREATE TABLE events (id int, via text);
         SELECT audit_enable('events');
         GRANT INSERT, SELECT ON events TO prov_it_login;",
    )
    .unwrap();
    tcp("prov_clients", "postgres")
        .execute("INSERT INTO events VALUES (1, 'tcp as postgres')", &[])
        .unwrap();
    tcp("prov_clients", "prov_it_login")
        .execute("INSERT INTO events VALUES (2, 'tcp as prov_it_login')", &[])
        .unwrap();
    socket("prov_clients", "prov_it_login")
        .execute("INSERT INTO events VALUES (3, 'socket as prov_it_login')", &[])
        .unwrap();
    // A client's own provenance values are replaced, over either transport.
    tcp("prov_clients", "prov_it_login")
        .execute(
            "INSERT INTO events (id, via, audit_login, audit_client) VALUES (4, 'tcp, forged', 'postgres', '10.1.1.1')",
            &[],
        )
        .unwrap();
    let rows: Vec<(i32, String, Option<String>, Option<String>)> = db
        .query(
            "SELECT id, audit_login, audit_role, host(audit_client) FROM events ORDER BY id",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
        .collect();
    let want = |id: i32, login: &str, client: Option<&str>| {
        (id, login.to_string(), None::<String>, client.map(str::to_string))
    };
    assert_eq!(
        rows,
        vec![
            want(1, "postgres", Some("127.0.0.1")),
            want(2, "prov_it_login", Some("127.0.0.1")),
            want(3, "prov_it_login", None),
            want(4, "prov_it_login", Some("127.0.0.1")),
        ]
    );
    let ok: bool = db.query_one("SELECT audit_verify('events')", &[]).unwrap().get(0);
    assert!(ok);
    drop(db);
    let mut admin = Client::connect(&url("postgres"), NoTls).unwrap();
    // (Two statements: DROP DATABASE cannot run in the implicit transaction of a batch.)
    admin.batch_execute("DROP DATABASE prov_clients WITH (FORCE)").unwrap();
    admin.batch_execute("DROP ROLE prov_it_login").unwrap();
}

#[test]
fn the_transaction_id_groups_the_rows_of_one_transaction() {
    let mut db = common::fresh_db_at(&url, "prov_xid");
    db.batch_execute("CREATE TABLE events (writer int, n int); SELECT audit_enable('events', 2);")
        .unwrap();
    // Concurrent writers, each several transactions of several statements; one of every three
    // transactions rolls back. Each returns the ids of the transactions it committed, with their rows.
    let writers: Vec<_> = (0..4)
        .map(|w| {
            thread::spawn(move || {
                let mut c = tcp("prov_xid", "postgres");
                let mut committed = Vec::new();
                for t in 0..9 {
                    let mut tx = c.transaction().unwrap();
                    for n in 0..5 {
                        tx.execute("INSERT INTO events VALUES ($1, $2)", &[&w, &(t * 10 + n)])
                            .unwrap();
                    }
                    let xid: String =
                        tx.query_one("SELECT pg_current_xact_id()::text", &[]).unwrap().get(0);
                    if t % 3 == 2 {
                        tx.rollback().unwrap();
                    } else {
                        tx.commit().unwrap();
                        committed.push((xid, w, t));
                    }
                }
                committed
            })
        })
        .collect();
    let committed: Vec<(String, i32, i32)> =
        writers.into_iter().flat_map(|h| h.join().unwrap()).collect();
    assert_eq!(committed.len(), 24);
    for (xid, w, t) in &committed {
        let ns: Vec<i32> = db
            .query(
                "SELECT n FROM events WHERE audit_xid = $1::text::xid8 ORDER BY audit_chain_id, audit_seq",
                &[xid],
            )
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        // Exactly this transaction's rows, in the order it inserted them.
        assert_eq!(
            ns,
            (0..5).map(|n| t * 10 + n).collect::<Vec<_>>(),
            "writer {w} transaction {t}"
        );
    }
    let (rows, xids): (i64, i64) = db
        .query_one("SELECT count(*), count(DISTINCT audit_xid) FROM events", &[])
        .map(|r| (r.get(0), r.get(1)))
        .unwrap();
    assert_eq!((rows, xids), (120, 24), "rolled-back transactions left rows, or ids are shared");
    let ok: bool = db.query_one("SELECT audit_verify('events')", &[]).unwrap().get(0);
    assert!(ok);
}
