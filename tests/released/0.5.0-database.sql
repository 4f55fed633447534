--
-- PostgreSQL database dump
--

\restrict SYrZ86bE0CQ6XwE9mmTmNTqpd2FPrswPn1BUYsIadPfO9wr2vk6LlaxxOnva5hL

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: Fixture Schema; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA "Fixture Schema";


ALTER SCHEMA "Fixture Schema" OWNER TO postgres;

--
-- Name: audit_chain; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS audit_chain WITH SCHEMA public;


--
-- Name: fixture_ext; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA fixture_ext;


ALTER SCHEMA fixture_ext OWNER TO postgres;

--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA fixture_ext;


--
-- Name: mood; Type: TYPE; Schema: Fixture Schema; Owner: postgres
--

CREATE TYPE "Fixture Schema".mood AS ENUM (
    'sad',
    'ok',
    'happy'
);


ALTER TYPE "Fixture Schema".mood OWNER TO postgres;

--
-- Name: pair; Type: TYPE; Schema: Fixture Schema; Owner: postgres
--

CREATE TYPE "Fixture Schema".pair AS (
	x integer,
	label text
);


ALTER TYPE "Fixture Schema".pair OWNER TO postgres;

--
-- Name: nested; Type: TYPE; Schema: Fixture Schema; Owner: postgres
--

CREATE TYPE "Fixture Schema".nested AS (
	p "Fixture Schema".pair,
	tags text[],
	at timestamp with time zone
);


ALTER TYPE "Fixture Schema".nested OWNER TO postgres;

--
-- Name: short_text; Type: DOMAIN; Schema: Fixture Schema; Owner: postgres
--

CREATE DOMAIN "Fixture Schema".short_text AS text
	CONSTRAINT short_text_check CHECK ((length(VALUE) < 20));


ALTER DOMAIN "Fixture Schema".short_text OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: Events; Type: TABLE; Schema: Fixture Schema; Owner: postgres
--

CREATE TABLE "Fixture Schema"."Events" (
    id bigint NOT NULL,
    actor text,
    payload jsonb,
    at timestamp with time zone DEFAULT now(),
    audit_chain_id integer NOT NULL,
    audit_seq bigint NOT NULL,
    audit_at timestamp with time zone NOT NULL,
    audit_prev bytea NOT NULL,
    audit_hash bytea NOT NULL
);


ALTER TABLE "Fixture Schema"."Events" OWNER TO postgres;

--
-- Name: everything; Type: TABLE; Schema: Fixture Schema; Owner: postgres
--

CREATE TABLE "Fixture Schema".everything (
    t text,
    vc character varying(10),
    ch character(3),
    nm name,
    c "char",
    i2 smallint,
    i4 integer,
    i8 bigint,
    num numeric,
    f4 real,
    f8 double precision,
    b boolean,
    d date,
    ts timestamp without time zone,
    tstz timestamp with time zone,
    iv interval,
    tm time without time zone,
    tmtz time with time zone,
    u uuid,
    ip inet,
    net cidr,
    mac macaddr,
    mac8 macaddr8,
    bits bit(4),
    vbits bit varying,
    bin bytea,
    js json,
    jsb jsonb,
    x xml,
    m money,
    o oid,
    tsv tsvector,
    ia integer[],
    ta text[],
    ia2 integer[],
    lb integer[],
    e "Fixture Schema".mood,
    dom "Fixture Schema".short_text,
    comp "Fixture Schema".pair,
    deep "Fixture Schema".nested,
    comps "Fixture Schema".pair[],
    r int4range,
    tr tstzrange,
    pt point,
    audit_chain_id integer NOT NULL,
    audit_seq bigint NOT NULL,
    audit_at timestamp with time zone NOT NULL,
    audit_prev bytea NOT NULL,
    audit_hash bytea NOT NULL,
    added text
);


ALTER TABLE "Fixture Schema".everything OWNER TO postgres;

--
-- Name: ext_typed; Type: TABLE; Schema: Fixture Schema; Owner: postgres
--

CREATE TABLE "Fixture Schema".ext_typed (
    c fixture_ext.citext,
    n integer,
    audit_chain_id integer NOT NULL,
    audit_seq bigint NOT NULL,
    audit_at timestamp with time zone NOT NULL,
    audit_prev bytea NOT NULL,
    audit_hash bytea NOT NULL
);


ALTER TABLE "Fixture Schema".ext_typed OWNER TO postgres;

--
-- Data for Name: Events; Type: TABLE DATA; Schema: Fixture Schema; Owner: postgres
--

