//! In-backend tests of the internals (run by `cargo pgrx test`).

#[pgrx::pg_schema]
mod tests {
    use pgrx::prelude::*;

    #[pg_test]
    fn insert_fills_chain_columns() {
        Spi::run("CREATE TABLE t_fill (a int, b text)").unwrap();
        Spi::run("SELECT audit_enable('t_fill', 1)").unwrap();
        Spi::run("INSERT INTO t_fill (a, b) VALUES (1, 'x'), (2, NULL)").unwrap();
        let n = Spi::get_one::<i64>(
            "SELECT count(*) FROM t_fill WHERE length(audit_hash) = 32 AND length(audit_prev) = 32",
        )
        .unwrap()
        .unwrap();
        assert_eq!(n, 2);
        let linked = Spi::get_one::<bool>(
            "SELECT b.audit_prev = a.audit_hash FROM t_fill a, t_fill b WHERE a.audit_seq = 1 AND b.audit_seq = 2",
        )
        .unwrap()
        .unwrap();
        assert!(linked);
        assert_eq!(Spi::get_one::<bool>("SELECT audit_verify('t_fill')").unwrap(), Some(true));
    }

    #[pg_test]
    fn client_supplied_chain_values_are_overwritten() {
        Spi::run("CREATE TABLE t_forge (a int)").unwrap();
        Spi::run("SELECT audit_enable('t_forge', 1)").unwrap();
        Spi::run("INSERT INTO t_forge (a, audit_seq, audit_hash) VALUES (1, 999, '\\x00')")
            .unwrap();
        let seq = Spi::get_one::<i64>("SELECT audit_seq FROM t_forge").unwrap().unwrap();
        assert_eq!(seq, 1);
        assert_eq!(Spi::get_one::<bool>("SELECT audit_verify('t_forge')").unwrap(), Some(true));
    }

    #[pg_test]
    fn savepoint_rollback_leaves_no_gap() {
        Spi::run("CREATE TABLE t_sp (a int)").unwrap();
        Spi::run("SELECT audit_enable('t_sp', 1)").unwrap();
        Spi::run(
            "DO $$ BEGIN
               INSERT INTO t_sp VALUES (1);
               BEGIN INSERT INTO t_sp VALUES (2); RAISE EXCEPTION 'x'; EXCEPTION WHEN others THEN NULL; END;
               INSERT INTO t_sp VALUES (3);
             END $$",
        )
        .unwrap();
        let seqs = Spi::get_one::<String>(
            "SELECT string_agg(audit_seq::text || ':' || a, ',' ORDER BY audit_seq) FROM t_sp",
        )
        .unwrap()
        .unwrap();
        assert_eq!(seqs, "1:1,2:3");
        assert_eq!(Spi::get_one::<bool>("SELECT audit_verify('t_sp')").unwrap(), Some(true));
    }

    #[pg_test]
    fn hash_ignores_session_settings() {
        Spi::run("CREATE TABLE t_tz (ts timestamptz, f float8, j jsonb, b bytea, i interval, arr timestamptz[])").unwrap();
        Spi::run("SELECT audit_enable('t_tz', 1)").unwrap();
        Spi::run("SET TimeZone = 'Asia/Kolkata'; SET DateStyle = 'SQL, DMY'; SET extra_float_digits = -3; SET IntervalStyle = 'sql_standard'; SET bytea_output = 'escape'").unwrap();
        Spi::run("INSERT INTO t_tz VALUES ('2024-01-02 03:04:05.678901+00', 0.1, '{\"b\":1,\"a\":[1.50]}', '\\x00ff', '1 day 2 hours', ARRAY['2024-01-01 00:00+00'::timestamptz])").unwrap();
        Spi::run("RESET TimeZone; RESET DateStyle; RESET extra_float_digits; RESET IntervalStyle; RESET bytea_output").unwrap();
        assert_eq!(Spi::get_one::<bool>("SELECT audit_verify('t_tz')").unwrap(), Some(true));
    }

