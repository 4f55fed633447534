--
-- PostgreSQL database dump
--

\restrict V3Ah6gUALdT6RIQ9qsTH0asXIn2ZSnvDXXmqybJ6cO8Ri9n0xeg73JCT4l4qoVf

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
-- Data for Name: Events; Type: TABLE DATA; Schema: Fixture Schema; Owner: postgres
--

COPY "Fixture Schema"."Events" (id, actor, payload, at, audit_chain_id, audit_seq, audit_at, audit_prev, audit_hash) FROM stdin;
2000	actor5	{"g": 2000, "half": 1000.0000000000000000}	2026-11-26 19:20:55.452707+00	2	2000	2026-11-26 19:20:55.54253+00	\\x28d9166e1e5ccc8865f0e7a6f1bfc2b96ad1bcf00833351c155974d4cd92b7ba	\\x772b95dcdbb285673f91efe7c72595789800d96bcd95ce8a9147118fdc924efe
-1	after prune	\N	2026-11-26 19:20:55.553712+00	2	2001	2026-11-26 19:20:55.554084+00	\\x772b95dcdbb285673f91efe7c72595789800d96bcd95ce8a9147118fdc924efe	\\x6e82f3d406eb4c005c01a629f36e7ef2a1c900280588ede75e14c03928763289
-2	after prune	\N	2026-11-26 19:20:55.553712+00	2	2002	2026-11-26 19:20:55.554143+00	\\x6e82f3d406eb4c005c01a629f36e7ef2a1c900280588ede75e14c03928763289	\\xee981336e2ef0090c495b49a7baa4f9b6c71a8a5f1f3cb26f7fa0bea2799d031
-3	after prune	\N	2026-11-26 19:20:55.553712+00	2	2003	2026-11-26 19:20:55.554168+00	\\xee981336e2ef0090c495b49a7baa4f9b6c71a8a5f1f3cb26f7fa0bea2799d031	\\x787e7cff3a95e924a456036a06e37b79ebccb22aff8bce7b5bd8fb39217e1bc7
-4	after prune	\N	2026-11-26 19:20:55.553712+00	2	2004	2026-11-26 19:20:55.554194+00	\\x787e7cff3a95e924a456036a06e37b79ebccb22aff8bce7b5bd8fb39217e1bc7	\\xea2a29981e59397c01fc5c632aff03d07fccfdca6cd6cb00142d3ea57e981a24
-5	after prune	\N	2026-11-26 19:20:55.553712+00	2	2005	2026-11-26 19:20:55.55422+00	\\xea2a29981e59397c01fc5c632aff03d07fccfdca6cd6cb00142d3ea57e981a24	\\x6d74d6f2aa0e360ff8285bd88b6a03dd112df2c1cddbdbd4afff18f216cce838
-6	after prune	\N	2026-11-26 19:20:55.553712+00	2	2006	2026-11-26 19:20:55.554246+00	\\x6d74d6f2aa0e360ff8285bd88b6a03dd112df2c1cddbdbd4afff18f216cce838	\\x2d661a8261abf40aa6442357b0ff35d3b847e1dc4167e11799268e8abf84083b
-7	after prune	\N	2026-11-26 19:20:55.553712+00	2	2007	2026-11-26 19:20:55.55427+00	\\x2d661a8261abf40aa6442357b0ff35d3b847e1dc4167e11799268e8abf84083b	\\x250404a2a513242a65babb5520755b91220de675002bd4539be0fcb044bbe679
-8	after prune	\N	2026-11-26 19:20:55.553712+00	2	2008	2026-11-26 19:20:55.554295+00	\\x250404a2a513242a65babb5520755b91220de675002bd4539be0fcb044bbe679	\\xd2dadae5a8cca07280ef57e2eded6dff674f3578e4b6626227ce2626f58f767a
-9	after prune	\N	2026-11-26 19:20:55.553712+00	2	2009	2026-11-26 19:20:55.554318+00	\\xd2dadae5a8cca07280ef57e2eded6dff674f3578e4b6626227ce2626f58f767a	\\xa295a255d0549d44e500ef6a2bd25f0f9560b7f2776b540512667252ca7ae6f8
-10	after prune	\N	2026-11-26 19:20:55.553712+00	2	2010	2026-11-26 19:20:55.554345+00	\\xa295a255d0549d44e500ef6a2bd25f0f9560b7f2776b540512667252ca7ae6f8	\\x3bafb44bb6be941f0cff139716e93a085576872da093fff8daf595cc43f10844
-11	after prune	\N	2026-11-26 19:20:55.553712+00	2	2011	2026-11-26 19:20:55.554382+00	\\x3bafb44bb6be941f0cff139716e93a085576872da093fff8daf595cc43f10844	\\xe8dce2eaf8e25efa0ee74eca51a09e5101ce1ede170dad562b34cf210a353c13
-12	after prune	\N	2026-11-26 19:20:55.553712+00	2	2012	2026-11-26 19:20:55.554407+00	\\xe8dce2eaf8e25efa0ee74eca51a09e5101ce1ede170dad562b34cf210a353c13	\\xb10c2334f3b02f29cb23b3eecd673545a06581fea2ba8e55710bfcd13d85102e
-13	after prune	\N	2026-11-26 19:20:55.553712+00	2	2013	2026-11-26 19:20:55.554475+00	\\xb10c2334f3b02f29cb23b3eecd673545a06581fea2ba8e55710bfcd13d85102e	\\xcc9c1ed2ab9a77f5840dc28e51258941e48e3cf87a74aac138d57a4ef0e05ee5
-14	after prune	\N	2026-11-26 19:20:55.553712+00	2	2014	2026-11-26 19:20:55.554503+00	\\xcc9c1ed2ab9a77f5840dc28e51258941e48e3cf87a74aac138d57a4ef0e05ee5	\\x50953a1ab19fc2afeb7b5474d977ed2e28ca0bdc4121870393b824dbee475187
-15	after prune	\N	2026-11-26 19:20:55.553712+00	2	2015	2026-11-26 19:20:55.55453+00	\\x50953a1ab19fc2afeb7b5474d977ed2e28ca0bdc4121870393b824dbee475187	\\x01cf829c27cee1cc0232858124a22cd7cd57bef35eef685e849cefb4231592af
-16	after prune	\N	2026-11-26 19:20:55.553712+00	2	2016	2026-11-26 19:20:55.554556+00	\\x01cf829c27cee1cc0232858124a22cd7cd57bef35eef685e849cefb4231592af	\\x3d978bc3f9a0165a99a4a3b40e94cc9fc0aca84d2e172f02933842fc8af7b9f0
-17	after prune	\N	2026-11-26 19:20:55.553712+00	2	2017	2026-11-26 19:20:55.554579+00	\\x3d978bc3f9a0165a99a4a3b40e94cc9fc0aca84d2e172f02933842fc8af7b9f0	\\x330f245584372295ae0322b20726a01418fcb70882db271069043e59be776919
-18	after prune	\N	2026-11-26 19:20:55.553712+00	2	2018	2026-11-26 19:20:55.554605+00	\\x330f245584372295ae0322b20726a01418fcb70882db271069043e59be776919	\\xe7e2959ed46d7126d47582023567220c521dcad925dc9b3ba16061c775b96fbb
-19	after prune	\N	2026-11-26 19:20:55.553712+00	2	2019	2026-11-26 19:20:55.554634+00	\\xe7e2959ed46d7126d47582023567220c521dcad925dc9b3ba16061c775b96fbb	\\x74574a64c99c99e70307392e4635fa05d90d8b4a3a55fc32473e4f72f0bb4086
-20	after prune	\N	2026-11-26 19:20:55.553712+00	2	2020	2026-11-26 19:20:55.55466+00	\\x74574a64c99c99e70307392e4635fa05d90d8b4a3a55fc32473e4f72f0bb4086	\\xee2795bf6beec62d9a8b3e8e62197e930b9b5c1aa69c622fb330d77d3cc9b212
-21	after prune	\N	2026-11-26 19:20:55.553712+00	2	2021	2026-11-26 19:20:55.554687+00	\\xee2795bf6beec62d9a8b3e8e62197e930b9b5c1aa69c622fb330d77d3cc9b212	\\xfd379510ba1e151adee3873513272fa25ed6096d58b98077f4da6e3d588bc788
-22	after prune	\N	2026-11-26 19:20:55.553712+00	2	2022	2026-11-26 19:20:55.554711+00	\\xfd379510ba1e151adee3873513272fa25ed6096d58b98077f4da6e3d588bc788	\\x8e021a17d889d5a151748856b213845149cd9c33ccdfccafd1ca26dcec08cdb2
-23	after prune	\N	2026-11-26 19:20:55.553712+00	2	2023	2026-11-26 19:20:55.554734+00	\\x8e021a17d889d5a151748856b213845149cd9c33ccdfccafd1ca26dcec08cdb2	\\x95672f60686619ad0991bc50e24f1fe97b56699ea2cb3f7c96b31a1a9b7c15b9
-24	after prune	\N	2026-11-26 19:20:55.553712+00	2	2024	2026-11-26 19:20:55.554756+00	\\x95672f60686619ad0991bc50e24f1fe97b56699ea2cb3f7c96b31a1a9b7c15b9	\\x1ce2a31879125d9f036d00192bc9909d56dd8e7ddec1c5e7e1db1513a6532c84
-25	after prune	\N	2026-11-26 19:20:55.553712+00	2	2025	2026-11-26 19:20:55.554778+00	\\x1ce2a31879125d9f036d00192bc9909d56dd8e7ddec1c5e7e1db1513a6532c84	\\xa3e5596f906b7dd0794da7db5ec26b5ef90443ad3683e8ac6d57e8b058274a6b
-26	after prune	\N	2026-11-26 19:20:55.553712+00	2	2026	2026-11-26 19:20:55.554799+00	\\xa3e5596f906b7dd0794da7db5ec26b5ef90443ad3683e8ac6d57e8b058274a6b	\\x2118d8609f49400054b6a1d2ffc8c1e7d4202cb0d515ad4ddcb96bab45be1131
-27	after prune	\N	2026-11-26 19:20:55.553712+00	2	2027	2026-11-26 19:20:55.554828+00	\\x2118d8609f49400054b6a1d2ffc8c1e7d4202cb0d515ad4ddcb96bab45be1131	\\xfb4bf0bce7771fdb95715f39d6a082b0646d43c0159c77931d1d825d7d67c2f0
-28	after prune	\N	2026-11-26 19:20:55.553712+00	2	2028	2026-11-26 19:20:55.554968+00	\\xfb4bf0bce7771fdb95715f39d6a082b0646d43c0159c77931d1d825d7d67c2f0	\\xebdb835cd939b7d4ec80fd4fe441d84c2430e168fb7503e6807392b6c6714769
-29	after prune	\N	2026-11-26 19:20:55.553712+00	2	2029	2026-11-26 19:20:55.555002+00	\\xebdb835cd939b7d4ec80fd4fe441d84c2430e168fb7503e6807392b6c6714769	\\x656f9b908f94202c52e48a1f27f23949c6c90863779b07b44f1bf900cea385b3
-30	after prune	\N	2026-11-26 19:20:55.553712+00	2	2030	2026-11-26 19:20:55.555025+00	\\x656f9b908f94202c52e48a1f27f23949c6c90863779b07b44f1bf900cea385b3	\\x49fa8c265d28aed0b8563818f23da69f5488eae882f12231d03e6d8db2288ea0
-31	after prune	\N	2026-11-26 19:20:55.553712+00	2	2031	2026-11-26 19:20:55.555047+00	\\x49fa8c265d28aed0b8563818f23da69f5488eae882f12231d03e6d8db2288ea0	\\x077cd5c2e6e9c4a3424a4efa737e5d0eeeec77d8065df310a1367b2c30d4a02a
-32	after prune	\N	2026-11-26 19:20:55.553712+00	2	2032	2026-11-26 19:20:55.555069+00	\\x077cd5c2e6e9c4a3424a4efa737e5d0eeeec77d8065df310a1367b2c30d4a02a	\\x72c54f9e9509c33e96e5bf5175c81c624e1aba6fd1f58f39a3e2ebe8508ac801
-33	after prune	\N	2026-11-26 19:20:55.553712+00	2	2033	2026-11-26 19:20:55.555091+00	\\x72c54f9e9509c33e96e5bf5175c81c624e1aba6fd1f58f39a3e2ebe8508ac801	\\xefefa5a9a8303cc0650a36ec62429e7bc17f746d94ef77b1e1f848c42c6ec7b7
-34	after prune	\N	2026-11-26 19:20:55.553712+00	2	2034	2026-11-26 19:20:55.555115+00	\\xefefa5a9a8303cc0650a36ec62429e7bc17f746d94ef77b1e1f848c42c6ec7b7	\\x5fe4880e27cc9ebb6b6314fe354e2312f2ef75f5685067a65622258879b0c8e9
-35	after prune	\N	2026-11-26 19:20:55.553712+00	2	2035	2026-11-26 19:20:55.555141+00	\\x5fe4880e27cc9ebb6b6314fe354e2312f2ef75f5685067a65622258879b0c8e9	\\xd3596742f84759013f8daed7f31742672b2560fab74c690b15fbc6bb987d17e4
-36	after prune	\N	2026-11-26 19:20:55.553712+00	2	2036	2026-11-26 19:20:55.555166+00	\\xd3596742f84759013f8daed7f31742672b2560fab74c690b15fbc6bb987d17e4	\\x21a42c05a1642495464767954319515b3d9a9e9e133ef93b15ee126ba6ced3a9
-37	after prune	\N	2026-11-26 19:20:55.553712+00	2	2037	2026-11-26 19:20:55.555191+00	\\x21a42c05a1642495464767954319515b3d9a9e9e133ef93b15ee126ba6ced3a9	\\x934f23a8fa2e8ab3c93e0abad76c9ff4cafcd4791bab04e5fc7355b53f6e82fb
-38	after prune	\N	2026-11-26 19:20:55.553712+00	2	2038	2026-11-26 19:20:55.555215+00	\\x934f23a8fa2e8ab3c93e0abad76c9ff4cafcd4791bab04e5fc7355b53f6e82fb	\\xfa3ab9d2af4200017510666c6d4052340000b74666b9961bb95a73b975349c9c
-39	after prune	\N	2026-11-26 19:20:55.553712+00	2	2039	2026-11-26 19:20:55.555238+00	\\xfa3ab9d2af4200017510666c6d4052340000b74666b9961bb95a73b975349c9c	\\xa339d42b4ed4e58c20693a8297ce316ef66acf8beb0fbad3a04d048e08b257d8
-40	after prune	\N	2026-11-26 19:20:55.553712+00	2	2040	2026-11-26 19:20:55.55526+00	\\xa339d42b4ed4e58c20693a8297ce316ef66acf8beb0fbad3a04d048e08b257d8	\\x08630aba3dbf326ca46cda86c9ad1b4813ba258ba4e6544cfd5a4d767d32220c
-41	after prune	\N	2026-11-26 19:20:55.553712+00	2	2041	2026-11-26 19:20:55.555283+00	\\x08630aba3dbf326ca46cda86c9ad1b4813ba258ba4e6544cfd5a4d767d32220c	\\x66f7a687fe9a481c0b41e8bbd8a344cbb23e6da7d7795555bf9815a7564ae638
-42	after prune	\N	2026-11-26 19:20:55.553712+00	2	2042	2026-11-26 19:20:55.555311+00	\\x66f7a687fe9a481c0b41e8bbd8a344cbb23e6da7d7795555bf9815a7564ae638	\\x94f245b739061e22f2fd41d5f0126abba138fce20803c11c72cebfb7f02e7550
-43	after prune	\N	2026-11-26 19:20:55.553712+00	2	2043	2026-11-26 19:20:55.555333+00	\\x94f245b739061e22f2fd41d5f0126abba138fce20803c11c72cebfb7f02e7550	\\x4bea10faf1a71cbc8f0f4c30e0fb45fed0233c5fa0cbd6cc968df0df92bb2fa5
-44	after prune	\N	2026-11-26 19:20:55.553712+00	2	2044	2026-11-26 19:20:55.555355+00	\\x4bea10faf1a71cbc8f0f4c30e0fb45fed0233c5fa0cbd6cc968df0df92bb2fa5	\\x13324811e7a32b784a731a93845144d2a0a7554a043c8c0441e7781eeb8a17d1
-45	after prune	\N	2026-11-26 19:20:55.553712+00	2	2045	2026-11-26 19:20:55.55538+00	\\x13324811e7a32b784a731a93845144d2a0a7554a043c8c0441e7781eeb8a17d1	\\xa31fbb2fd85b0c7239ed3a5a65fa22db1e9b522558c9078915270fa5d6499082
-46	after prune	\N	2026-11-26 19:20:55.553712+00	2	2046	2026-11-26 19:20:55.555405+00	\\xa31fbb2fd85b0c7239ed3a5a65fa22db1e9b522558c9078915270fa5d6499082	\\xfba53be177fcfa742bd78a9b335bc2c1587dda03b1ddd57a0444976f701915c2
-47	after prune	\N	2026-11-26 19:20:55.553712+00	2	2047	2026-11-26 19:20:55.55543+00	\\xfba53be177fcfa742bd78a9b335bc2c1587dda03b1ddd57a0444976f701915c2	\\x756f45b5c5985bea2b8be9fa7168ea7a8592ace44b6a6f4e6a4aef30c92b3f10
-48	after prune	\N	2026-11-26 19:20:55.553712+00	2	2048	2026-11-26 19:20:55.555454+00	\\x756f45b5c5985bea2b8be9fa7168ea7a8592ace44b6a6f4e6a4aef30c92b3f10	\\xc428ed87bde6851db6fb78069d93729c1f03f2db21b4f3f7febd02c6ec640aee
-49	after prune	\N	2026-11-26 19:20:55.553712+00	2	2049	2026-11-26 19:20:55.555478+00	\\xc428ed87bde6851db6fb78069d93729c1f03f2db21b4f3f7febd02c6ec640aee	\\x1986d55aad0a47c3497080bb781926876dff4188cde2e167aa148f82eea103f8
-50	after prune	\N	2026-11-26 19:20:55.553712+00	2	2050	2026-11-26 19:20:55.555501+00	\\x1986d55aad0a47c3497080bb781926876dff4188cde2e167aa148f82eea103f8	\\xd155755c2cdd125c4e15c1cea98e48dffd0badc7da45aeb52a0c5bb72e082a78
-51	after prune	\N	2026-11-26 19:20:55.553712+00	2	2051	2026-11-26 19:20:55.555523+00	\\xd155755c2cdd125c4e15c1cea98e48dffd0badc7da45aeb52a0c5bb72e082a78	\\x17cac59dc1692ab6dbad75a1d94a8b16d4a4905fa35ccd0b1bc385dca3c29570
-52	after prune	\N	2026-11-26 19:20:55.553712+00	2	2052	2026-11-26 19:20:55.555545+00	\\x17cac59dc1692ab6dbad75a1d94a8b16d4a4905fa35ccd0b1bc385dca3c29570	\\x78d8a7ab4db20d514b15c3c959c7d6fecf15e6a15fc90a8bf4afcbd02f944743
-53	after prune	\N	2026-11-26 19:20:55.553712+00	2	2053	2026-11-26 19:20:55.555567+00	\\x78d8a7ab4db20d514b15c3c959c7d6fecf15e6a15fc90a8bf4afcbd02f944743	\\xca42b227b1a75dfb22d2f6f62a4a20af1e6fe5cc4092fad20b3772fd8acf22a2
-54	after prune	\N	2026-11-26 19:20:55.553712+00	2	2054	2026-11-26 19:20:55.555589+00	\\xca42b227b1a75dfb22d2f6f62a4a20af1e6fe5cc4092fad20b3772fd8acf22a2	\\x895f0e7df0a3e2caf5239fc61204a078896f7539d05f745a148b0168caea19d6
-55	after prune	\N	2026-11-26 19:20:55.553712+00	2	2055	2026-11-26 19:20:55.555612+00	\\x895f0e7df0a3e2caf5239fc61204a078896f7539d05f745a148b0168caea19d6	\\xc1c61b9375e8237335d38c8a0461acc9b1f8ba220247d08f4d35da83b30cf8ad
-56	after prune	\N	2026-11-26 19:20:55.553712+00	2	2056	2026-11-26 19:20:55.555638+00	\\xc1c61b9375e8237335d38c8a0461acc9b1f8ba220247d08f4d35da83b30cf8ad	\\x75e06361dcc57dfe6bd8b544929000d7611c6de57c26b60c4014c92ced2719ac
-57	after prune	\N	2026-11-26 19:20:55.553712+00	2	2057	2026-11-26 19:20:55.555664+00	\\x75e06361dcc57dfe6bd8b544929000d7611c6de57c26b60c4014c92ced2719ac	\\x0698e7b5f38392a43988e04df1e64c2d805e4f6dfcb83d4e08d80f6556166df7
-58	after prune	\N	2026-11-26 19:20:55.553712+00	2	2058	2026-11-26 19:20:55.555693+00	\\x0698e7b5f38392a43988e04df1e64c2d805e4f6dfcb83d4e08d80f6556166df7	\\xb8fd690106d8dcbd780df52cedea03e878bcb988bc40760a63c79dc88d4c094e
-59	after prune	\N	2026-11-26 19:20:55.553712+00	2	2059	2026-11-26 19:20:55.555717+00	\\xb8fd690106d8dcbd780df52cedea03e878bcb988bc40760a63c79dc88d4c094e	\\x97947e98cf25ed924c11f6a6300033ee50bb97c267cc10451ef12bc0563aef51
-60	after prune	\N	2026-11-26 19:20:55.553712+00	2	2060	2026-11-26 19:20:55.55574+00	\\x97947e98cf25ed924c11f6a6300033ee50bb97c267cc10451ef12bc0563aef51	\\xf79ad6193c47d0017f46a7a06c9baac5e3b6109c30d3e7f7d189fae3bb899386
-61	after prune	\N	2026-11-26 19:20:55.553712+00	2	2061	2026-11-26 19:20:55.555764+00	\\xf79ad6193c47d0017f46a7a06c9baac5e3b6109c30d3e7f7d189fae3bb899386	\\x76830d0dce3467eac4bb8a035fba3324ae765edf62af17c525142d25f07bb610
-62	after prune	\N	2026-11-26 19:20:55.553712+00	2	2062	2026-11-26 19:20:55.555827+00	\\x76830d0dce3467eac4bb8a035fba3324ae765edf62af17c525142d25f07bb610	\\xd806fad96de80a6f70ffe42f965d6333590e15712b508a832123cb9a0684b112
-63	after prune	\N	2026-11-26 19:20:55.553712+00	2	2063	2026-11-26 19:20:55.555852+00	\\xd806fad96de80a6f70ffe42f965d6333590e15712b508a832123cb9a0684b112	\\x6789114a14fdc631a4b0ed29c8aa08d20fb02db08c6250cdfd02f70ca95c2cfa
-64	after prune	\N	2026-11-26 19:20:55.553712+00	2	2064	2026-11-26 19:20:55.555875+00	\\x6789114a14fdc631a4b0ed29c8aa08d20fb02db08c6250cdfd02f70ca95c2cfa	\\x654fe68e9bb960d2397c3bf9cbad9a75ca868fd39bea7733cc3688f74a8b6437
-65	after prune	\N	2026-11-26 19:20:55.553712+00	2	2065	2026-11-26 19:20:55.555901+00	\\x654fe68e9bb960d2397c3bf9cbad9a75ca868fd39bea7733cc3688f74a8b6437	\\xf58c1bfae6ef37f205bb3af9a3e038eaac63fa10a604b7a3ea848c5c0e1b0299
-66	after prune	\N	2026-11-26 19:20:55.553712+00	2	2066	2026-11-26 19:20:55.555925+00	\\xf58c1bfae6ef37f205bb3af9a3e038eaac63fa10a604b7a3ea848c5c0e1b0299	\\x18724b829d0cb0dd04eb5855462545026abb645ed6c68ac65e9b4bea824fc154
-67	after prune	\N	2026-11-26 19:20:55.553712+00	2	2067	2026-11-26 19:20:55.555949+00	\\x18724b829d0cb0dd04eb5855462545026abb645ed6c68ac65e9b4bea824fc154	\\x6568bcaccc279e50b2b51085a453a9705e7c33e19cd7e90f4e7d96caf8a59e21
-68	after prune	\N	2026-11-26 19:20:55.553712+00	2	2068	2026-11-26 19:20:55.555973+00	\\x6568bcaccc279e50b2b51085a453a9705e7c33e19cd7e90f4e7d96caf8a59e21	\\xe070cd100ccf842fc7b269f37bd6aa08c18ac4a9b0967f0bd1439a30cd32154f
-69	after prune	\N	2026-11-26 19:20:55.553712+00	2	2069	2026-11-26 19:20:55.555996+00	\\xe070cd100ccf842fc7b269f37bd6aa08c18ac4a9b0967f0bd1439a30cd32154f	\\x106d0819c6c320d463c4d136bd6473ec223f21eade7579ea1b2c7018da5ec50f
-70	after prune	\N	2026-11-26 19:20:55.553712+00	2	2070	2026-11-26 19:20:55.556018+00	\\x106d0819c6c320d463c4d136bd6473ec223f21eade7579ea1b2c7018da5ec50f	\\x119c8ab131e945a703b72deee19383d84b379d734b1fd6d65da64d8e0e046343
-71	after prune	\N	2026-11-26 19:20:55.553712+00	2	2071	2026-11-26 19:20:55.55604+00	\\x119c8ab131e945a703b72deee19383d84b379d734b1fd6d65da64d8e0e046343	\\xa9732d31913f69ab48fd1da503bbfd3fc1807c96dc42ae3d68e11a3d13e258c8
-72	after prune	\N	2026-11-26 19:20:55.553712+00	2	2072	2026-11-26 19:20:55.556062+00	\\xa9732d31913f69ab48fd1da503bbfd3fc1807c96dc42ae3d68e11a3d13e258c8	\\x53f4297cbca5a104335edcd8ea8a9f5fe5b3f957368895a28a7cf84b90bf00a3
-73	after prune	\N	2026-11-26 19:20:55.553712+00	2	2073	2026-11-26 19:20:55.556089+00	\\x53f4297cbca5a104335edcd8ea8a9f5fe5b3f957368895a28a7cf84b90bf00a3	\\xde9e58dc55e803e665ee2a108033581a71be8f5fd93cd1102b8eb5d9b05fcb85
-74	after prune	\N	2026-11-26 19:20:55.553712+00	2	2074	2026-11-26 19:20:55.556113+00	\\xde9e58dc55e803e665ee2a108033581a71be8f5fd93cd1102b8eb5d9b05fcb85	\\x51977978f659d45e95e823e0b7ac3ba98f49702d6ac9f883110764fcb104eea5
-75	after prune	\N	2026-11-26 19:20:55.553712+00	2	2075	2026-11-26 19:20:55.556142+00	\\x51977978f659d45e95e823e0b7ac3ba98f49702d6ac9f883110764fcb104eea5	\\x78a7e9cc68eaec7e4814b2f6f075cbac18a401b97167983092144f0ca0164673
-76	after prune	\N	2026-11-26 19:20:55.553712+00	2	2076	2026-11-26 19:20:55.55617+00	\\x78a7e9cc68eaec7e4814b2f6f075cbac18a401b97167983092144f0ca0164673	\\xe4deb4f8db9248e3a3879dc78e79e8525e515bf62dc866086ef2bf286d0dc02a
-77	after prune	\N	2026-11-26 19:20:55.553712+00	2	2077	2026-11-26 19:20:55.556198+00	\\xe4deb4f8db9248e3a3879dc78e79e8525e515bf62dc866086ef2bf286d0dc02a	\\xf0849724251ae311b9967ef3e63c97314b0e0f46ce13a4702b14822630b905f6
-78	after prune	\N	2026-11-26 19:20:55.553712+00	2	2078	2026-11-26 19:20:55.556225+00	\\xf0849724251ae311b9967ef3e63c97314b0e0f46ce13a4702b14822630b905f6	\\x27214f63d4ab4400654c4720d406b42183c15d5346165baecd5f96e0a88ad1c6
-79	after prune	\N	2026-11-26 19:20:55.553712+00	2	2079	2026-11-26 19:20:55.556248+00	\\x27214f63d4ab4400654c4720d406b42183c15d5346165baecd5f96e0a88ad1c6	\\x6b36e6f1a109f967e9a4f6f6a05bb34d8cd446152519819629ebbd06a8957300
-80	after prune	\N	2026-11-26 19:20:55.553712+00	2	2080	2026-11-26 19:20:55.55627+00	\\x6b36e6f1a109f967e9a4f6f6a05bb34d8cd446152519819629ebbd06a8957300	\\xa51aa0a260627dba70c2c49e28b2af57a0cf4b9f5eb8c278bd3a8695bf6ffb45
-81	after prune	\N	2026-11-26 19:20:55.553712+00	2	2081	2026-11-26 19:20:55.556294+00	\\xa51aa0a260627dba70c2c49e28b2af57a0cf4b9f5eb8c278bd3a8695bf6ffb45	\\xad0e7a733911c79137de82a32a462fe8e7835cd34deff72929932efc6ca6fe8f
-82	after prune	\N	2026-11-26 19:20:55.553712+00	2	2082	2026-11-26 19:20:55.556318+00	\\xad0e7a733911c79137de82a32a462fe8e7835cd34deff72929932efc6ca6fe8f	\\x6d6d729786236f54d21bde4f72d0a63880875cf4777301faf95f48310d2fcc69
-83	after prune	\N	2026-11-26 19:20:55.553712+00	2	2083	2026-11-26 19:20:55.556341+00	\\x6d6d729786236f54d21bde4f72d0a63880875cf4777301faf95f48310d2fcc69	\\x5c744273126e1046af53c9d08ff63d67901990fcdfa4429b3a197e20fcceb91a
-84	after prune	\N	2026-11-26 19:20:55.553712+00	2	2084	2026-11-26 19:20:55.556368+00	\\x5c744273126e1046af53c9d08ff63d67901990fcdfa4429b3a197e20fcceb91a	\\xfaec59a9a8c5de80c736bb5b4a37500863f8a81010054821e42aa02e399660cb
-85	after prune	\N	2026-11-26 19:20:55.553712+00	2	2085	2026-11-26 19:20:55.556396+00	\\xfaec59a9a8c5de80c736bb5b4a37500863f8a81010054821e42aa02e399660cb	\\x25887d53588016e0bc79bdca19315951527dd417221c315e4ea71704663cd98f
-86	after prune	\N	2026-11-26 19:20:55.553712+00	2	2086	2026-11-26 19:20:55.55642+00	\\x25887d53588016e0bc79bdca19315951527dd417221c315e4ea71704663cd98f	\\x3fb597de39a6737332daa821d4ec209ee9626aa1c18c05feb51c83d96b93c997
-87	after prune	\N	2026-11-26 19:20:55.553712+00	2	2087	2026-11-26 19:20:55.556442+00	\\x3fb597de39a6737332daa821d4ec209ee9626aa1c18c05feb51c83d96b93c997	\\x029fcdd885f6c8342d32004ffced8a39c308f7a74259fbbee9cabd7f6724e876
-88	after prune	\N	2026-11-26 19:20:55.553712+00	2	2088	2026-11-26 19:20:55.55647+00	\\x029fcdd885f6c8342d32004ffced8a39c308f7a74259fbbee9cabd7f6724e876	\\xdc2ea6e736a2adf11ecb847e15c742474f76be342aed0d450887af3c64a25020
-89	after prune	\N	2026-11-26 19:20:55.553712+00	2	2089	2026-11-26 19:20:55.556492+00	\\xdc2ea6e736a2adf11ecb847e15c742474f76be342aed0d450887af3c64a25020	\\x7503a945e1850d5513bb1ed3c70e8fccb2de59908a256d09fce7a876a1e705c4
-90	after prune	\N	2026-11-26 19:20:55.553712+00	2	2090	2026-11-26 19:20:55.556514+00	\\x7503a945e1850d5513bb1ed3c70e8fccb2de59908a256d09fce7a876a1e705c4	\\x706bad21726cdc6cd396e62f9c922a35ae5a5fe4caa34f12240f18119a0203fa
-91	after prune	\N	2026-11-26 19:20:55.553712+00	2	2091	2026-11-26 19:20:55.556538+00	\\x706bad21726cdc6cd396e62f9c922a35ae5a5fe4caa34f12240f18119a0203fa	\\xe8487dcb3f8ce3ff817889bd33d8481d71ef8ec0f33445b7ea17f0769a5a55dd
-92	after prune	\N	2026-11-26 19:20:55.553712+00	2	2092	2026-11-26 19:20:55.556563+00	\\xe8487dcb3f8ce3ff817889bd33d8481d71ef8ec0f33445b7ea17f0769a5a55dd	\\xce00784e4d1cd38bc51e9b0f04d1030553047c4e03a485ef6ecad8ed5b22cea3
-93	after prune	\N	2026-11-26 19:20:55.553712+00	2	2093	2026-11-26 19:20:55.556585+00	\\xce00784e4d1cd38bc51e9b0f04d1030553047c4e03a485ef6ecad8ed5b22cea3	\\x42334f0125dcba21147b5fb9308320cc5ffe7d29d8f22d55de982b7b3c5fba1e
-94	after prune	\N	2026-11-26 19:20:55.553712+00	2	2094	2026-11-26 19:20:55.556609+00	\\x42334f0125dcba21147b5fb9308320cc5ffe7d29d8f22d55de982b7b3c5fba1e	\\x2264965bbe5b9909ced25f450cfec8a39b66d0c9b881ae16ac84d4df9a78a307
-95	after prune	\N	2026-11-26 19:20:55.553712+00	2	2095	2026-11-26 19:20:55.556632+00	\\x2264965bbe5b9909ced25f450cfec8a39b66d0c9b881ae16ac84d4df9a78a307	\\x73888b783e9df96b612a313144e0c89c3ad0a4a7fe6d948c3221e9d226791347
-96	after prune	\N	2026-11-26 19:20:55.553712+00	2	2096	2026-11-26 19:20:55.556656+00	\\x73888b783e9df96b612a313144e0c89c3ad0a4a7fe6d948c3221e9d226791347	\\x69dcd7c2966d2f72bd78a695352f0f0ef4732b1887c7ab3f6ac18e38f3c2f05c
-97	after prune	\N	2026-11-26 19:20:55.553712+00	2	2097	2026-11-26 19:20:55.556679+00	\\x69dcd7c2966d2f72bd78a695352f0f0ef4732b1887c7ab3f6ac18e38f3c2f05c	\\x45231541bc120f53e878257e0a7723f59a7d70e20098855cfe6e44302e10184f
-98	after prune	\N	2026-11-26 19:20:55.553712+00	2	2098	2026-11-26 19:20:55.556701+00	\\x45231541bc120f53e878257e0a7723f59a7d70e20098855cfe6e44302e10184f	\\xc6f9bd7b7e4336dea61fa126d19de98f044cec949613b14028e90bdd1270045a
-99	after prune	\N	2026-11-26 19:20:55.553712+00	2	2099	2026-11-26 19:20:55.556724+00	\\xc6f9bd7b7e4336dea61fa126d19de98f044cec949613b14028e90bdd1270045a	\\xda46886c4ad309a1757cb83bf0d54c77c7d1edc482a286a16adff424b1cfed26
-100	after prune	\N	2026-11-26 19:20:55.553712+00	2	2100	2026-11-26 19:20:55.556746+00	\\xda46886c4ad309a1757cb83bf0d54c77c7d1edc482a286a16adff424b1cfed26	\\xa6eedc2d9e25596be040b6635019e40d36074483cb99ea064f86c69939e88aaf
\.