COPY "Fixture Schema"."Events" (id, actor, payload, at, audit_chain_id, audit_seq, audit_at, audit_prev, audit_hash) FROM stdin;
2000	actor5	{"g": 2000, "half": 1000.0000000000000000}	2026-12-03 15:45:47.584361+00	0	2000	2026-12-03 15:45:47.629583+00	\\x7096e681558a3006d7ab7913b4ea4628576f6a3798e23f30a39d4ae930731c55	\\xe2957fe741424021cc7811149ff4aee5fd5d716c4ac4d54236de0629bbac26f0
-1	after prune	\N	2026-12-03 15:45:47.638228+00	0	2001	2026-12-03 15:45:47.638465+00	\\xe2957fe741424021cc7811149ff4aee5fd5d716c4ac4d54236de0629bbac26f0	\\xd9b2a4e986e4b6513f5adaebebe529aa640ff2ad238f70e9787efe757532602f
-2	after prune	\N	2026-12-03 15:45:47.638228+00	0	2002	2026-12-03 15:45:47.638521+00	\\xd9b2a4e986e4b6513f5adaebebe529aa640ff2ad238f70e9787efe757532602f	\\x4d1fd7590ec9274cea0ff38306fd18fda82d5894b2a1f86faa0c55dd0be2f817
-3	after prune	\N	2026-12-03 15:45:47.638228+00	0	2003	2026-12-03 15:45:47.63854+00	\\x4d1fd7590ec9274cea0ff38306fd18fda82d5894b2a1f86faa0c55dd0be2f817	\\x41870f8a00e4e025e006b03b172c2a9de6d9e0e0497676abbc2f195de2b23024
-4	after prune	\N	2026-12-03 15:45:47.638228+00	0	2004	2026-12-03 15:45:47.638558+00	\\x41870f8a00e4e025e006b03b172c2a9de6d9e0e0497676abbc2f195de2b23024	\\x0ce162a4a202a62749626c4c5fba74c475d35c1b23af3ab0ec6c05a66701a863
-5	after prune	\N	2026-12-03 15:45:47.638228+00	0	2005	2026-12-03 15:45:47.638575+00	\\x0ce162a4a202a62749626c4c5fba74c475d35c1b23af3ab0ec6c05a66701a863	\\xb0c33421a2e26fa059320e6fbe02cc073d39cbcefb639ca37b56508e686573d2
-6	after prune	\N	2026-12-03 15:45:47.638228+00	0	2006	2026-12-03 15:45:47.638591+00	\\xb0c33421a2e26fa059320e6fbe02cc073d39cbcefb639ca37b56508e686573d2	\\xf367c382a6dee28a6ca1c507ab4a373297a0774c2a0c39d3feae408c4e849736
-7	after prune	\N	2026-12-03 15:45:47.638228+00	0	2007	2026-12-03 15:45:47.638607+00	\\xf367c382a6dee28a6ca1c507ab4a373297a0774c2a0c39d3feae408c4e849736	\\x330a6f5387dc7e2f2d8cf3bc7530430522789780b4ee38a0f7340be076c6ac04
-8	after prune	\N	2026-12-03 15:45:47.638228+00	0	2008	2026-12-03 15:45:47.638624+00	\\x330a6f5387dc7e2f2d8cf3bc7530430522789780b4ee38a0f7340be076c6ac04	\\x0fbe05a9b51bb12544f6372c9a77aa1594b853ac3f1e1847736b08025d6e8082
-9	after prune	\N	2026-12-03 15:45:47.638228+00	0	2009	2026-12-03 15:45:47.638641+00	\\x0fbe05a9b51bb12544f6372c9a77aa1594b853ac3f1e1847736b08025d6e8082	\\x9d7ba110678f62ec7de261f33b0d0fff1d5f540b99c3b828ac1e74de35ddce9a
-10	after prune	\N	2026-12-03 15:45:47.638228+00	0	2010	2026-12-03 15:45:47.638657+00	\\x9d7ba110678f62ec7de261f33b0d0fff1d5f540b99c3b828ac1e74de35ddce9a	\\x6c186bf47a7861189f2c91cff3576b7a6affa09bd47f243785059d84c58ea8fa
-11	after prune	\N	2026-12-03 15:45:47.638228+00	0	2011	2026-12-03 15:45:47.638673+00	\\x6c186bf47a7861189f2c91cff3576b7a6affa09bd47f243785059d84c58ea8fa	\\xdfef3c831db1286a1d47efda51e1de42abe210b1cec01d078f24596761e47245
-12	after prune	\N	2026-12-03 15:45:47.638228+00	0	2012	2026-12-03 15:45:47.63869+00	\\xdfef3c831db1286a1d47efda51e1de42abe210b1cec01d078f24596761e47245	\\x5ac846b9cbd21967c69105f5f88aba53acd1f6db5405e728fc50c4ab63b08015
-13	after prune	\N	2026-12-03 15:45:47.638228+00	0	2013	2026-12-03 15:45:47.638747+00	\\x5ac846b9cbd21967c69105f5f88aba53acd1f6db5405e728fc50c4ab63b08015	\\x86a6aa313b2806dac9e8207880903a448fb8fd608c180e417a93afbb5d5dd143
-14	after prune	\N	2026-12-03 15:45:47.638228+00	0	2014	2026-12-03 15:45:47.638764+00	\\x86a6aa313b2806dac9e8207880903a448fb8fd608c180e417a93afbb5d5dd143	\\x5280b72a8d4539b9e75150836183ea546fd5269cb1be2550f0ed8250a7d0e025
-15	after prune	\N	2026-12-03 15:45:47.638228+00	0	2015	2026-12-03 15:45:47.638781+00	\\x5280b72a8d4539b9e75150836183ea546fd5269cb1be2550f0ed8250a7d0e025	\\x8f84ee76be1f1b21d5fa9b499c53948199fb4ec4fcc85730fb985b1ca1dde872
-16	after prune	\N	2026-12-03 15:45:47.638228+00	0	2016	2026-12-03 15:45:47.638797+00	\\x8f84ee76be1f1b21d5fa9b499c53948199fb4ec4fcc85730fb985b1ca1dde872	\\x06827b31b30a265d22b7663ef541f209e391b13bb1d9c468b6db2282b6f97b8c
-17	after prune	\N	2026-12-03 15:45:47.638228+00	0	2017	2026-12-03 15:45:47.638812+00	\\x06827b31b30a265d22b7663ef541f209e391b13bb1d9c468b6db2282b6f97b8c	\\xb2d54b557a50719efb052a198b60b2e9628d8958f4f88f0cc12e502f44a72ba6
-18	after prune	\N	2026-12-03 15:45:47.638228+00	0	2018	2026-12-03 15:45:47.638828+00	\\xb2d54b557a50719efb052a198b60b2e9628d8958f4f88f0cc12e502f44a72ba6	\\x1cd5ad5fa552535aae74368f45c64893d44a04b649449c269632fd52ea5c688c
-19	after prune	\N	2026-12-03 15:45:47.638228+00	0	2019	2026-12-03 15:45:47.638845+00	\\x1cd5ad5fa552535aae74368f45c64893d44a04b649449c269632fd52ea5c688c	\\xcf614c5d6245f5e91eb903b856ba2b984cf4125443d006c5892c6c59a2a08815
-20	after prune	\N	2026-12-03 15:45:47.638228+00	0	2020	2026-12-03 15:45:47.638861+00	\\xcf614c5d6245f5e91eb903b856ba2b984cf4125443d006c5892c6c59a2a08815	\\x131335d8c3b13b584d4f27ae082b9150fbb13f21bb856a9bba0febabf92f24b4
-21	after prune	\N	2026-12-03 15:45:47.638228+00	0	2021	2026-12-03 15:45:47.638877+00	\\x131335d8c3b13b584d4f27ae082b9150fbb13f21bb856a9bba0febabf92f24b4	\\x174d1f8061549bde6e515a4af7b025435e573698f9b8ec2fa48c686e318ca6c5
-22	after prune	\N	2026-12-03 15:45:47.638228+00	0	2022	2026-12-03 15:45:47.638893+00	\\x174d1f8061549bde6e515a4af7b025435e573698f9b8ec2fa48c686e318ca6c5	\\xbd5b1cab694bdc7d7d0c24516032e572cb2e889430e8df5c76b4e23dd9d80be2
-23	after prune	\N	2026-12-03 15:45:47.638228+00	0	2023	2026-12-03 15:45:47.638909+00	\\xbd5b1cab694bdc7d7d0c24516032e572cb2e889430e8df5c76b4e23dd9d80be2	\\xa7f8f3679e9416190229ca5b32e8dcfbaeedd70f452e7860a29c4fc9025eb1b1
-24	after prune	\N	2026-12-03 15:45:47.638228+00	0	2024	2026-12-03 15:45:47.638925+00	\\xa7f8f3679e9416190229ca5b32e8dcfbaeedd70f452e7860a29c4fc9025eb1b1	\\x652c11afe5587d2aa35f7aefd4f5da67df30adbf478fe6c7dc676504e7afb9a9
-25	after prune	\N	2026-12-03 15:45:47.638228+00	0	2025	2026-12-03 15:45:47.63894+00	\\x652c11afe5587d2aa35f7aefd4f5da67df30adbf478fe6c7dc676504e7afb9a9	\\x9160380c6b725d53a96bf5131706caa23582adeba4c549ea686b9d4cf3cca5a8
-26	after prune	\N	2026-12-03 15:45:47.638228+00	0	2026	2026-12-03 15:45:47.638954+00	\\x9160380c6b725d53a96bf5131706caa23582adeba4c549ea686b9d4cf3cca5a8	\\x782c678388a630b663b8fecbcf1cb5d8e2d68d12bff7000fcc1c3f323a393f01
-27	after prune	\N	2026-12-03 15:45:47.638228+00	0	2027	2026-12-03 15:45:47.638968+00	\\x782c678388a630b663b8fecbcf1cb5d8e2d68d12bff7000fcc1c3f323a393f01	\\x1074010a16bcb5ad58abb1e80a9346776a1de20fd94c3e86581154e2597f0e1d
-28	after prune	\N	2026-12-03 15:45:47.638228+00	0	2028	2026-12-03 15:45:47.638982+00	\\x1074010a16bcb5ad58abb1e80a9346776a1de20fd94c3e86581154e2597f0e1d	\\x52543e27c01d6b43cf02cbef9bd08810df0e56dcd831ebe74d23b60f057ff5ba
-29	after prune	\N	2026-12-03 15:45:47.638228+00	0	2029	2026-12-03 15:45:47.638999+00	\\x52543e27c01d6b43cf02cbef9bd08810df0e56dcd831ebe74d23b60f057ff5ba	\\x69adefecf6566139c667705b70f5eb23eec35dcfcbbe1e0e3805bfc57b28dd34
-30	after prune	\N	2026-12-03 15:45:47.638228+00	0	2030	2026-12-03 15:45:47.639013+00	\\x69adefecf6566139c667705b70f5eb23eec35dcfcbbe1e0e3805bfc57b28dd34	\\xc16dd9268eb50577082500db591e9e1e2ac68073a94b17e1226184b52873df3b
-31	after prune	\N	2026-12-03 15:45:47.638228+00	0	2031	2026-12-03 15:45:47.639027+00	\\xc16dd9268eb50577082500db591e9e1e2ac68073a94b17e1226184b52873df3b	\\x4fb4ce3b7dc86f1455d8fea1e95fdde27b66092adf534c4bcdf1ef6892f91db4
-32	after prune	\N	2026-12-03 15:45:47.638228+00	0	2032	2026-12-03 15:45:47.639043+00	\\x4fb4ce3b7dc86f1455d8fea1e95fdde27b66092adf534c4bcdf1ef6892f91db4	\\x18915dae9efb35e0f3fe3f758858787f0f51841192f7579ec0dce5dd75e45f3c
-33	after prune	\N	2026-12-03 15:45:47.638228+00	0	2033	2026-12-03 15:45:47.639057+00	\\x18915dae9efb35e0f3fe3f758858787f0f51841192f7579ec0dce5dd75e45f3c	\\x8d53cd6797d51fb43755ebc11e0d7d5e9f896260a68bd4a4e626fdca60210529
-34	after prune	\N	2026-12-03 15:45:47.638228+00	0	2034	2026-12-03 15:45:47.639072+00	\\x8d53cd6797d51fb43755ebc11e0d7d5e9f896260a68bd4a4e626fdca60210529	\\xf64efa07c02333e02d9e8b4ce316a6f1766d478e6121b5d76d6f0554489f5ae3
-35	after prune	\N	2026-12-03 15:45:47.638228+00	0	2035	2026-12-03 15:45:47.639086+00	\\xf64efa07c02333e02d9e8b4ce316a6f1766d478e6121b5d76d6f0554489f5ae3	\\xf56f21d045963643022eb422214e033ea10d0c1e6854c3c35797495ce2ed1e1d
-36	after prune	\N	2026-12-03 15:45:47.638228+00	0	2036	2026-12-03 15:45:47.639101+00	\\xf56f21d045963643022eb422214e033ea10d0c1e6854c3c35797495ce2ed1e1d	\\x386923458f823ace3acdfa77021609506d83b6a149c06ae10ba1fd599b96cf84
-37	after prune	\N	2026-12-03 15:45:47.638228+00	0	2037	2026-12-03 15:45:47.639117+00	\\x386923458f823ace3acdfa77021609506d83b6a149c06ae10ba1fd599b96cf84	\\x63770376af059184cd96911cbc36f053e4114fbf1d976781f1580cf56938e81d
-38	after prune	\N	2026-12-03 15:45:47.638228+00	0	2038	2026-12-03 15:45:47.639133+00	\\x63770376af059184cd96911cbc36f053e4114fbf1d976781f1580cf56938e81d	\\x15420acb8f07b2280638783e4b63d6512829291b411b41843f1f2e942bc7f45d
-39	after prune	\N	2026-12-03 15:45:47.638228+00	0	2039	2026-12-03 15:45:47.639149+00	\\x15420acb8f07b2280638783e4b63d6512829291b411b41843f1f2e942bc7f45d	\\xcf7362d521bdeef4629d12d4fc60ee33c7eb7b7fdd5f703af2f7f7af5226b781
-40	after prune	\N	2026-12-03 15:45:47.638228+00	0	2040	2026-12-03 15:45:47.639166+00	\\xcf7362d521bdeef4629d12d4fc60ee33c7eb7b7fdd5f703af2f7f7af5226b781	\\x8b9e22561ca4d85c67bdbc2a12d909e35e220c7627aa982197170da0897b8903
-41	after prune	\N	2026-12-03 15:45:47.638228+00	0	2041	2026-12-03 15:45:47.63918+00	\\x8b9e22561ca4d85c67bdbc2a12d909e35e220c7627aa982197170da0897b8903	\\x8c2244fbf59df09011381bc8d5c151b16f1972d2324bfdbcccaa84c82520a6dc
-42	after prune	\N	2026-12-03 15:45:47.638228+00	0	2042	2026-12-03 15:45:47.639197+00	\\x8c2244fbf59df09011381bc8d5c151b16f1972d2324bfdbcccaa84c82520a6dc	\\x44eb5e11cc8250cc2880b3f20455436d81eb853b11d509554406cbaced134d53
-43	after prune	\N	2026-12-03 15:45:47.638228+00	0	2043	2026-12-03 15:45:47.639211+00	\\x44eb5e11cc8250cc2880b3f20455436d81eb853b11d509554406cbaced134d53	\\xf300520af2ceae96640630ae2506827b8e2f8201965dbcfcaafc8b9f2a689df5
-44	after prune	\N	2026-12-03 15:45:47.638228+00	0	2044	2026-12-03 15:45:47.63923+00	\\xf300520af2ceae96640630ae2506827b8e2f8201965dbcfcaafc8b9f2a689df5	\\x30c61b74f3b051418d333e766a2f22b0a144b687bebd30a65882e5c7985e7381
-45	after prune	\N	2026-12-03 15:45:47.638228+00	0	2045	2026-12-03 15:45:47.639246+00	\\x30c61b74f3b051418d333e766a2f22b0a144b687bebd30a65882e5c7985e7381	\\x23d39010a7028620c6586a90c75d684fec0dbfd52ede0f1960400ee615effca7
-46	after prune	\N	2026-12-03 15:45:47.638228+00	0	2046	2026-12-03 15:45:47.639263+00	\\x23d39010a7028620c6586a90c75d684fec0dbfd52ede0f1960400ee615effca7	\\x0f9bfce94e1568c503de9681b32013cba576a60657ae6515d3d67305f8149e84
-47	after prune	\N	2026-12-03 15:45:47.638228+00	0	2047	2026-12-03 15:45:47.639277+00	\\x0f9bfce94e1568c503de9681b32013cba576a60657ae6515d3d67305f8149e84	\\x671fc6e8a81bb328067f99fff35147dd0b89c7cb338333ebd0ac21650a4c67a5
-48	after prune	\N	2026-12-03 15:45:47.638228+00	0	2048	2026-12-03 15:45:47.639292+00	\\x671fc6e8a81bb328067f99fff35147dd0b89c7cb338333ebd0ac21650a4c67a5	\\x83132b20342baaf6b4c864246ce78d4f44ec014b49745781b2a672c921a07333
-49	after prune	\N	2026-12-03 15:45:47.638228+00	0	2049	2026-12-03 15:45:47.639308+00	\\x83132b20342baaf6b4c864246ce78d4f44ec014b49745781b2a672c921a07333	\\x3ac5eba857cdef33cb846f8d97c5b56eab0fd670955b9d5a87e10f6dcc0e2302
-50	after prune	\N	2026-12-03 15:45:47.638228+00	0	2050	2026-12-03 15:45:47.639324+00	\\x3ac5eba857cdef33cb846f8d97c5b56eab0fd670955b9d5a87e10f6dcc0e2302	\\x85133304cb7614d21ba8b95ee0fa8600615e9a9235bc7e778d1099af6a9b16b7
-51	after prune	\N	2026-12-03 15:45:47.638228+00	0	2051	2026-12-03 15:45:47.63934+00	\\x85133304cb7614d21ba8b95ee0fa8600615e9a9235bc7e778d1099af6a9b16b7	\\x9b270e03fc304e3a1c3591bd0758581ee9e09867b7998420d2e9975bf2419553
-52	after prune	\N	2026-12-03 15:45:47.638228+00	0	2052	2026-12-03 15:45:47.639355+00	\\x9b270e03fc304e3a1c3591bd0758581ee9e09867b7998420d2e9975bf2419553	\\xa768dc52f234e865921e4a67bece91679c5b22e7bb8fb1a24996fd2b29fcd8a7
-53	after prune	\N	2026-12-03 15:45:47.638228+00	0	2053	2026-12-03 15:45:47.639372+00	\\xa768dc52f234e865921e4a67bece91679c5b22e7bb8fb1a24996fd2b29fcd8a7	\\x1da90877942cfabf640edb0aaf9fe93fe72b48b43e1b9c9a64e6c60853dd26d0
-54	after prune	\N	2026-12-03 15:45:47.638228+00	0	2054	2026-12-03 15:45:47.639388+00	\\x1da90877942cfabf640edb0aaf9fe93fe72b48b43e1b9c9a64e6c60853dd26d0	\\x9a89cddfb5b680c2acad07738e90394a34eae57b60854f2f8374d1f524dc0958
-55	after prune	\N	2026-12-03 15:45:47.638228+00	0	2055	2026-12-03 15:45:47.639404+00	\\x9a89cddfb5b680c2acad07738e90394a34eae57b60854f2f8374d1f524dc0958	\\xf25a26214f47e34c7c5aaa2fe9e43fd7ef23aa80a58538e71635e5cd43b309c7
-56	after prune	\N	2026-12-03 15:45:47.638228+00	0	2056	2026-12-03 15:45:47.639419+00	\\xf25a26214f47e34c7c5aaa2fe9e43fd7ef23aa80a58538e71635e5cd43b309c7	\\x4c944bee9b5e6e0dd3b421425550bf0a5514299c8bea11a13d636e6e92c65c6f
-57	after prune	\N	2026-12-03 15:45:47.638228+00	0	2057	2026-12-03 15:45:47.639436+00	\\x4c944bee9b5e6e0dd3b421425550bf0a5514299c8bea11a13d636e6e92c65c6f	\\xf5d15d1d2939fa66d2a659a72c00ab033cfbc8fca77c1ac2c2130c4511cc2442
-58	after prune	\N	2026-12-03 15:45:47.638228+00	0	2058	2026-12-03 15:45:47.639451+00	\\xf5d15d1d2939fa66d2a659a72c00ab033cfbc8fca77c1ac2c2130c4511cc2442	\\x77a05ec78444fffbf9a39c64dfc955cb2e6a5961cb95943caf6b08f0ce9c8673
-59	after prune	\N	2026-12-03 15:45:47.638228+00	0	2059	2026-12-03 15:45:47.639467+00	\\x77a05ec78444fffbf9a39c64dfc955cb2e6a5961cb95943caf6b08f0ce9c8673	\\x8f478425ab7d896278854d9bbed9357fcf8079ac055cf0026204f28fdc531a14
-60	after prune	\N	2026-12-03 15:45:47.638228+00	0	2060	2026-12-03 15:45:47.639483+00	\\x8f478425ab7d896278854d9bbed9357fcf8079ac055cf0026204f28fdc531a14	\\xdf5bf97a451cbb832759183ad03d5df07249d27dd5691c55dcd29582da0939f4
-61	after prune	\N	2026-12-03 15:45:47.638228+00	0	2061	2026-12-03 15:45:47.639497+00	\\xdf5bf97a451cbb832759183ad03d5df07249d27dd5691c55dcd29582da0939f4	\\x625baf3bd35e8941cffe64b98d87d85d2e06225ae40c473a0f258d9cc31ae79d
-62	after prune	\N	2026-12-03 15:45:47.638228+00	0	2062	2026-12-03 15:45:47.639531+00	\\x625baf3bd35e8941cffe64b98d87d85d2e06225ae40c473a0f258d9cc31ae79d	\\xd1a465c42b6a5c0efde9920d30e2e20680e0af95777f11415b9e2127f144924f
-63	after prune	\N	2026-12-03 15:45:47.638228+00	0	2063	2026-12-03 15:45:47.639545+00	\\xd1a465c42b6a5c0efde9920d30e2e20680e0af95777f11415b9e2127f144924f	\\x30455cd9c64e789afac896f8217a86545a9f8b79e7e72ddd5b20306965841585
-64	after prune	\N	2026-12-03 15:45:47.638228+00	0	2064	2026-12-03 15:45:47.63956+00	\\x30455cd9c64e789afac896f8217a86545a9f8b79e7e72ddd5b20306965841585	\\x74ff58f98b5bb4dcbab6b87f0b18e6104ca431135f0ae593d4f1248a08872a12
-65	after prune	\N	2026-12-03 15:45:47.638228+00	0	2065	2026-12-03 15:45:47.639574+00	\\x74ff58f98b5bb4dcbab6b87f0b18e6104ca431135f0ae593d4f1248a08872a12	\\x5270ca96790bec5c4ebd789ecc36296ee907b8728d28c4673cd3d8811159f9c6
-66	after prune	\N	2026-12-03 15:45:47.638228+00	0	2066	2026-12-03 15:45:47.639589+00	\\x5270ca96790bec5c4ebd789ecc36296ee907b8728d28c4673cd3d8811159f9c6	\\xdd7157d94a3df07bebabdfc88932f206048ce54473557b71c20d821c773f2ab7
-67	after prune	\N	2026-12-03 15:45:47.638228+00	0	2067	2026-12-03 15:45:47.639604+00	\\xdd7157d94a3df07bebabdfc88932f206048ce54473557b71c20d821c773f2ab7	\\x0091e352675ff3b94c60a970a32cfd8fac23e49086021fa44201ac11856d73e7
-68	after prune	\N	2026-12-03 15:45:47.638228+00	0	2068	2026-12-03 15:45:47.63962+00	\\x0091e352675ff3b94c60a970a32cfd8fac23e49086021fa44201ac11856d73e7	\\x886e86e77051bb4bbec6bb366e7e4713428a3ca011bb5f90ebff6f520ddc423c
-69	after prune	\N	2026-12-03 15:45:47.638228+00	0	2069	2026-12-03 15:45:47.639637+00	\\x886e86e77051bb4bbec6bb366e7e4713428a3ca011bb5f90ebff6f520ddc423c	\\xec61879d0dbdb44dc32eac35baf4f7b5a53f382ef96a81d79b7072ff37409d30
-70	after prune	\N	2026-12-03 15:45:47.638228+00	0	2070	2026-12-03 15:45:47.639652+00	\\xec61879d0dbdb44dc32eac35baf4f7b5a53f382ef96a81d79b7072ff37409d30	\\xa8a5efa9b9adf8336aa822eadef369cf1caced0ccbca0743d103eee17e4ab807
-71	after prune	\N	2026-12-03 15:45:47.638228+00	0	2071	2026-12-03 15:45:47.639668+00	\\xa8a5efa9b9adf8336aa822eadef369cf1caced0ccbca0743d103eee17e4ab807	\\x9b6b449c31fabc29306102d27bca46f38910a0941f0a4d11c5acc07a738deb4d
-72	after prune	\N	2026-12-03 15:45:47.638228+00	0	2072	2026-12-03 15:45:47.639683+00	\\x9b6b449c31fabc29306102d27bca46f38910a0941f0a4d11c5acc07a738deb4d	\\x6edaede7adb422c34d76789ba68d5c94e35bb99405d91ff55d7313b08ccb2e50
-73	after prune	\N	2026-12-03 15:45:47.638228+00	0	2073	2026-12-03 15:45:47.639756+00	\\x6edaede7adb422c34d76789ba68d5c94e35bb99405d91ff55d7313b08ccb2e50	\\x88b818a3939a1dedba98057ae64d0257ac45c2ce97123ccd70ccdba4ac15cc51
-74	after prune	\N	2026-12-03 15:45:47.638228+00	0	2074	2026-12-03 15:45:47.639771+00	\\x88b818a3939a1dedba98057ae64d0257ac45c2ce97123ccd70ccdba4ac15cc51	\\x22c0fb57cdd694d478aa073f91f8d9001bda8c6650b69c70e995e28d52fae335
-75	after prune	\N	2026-12-03 15:45:47.638228+00	0	2075	2026-12-03 15:45:47.639791+00	\\x22c0fb57cdd694d478aa073f91f8d9001bda8c6650b69c70e995e28d52fae335	\\xd16ca597e72c49ea82fdfe0d0ce937e81105101605c25647b3cb8968d1aa9e68
-76	after prune	\N	2026-12-03 15:45:47.638228+00	0	2076	2026-12-03 15:45:47.639807+00	\\xd16ca597e72c49ea82fdfe0d0ce937e81105101605c25647b3cb8968d1aa9e68	\\x841358785aa74ec0e481ead68053da427f27879955856615f96c7e2bdd5beb56
-77	after prune	\N	2026-12-03 15:45:47.638228+00	0	2077	2026-12-03 15:45:47.639822+00	\\x841358785aa74ec0e481ead68053da427f27879955856615f96c7e2bdd5beb56	\\xd1b14b489c300dcf53987f779bb6b339d2daf768db10ac8fa15a704eeb87347d
-78	after prune	\N	2026-12-03 15:45:47.638228+00	0	2078	2026-12-03 15:45:47.639838+00	\\xd1b14b489c300dcf53987f779bb6b339d2daf768db10ac8fa15a704eeb87347d	\\xda98912f2ac7fc6e0c2f62ec423a8fc293ecce87591b8c8badc0ab53ff8530fe
-79	after prune	\N	2026-12-03 15:45:47.638228+00	0	2079	2026-12-03 15:45:47.639854+00	\\xda98912f2ac7fc6e0c2f62ec423a8fc293ecce87591b8c8badc0ab53ff8530fe	\\x06c7bc5cfc873f5feb8bdd11005f4cb3f61ea5800695fd2e237e8a0bed72ad79
-80	after prune	\N	2026-12-03 15:45:47.638228+00	0	2080	2026-12-03 15:45:47.63987+00	\\x06c7bc5cfc873f5feb8bdd11005f4cb3f61ea5800695fd2e237e8a0bed72ad79	\\x49c995cef881a3855f3a9a289077a8d12deb46d567085fef7844fb31a7ce578c
-81	after prune	\N	2026-12-03 15:45:47.638228+00	0	2081	2026-12-03 15:45:47.639885+00	\\x49c995cef881a3855f3a9a289077a8d12deb46d567085fef7844fb31a7ce578c	\\x2423e5718ecedd2dd3ba095a001f1546f27e7e38e81b1f0d26c8e2cd8749d454
-82	after prune	\N	2026-12-03 15:45:47.638228+00	0	2082	2026-12-03 15:45:47.639901+00	\\x2423e5718ecedd2dd3ba095a001f1546f27e7e38e81b1f0d26c8e2cd8749d454	\\x9e19a12badbf5e59990238b0fda1a683e00261f92509eb96f6bb88b0839319b8
-83	after prune	\N	2026-12-03 15:45:47.638228+00	0	2083	2026-12-03 15:45:47.639917+00	\\x9e19a12badbf5e59990238b0fda1a683e00261f92509eb96f6bb88b0839319b8	\\x1b1fc3cb6896b47cdc260bd2a82ad7e12a71068c56cf498626f21f549a3e3cf1
-84	after prune	\N	2026-12-03 15:45:47.638228+00	0	2084	2026-12-03 15:45:47.639933+00	\\x1b1fc3cb6896b47cdc260bd2a82ad7e12a71068c56cf498626f21f549a3e3cf1	\\x0fbd2c69eeab7e8e0e8590335f2be9b0258a8f45aa2d5fa95f33aab36a2926e5
-85	after prune	\N	2026-12-03 15:45:47.638228+00	0	2085	2026-12-03 15:45:47.639949+00	\\x0fbd2c69eeab7e8e0e8590335f2be9b0258a8f45aa2d5fa95f33aab36a2926e5	\\x2e1a69d790d0ab253914954b1115d583a4a10a8e2acf268b8ce2a3f9bacfb298
-86	after prune	\N	2026-12-03 15:45:47.638228+00	0	2086	2026-12-03 15:45:47.639964+00	\\x2e1a69d790d0ab253914954b1115d583a4a10a8e2acf268b8ce2a3f9bacfb298	\\x139e188c9a0cb06bee47efffd1229afd29354732306e1a89861fdc6b67e20c05
-87	after prune	\N	2026-12-03 15:45:47.638228+00	0	2087	2026-12-03 15:45:47.63998+00	\\x139e188c9a0cb06bee47efffd1229afd29354732306e1a89861fdc6b67e20c05	\\xbbc913fd03a3fb29ced15a04bd56396742f49aa70ab748468b53af668e4bc075
-88	after prune	\N	2026-12-03 15:45:47.638228+00	0	2088	2026-12-03 15:45:47.639996+00	\\xbbc913fd03a3fb29ced15a04bd56396742f49aa70ab748468b53af668e4bc075	\\xe7b7767a9ddce1bbc076de5ae8884e97030535670b446a2ddadf1bfd43d8510d
-89	after prune	\N	2026-12-03 15:45:47.638228+00	0	2089	2026-12-03 15:45:47.640013+00	\\xe7b7767a9ddce1bbc076de5ae8884e97030535670b446a2ddadf1bfd43d8510d	\\x7119e9fd499e3722b87253985dffe71f05c8449fab263f058a704fcebe8d7af9
-90	after prune	\N	2026-12-03 15:45:47.638228+00	0	2090	2026-12-03 15:45:47.640029+00	\\x7119e9fd499e3722b87253985dffe71f05c8449fab263f058a704fcebe8d7af9	\\x2068bc2f47742ec5a3709d2dbb326bffe30e08373132e551e39fb3df05610a35
-91	after prune	\N	2026-12-03 15:45:47.638228+00	0	2091	2026-12-03 15:45:47.640047+00	\\x2068bc2f47742ec5a3709d2dbb326bffe30e08373132e551e39fb3df05610a35	\\xf8ea0dc0457bb2a268064cd641904837bfb210051b136086911ed559ccd63cab
-92	after prune	\N	2026-12-03 15:45:47.638228+00	0	2092	2026-12-03 15:45:47.640064+00	\\xf8ea0dc0457bb2a268064cd641904837bfb210051b136086911ed559ccd63cab	\\x97ec02876ff82914b0259f37a85c3f66af16b16b4969dcb090b191253e30e745
-93	after prune	\N	2026-12-03 15:45:47.638228+00	0	2093	2026-12-03 15:45:47.640079+00	\\x97ec02876ff82914b0259f37a85c3f66af16b16b4969dcb090b191253e30e745	\\xc655493e336f5c411c7ddb568ea47a35ab0debcb0a750c3e5dafb64d5713c5db
-94	after prune	\N	2026-12-03 15:45:47.638228+00	0	2094	2026-12-03 15:45:47.640093+00	\\xc655493e336f5c411c7ddb568ea47a35ab0debcb0a750c3e5dafb64d5713c5db	\\xbcf29bcc1ef2b7e6bd2ee6bbdf02ac32a1b1ff0d697072e95dbf4702f0df66b7
-95	after prune	\N	2026-12-03 15:45:47.638228+00	0	2095	2026-12-03 15:45:47.640108+00	\\xbcf29bcc1ef2b7e6bd2ee6bbdf02ac32a1b1ff0d697072e95dbf4702f0df66b7	\\x04f046f2c275473a8e816cfe6579b7219b69ad3cd396055398a222a0e17aa3f2
-96	after prune	\N	2026-12-03 15:45:47.638228+00	0	2096	2026-12-03 15:45:47.640122+00	\\x04f046f2c275473a8e816cfe6579b7219b69ad3cd396055398a222a0e17aa3f2	\\x06cb92383cca71c3f8bb296dcc651e572c267b28d8f8fbc66171afc647f08248
-97	after prune	\N	2026-12-03 15:45:47.638228+00	0	2097	2026-12-03 15:45:47.640138+00	\\x06cb92383cca71c3f8bb296dcc651e572c267b28d8f8fbc66171afc647f08248	\\x1528b3d8c1c35a43679033f7a5164488e81ec10e03b0f664d5c881435000b73d
-98	after prune	\N	2026-12-03 15:45:47.638228+00	0	2098	2026-12-03 15:45:47.640154+00	\\x1528b3d8c1c35a43679033f7a5164488e81ec10e03b0f664d5c881435000b73d	\\xb73204935a8983b20af3c777fadb3599d84d27045f15f21e6a16b4f28ae3f75b
-99	after prune	\N	2026-12-03 15:45:47.638228+00	0	2099	2026-12-03 15:45:47.640171+00	\\xb73204935a8983b20af3c777fadb3599d84d27045f15f21e6a16b4f28ae3f75b	\\x069c98aea4ea0be2a9917c427c2a7392656b6a228292e1d8a7551478950ea7aa
-100	after prune	\N	2026-12-03 15:45:47.638228+00	0	2100	2026-12-03 15:45:47.640187+00	\\x069c98aea4ea0be2a9917c427c2a7392656b6a228292e1d8a7551478950ea7aa	\\xfaeb2fedac76b5420d3613bc31573206ad777a9c9ea17133d196b2401778d7c5
\.


