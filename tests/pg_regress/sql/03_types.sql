-- Every supported type, NULL in every column, and session settings that must not matter.
\set SHOW_CONTEXT never
CREATE SCHEMA t03;
SET search_path = t03, public;
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN short_text AS text CHECK (length(VALUE) < 20);
CREATE TYPE pair AS (x int, label text);
CREATE TABLE everything (
  t text, vc varchar(10), ch char(3), i2 int2, i4 int4, i8 int8, num numeric, f4 float4, f8 float8,
  b bool, d date, ts timestamp, tstz timestamptz, iv interval, tm time, tmtz timetz, u uuid,
  ip inet, net cidr, mac macaddr, bin bytea, js json, jsb jsonb, m money, ia int[], ta text[],
  ia2 int[][], e mood, dom short_text, comp pair, r int4range, tr tstzrange, pt point);
SELECT audit_enable('everything', 1);

INSERT INTO everything VALUES
 ('text', 'varchar', 'ab', 1, 2, 3, 1.50, 1.5, 0.1, true, '2024-02-29', '2024-01-02 03:04:05.678901',
  '2024-01-02 03:04:05.678901+02', '1 year 2 mons 3 days 04:05:06.7', '12:34:56', '12:34:56+05',
  'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '10.0.0.7', '10.0.0.0/8', '08:00:2b:01:02:03', '\x00ff',
  '{"b": 1,  "a": [1.50]}', '{"b": 1, "a": [1.50]}', 12.34, '{1,NULL,3}', '{"x",NULL,""}',
  '{{1,2},{3,4}}', 'happy', 'short', ROW(1, 'one'), '[1,10)', '[2024-01-01 00:00+00,2024-02-01 00:00+00)', '(1.5,2.5)'),
 ('', '', '', 0, 0, 0, 'NaN', 'NaN', '-0', false, 'infinity', '-infinity', 'infinity', '0', '00:00', '00:00+00',
  '00000000-0000-0000-0000-000000000000', '::1', '::/0', '00:00:00:00:00:00', '', '""', '""', 0, '{}', '{}',
  '{}', 'sad', '', ROW(NULL, NULL), 'empty', 'empty', '(0,0)'),
 (NULL, NULL, NULL, NULL, NULL, NULL, '-0.0', 'Infinity', '-Infinity', NULL, '-infinity', 'infinity', '-infinity',
  NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO everything (t) VALUES (NULL);
-- The float special values the other rows did not cover, in the other column type.
INSERT INTO everything (f4, f8, num) VALUES ('-0', 'NaN', '0.000'), ('-Infinity', 'Infinity', '-1e-20');
SELECT audit_verify('everything');

-- NULL and the empty string hash differently.
SELECT count(DISTINCT audit_hash) = count(*) AS all_distinct FROM everything;

-- Insert and verify under other settings: the hashes do not depend on them.
SET TimeZone = 'America/St_Johns';
SET DateStyle = 'SQL, DMY';
SET IntervalStyle = 'iso_8601';
SET extra_float_digits = -3;
SET bytea_output = 'escape';
SET lc_monetary = 'C';
SET search_path = public, t03;
INSERT INTO everything (tstz, ts, iv, f8, f4, bin, tr, pt, m)
  VALUES ('2024-06-01 12:00:00.5+00', '2024-06-01 12:00', '-1 days 02:00', 2.0/3, 1.0/3, '\x01', '[2024-01-01,2024-01-02)', '(0.1,0.2)', 5);
SELECT audit_verify('everything');
RESET ALL;
SET search_path = t03, public;
SELECT audit_verify('everything');
SET TimeZone = 'Pacific/Kiritimati';
SET extra_float_digits = 3;
SELECT audit_verify('everything');
RESET ALL;