--
-- Data for Name: everything; Type: TABLE DATA; Schema: Fixture Schema; Owner: postgres
--

COPY "Fixture Schema".everything (t, vc, ch, nm, c, i2, i4, i8, num, f4, f8, b, d, ts, tstz, iv, tm, tmtz, u, ip, net, mac, mac8, bits, vbits, bin, js, jsb, x, m, o, tsv, ia, ta, ia2, lb, e, dom, comp, deep, comps, r, tr, pt, audit_chain_id, audit_seq, audit_at, audit_prev, audit_hash, added) FROM stdin;
text ünïcødé ✓	varchar	ab 	a name	q	1	2	3	1.50	1.5	0.1	t	2024-02-29	2024-01-02 03:04:05.678901	2024-01-02 01:04:05.678901+00	1 year 2 mons 3 days 04:05:06.7	12:34:56	12:34:56+05	a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11	10.0.0.7	10.0.0.0/8	08:00:2b:01:02:03	08:00:2b:01:02:03:04:05	1010	110	\\x00ff	{"b": 1,  "a": [1.50]}	{"a": [1.50], "b": 1, "z": null}	<a>x</a>	$12.34	42	'brown' 'fox' 'quick' 'the'	{1,NULL,3}	{x,NULL,"",ü}	{{1,2},{3,4}}	[0:2]={7,8,9}	happy	short	(1,one)	("(2,two)","{a,NULL}","2024-05-05 05:05:00+00")	{"(1,a)",NULL,"(,c)"}	[1,10)	["2024-01-01 00:00:00+00","2024-02-01 00:00:00+00")	(1.5,2.5)	0	1	2026-11-26 19:20:55.394212+00	\\x6125d1b449b01559c25158759b62046922095d312696b92fc06e1b9272e75002	\\x4ee1e28194607dc441c0a6cbcdfeed0030b8ce483e23d7ae275dc3980d5ef74d	\N
		   		 	0	0	0	NaN	NaN	-0	f	infinity	-infinity	infinity	00:00:00	00:00:00	00:00:00+00	00000000-0000-0000-0000-000000000000	::1	::/0	00:00:00:00:00:00	00:00:00:00:00:00:00:00	0000		\\x	""	""	<a/>	$0.00	0		{}	{}	{}	{}	sad		(,)	(,,)	{}	empty	empty	(0,0)	0	2	2026-11-26 19:20:55.395645+00	\\x4ee1e28194607dc441c0a6cbcdfeed0030b8ce483e23d7ae275dc3980d5ef74d	\\x21361e58773df8c9fb6d651cdb4185d7528564f6c5743f1bc8342b256528986a	\N