--
-- Data for Name: everything; Type: TABLE DATA; Schema: Fixture Schema; Owner: postgres
--

COPY "Fixture Schema".everything (t, vc, ch, nm, c, i2, i4, i8, num, f4, f8, b, d, ts, tstz, iv, tm, tmtz, u, ip, net, mac, mac8, bits, vbits, bin, js, jsb, x, m, o, tsv, ia, ta, ia2, lb, e, dom, comp, deep, comps, r, tr, pt, audit_chain_id, audit_seq, audit_at, audit_prev, audit_hash, added) FROM stdin;
text ünïcødé ✓	varchar	ab 	a name	q	1	2	3	1.50	1.5	0.1	t	2024-02-29	2024-01-02 03:04:05.678901	2024-01-02 01:04:05.678901+00	1 year 2 mons 3 days 04:05:06.7	12:34:56	12:34:56+05	a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11	10.0.0.7	10.0.0.0/8	08:00:2b:01:02:03	08:00:2b:01:02:03:04:05	1010	110	\\x00ff	{"b": 1,  "a": [1.50]}	{"a": [1.50], "b": 1, "z": null}	<a>x</a>	$12.34	42	'brown' 'fox' 'quick' 'the'	{1,NULL,3}	{x,NULL,"",ü}	{{1,2},{3,4}}	[0:2]={7,8,9}	happy	short	(1,one)	("(2,two)","{a,NULL}","2024-05-05 05:05:00+00")	{"(1,a)",NULL,"(,c)"}	[1,10)	["2024-01-01 00:00:00+00","2024-02-01 00:00:00+00")	(1.5,2.5)	1	1	2026-12-03 15:45:47.572992+00	\\x2fa989e5fbb61310c93bc342086deb809207a3465c14fbb23b80bc6f987cf39b	\\xf031ef9afdea47366420a452f3cea059fa55356cf86bdc82c5c42b3020dc57ad	\N
		   		 	0	0	0	NaN	NaN	-0	f	infinity	-infinity	infinity	00:00:00	00:00:00	00:00:00+00	00000000-0000-0000-0000-000000000000	::1	::/0	00:00:00:00:00:00	00:00:00:00:00:00:00:00	0000		\\x	""	""	<a/>	$0.00	0		{}	{}	{}	{}	sad		(,)	(,,)	{}	empty	empty	(0,0)	1	2	2026-12-03 15:45:47.573319+00	\\xf031ef9afdea47366420a452f3cea059fa55356cf86bdc82c5c42b3020dc57ad	\\x25abb1cfe1ae5a0f237a5b9987eef27be065103065f8e8ebaefcca85f35de34b	\N