    /// A row inserted after the chain heads were written at pre-commit (as another extension's
    /// pre-commit callback could) would commit past the recorded head: it is refused.
    #[pg_test(
        error = "cannot insert into audit table public.t_late while the transaction commits: its chain heads were already written"
    )]
    fn insert_after_heads_were_written_is_refused() {
        Spi::run("CREATE TABLE t_late (a int)").unwrap();
        Spi::run("SELECT audit_enable('t_late', 1)").unwrap();
        Spi::run("INSERT INTO t_late VALUES (1)").unwrap();
        unsafe {
            crate::chain::on_xact(pg_sys::XactEvent::XACT_EVENT_PRE_COMMIT, std::ptr::null_mut())
        };
        Spi::run("INSERT INTO t_late VALUES (2)").unwrap();
    }

    /// Times in checkpoint records are rendered the same by Rust and by PostgreSQL's to_char.
    #[pg_test]
    fn time_text_matches_to_char() {
        for t in [
            "2000-01-01 00:00:00+00",
            "1999-12-31 23:59:59.999999+00",
            "2024-02-29 12:34:56.000001+00",
            "2100-03-01 00:00:00.5+00",
            "1970-01-01 00:00:00+00",
        ] {
            let (micros, text) = Spi::get_two_with_args::<i64, String>(
                &format!(
                    "SELECT ((extract(epoch FROM $1::timestamptz) - 946684800) * 1000000)::int8, \
                            to_char($1::timestamptz AT TIME ZONE 'UTC', {})",
                    crate::util::TIME_FORMAT_SQL
                ),
                &[t.into()],
            )
            .unwrap();
            assert_eq!(crate::util::time_text(micros.unwrap()), text.unwrap(), "{t}");
        }
    }

    /// PostgreSQL 18 names NOT NULL constraints: dropping a chain column's is refused like
    /// ALTER COLUMN ... DROP NOT NULL.
    #[cfg(feature = "pg18")]
    #[pg_test(
        error = "DROP CONSTRAINT of a chain column's NOT NULL is not allowed on audit table public.t_nn"
    )]
    fn dropping_a_chain_not_null_constraint_is_refused() {
        Spi::run("CREATE TABLE t_nn (a int); SELECT audit_enable('t_nn')").unwrap();
        Spi::run("ALTER TABLE t_nn DROP CONSTRAINT t_nn_audit_seq_not_null").unwrap();
    }

    #[pg_test(error = "UPDATE is not allowed on audit table public.t_rep")]
    fn guard_fires_under_replica_role() {
        Spi::run("CREATE TABLE t_rep (a int)").unwrap();
        Spi::run("SELECT audit_enable('t_rep', 1)").unwrap();
        Spi::run("INSERT INTO t_rep VALUES (1)").unwrap();
        Spi::run("SET session_replication_role = replica").unwrap();
        Spi::run("UPDATE t_rep SET a = 2").unwrap();
    }

    #[pg_test]
    fn same_transaction_tamper_is_named() {
        Spi::run("CREATE TABLE t_tamper (a int)").unwrap();
        Spi::run("SELECT audit_enable('t_tamper', 1)").unwrap();
        Spi::run("INSERT INTO t_tamper SELECT g FROM generate_series(1, 5) g").unwrap();
        // A superuser bypass: guards off, change row 3, guards back on.
        Spi::run("ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE").unwrap();
        Spi::run("ALTER TABLE t_tamper DISABLE TRIGGER audit_chain_guard, DISABLE TRIGGER audit_chain_guard_row").unwrap();
        Spi::run("UPDATE t_tamper SET a = 42 WHERE audit_seq = 3").unwrap();
        Spi::run("ALTER TABLE t_tamper ENABLE ALWAYS TRIGGER audit_chain_guard, ENABLE ALWAYS TRIGGER audit_chain_guard_row").unwrap();
        Spi::run("ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS").unwrap();
        let found = Spi::get_one::<String>(
            "SELECT string_agg(seq || ':' || kind, ',') FROM audit_verify_report('t_tamper')",
        )
        .unwrap()
        .unwrap();
        assert_eq!(found, "3:row_modified");
    }

    #[pg_test]
    fn genesis_links_first_row_to_table_identity() {
        Spi::run("CREATE TABLE t_gen (a int)").unwrap();
        Spi::run("SELECT audit_enable('t_gen', 2)").unwrap();
        let ok = Spi::get_one::<bool>(
            "SELECT bool_and(h.base_hash = sha256(convert_to('audit_chain.genesis.v1', 'UTF8') || '\\x00'::bytea \
               || decode(replace(t.table_uuid::text, '-', ''), 'hex') || int4send(h.chain)))
             FROM audit_chain.chain_heads h JOIN audit_chain.tables t USING (relid) WHERE h.relid = 't_gen'::regclass",
        )
        .unwrap()
        .unwrap();
        assert!(ok);
    }

    #[pg_test(error = "cannot prune public.t_prune in a transaction that has inserted into it")]
    fn prune_refused_in_a_transaction_that_inserted() {
        // Its chain state is not committed yet; pruning under it would race its own head.
        Spi::run("CREATE TABLE t_prune (a int)").unwrap();
        Spi::run("SELECT audit_enable('t_prune', 1)").unwrap();
        Spi::run("INSERT INTO t_prune SELECT g FROM generate_series(1, 50) g").unwrap();
        Spi::run("SELECT audit_prune('t_prune', clock_timestamp())").unwrap();
    }

    #[pg_test]
    fn digest_catches_a_rewritten_anchor() {
        Spi::run("CREATE TABLE t_dig (a int)").unwrap();
        Spi::run("SELECT audit_enable('t_dig', 1)").unwrap();
        Spi::run("INSERT INTO t_dig SELECT g FROM generate_series(1, 3) g").unwrap();
        // The heads are only committed at commit time: write them as a commit would.
        Spi::run(
            "UPDATE audit_chain.chain_heads h SET seq = 3, hash = t.audit_hash, recorded_at = t.audit_at \
             FROM t_dig t WHERE h.relid = 't_dig'::regclass AND t.audit_seq = 3",
        )
        .unwrap();
        let digest =
            Spi::get_one::<pgrx::JsonB>("SELECT audit_checkpoint('t_dig')").unwrap().unwrap();
        assert_eq!(digest.0["chains"][0]["seq"], 3);
        Spi::run("ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE").unwrap();
        Spi::run("ALTER TABLE t_dig DISABLE TRIGGER audit_chain_guard, DISABLE TRIGGER audit_chain_guard_row").unwrap();
        Spi::run("UPDATE t_dig SET audit_hash = sha256('forged') WHERE audit_seq = 3").unwrap();
        let ok = Spi::get_one_with_args::<bool>("SELECT audit_verify_digest($1)", &[digest.into()])
            .unwrap();
        assert_eq!(ok, Some(false));
    }

    /// The test vectors of docs/FORMAT.md: rows with those values, table uuid, times and links
    /// must verify, i.e. the extension computes exactly the hashes the specification gives.
    #[pg_test]
    fn format_test_vectors_match_the_specification() {
        Spi::run("CREATE TABLE t_vec (actor text, action text, payload jsonb, n integer, f float8, num numeric, ia integer[], tz timestamptz, j jsonb)").unwrap();
        Spi::run("SELECT audit_enable('t_vec', 1)").unwrap();
        Spi::run("ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE").unwrap();
        // A table of format 1, as releases before 0.6.0 made them: no provenance columns.
        Spi::run("ALTER EVENT TRIGGER audit_chain_drop_guard DISABLE").unwrap();
        Spi::run(
            "UPDATE audit_chain.tables SET format_version = 1 WHERE relid = 't_vec'::regclass;
             ALTER TABLE t_vec DROP COLUMN audit_login, DROP COLUMN audit_role, DROP COLUMN audit_xid,
                               DROP COLUMN audit_client",
        )
        .unwrap();
        Spi::run("ALTER EVENT TRIGGER audit_chain_drop_guard ENABLE ALWAYS").unwrap();
        Spi::run("ALTER TABLE t_vec DISABLE TRIGGER zz_audit_chain_insert").unwrap();
        let genesis = "\\xf0caec3e0bdb7669f22ed8b4dd8c5dfefe92c9a74271167b11c1d9eb3dceed56";
        let row1 = "\\x7cb98f68d47b483813b7a7efdf29b7a7d617718fc7f3ed8bb5b9c942764a9a13";
        let row2 = "\\xb71a6f3015c745ea72e1b590500ebc2efd290b088df7006b4393b9bf36f0d407";
        Spi::run(&format!(
            "UPDATE audit_chain.tables SET table_uuid = '00010203-0405-0607-0809-0a0b0c0d0e0f' WHERE relid = 't_vec'::regclass;
             UPDATE audit_chain.chain_heads SET base_hash = '{genesis}', seq = 2, hash = '{row2}',
                    recorded_at = '2024-01-01 00:00:00.000001+00' WHERE relid = 't_vec'::regclass;
             INSERT INTO t_vec (actor, action, n, audit_chain_id, audit_seq, audit_at, audit_prev, audit_hash)
               VALUES ('alice', '', 42, 0, 1, '2024-01-01 00:00:00+00', '{genesis}', '{row1}');
             INSERT INTO t_vec (f, num, ia, tz, j, audit_chain_id, audit_seq, audit_at, audit_prev, audit_hash)
               VALUES ('-0', 'NaN', '{{1,NULL,3}}', '2024-01-01 00:00:00+00', '{{\"b\": 2, \"a\": [1.50]}}', 0, 2,
                       '2024-01-01 00:00:00.000001+00', '{row1}', '{row2}');"
        ))
        .unwrap();
        Spi::run("ALTER TABLE t_vec ENABLE ALWAYS TRIGGER zz_audit_chain_insert").unwrap();
        Spi::run("ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS").unwrap();
        let problems =
            Spi::get_one::<i64>("SELECT count(*) FROM audit_verify_report('t_vec')").unwrap();
        assert_eq!(problems, Some(0));
    }

    /// The format-2 vectors of docs/FORMAT.md: provenance in the header, NULL distinct from a value.
    #[pg_test]
    fn format_2_test_vectors_match_the_specification() {
        Spi::run("CREATE TABLE t_vec2 (actor text, action text, n integer)").unwrap();
        Spi::run("SELECT audit_enable('t_vec2', 1)").unwrap();
        assert_eq!(
            Spi::get_one::<i32>(
                "SELECT format_version FROM audit_chain.tables WHERE relid = 't_vec2'::regclass"
            )
            .unwrap(),
            Some(2)
        );
        Spi::run("ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE").unwrap();
        Spi::run("ALTER TABLE t_vec2 DISABLE TRIGGER zz_audit_chain_insert").unwrap();
        let genesis = "\\xf0caec3e0bdb7669f22ed8b4dd8c5dfefe92c9a74271167b11c1d9eb3dceed56";
        let row1 = "\\x3b3acf761e070b49f7c46cc09ae3885c1e03cd2fd02024c5b3abfeee21d61bd6";
        let row2 = "\\x095a07788b1b59ae8308f65b34dd9c71019a9f91444d3b2f3a6e25576b8a6782";
        Spi::run(&format!(
            "UPDATE audit_chain.tables SET table_uuid = '00010203-0405-0607-0809-0a0b0c0d0e0f' WHERE relid = 't_vec2'::regclass;
             UPDATE audit_chain.chain_heads SET base_hash = '{genesis}', seq = 2, hash = '{row2}',
                    recorded_at = '2024-01-01 00:00:00.000001+00' WHERE relid = 't_vec2'::regclass;
             INSERT INTO t_vec2 (actor, action, n, audit_chain_id, audit_seq, audit_at, audit_prev, audit_hash,
                                 audit_login, audit_role, audit_xid, audit_client)
               VALUES ('alice', '', 42, 0, 1, '2024-01-01 00:00:00+00', '{genesis}', '{row1}',
                       'alice', NULL, '1000', NULL);
             INSERT INTO t_vec2 (actor, audit_chain_id, audit_seq, audit_at, audit_prev, audit_hash,
                                 audit_login, audit_role, audit_xid, audit_client)
               VALUES ('bob', 0, 2, '2024-01-01 00:00:00.000001+00', '{row1}', '{row2}',
                       'postgres', 'app_writer', '1000', '192.168.0.7');"
        ))
        .unwrap();
        Spi::run("ALTER TABLE t_vec2 ENABLE ALWAYS TRIGGER zz_audit_chain_insert").unwrap();
        Spi::run("ALTER EVENT TRIGGER audit_chain_ddl_guard ENABLE ALWAYS").unwrap();
        let problems =
            Spi::get_one::<i64>("SELECT count(*) FROM audit_verify_report('t_vec2')").unwrap();
        assert_eq!(problems, Some(0));
        // The provenance is hashed: NULL and the empty name differ, and so do the other values.
        Spi::run("ALTER EVENT TRIGGER audit_chain_ddl_guard DISABLE").unwrap();
        Spi::run("ALTER TABLE t_vec2 DISABLE TRIGGER audit_chain_guard, DISABLE TRIGGER audit_chain_guard_row").unwrap();
        let original = "audit_login = 'postgres', audit_role = 'app_writer', audit_xid = '1000', \
                        audit_client = '192.168.0.7'";
        for change in [
            "audit_role = ''",
            "audit_role = NULL",
            "audit_login = 'bob'",
            "audit_xid = '1001'",
            "audit_client = '192.168.0.8'",
            "audit_client = NULL",
        ] {
            Spi::run(&format!("UPDATE t_vec2 SET {change} WHERE audit_seq = 2")).unwrap();
            let detail = Spi::get_one::<String>(
                "SELECT string_agg(kind || ': ' || detail, '; ') FROM audit_verify_report('t_vec2') \
                  WHERE kind <> 'guard_disabled'",
            )
            .unwrap()
            .unwrap_or_default();
            assert!(detail.starts_with("row_modified: row 2 "), "{change}: {detail}");
            Spi::run(&format!("UPDATE t_vec2 SET {original} WHERE audit_seq = 2")).unwrap();
            let left =
                "SELECT count(*) FROM audit_verify_report('t_vec2') WHERE kind <> 'guard_disabled'";
            assert_eq!(Spi::get_one::<i64>(left).unwrap(), Some(0));
        }
        let detail = {
            Spi::run("UPDATE t_vec2 SET actor = 'eve' WHERE audit_seq = 2").unwrap();
            Spi::get_one::<String>(
                "SELECT detail FROM audit_verify_report('t_vec2') WHERE kind = 'row_modified'",
            )
            .unwrap()
        };
        assert!(
            detail.as_deref().is_some_and(|d| d.ends_with(
                "(written by login postgres as role app_writer in transaction 1000 from 192.168.0.7)"
            )),
            "{detail:?}"
        );
    }

    /// Property test of the canonical encoding (format v1): over random rows of a table with
    /// int, text and bytea columns (any of them NULL), two rows encode to the same bytes exactly
    /// when they are the same row; and encoding is repeatable.
    #[pg_test]
    fn encoding_is_injective_and_deterministic() {
        use crate::encoding::{RowHeader, RowPlan};
        use pgrx::pg_sys::{self, Datum};
        use proptest::prelude::*;
        use proptest::test_runner::{Config, TestRunner};
        use sha2::Digest;

        Spi::run("CREATE TABLE t_prop (a int, b text, c bytea)").unwrap();
        let relid = Spi::get_one::<pg_sys::Oid>("SELECT 't_prop'::regclass::oid").unwrap().unwrap();
        type Row = (Option<i32>, Option<String>, Option<Vec<u8>>);
        let datums = |r: &Row| {
            let values = [
                Datum::from(r.0.unwrap_or(0)),
                r.1.as_deref()
                    .map(|s| Datum::from(pgrx::varlena::rust_str_to_text_p(s).into_pg()))
                    .unwrap_or(Datum::from(0usize)),
                r.2.as_deref()
                    .map(|b| Datum::from(pgrx::varlena::rust_byte_slice_to_bytea(b).into_pg()))
                    .unwrap_or(Datum::from(0usize)),
            ];
            let nulls = [r.0.is_none(), r.1.is_none(), r.2.is_none()];
            (values, nulls)
        };
        let header = RowHeader { prev: &[7u8; 32], chain: 0, seq: 1, recorded_at: 0 };
        let encode = |plan: &RowPlan, r: &Row| -> Vec<u8> {
            let (values, nulls) = datums(r);
            let mut out = Vec::new();
            unsafe { plan.encode(&header, &values, &nulls, &mut out) };
            out
        };
        let hash = |plan: &RowPlan, r: &Row| {
            let (values, nulls) = datums(r);
            unsafe { plan.hash(&header, &values, &nulls) }
        };
        let rel = unsafe { pg_sys::table_open(relid, pg_sys::AccessShareLock as i32) };
        let plan = unsafe { RowPlan::new((*rel).rd_att, &[]) };
        let row = (
            proptest::option::of(any::<i32>()),
            proptest::option::of("[a-c é]{0,3}"),
            proptest::option::of(proptest::collection::vec(0u8..4, 0..3)),
        );
        let mut runner =
            TestRunner::new(Config { cases: 2000, failure_persistence: None, ..Config::default() });
        runner
            .run(&(row.clone(), row), |(r1, r2)| {
                let (e1, e2) = (encode(&plan, &r1), encode(&plan, &r2));
                prop_assert_eq!(&e1, &encode(&plan, &r1));
                // The hash is computed while encoding, without the buffer: it must agree.
                let streamed = hash(&plan, &r1);
                prop_assert_eq!(&streamed[..], &sha2::Sha256::digest(&e1)[..]);
                prop_assert_eq!(e1 == e2, r1 == r2, "rows {:?} and {:?}", r1, r2);
                Ok(())
            })
            .unwrap();
        unsafe { pg_sys::table_close(rel, pg_sys::AccessShareLock as i32) };
    }

    /// jsonb values are hashed by their jsonb_out text, which crate::jsonb produces from the
    /// binary container without calling jsonb_out. Both must agree byte for byte, and the fast
    /// path must be the one taken: on edge cases and on random documents (nesting, more than 32
    /// entries, where the container switches from lengths to offsets, every control character,
    /// numbers of every shape, non-ASCII text, duplicate and unsorted keys).
    #[pg_test]
    fn jsonb_rendering_matches_jsonb_out() {
        use pgrx::pg_sys::{self, Oid};
        use proptest::prelude::*;
        use proptest::test_runner::{Config, TestRunner};

        // `fast`: whether crate::jsonb renders it itself (else it hands it to jsonb_out).
        fn check_as(text: &str, fast: bool) -> std::result::Result<(), String> {
            unsafe {
                let c = std::ffi::CString::new(text).unwrap();
                let d = pg_sys::OidInputFunctionCall(
                    Oid::from(pg_sys::F_JSONB_IN),
                    c.as_ptr() as *mut _,
                    pg_sys::BuiltinOid::JSONBOID.value(),
                    -1,
                );
                let out = pg_sys::OidOutputFunctionCall(Oid::from(pg_sys::F_JSONB_OUT), d);
                let expected = std::ffi::CStr::from_ptr(out).to_bytes().to_vec();
                let v = pg_sys::pg_detoast_datum(d.cast_mut_ptr()) as *const u8;
                let size = ((v as *const u32).read_unaligned() >> 2) as usize;
                if crate::jsonb::well_formed(v.add(4), size - 4, 0) != fast {
                    return Err(format!("rendered by the wrong path: {text}"));
                }
                let mut got = Vec::new();
                crate::jsonb::render(d, &mut got);
                if got != expected {
                    return Err(format!(
                        "{text}: rendered {:?}, jsonb_out {:?}",
                        String::from_utf8_lossy(&got),
                        String::from_utf8_lossy(&expected)
                    ));
                }
                Ok(())
            }
        }
        fn check(text: &str) -> std::result::Result<(), String> {
            check_as(text, true)
        }

        let many =
            |n: usize, f: &dyn Fn(usize) -> String| (0..n).map(f).collect::<Vec<_>>().join(",");
        let edge = [
            "[]".to_string(),
            "{}".into(),
            "[[], {}, [[]]]".into(),
            r#""x""#.into(),
            "1".into(),
            "-0".into(),
            "0.0".into(),
            "-0.000".into(),
            "1e100".into(),
            "1E-7".into(),
            "-12345678901234567890123456789.12345678901234567890".into(),
            "[0.0001, 0.00001, 1e-20, -1e-130, 10000, 100000000, 9999.9999, 1e131071, 5e-16383]"
                .into(),
            "[123456789.000100, -0.5, 0.5e1, 1.10, 2.000000, -9999, 10001.0001]".into(),
            "null".into(),
            "true".into(),
            "false".into(),
            r#""\u0001\u001f\b\f\n\r\t\"\\/\u007f""#.into(),
            r#""é😀\u00e9\ud83d\ude00""#.into(),
            r#"{"a": 1, "a": 2}"#.into(),
            r#"{"bb": 1, "a": 2, "ccc": [1, 2.50, {"d": null, "": ""}]}"#.into(),
            format!("[{}]", many(100, &|i| i.to_string())),
            format!("{{{}}}", many(70, &|i| format!(r#""k{i}": [{i}, "v{i}"]"#))),
            format!("[{}]", many(40, &|i| format!(r#"{{"n": {i}.5, "s": "{}"}}"#, "x".repeat(i)))),
            format!(r#"{{"long": "{}"}}"#, r"ab\n".repeat(5000)),
        ];
        for text in &edge {
            check(text).unwrap();
        }
        // Nesting: 64 levels are rendered here, deeper documents by jsonb_out, so that no
        // document can exhaust the stack (PostgreSQL accepts 10,000 levels by default).
        let nested = |n: usize| format!("{}1{}", "[".repeat(n), "]".repeat(n));
        check(&nested(64)).unwrap();
        check_as(&nested(65), false).unwrap();
        check_as(&nested(10_000), false).unwrap();
        check_as(&format!("{}1{}", r#"{"a": "#.repeat(10_000), "}".repeat(10_000)), false).unwrap();

        let string = "[\\x01-\\x7f é€😀]{0,10}".prop_map(|s| serde_json::to_string(&s).unwrap());
        let leaf = prop_oneof![
            Just("null".to_string()),
            Just("true".to_string()),
            Just("false".to_string()),
            "-?(0|[1-9][0-9]{0,25})(\\.[0-9]{1,20})?([eE][-+]?[0-9]{1,3})?",
            string.clone(),
        ];
        let doc = leaf.prop_recursive(4, 400, 45, move |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..45)
                    .prop_map(|v| format!("[{}]", v.join(", "))),
                proptest::collection::vec((string.clone(), inner), 0..45).prop_map(|v| {
                    let pairs: Vec<String> =
                        v.into_iter().map(|(k, v)| format!("{k}: {v}")).collect();
                    format!("{{{}}}", pairs.join(", "))
                }),
            ]
        });
        let mut runner =
            TestRunner::new(Config { cases: 400, failure_persistence: None, ..Config::default() });
        runner
            .run(&doc, |text| check(&text).map_err(proptest::test_runner::TestCaseError::fail))
            .unwrap();
    }

    /// jsonb numbers are printed by crate::jsonb::numeric, not numeric_out: byte for byte the
    /// same text, and the fast path taken, for numbers of every weight and scale.
    #[pg_test]
    fn numeric_text_matches_numeric_out() {
        use pgrx::pg_sys::{self, Oid};
        use proptest::test_runner::{Config, TestRunner};

        fn check(text: &str) -> std::result::Result<(), String> {
            unsafe {
                let c = std::ffi::CString::new(text).unwrap();
                let d = pg_sys::OidInputFunctionCall(
                    Oid::from(pg_sys::F_NUMERIC_IN),
                    c.as_ptr() as *mut _,
                    pg_sys::BuiltinOid::NUMERICOID.value(),
                    -1,
                );
                let out = pg_sys::OidOutputFunctionCall(Oid::from(pg_sys::F_NUMERIC_OUT), d);
                let expected = std::ffi::CStr::from_ptr(out).to_bytes().to_vec();
                let mut got = Vec::new();
                if !crate::jsonb::numeric(d.cast_mut_ptr::<u8>(), &mut got) {
                    return Err(format!("{text}: not printed by the fast path"));
                }
                if got != expected {
                    return Err(format!(
                        "{text}: printed {:?}, numeric_out {:?}",
                        String::from_utf8_lossy(&got),
                        String::from_utf8_lossy(&expected)
                    ));
                }
                Ok(())
            }
        }
        for text in [
            "0",
            "-0",
            "0.0",
            "-0.000",
            "1",
            "-1",
            "9999",
            "10000",
            "10001",
            "0.0001",
            "0.00001",
            "1e-20",
            "-1e-130",
            "1e131071",
            "5e-16383",
            "123456789.000100",
            "9999.9999",
            "-12345678901234567890123456789.12345678901234567890",
            "1000000000000",
            "0.5e1",
        ] {
            check(text).unwrap();
        }
        let mut runner =
            TestRunner::new(Config { cases: 2000, failure_persistence: None, ..Config::default() });
        runner
            .run(&"-?(0|[1-9][0-9]{0,40})(\\.[0-9]{1,40})?([eE][-+]?[0-9]{1,3})?", |text| {
                check(&text).map_err(proptest::test_runner::TestCaseError::fail)
            })
            .unwrap();
    }
}