\N	\N	\N	\N	\N	\N	\N	\N	0.0	Infinity	-Infinity	\N	-infinity	infinity	-infinity	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	3	2026-11-26 19:20:55.395837+00	\\x21361e58773df8c9fb6d651cdb4185d7528564f6c5743f1bc8342b256528986a	\\xf155f623e303a5bbd5e08ee5c7daa489410805ecd0e55892126c317e1b09a7cf	\N
\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	4	2026-11-26 19:20:55.396785+00	\\xf155f623e303a5bbd5e08ee5c7daa489410805ecd0e55892126c317e1b09a7cf	\\xc4609e9e0d0501fb0bffe735664795d120f6fb810c3f62c33ab8536e26b9be10	\N
\N	\N	\N	\N	\N	\N	\N	\N	0.000	-0	NaN	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	5	2026-11-26 19:20:55.397484+00	\\xc4609e9e0d0501fb0bffe735664795d120f6fb810c3f62c33ab8536e26b9be10	\\x68291c1250d7c068fe4a64bb8c92e80621b998427cec893af36978f286b267ed	\N
\N	\N	\N	\N	\N	\N	\N	\N	-0.00000000000000000001	-Infinity	Infinity	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	6	2026-11-26 19:20:55.397543+00	\\x68291c1250d7c068fe4a64bb8c92e80621b998427cec893af36978f286b267ed	\\xf5a1c5185d8e613199e1cc98a4aefa7a4ab324406e0b62df12bb41ffa3dec104	\N
\N	\N	\N	\N	\N	\N	\N	\N	\N	0.33333334	0.6666666666666666	\N	\N	2024-06-01 12:00:00	2024-06-01 12:00:00.5+00	-1 days +02:00:00	\N	23:59:59.999999-14	\N	\N	\N	\N	\N	\N	\N	\\x01	\N	\N	\N	$5.00	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	["2024-01-01 03:30:00+00","2024-01-02 03:30:00+00")	(0.1,0.2)	0	7	2026-11-26 19:20:55.401611+00	\\xf5a1c5185d8e613199e1cc98a4aefa7a4ab324406e0b62df12bb41ffa3dec104	\\x80e0cca67ac617a481a4e831d2125149027df5113511b222f9f1336ceef18562	\N
after add	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	8	2026-11-26 19:20:55.427727+00	\\x80e0cca67ac617a481a4e831d2125149027df5113511b222f9f1336ceef18562	\\xa260192a25b90f10a6085772e777ffb802e504480dd806a56abb2acb26077ecd	added
\.