\N	\N	\N	\N	\N	\N	\N	\N	0.0	Infinity	-Infinity	\N	-infinity	infinity	-infinity	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	3	2026-12-03 15:45:47.573437+00	\\x25abb1cfe1ae5a0f237a5b9987eef27be065103065f8e8ebaefcca85f35de34b	\\x0354c728c7433fbe22fcc7d4d1d4db37ff262cba98d4552bac368ca1119dc6fc	\N
\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	4	2026-12-03 15:45:47.574049+00	\\x0354c728c7433fbe22fcc7d4d1d4db37ff262cba98d4552bac368ca1119dc6fc	\\x5dce4d5c409286f05a9379471c8f1dca800e9b8b2c7028643a9179a49670bafd	\N
\N	\N	\N	\N	\N	\N	\N	\N	0.000	-0	NaN	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	5	2026-12-03 15:45:47.57449+00	\\x5dce4d5c409286f05a9379471c8f1dca800e9b8b2c7028643a9179a49670bafd	\\x1dbffd826a9d480c6de8609b31c3bcc2a1314655f89827af5c6455b049607232	\N
\N	\N	\N	\N	\N	\N	\N	\N	-0.00000000000000000001	-Infinity	Infinity	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	6	2026-12-03 15:45:47.574535+00	\\x1dbffd826a9d480c6de8609b31c3bcc2a1314655f89827af5c6455b049607232	\\x2fb819f6210cc279ee843886ec749862d721b371529f7d12042a4c1529dc2495	\N
\N	\N	\N	\N	\N	\N	\N	\N	\N	0.33333334	0.6666666666666666	\N	\N	2024-06-01 12:00:00	2024-06-01 12:00:00.5+00	-1 days +02:00:00	\N	23:59:59.999999-14	\N	\N	\N	\N	\N	\N	\N	\\x01	\N	\N	\N	$5.00	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	["2024-01-01 03:30:00+00","2024-01-02 03:30:00+00")	(0.1,0.2)	1	7	2026-12-03 15:45:47.576513+00	\\x2fb819f6210cc279ee843886ec749862d721b371529f7d12042a4c1529dc2495	\\xb48b97f7a39792da07782af7f644286e74809e4a03fc54b366ccd5ca1547fc73	\N
after add	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	8	2026-12-03 15:45:47.579126+00	\\xb48b97f7a39792da07782af7f644286e74809e4a03fc54b366ccd5ca1547fc73	\\x9394d7c39c3608e0e9e65b609d91ff07d225957ed2d9c2fe0fef35103d00e1f7	added
\.


