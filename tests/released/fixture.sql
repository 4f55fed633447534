-- The rows of tests/released/<version>-database.sql: run by scripts/make-release-fixture.sh in a
-- database where that release's library recorded them, then dumped. tests/upgrade.rs restores each
-- dump under the current library and checks that every row still verifies: the row encoding must
-- never change under a format version (docs/FORMAT.md).
CREATE EXTENSION audit_chain VERSION :'version';
CREATE SCHEMA "Fixture Schema";
SET search_path = "Fixture Schema", public;
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN short_text AS text CHECK (length(VALUE) < 20);
CREATE TYPE pair AS (x int, label text);
CREATE TYPE nested AS (p pair, tags text[], at timestamptz);
CREATE TABLE everything (
  t text, vc varchar(10), ch char(3), nm name, c "char", i2 int2, i4 int4, i8 int8, num numeric,
  f4 float4, f8 float8, b bool, d date, ts timestamp, tstz timestamptz, iv interval, tm time,
  tmtz timetz, u uuid, ip inet, net cidr, mac macaddr, mac8 macaddr8, bits bit(4), vbits varbit,
  bin bytea, js json, jsb jsonb, x xml, m money, o oid, tsv tsvector, ia int[], ta text[],
  ia2 int[][], lb int[], e mood, dom short_text, comp pair, deep nested, comps pair[],
  r int4range, tr tstzrange, pt point);
SELECT audit_enable('everything', 3);
INSERT INTO everything VALUES
 ('text ünïcødé ✓', 'varchar', 'ab', 'a name', 'q', 1, 2, 3, 1.50, 1.5, 0.1, true, '2024-02-29',
  '2024-01-02 03:04:05.678901', '2024-01-02 03:04:05.678901+02', '1 year 2 mons 3 days 04:05:06.7',
  '12:34:56', '12:34:56+05', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '10.0.0.7', '10.0.0.0/8',
  '08:00:2b:01:02:03', '08:00:2b:01:02:03:04:05', B'1010', B'110', '\x00ff',
  '{"b": 1,  "a": [1.50]}', '{"b": 1, "a": [1.50], "z": null}', '<a>x</a>', 12.34, 42,
  'the quick brown fox', '{1,NULL,3}', '{"x",NULL,"","ü"}', '{{1,2},{3,4}}', '[0:2]={7,8,9}',
  'happy', 'short', ROW(1, 'one'), ROW(ROW(2, 'two'), '{a,NULL}', '2024-05-05 05:05+00'),
  ARRAY[ROW(1, 'a')::pair, NULL, ROW(NULL, 'c')::pair], '[1,10)',
  '[2024-01-01 00:00+00,2024-02-01 00:00+00)', '(1.5,2.5)'),
 ('', '', '', '', ' ', 0, 0, 0, 'NaN', 'NaN', '-0', false, 'infinity', '-infinity', 'infinity',
  '0', '00:00', '00:00+00', '00000000-0000-0000-0000-000000000000', '::1', '::/0',
  '00:00:00:00:00:00', '00:00:00:00:00:00:00:00', B'0000', B'', '', '""', '""', '<a/>', 0, 0, '',
  '{}', '{}', '{}', '{}', 'sad', '', ROW(NULL, NULL), ROW(NULL, NULL, NULL), '{}', 'empty',
  'empty', '(0,0)'),
 (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '-0.0', 'Infinity', '-Infinity', NULL,
  '-infinity', 'infinity', '-infinity', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  NULL, NULL, NULL);
INSERT INTO everything (t) VALUES (NULL);
INSERT INTO everything (f4, f8, num) VALUES ('-0', 'NaN', '0.000'), ('-Infinity', 'Infinity', '-1e-20');
-- Rows recorded under other session settings.
SET TimeZone = 'America/St_Johns';
SET DateStyle = 'SQL, DMY';
SET IntervalStyle = 'iso_8601';
SET extra_float_digits = -3;
SET bytea_output = 'escape';
INSERT INTO everything (tstz, ts, iv, f8, f4, bin, tr, pt, m, tmtz)
  VALUES ('2024-06-01 12:00:00.5+00', '2024-06-01 12:00', '-1 days 02:00', 2.0/3, 1.0/3, '\x01',
          '[2024-01-01,2024-01-02)', '(0.1,0.2)', 5, '23:59:59.999999-14');
RESET TimeZone; RESET DateStyle; RESET IntervalStyle; RESET extra_float_digits; RESET bytea_output;
-- A column added after enable, rows before and after it.
ALTER TABLE everything ADD COLUMN added text;
INSERT INTO everything (t, added) VALUES ('after add', 'added');
-- A bigger table, pruned, checkpointed.
CREATE TABLE "Events" (id bigint NOT NULL, actor text, payload jsonb, at timestamptz DEFAULT now());
SELECT audit_enable('"Events"');
INSERT INTO "Events" (id, actor, payload)
  SELECT g, 'actor' || g % 7, jsonb_build_object('g', g, 'half', g / 2.0) FROM generate_series(1, 2000) g;
SELECT audit_prune('"Events"', clock_timestamp());
INSERT INTO "Events" (id, actor) SELECT -g, 'after prune' FROM generate_series(1, 100) g;
-- An extension type outside the inserting session's search_path: releases up to 0.3.0 wrote a
-- schema-qualified type descriptor for it (0.4.0 writes the unqualified name, and still verifies
-- these rows). Recorded from 0.3.0 on.
CREATE SCHEMA fixture_ext;
CREATE EXTENSION citext SCHEMA fixture_ext;
CREATE TABLE ext_typed (c fixture_ext.citext, n int);
SELECT audit_enable('ext_typed', 1);
INSERT INTO ext_typed VALUES ('Outside the path', 1), ('Also outside', NULL);
SELECT audit_checkpoint() IS NOT NULL AS checkpointed;
SELECT audit_verify() AS verified;