--
-- Data for Name: chain_heads; Type: TABLE DATA; Schema: audit_chain; Owner: postgres
--

COPY audit_chain.chain_heads (relid, chain, seq, hash, recorded_at, base_seq, base_hash) FROM stdin;
"Fixture Schema".everything	1	0	\\xe261b06be2fe207cbc2d26c263c4ed7bde1dbb2d1d46d75aa67a25ff224d6261	\N	0	\\xe261b06be2fe207cbc2d26c263c4ed7bde1dbb2d1d46d75aa67a25ff224d6261
"Fixture Schema".everything	2	0	\\xff31c9c9da0445a2b520d39dd32fe5d579368b1c283f0c08fe1ab2376119fefa	\N	0	\\xff31c9c9da0445a2b520d39dd32fe5d579368b1c283f0c08fe1ab2376119fefa
"Fixture Schema".everything	0	8	\\xa260192a25b90f10a6085772e777ffb802e504480dd806a56abb2acb26077ecd	2026-11-26 19:20:55.427727+00	0	\\x6125d1b449b01559c25158759b62046922095d312696b92fc06e1b9272e75002
"Fixture Schema"."Events"	0	0	\\x48bcc2eb3af4652b2e5fec72610c4dae26b5d742acf74ba983d9c700f2fadb57	\N	0	\\x48bcc2eb3af4652b2e5fec72610c4dae26b5d742acf74ba983d9c700f2fadb57
"Fixture Schema"."Events"	1	0	\\xcd7c39c62a10c162e4f277addcb81deca044b97568620ada39f21bf05686c6c6	\N	0	\\xcd7c39c62a10c162e4f277addcb81deca044b97568620ada39f21bf05686c6c6
"Fixture Schema"."Events"	3	0	\\x31eb0f4b969e004bd18ec4199426e900a7accf70f2f20cc8e9f543049d0eb03c	\N	0	\\x31eb0f4b969e004bd18ec4199426e900a7accf70f2f20cc8e9f543049d0eb03c
"Fixture Schema"."Events"	4	0	\\x1844a01c80994f2b6492ddd0de2ae0f3644b3dab8afb7a619f1191426a3f8021	\N	0	\\x1844a01c80994f2b6492ddd0de2ae0f3644b3dab8afb7a619f1191426a3f8021
"Fixture Schema"."Events"	5	0	\\xf4dab794f62965fa7fec7a4992538193b47067f55600a4e309d0a05b6bacd0f9	\N	0	\\xf4dab794f62965fa7fec7a4992538193b47067f55600a4e309d0a05b6bacd0f9
"Fixture Schema"."Events"	6	0	\\xee768cf10cea4f95c80296bdd149557f6f2c865b103a19618b3a5e5bf4e5627e	\N	0	\\xee768cf10cea4f95c80296bdd149557f6f2c865b103a19618b3a5e5bf4e5627e
"Fixture Schema"."Events"	7	0	\\x925788412216264d2609fbfa7d1aec31250a4a6076e7edbee7eb1501b3539243	\N	0	\\x925788412216264d2609fbfa7d1aec31250a4a6076e7edbee7eb1501b3539243
"Fixture Schema"."Events"	2	2100	\\xa6eedc2d9e25596be040b6635019e40d36074483cb99ea064f86c69939e88aaf	2026-11-26 19:20:55.556746+00	1999	\\x28d9166e1e5ccc8865f0e7a6f1bfc2b96ad1bcf00833351c155974d4cd92b7ba
\.