--
-- Data for Name: ext_typed; Type: TABLE DATA; Schema: Fixture Schema; Owner: postgres
--

COPY "Fixture Schema".ext_typed (c, n, audit_chain_id, audit_seq, audit_at, audit_prev, audit_hash) FROM stdin;
Outside the path	1	0	1	2026-12-03 15:45:47.65596+00	\\x04d751d2ae89268f9e4ed68ad7769a5e64decf169b780645f25658e658e01cfa	\\xcacfbf9fb650a623214b039447de7c1c9b405fbfe6c9fe72aa55bfb46ce6e568
Also outside	\N	0	2	2026-12-03 15:45:47.656188+00	\\xcacfbf9fb650a623214b039447de7c1c9b405fbfe6c9fe72aa55bfb46ce6e568	\\xc27b07d9b791efd179ce55d9a524af5967ef166be2a72bd2fde750ad849e6f31
\.


--
-- Data for Name: chain_heads; Type: TABLE DATA; Schema: audit_chain; Owner: postgres
--

COPY audit_chain.chain_heads (relid, chain, seq, hash, recorded_at, base_seq, base_hash) FROM stdin;
"Fixture Schema".everything	0	0	\\xd6f54f422787861addc9678ca0a5fd017ed301cfc95e2272267349f9761db8b6	\N	0	\\xd6f54f422787861addc9678ca0a5fd017ed301cfc95e2272267349f9761db8b6
"Fixture Schema".everything	2	0	\\xe0f9aa114e35996361f2b676bf9281e0385f94c2490d518f0d0c0b509e7b4004	\N	0	\\xe0f9aa114e35996361f2b676bf9281e0385f94c2490d518f0d0c0b509e7b4004
"Fixture Schema".everything	1	8	\\x9394d7c39c3608e0e9e65b609d91ff07d225957ed2d9c2fe0fef35103d00e1f7	2026-12-03 15:45:47.579126+00	0	\\x2fa989e5fbb61310c93bc342086deb809207a3465c14fbb23b80bc6f987cf39b
"Fixture Schema"."Events"	1	0	\\xd900b6253f57f24c337f845112b86816263d2c38cf64f96863cc5f1978a3b02b	\N	0	\\xd900b6253f57f24c337f845112b86816263d2c38cf64f96863cc5f1978a3b02b
"Fixture Schema"."Events"	2	0	\\x0eb36549801762f3a3f93e065daecd275cc40d4e7a0738184f1395615db2ad68	\N	0	\\x0eb36549801762f3a3f93e065daecd275cc40d4e7a0738184f1395615db2ad68
"Fixture Schema"."Events"	3	0	\\x047a71b5b2e129c508bcd93bfd1ff9678eb770327b58d7ed56b31e017bcba1f2	\N	0	\\x047a71b5b2e129c508bcd93bfd1ff9678eb770327b58d7ed56b31e017bcba1f2
"Fixture Schema"."Events"	4	0	\\xc11c2376fd1134a473d237cc9e2f9e6855ce7004e1a14ac8e4ff396d20323c1f	\N	0	\\xc11c2376fd1134a473d237cc9e2f9e6855ce7004e1a14ac8e4ff396d20323c1f
"Fixture Schema"."Events"	5	0	\\x5cad0a8a6ed11f4c8f65fb62dced2825d3f46325f5fe2d3c0474d62da081c5cf	\N	0	\\x5cad0a8a6ed11f4c8f65fb62dced2825d3f46325f5fe2d3c0474d62da081c5cf
"Fixture Schema"."Events"	6	0	\\x50a69e9ef406415bbf32af6dee7c5c2aa8de3f6b3f1383e534056a5bff71f41c	\N	0	\\x50a69e9ef406415bbf32af6dee7c5c2aa8de3f6b3f1383e534056a5bff71f41c
"Fixture Schema"."Events"	7	0	\\xcb581c92bcee2d4cf5036f147692ebd8aadff834aed5dbc4f3a68a3afb09131e	\N	0	\\xcb581c92bcee2d4cf5036f147692ebd8aadff834aed5dbc4f3a68a3afb09131e
"Fixture Schema"."Events"	0	2100	\\xfaeb2fedac76b5420d3613bc31573206ad777a9c9ea17133d196b2401778d7c5	2026-12-03 15:45:47.640187+00	1999	\\x7096e681558a3006d7ab7913b4ea4628576f6a3798e23f30a39d4ae930731c55
"Fixture Schema".ext_typed	0	2	\\xc27b07d9b791efd179ce55d9a524af5967ef166be2a72bd2fde750ad849e6f31	2026-12-03 15:45:47.656188+00	0	\\x04d751d2ae89268f9e4ed68ad7769a5e64decf169b780645f25658e658e01cfa
\.


--
-- Data for Name: checkpoints; Type: TABLE DATA; Schema: audit_chain; Owner: postgres
--

COPY audit_chain.checkpoints (id, relid, kind, body, hash) FROM stdin;
1	"Fixture Schema"."Events"	prune	{"kind": "prune", "table": "\\"Fixture Schema\\".\\"Events\\"", "chains": [{"chain": 0, "removed": 1999, "base_seq": 1999, "base_hash": "7096e681558a3006d7ab7913b4ea4628576f6a3798e23f30a39d4ae930731c55"}], "format": "audit_chain.checkpoint.v2", "database": "fixture_0_5_0", "older_than": "2026-12-03T15:45:47.631012Z", "table_uuid": "e2f78074-b18c-4a8e-a73f-49b6778da0ac", "recorded_at": "2026-12-03T15:45:47.630730Z", "checkpoint_id": 1, "prev_checkpoint_hash": "0000000000000000000000000000000000000000000000000000000000000000"}	\\x1e7b8368bd394d515ac3a23f81b46b8e65b331ec706dc9af85c4930128b34166
2	"Fixture Schema".everything	checkpoint	{"kind": "checkpoint", "table": "\\"Fixture Schema\\".everything", "chains": [{"seq": 0, "hash": "d6f54f422787861addc9678ca0a5fd017ed301cfc95e2272267349f9761db8b6", "chain": 0, "base_seq": 0, "base_hash": "d6f54f422787861addc9678ca0a5fd017ed301cfc95e2272267349f9761db8b6"}, {"at": "2026-12-03T15:45:47.579126Z", "seq": 8, "hash": "9394d7c39c3608e0e9e65b609d91ff07d225957ed2d9c2fe0fef35103d00e1f7", "chain": 1, "base_seq": 0, "base_hash": "2fa989e5fbb61310c93bc342086deb809207a3465c14fbb23b80bc6f987cf39b"}, {"seq": 0, "hash": "e0f9aa114e35996361f2b676bf9281e0385f94c2490d518f0d0c0b509e7b4004", "chain": 2, "base_seq": 0, "base_hash": "e0f9aa114e35996361f2b676bf9281e0385f94c2490d518f0d0c0b509e7b4004"}], "format": "audit_chain.checkpoint.v2", "database": "fixture_0_5_0", "retention": {"days": 0, "months": 0, "microseconds": 0}, "table_uuid": "e5bf0b9f-2d71-473b-b086-2fc6ff8b9133", "recorded_at": "2026-12-03T15:45:47.656643Z", "checkpoint_id": 2, "prev_checkpoint_hash": "1e7b8368bd394d515ac3a23f81b46b8e65b331ec706dc9af85c4930128b34166"}	\\xe4527598f9c3cd9bdec74f4e9806f90e61b72c485a242cc49b35de98ddacf604
3	"Fixture Schema"."Events"	checkpoint	{"kind": "checkpoint", "table": "\\"Fixture Schema\\".\\"Events\\"", "chains": [{"at": "2026-12-03T15:45:47.640187Z", "seq": 2100, "hash": "faeb2fedac76b5420d3613bc31573206ad777a9c9ea17133d196b2401778d7c5", "chain": 0, "base_seq": 1999, "base_hash": "7096e681558a3006d7ab7913b4ea4628576f6a3798e23f30a39d4ae930731c55"}, {"seq": 0, "hash": "d900b6253f57f24c337f845112b86816263d2c38cf64f96863cc5f1978a3b02b", "chain": 1, "base_seq": 0, "base_hash": "d900b6253f57f24c337f845112b86816263d2c38cf64f96863cc5f1978a3b02b"}, {"seq": 0, "hash": "0eb36549801762f3a3f93e065daecd275cc40d4e7a0738184f1395615db2ad68", "chain": 2, "base_seq": 0, "base_hash": "0eb36549801762f3a3f93e065daecd275cc40d4e7a0738184f1395615db2ad68"}, {"seq": 0, "hash": "047a71b5b2e129c508bcd93bfd1ff9678eb770327b58d7ed56b31e017bcba1f2", "chain": 3, "base_seq": 0, "base_hash": "047a71b5b2e129c508bcd93bfd1ff9678eb770327b58d7ed56b31e017bcba1f2"}, {"seq": 0, "hash": "c11c2376fd1134a473d237cc9e2f9e6855ce7004e1a14ac8e4ff396d20323c1f", "chain": 4, "base_seq": 0, "base_hash": "c11c2376fd1134a473d237cc9e2f9e6855ce7004e1a14ac8e4ff396d20323c1f"}, {"seq": 0, "hash": "5cad0a8a6ed11f4c8f65fb62dced2825d3f46325f5fe2d3c0474d62da081c5cf", "chain": 5, "base_seq": 0, "base_hash": "5cad0a8a6ed11f4c8f65fb62dced2825d3f46325f5fe2d3c0474d62da081c5cf"}, {"seq": 0, "hash": "50a69e9ef406415bbf32af6dee7c5c2aa8de3f6b3f1383e534056a5bff71f41c", "chain": 6, "base_seq": 0, "base_hash": "50a69e9ef406415bbf32af6dee7c5c2aa8de3f6b3f1383e534056a5bff71f41c"}, {"seq": 0, "hash": "cb581c92bcee2d4cf5036f147692ebd8aadff834aed5dbc4f3a68a3afb09131e", "chain": 7, "base_seq": 0, "base_hash": "cb581c92bcee2d4cf5036f147692ebd8aadff834aed5dbc4f3a68a3afb09131e"}], "format": "audit_chain.checkpoint.v2", "database": "fixture_0_5_0", "retention": {"days": 0, "months": 0, "microseconds": 0}, "table_uuid": "e2f78074-b18c-4a8e-a73f-49b6778da0ac", "recorded_at": "2026-12-03T15:45:47.656643Z", "checkpoint_id": 3, "prev_checkpoint_hash": "e4527598f9c3cd9bdec74f4e9806f90e61b72c485a242cc49b35de98ddacf604"}	\\x8a524d69f0783220352642b6efbde8d43d72bb6f322f24ace0e5c36eddbdc2f6
4	"Fixture Schema".ext_typed	checkpoint	{"kind": "checkpoint", "table": "\\"Fixture Schema\\".ext_typed", "chains": [{"at": "2026-12-03T15:45:47.656188Z", "seq": 2, "hash": "c27b07d9b791efd179ce55d9a524af5967ef166be2a72bd2fde750ad849e6f31", "chain": 0, "base_seq": 0, "base_hash": "04d751d2ae89268f9e4ed68ad7769a5e64decf169b780645f25658e658e01cfa"}], "format": "audit_chain.checkpoint.v2", "database": "fixture_0_5_0", "retention": {"days": 0, "months": 0, "microseconds": 0}, "table_uuid": "f6071a56-6b6d-4c2c-8f43-348f4c03b6d2", "recorded_at": "2026-12-03T15:45:47.656643Z", "checkpoint_id": 4, "prev_checkpoint_hash": "8a524d69f0783220352642b6efbde8d43d72bb6f322f24ace0e5c36eddbdc2f6"}	\\xcdb6de421afe6f04105e1708499ce1792b9340a698f169f634c7ed6d0ae180d8
\.