--
-- Data for Name: checkpoints; Type: TABLE DATA; Schema: audit_chain; Owner: postgres
--

COPY audit_chain.checkpoints (id, relid, kind, body, hash) FROM stdin;
1	"Fixture Schema"."Events"	prune	{"kind": "prune", "table": "\\"Fixture Schema\\".\\"Events\\"", "chains": [{"chain": 2, "removed": 1999, "base_seq": 1999, "base_hash": "28d9166e1e5ccc8865f0e7a6f1bfc2b96ad1bcf00833351c155974d4cd92b7ba"}], "format": "audit_chain.checkpoint.v1", "database": "fixture_0_3_0", "older_than": "2026-11-26T19:20:55.543834Z", "table_uuid": "11da9cfd-cf69-4b44-9c41-e77c0d7ab3d2", "recorded_at": "2026-11-26T19:20:55.543627Z", "checkpoint_id": 1, "prev_checkpoint_hash": "0000000000000000000000000000000000000000000000000000000000000000"}	\\x1e8e2ca6d3b4031c4e1ba1698d7b8ae5cc3d6dc5f3dcd68b3021478348da94f1
2	"Fixture Schema".everything	checkpoint	{"kind": "checkpoint", "table": "\\"Fixture Schema\\".everything", "chains": [{"seq": 8, "hash": "a260192a25b90f10a6085772e777ffb802e504480dd806a56abb2acb26077ecd", "chain": 0}, {"seq": 0, "hash": "e261b06be2fe207cbc2d26c263c4ed7bde1dbb2d1d46d75aa67a25ff224d6261", "chain": 1}, {"seq": 0, "hash": "ff31c9c9da0445a2b520d39dd32fe5d579368b1c283f0c08fe1ab2376119fefa", "chain": 2}], "format": "audit_chain.checkpoint.v1", "database": "fixture_0_3_0", "table_uuid": "fd262f10-bea4-4e56-93a3-55b02c426524", "recorded_at": "2026-11-26T19:20:55.558650Z", "checkpoint_id": 2, "prev_checkpoint_hash": "1e8e2ca6d3b4031c4e1ba1698d7b8ae5cc3d6dc5f3dcd68b3021478348da94f1"}	\\xfc5493dda7d99cd0ca7afbc13f177919940a21a765045b562bb5f5e34d623782
3	"Fixture Schema"."Events"	checkpoint	{"kind": "checkpoint", "table": "\\"Fixture Schema\\".\\"Events\\"", "chains": [{"seq": 0, "hash": "48bcc2eb3af4652b2e5fec72610c4dae26b5d742acf74ba983d9c700f2fadb57", "chain": 0}, {"seq": 0, "hash": "cd7c39c62a10c162e4f277addcb81deca044b97568620ada39f21bf05686c6c6", "chain": 1}, {"seq": 2100, "hash": "a6eedc2d9e25596be040b6635019e40d36074483cb99ea064f86c69939e88aaf", "chain": 2}, {"seq": 0, "hash": "31eb0f4b969e004bd18ec4199426e900a7accf70f2f20cc8e9f543049d0eb03c", "chain": 3}, {"seq": 0, "hash": "1844a01c80994f2b6492ddd0de2ae0f3644b3dab8afb7a619f1191426a3f8021", "chain": 4}, {"seq": 0, "hash": "f4dab794f62965fa7fec7a4992538193b47067f55600a4e309d0a05b6bacd0f9", "chain": 5}, {"seq": 0, "hash": "ee768cf10cea4f95c80296bdd149557f6f2c865b103a19618b3a5e5bf4e5627e", "chain": 6}, {"seq": 0, "hash": "925788412216264d2609fbfa7d1aec31250a4a6076e7edbee7eb1501b3539243", "chain": 7}], "format": "audit_chain.checkpoint.v1", "database": "fixture_0_3_0", "table_uuid": "11da9cfd-cf69-4b44-9c41-e77c0d7ab3d2", "recorded_at": "2026-11-26T19:20:55.558650Z", "checkpoint_id": 3, "prev_checkpoint_hash": "fc5493dda7d99cd0ca7afbc13f177919940a21a765045b562bb5f5e34d623782"}	\\xb298ab25f0297ba01d798c0f27f5969c1010d4229c6e5f3239a4463ff2999209
\.


--
-- Data for Name: grants; Type: TABLE DATA; Schema: audit_chain; Owner: postgres
--

COPY audit_chain.grants (relid, grantee) FROM stdin;
\.


--
-- Data for Name: tables; Type: TABLE DATA; Schema: audit_chain; Owner: postgres
--

COPY audit_chain.tables (relid, table_uuid, chains, format_version, enabled_at, enabled_by, retention) FROM stdin;
"Fixture Schema".everything	fd262f10-bea4-4e56-93a3-55b02c426524	3	1	2026-11-26 19:20:55.3851+00	postgres	00:00:00
"Fixture Schema"."Events"	11da9cfd-cf69-4b44-9c41-e77c0d7ab3d2	8	1	2026-11-26 19:20:55.447147+00	postgres	00:00:00
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
-- PostgreSQL database dump complete
--

\unrestrict V3Ah6gUALdT6RIQ9qsTH0asXIn2ZSnvDXXmqybJ6cO8Ri9n0xeg73JCT4l4qoVf