--
-- Data for Name: grants; Type: TABLE DATA; Schema: audit_chain; Owner: postgres
--

COPY audit_chain.grants (relid, grantee) FROM stdin;
\.


--
-- Data for Name: tables; Type: TABLE DATA; Schema: audit_chain; Owner: postgres
--

COPY audit_chain.tables (relid, table_uuid, chains, format_version, enabled_at, enabled_by, retention, replica, adopted_at) FROM stdin;
"Fixture Schema".everything	e5bf0b9f-2d71-473b-b086-2fc6ff8b9133	3	1	2026-12-03 15:45:47.565561+00	postgres	00:00:00	f	\N
"Fixture Schema"."Events"	e2f78074-b18c-4a8e-a73f-49b6778da0ac	8	1	2026-12-03 15:45:47.581196+00	postgres	00:00:00	f	\N
"Fixture Schema".ext_typed	f6071a56-6b6d-4c2c-8f43-348f4c03b6d2	1	1	2026-12-03 15:45:47.651627+00	postgres	00:00:00	f	\N
\.


--
-- Name: Events_audit_chain_id_audit_seq_idx; Type: INDEX; Schema: Fixture Schema; Owner: postgres
--

CREATE UNIQUE INDEX "Events_audit_chain_id_audit_seq_idx" ON "Fixture Schema"."Events" USING btree (audit_chain_id, audit_seq);


--
-- Name: everything_audit_chain_id_audit_seq_idx; Type: INDEX; Schema: Fixture Schema; Owner: postgres
--

CREATE UNIQUE INDEX everything_audit_chain_id_audit_seq_idx ON "Fixture Schema".everything USING btree (audit_chain_id, audit_seq);


--
-- Name: ext_typed_audit_chain_id_audit_seq_idx; Type: INDEX; Schema: Fixture Schema; Owner: postgres
--

CREATE UNIQUE INDEX ext_typed_audit_chain_id_audit_seq_idx ON "Fixture Schema".ext_typed USING btree (audit_chain_id, audit_seq);


--
-- Name: Events audit_chain_guard; Type: TRIGGER; Schema: Fixture Schema; Owner: postgres
--

CREATE TRIGGER audit_chain_guard BEFORE DELETE OR UPDATE OR TRUNCATE ON "Fixture Schema"."Events" FOR EACH STATEMENT EXECUTE FUNCTION audit_chain.guard_trigger();

ALTER TABLE "Fixture Schema"."Events" ENABLE ALWAYS TRIGGER audit_chain_guard;


--
-- Name: everything audit_chain_guard; Type: TRIGGER; Schema: Fixture Schema; Owner: postgres
--

CREATE TRIGGER audit_chain_guard BEFORE DELETE OR UPDATE OR TRUNCATE ON "Fixture Schema".everything FOR EACH STATEMENT EXECUTE FUNCTION audit_chain.guard_trigger();

ALTER TABLE "Fixture Schema".everything ENABLE ALWAYS TRIGGER audit_chain_guard;


--
-- Name: ext_typed audit_chain_guard; Type: TRIGGER; Schema: Fixture Schema; Owner: postgres
--

CREATE TRIGGER audit_chain_guard BEFORE DELETE OR UPDATE OR TRUNCATE ON "Fixture Schema".ext_typed FOR EACH STATEMENT EXECUTE FUNCTION audit_chain.guard_trigger();

ALTER TABLE "Fixture Schema".ext_typed ENABLE ALWAYS TRIGGER audit_chain_guard;


--
-- Name: Events audit_chain_guard_row; Type: TRIGGER; Schema: Fixture Schema; Owner: postgres
--

CREATE TRIGGER audit_chain_guard_row BEFORE DELETE OR UPDATE ON "Fixture Schema"."Events" FOR EACH ROW EXECUTE FUNCTION audit_chain.guard_trigger();

ALTER TABLE "Fixture Schema"."Events" ENABLE ALWAYS TRIGGER audit_chain_guard_row;


--
-- Name: everything audit_chain_guard_row; Type: TRIGGER; Schema: Fixture Schema; Owner: postgres
--

CREATE TRIGGER audit_chain_guard_row BEFORE DELETE OR UPDATE ON "Fixture Schema".everything FOR EACH ROW EXECUTE FUNCTION audit_chain.guard_trigger();

ALTER TABLE "Fixture Schema".everything ENABLE ALWAYS TRIGGER audit_chain_guard_row;


--
-- Name: ext_typed audit_chain_guard_row; Type: TRIGGER; Schema: Fixture Schema; Owner: postgres
--

CREATE TRIGGER audit_chain_guard_row BEFORE DELETE OR UPDATE ON "Fixture Schema".ext_typed FOR EACH ROW EXECUTE FUNCTION audit_chain.guard_trigger();

ALTER TABLE "Fixture Schema".ext_typed ENABLE ALWAYS TRIGGER audit_chain_guard_row;


--
-- Name: Events zz_audit_chain_insert; Type: TRIGGER; Schema: Fixture Schema; Owner: postgres
--

CREATE TRIGGER zz_audit_chain_insert BEFORE INSERT ON "Fixture Schema"."Events" FOR EACH ROW EXECUTE FUNCTION audit_chain.insert_trigger();

ALTER TABLE "Fixture Schema"."Events" ENABLE ALWAYS TRIGGER zz_audit_chain_insert;


--
-- Name: everything zz_audit_chain_insert; Type: TRIGGER; Schema: Fixture Schema; Owner: postgres
--

CREATE TRIGGER zz_audit_chain_insert BEFORE INSERT ON "Fixture Schema".everything FOR EACH ROW EXECUTE FUNCTION audit_chain.insert_trigger();

ALTER TABLE "Fixture Schema".everything ENABLE ALWAYS TRIGGER zz_audit_chain_insert;


--
-- Name: ext_typed zz_audit_chain_insert; Type: TRIGGER; Schema: Fixture Schema; Owner: postgres
--

CREATE TRIGGER zz_audit_chain_insert BEFORE INSERT ON "Fixture Schema".ext_typed FOR EACH ROW EXECUTE FUNCTION audit_chain.insert_trigger();

ALTER TABLE "Fixture Schema".ext_typed ENABLE ALWAYS TRIGGER zz_audit_chain_insert;


--
-- PostgreSQL database dump complete
--

\unrestrict SYrZ86bE0CQ6XwE9mmTmNTqpd2FPrswPn1BUYsIadPfO9wr2vk6LlaxxOnva5hL

