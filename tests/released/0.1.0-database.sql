--
-- PostgreSQL database dump
--

\restrict HyCugqLHYFuMD1E8NZPGwOamWRudIymc0dEJ0rzqzqhTFmL9FTvnseaqKjmekah

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
2000	actor5	{"g": 2000, "half": 1000.0000000000000000}	2026-11-25 21:14:11.164279+00	7	2000	2026-11-25 21:14:11.233164+00	\\x0d7d48ec939a3540d1dbad433fb2ec2faf8b06253fccce468e5126c88a37dc5a	\\x9afb8fbc9df0e8b5612f83c2dd548de4ff8950e5305c929620c94650fbd5efc2
-1	after prune	\N	2026-11-25 21:14:11.24467+00	7	2001	2026-11-25 21:14:11.245015+00	\\x9afb8fbc9df0e8b5612f83c2dd548de4ff8950e5305c929620c94650fbd5efc2	\\x1d76df9f0cf4c0718240768912211f33930f8d383d7507ea78180017c0609e6a
-2	after prune	\N	2026-11-25 21:14:11.24467+00	7	2002	2026-11-25 21:14:11.245083+00	\\x1d76df9f0cf4c0718240768912211f33930f8d383d7507ea78180017c0609e6a	\\xa245a3cba04c04bd60d7f8b18a6c636f978e4b7948616f29ab7c813404461989
-3	after prune	\N	2026-11-25 21:14:11.24467+00	7	2003	2026-11-25 21:14:11.245111+00	\\xa245a3cba04c04bd60d7f8b18a6c636f978e4b7948616f29ab7c813404461989	\\xfcfea5dc17131943ede07646cce4221acbfabfd78ba7f05ddae27c33ce629e29
-4	after prune	\N	2026-11-25 21:14:11.24467+00	7	2004	2026-11-25 21:14:11.245136+00	\\xfcfea5dc17131943ede07646cce4221acbfabfd78ba7f05ddae27c33ce629e29	\\x44e66e1a7c3f241854afd53d3f5dcb1f369ff9ed6e949c4aa33d1418782af4b7
-5	after prune	\N	2026-11-25 21:14:11.24467+00	7	2005	2026-11-25 21:14:11.24516+00	\\x44e66e1a7c3f241854afd53d3f5dcb1f369ff9ed6e949c4aa33d1418782af4b7	\\x405be021ad2cf74c8d32c8eb4b67c8cbf83756b47e0da5997fff298e09c581f9
-6	after prune	\N	2026-11-25 21:14:11.24467+00	7	2006	2026-11-25 21:14:11.245184+00	\\x405be021ad2cf74c8d32c8eb4b67c8cbf83756b47e0da5997fff298e09c581f9	\\x4a00cc5a444a95280d5c82b0bde87998f5dcae0f8fd11d51f8e7e9c6a99c47d8
-7	after prune	\N	2026-11-25 21:14:11.24467+00	7	2007	2026-11-25 21:14:11.245208+00	\\x4a00cc5a444a95280d5c82b0bde87998f5dcae0f8fd11d51f8e7e9c6a99c47d8	\\xa8512ef835bac166239cef3da8855b387ed984f8abaa158b64c3f98d4a643b7d
-8	after prune	\N	2026-11-25 21:14:11.24467+00	7	2008	2026-11-25 21:14:11.245233+00	\\xa8512ef835bac166239cef3da8855b387ed984f8abaa158b64c3f98d4a643b7d	\\xca95060e4db5e8090f16306b1d9399dee08936b5fbf960f6e5f515b6aa988108
-9	after prune	\N	2026-11-25 21:14:11.24467+00	7	2009	2026-11-25 21:14:11.245258+00	\\xca95060e4db5e8090f16306b1d9399dee08936b5fbf960f6e5f515b6aa988108	\\x0a9a9b66499e78d77b4e9f3da8707c169ddb2d69ffd6e9c13ff1bb591fcf0b12
-10	after prune	\N	2026-11-25 21:14:11.24467+00	7	2010	2026-11-25 21:14:11.245281+00	\\x0a9a9b66499e78d77b4e9f3da8707c169ddb2d69ffd6e9c13ff1bb591fcf0b12	\\x926c9debc45ca93e6101bad5c663425968f192bab205d04eec92846e9aa02472
-11	after prune	\N	2026-11-25 21:14:11.24467+00	7	2011	2026-11-25 21:14:11.245306+00	\\x926c9debc45ca93e6101bad5c663425968f192bab205d04eec92846e9aa02472	\\xcccb66a7cb2fcf50d4896b032a17afb28afb9dc2ca57f856bc5c31781c5b95bc
-12	after prune	\N	2026-11-25 21:14:11.24467+00	7	2012	2026-11-25 21:14:11.24533+00	\\xcccb66a7cb2fcf50d4896b032a17afb28afb9dc2ca57f856bc5c31781c5b95bc	\\x0f1582c5fe94b88cfc652f1e3e96b34860b2ed7e7f3519a0e71b0907947e20d1
-13	after prune	\N	2026-11-25 21:14:11.24467+00	7	2013	2026-11-25 21:14:11.245402+00	\\x0f1582c5fe94b88cfc652f1e3e96b34860b2ed7e7f3519a0e71b0907947e20d1	\\x434f39d32a848f7f782252af9ca4bbaf524c326442284f52bbaa271f86f8dc84
-14	after prune	\N	2026-11-25 21:14:11.24467+00	7	2014	2026-11-25 21:14:11.24543+00	\\x434f39d32a848f7f782252af9ca4bbaf524c326442284f52bbaa271f86f8dc84	\\x0428bc952872bba91f825df9c731cc01eb4f43f32544945060209f329ea15331
-15	after prune	\N	2026-11-25 21:14:11.24467+00	7	2015	2026-11-25 21:14:11.245454+00	\\x0428bc952872bba91f825df9c731cc01eb4f43f32544945060209f329ea15331	\\x1f9e87500c170b8e0b45aff93f5dc08ca305e86d37a0d0c72cb7cfb2abbf2d72
-16	after prune	\N	2026-11-25 21:14:11.24467+00	7	2016	2026-11-25 21:14:11.245478+00	\\x1f9e87500c170b8e0b45aff93f5dc08ca305e86d37a0d0c72cb7cfb2abbf2d72	\\x6906be09fa6fcb7ed8ec1f6ca4dadd767fee1571d840e5e7da2994859fdbbdac
-17	after prune	\N	2026-11-25 21:14:11.24467+00	7	2017	2026-11-25 21:14:11.245502+00	\\x6906be09fa6fcb7ed8ec1f6ca4dadd767fee1571d840e5e7da2994859fdbbdac	\\xc5e9c80659a6d8ced4a65a0bce8de1190eb12ffc064832a8c2ee0d19b591e241
-18	after prune	\N	2026-11-25 21:14:11.24467+00	7	2018	2026-11-25 21:14:11.245527+00	\\xc5e9c80659a6d8ced4a65a0bce8de1190eb12ffc064832a8c2ee0d19b591e241	\\x61c0925d5d6f2c69df157c68afcc570d60ac76069402054ca4e93adc2fbc62c1
-19	after prune	\N	2026-11-25 21:14:11.24467+00	7	2019	2026-11-25 21:14:11.245551+00	\\x61c0925d5d6f2c69df157c68afcc570d60ac76069402054ca4e93adc2fbc62c1	\\xd5fed3b316dd752df706f1f756ac63b1143a34de23979e4e9e8988d0310d76ad
-20	after prune	\N	2026-11-25 21:14:11.24467+00	7	2020	2026-11-25 21:14:11.245574+00	\\xd5fed3b316dd752df706f1f756ac63b1143a34de23979e4e9e8988d0310d76ad	\\x4e28ce563c0b65e25f0b0b106846cd7aa8fd4b6a5caa18baed6861285cc627a6
-21	after prune	\N	2026-11-25 21:14:11.24467+00	7	2021	2026-11-25 21:14:11.245598+00	\\x4e28ce563c0b65e25f0b0b106846cd7aa8fd4b6a5caa18baed6861285cc627a6	\\xc6e4cfb2943ba58b20b41da678639f8b7f45d6223dd82114c34d21cdbd24d076
-22	after prune	\N	2026-11-25 21:14:11.24467+00	7	2022	2026-11-25 21:14:11.245622+00	\\xc6e4cfb2943ba58b20b41da678639f8b7f45d6223dd82114c34d21cdbd24d076	\\x962f150eab3eb498a92d4c02f5b9961921a4a96c4c67a87841518822074edcac
-23	after prune	\N	2026-11-25 21:14:11.24467+00	7	2023	2026-11-25 21:14:11.245647+00	\\x962f150eab3eb498a92d4c02f5b9961921a4a96c4c67a87841518822074edcac	\\x146c0191504d85e31985012551526626a9f62bf0919e07e8abf46bb5adcf038f
-24	after prune	\N	2026-11-25 21:14:11.24467+00	7	2024	2026-11-25 21:14:11.24567+00	\\x146c0191504d85e31985012551526626a9f62bf0919e07e8abf46bb5adcf038f	\\xfd8b23373c3744af3c3bf453de2d37271ce99b07da233b34c87dc0757526058c
-25	after prune	\N	2026-11-25 21:14:11.24467+00	7	2025	2026-11-25 21:14:11.245694+00	\\xfd8b23373c3744af3c3bf453de2d37271ce99b07da233b34c87dc0757526058c	\\x3dc9ff82c304d164a8beddfe469b00f14ebab089c01bddfd555823ac4d7bac1a
-26	after prune	\N	2026-11-25 21:14:11.24467+00	7	2026	2026-11-25 21:14:11.245753+00	\\x3dc9ff82c304d164a8beddfe469b00f14ebab089c01bddfd555823ac4d7bac1a	\\x650d5d7015cfe50541df5dfef2adc5261223c9619e9eae74febaf6c8d64e2b7b
-27	after prune	\N	2026-11-25 21:14:11.24467+00	7	2027	2026-11-25 21:14:11.245778+00	\\x650d5d7015cfe50541df5dfef2adc5261223c9619e9eae74febaf6c8d64e2b7b	\\xa69712429d98887db2632376ec5d140a30f7234a1569292ab07ca53658e6224d
-28	after prune	\N	2026-11-25 21:14:11.24467+00	7	2028	2026-11-25 21:14:11.245803+00	\\xa69712429d98887db2632376ec5d140a30f7234a1569292ab07ca53658e6224d	\\x62cf533f6119eddd2c5c9a06d68bb6a2889519166b6ff5886a922d8b4be69974
-29	after prune	\N	2026-11-25 21:14:11.24467+00	7	2029	2026-11-25 21:14:11.245827+00	\\x62cf533f6119eddd2c5c9a06d68bb6a2889519166b6ff5886a922d8b4be69974	\\xa188f6137b2be695741e363a43b2ed119ab153efddfae46a7be0a669d53cb213
-30	after prune	\N	2026-11-25 21:14:11.24467+00	7	2030	2026-11-25 21:14:11.245862+00	\\xa188f6137b2be695741e363a43b2ed119ab153efddfae46a7be0a669d53cb213	\\x0b68476af94a91366de75d97463a2461d7c30701d727e5e9ccfddebd8073fb01
-31	after prune	\N	2026-11-25 21:14:11.24467+00	7	2031	2026-11-25 21:14:11.245887+00	\\x0b68476af94a91366de75d97463a2461d7c30701d727e5e9ccfddebd8073fb01	\\xcf3cb145017f4c18fb3460ca243678a4d48359c2bb636a25ccb3202c3890d1b4
-32	after prune	\N	2026-11-25 21:14:11.24467+00	7	2032	2026-11-25 21:14:11.245911+00	\\xcf3cb145017f4c18fb3460ca243678a4d48359c2bb636a25ccb3202c3890d1b4	\\x199db4e2396da4b6a2a90cbde609c31f48104fd39cccf9481b91ceceaa5b7a52
-33	after prune	\N	2026-11-25 21:14:11.24467+00	7	2033	2026-11-25 21:14:11.245935+00	\\x199db4e2396da4b6a2a90cbde609c31f48104fd39cccf9481b91ceceaa5b7a52	\\xbd4572a9b42c3d113a7dfa3a6ff4d0bb7b65e965f73105114b42d2bba3a1fce4
-34	after prune	\N	2026-11-25 21:14:11.24467+00	7	2034	2026-11-25 21:14:11.245959+00	\\xbd4572a9b42c3d113a7dfa3a6ff4d0bb7b65e965f73105114b42d2bba3a1fce4	\\xccd37510de4873274c87be2a9341f09146b3c3f0c60f7deea1e4f882b8c60c45
-35	after prune	\N	2026-11-25 21:14:11.24467+00	7	2035	2026-11-25 21:14:11.245984+00	\\xccd37510de4873274c87be2a9341f09146b3c3f0c60f7deea1e4f882b8c60c45	\\x9a23eb01a02a424919705a3d645236e8b1d65dc4754b61a896e6b122d04b40ef
-36	after prune	\N	2026-11-25 21:14:11.24467+00	7	2036	2026-11-25 21:14:11.246008+00	\\x9a23eb01a02a424919705a3d645236e8b1d65dc4754b61a896e6b122d04b40ef	\\x85d29aa80dbb3d3060db428cc1428505310b4ff58f2316c2b978b41d8b0d89aa
-37	after prune	\N	2026-11-25 21:14:11.24467+00	7	2037	2026-11-25 21:14:11.246032+00	\\x85d29aa80dbb3d3060db428cc1428505310b4ff58f2316c2b978b41d8b0d89aa	\\x46d4930c510f62c84156e194fb05ef3a8cfbb95a748e6dfd0e23720028fcdba1
-38	after prune	\N	2026-11-25 21:14:11.24467+00	7	2038	2026-11-25 21:14:11.246056+00	\\x46d4930c510f62c84156e194fb05ef3a8cfbb95a748e6dfd0e23720028fcdba1	\\x18c037f6e1613282c487a889464bab85e1e47a593aec873549965060a812e679
-39	after prune	\N	2026-11-25 21:14:11.24467+00	7	2039	2026-11-25 21:14:11.24608+00	\\x18c037f6e1613282c487a889464bab85e1e47a593aec873549965060a812e679	\\x8515e23a82bc978639904463af06009d680927020e97696ab6a5c02699cf53b6
-40	after prune	\N	2026-11-25 21:14:11.24467+00	7	2040	2026-11-25 21:14:11.246105+00	\\x8515e23a82bc978639904463af06009d680927020e97696ab6a5c02699cf53b6	\\x3d6bce2a0092d7b409c8954391d133709b8d38dacb5b049e191e5e0359e95c14
-41	after prune	\N	2026-11-25 21:14:11.24467+00	7	2041	2026-11-25 21:14:11.246128+00	\\x3d6bce2a0092d7b409c8954391d133709b8d38dacb5b049e191e5e0359e95c14	\\xd6ee18ea69d270affe9777683917816173aadf60455a1d2c0e54deffa1d02b25
-42	after prune	\N	2026-11-25 21:14:11.24467+00	7	2042	2026-11-25 21:14:11.246152+00	\\xd6ee18ea69d270affe9777683917816173aadf60455a1d2c0e54deffa1d02b25	\\xdb658621e25472b5a11d1ead90644dc0953b3b9eceb3bf101e3e38744ebb7bd3
-43	after prune	\N	2026-11-25 21:14:11.24467+00	7	2043	2026-11-25 21:14:11.246176+00	\\xdb658621e25472b5a11d1ead90644dc0953b3b9eceb3bf101e3e38744ebb7bd3	\\x1c99a8892b00015828a8498f789b995f8a0d57ed02370c8878531398565b9d95
-44	after prune	\N	2026-11-25 21:14:11.24467+00	7	2044	2026-11-25 21:14:11.246201+00	\\x1c99a8892b00015828a8498f789b995f8a0d57ed02370c8878531398565b9d95	\\x4c5b3f5ffc46909cf488f79c5d45c90a784be3be36d1479dc58776322007e816
-45	after prune	\N	2026-11-25 21:14:11.24467+00	7	2045	2026-11-25 21:14:11.246224+00	\\x4c5b3f5ffc46909cf488f79c5d45c90a784be3be36d1479dc58776322007e816	\\x1b722b81ffe45ab858fa523820bab60c371c499173ad2b345bffa48e2df79068
-46	after prune	\N	2026-11-25 21:14:11.24467+00	7	2046	2026-11-25 21:14:11.246248+00	\\x1b722b81ffe45ab858fa523820bab60c371c499173ad2b345bffa48e2df79068	\\xe51c042f31dc7d30d13e3a11f69339d55d554990e81b08697df2791cc876544d
-47	after prune	\N	2026-11-25 21:14:11.24467+00	7	2047	2026-11-25 21:14:11.246272+00	\\xe51c042f31dc7d30d13e3a11f69339d55d554990e81b08697df2791cc876544d	\\x5d4320ffdb22b0ff52bd49615d662324687e4022b45229f1128df7f18ee042d9
-48	after prune	\N	2026-11-25 21:14:11.24467+00	7	2048	2026-11-25 21:14:11.246296+00	\\x5d4320ffdb22b0ff52bd49615d662324687e4022b45229f1128df7f18ee042d9	\\xfd65a794b51519d8bf305f54730ff7a022ac82585f3d6ad0c944029413699b57
-49	after prune	\N	2026-11-25 21:14:11.24467+00	7	2049	2026-11-25 21:14:11.24632+00	\\xfd65a794b51519d8bf305f54730ff7a022ac82585f3d6ad0c944029413699b57	\\xb442937346b0622572710b648b88c4a1476327590b4bffa1b487af1a3d2c53a2
-50	after prune	\N	2026-11-25 21:14:11.24467+00	7	2050	2026-11-25 21:14:11.246344+00	\\xb442937346b0622572710b648b88c4a1476327590b4bffa1b487af1a3d2c53a2	\\x4ddb4c97c166046022349930caf17aafcc72e72503c9c39a00da6840b5f20dfa
-51	after prune	\N	2026-11-25 21:14:11.24467+00	7	2051	2026-11-25 21:14:11.246369+00	\\x4ddb4c97c166046022349930caf17aafcc72e72503c9c39a00da6840b5f20dfa	\\x76567b5d0d787add24265f129b9b128c1dc5ea5b8fae5ebc0544c08f8460b5a9
-52	after prune	\N	2026-11-25 21:14:11.24467+00	7	2052	2026-11-25 21:14:11.246393+00	\\x76567b5d0d787add24265f129b9b128c1dc5ea5b8fae5ebc0544c08f8460b5a9	\\xdda0d8398cd355bc44f87bb2519e0c378365a6eee8a550f399a607757a94631f
-53	after prune	\N	2026-11-25 21:14:11.24467+00	7	2053	2026-11-25 21:14:11.246417+00	\\xdda0d8398cd355bc44f87bb2519e0c378365a6eee8a550f399a607757a94631f	\\xcd9b3ef65f9e5b7d5deade70f769284f71974fd5919c6f32b0de6fd529f17e64
-54	after prune	\N	2026-11-25 21:14:11.24467+00	7	2054	2026-11-25 21:14:11.24644+00	\\xcd9b3ef65f9e5b7d5deade70f769284f71974fd5919c6f32b0de6fd529f17e64	\\x1df2003723cc5eb84ee7be4b9022845e87d26ec7f8bf9913417f6fe2474f59ad
-55	after prune	\N	2026-11-25 21:14:11.24467+00	7	2055	2026-11-25 21:14:11.246465+00	\\x1df2003723cc5eb84ee7be4b9022845e87d26ec7f8bf9913417f6fe2474f59ad	\\x259f4396b3c70c0ec8e1ecb4053847217b2c8f3a52e63a28f39e6bc500ffbfcb
-56	after prune	\N	2026-11-25 21:14:11.24467+00	7	2056	2026-11-25 21:14:11.246489+00	\\x259f4396b3c70c0ec8e1ecb4053847217b2c8f3a52e63a28f39e6bc500ffbfcb	\\x2611cc8ae0dd491a92330b189fd88506604acea2de4864acd4aba2fe52bb6e1c
-57	after prune	\N	2026-11-25 21:14:11.24467+00	7	2057	2026-11-25 21:14:11.246513+00	\\x2611cc8ae0dd491a92330b189fd88506604acea2de4864acd4aba2fe52bb6e1c	\\x66968df44d5f6bf8437720e3f1bcac5ff259668cdea9709a578976870c8da6d6
-58	after prune	\N	2026-11-25 21:14:11.24467+00	7	2058	2026-11-25 21:14:11.246537+00	\\x66968df44d5f6bf8437720e3f1bcac5ff259668cdea9709a578976870c8da6d6	\\x52bdc2d49f51f4b200ce99c58a7f26b3f9e0dbf452f8d15903c6d4d618f0c91c
-59	after prune	\N	2026-11-25 21:14:11.24467+00	7	2059	2026-11-25 21:14:11.246561+00	\\x52bdc2d49f51f4b200ce99c58a7f26b3f9e0dbf452f8d15903c6d4d618f0c91c	\\x92e6bea98bd4f8d9d654a77db982a4216f686b267e15802e917a5919344e63b3
-60	after prune	\N	2026-11-25 21:14:11.24467+00	7	2060	2026-11-25 21:14:11.246585+00	\\x92e6bea98bd4f8d9d654a77db982a4216f686b267e15802e917a5919344e63b3	\\xe4bc1b3b321bfe2468eb538fa29f0254ea2d11a2a5dfa6aed8843949605d233b
-61	after prune	\N	2026-11-25 21:14:11.24467+00	7	2061	2026-11-25 21:14:11.246617+00	\\xe4bc1b3b321bfe2468eb538fa29f0254ea2d11a2a5dfa6aed8843949605d233b	\\xb1f973abe9ee83e2af50f5497fbe3c8b85509094120046ef348a4e0bd1801384
-62	after prune	\N	2026-11-25 21:14:11.24467+00	7	2062	2026-11-25 21:14:11.246677+00	\\xb1f973abe9ee83e2af50f5497fbe3c8b85509094120046ef348a4e0bd1801384	\\x7d36fe80da7006ffe4dd335f3b005674acdffce7d40c9635f21eba436a7d9878
-63	after prune	\N	2026-11-25 21:14:11.24467+00	7	2063	2026-11-25 21:14:11.246743+00	\\x7d36fe80da7006ffe4dd335f3b005674acdffce7d40c9635f21eba436a7d9878	\\x5a62de67d4d2b129540cf6c69a50301f368cd4a801e1cc39a305492e73530453
-64	after prune	\N	2026-11-25 21:14:11.24467+00	7	2064	2026-11-25 21:14:11.24677+00	\\x5a62de67d4d2b129540cf6c69a50301f368cd4a801e1cc39a305492e73530453	\\x9b51df3c69d61e640d84a3b04c93297d3018b26662e81ec23b43420d950c545c
-65	after prune	\N	2026-11-25 21:14:11.24467+00	7	2065	2026-11-25 21:14:11.246794+00	\\x9b51df3c69d61e640d84a3b04c93297d3018b26662e81ec23b43420d950c545c	\\xa29c957ad67b67d6b7a585bbe65083842a3f5bd638f41b435dbb2e0afc10c481
-66	after prune	\N	2026-11-25 21:14:11.24467+00	7	2066	2026-11-25 21:14:11.246818+00	\\xa29c957ad67b67d6b7a585bbe65083842a3f5bd638f41b435dbb2e0afc10c481	\\xc7a2195b665f7c7832d09315a8e71e0788e22cf75bffd05b0c11bb4603bb29a7
-67	after prune	\N	2026-11-25 21:14:11.24467+00	7	2067	2026-11-25 21:14:11.246843+00	\\xc7a2195b665f7c7832d09315a8e71e0788e22cf75bffd05b0c11bb4603bb29a7	\\xb8fa415793c193b675f49d03d63db766c444fb799dd961d4c32455defbd14660
-68	after prune	\N	2026-11-25 21:14:11.24467+00	7	2068	2026-11-25 21:14:11.246902+00	\\xb8fa415793c193b675f49d03d63db766c444fb799dd961d4c32455defbd14660	\\x9b155e303e5b41f2746cc0f64d47d4f8df3b787d7f881651dc9dbcff6bd2067f
-69	after prune	\N	2026-11-25 21:14:11.24467+00	7	2069	2026-11-25 21:14:11.246928+00	\\x9b155e303e5b41f2746cc0f64d47d4f8df3b787d7f881651dc9dbcff6bd2067f	\\xe60402d375211e463f7d0dd1fb02d10a7055870ae22dbe208c607a93dfa8f9a5
-70	after prune	\N	2026-11-25 21:14:11.24467+00	7	2070	2026-11-25 21:14:11.246952+00	\\xe60402d375211e463f7d0dd1fb02d10a7055870ae22dbe208c607a93dfa8f9a5	\\x083f468271369147d32f102d51a613f3317436aae0da51e04ee5b313cc7846ac
-71	after prune	\N	2026-11-25 21:14:11.24467+00	7	2071	2026-11-25 21:14:11.246976+00	\\x083f468271369147d32f102d51a613f3317436aae0da51e04ee5b313cc7846ac	\\xd2c06362a7b62292cd01a1dcd0c2177e46ec54fe39eb587d00a32c43fb859d0b
-72	after prune	\N	2026-11-25 21:14:11.24467+00	7	2072	2026-11-25 21:14:11.247001+00	\\xd2c06362a7b62292cd01a1dcd0c2177e46ec54fe39eb587d00a32c43fb859d0b	\\xc260d3548400c8802f7e350e6d94e6b07eedd3b95c79e709ece2063d6e281b41
-73	after prune	\N	2026-11-25 21:14:11.24467+00	7	2073	2026-11-25 21:14:11.247024+00	\\xc260d3548400c8802f7e350e6d94e6b07eedd3b95c79e709ece2063d6e281b41	\\x3e0dbf1946dc7776ef9eb5ea938c3c832f06ac67113bb90415d2ee53b4cd9f19
-74	after prune	\N	2026-11-25 21:14:11.24467+00	7	2074	2026-11-25 21:14:11.247048+00	\\x3e0dbf1946dc7776ef9eb5ea938c3c832f06ac67113bb90415d2ee53b4cd9f19	\\xb7ffb23fbf4945b543bbea3915d42b750e18c93f23a5043eda351b123014ba90
-75	after prune	\N	2026-11-25 21:14:11.24467+00	7	2075	2026-11-25 21:14:11.247073+00	\\xb7ffb23fbf4945b543bbea3915d42b750e18c93f23a5043eda351b123014ba90	\\xca9e83e4300b3cbf50d9a9e4b8ce73672c0bd576ab4f173bf9456d4abd13c957
-76	after prune	\N	2026-11-25 21:14:11.24467+00	7	2076	2026-11-25 21:14:11.247098+00	\\xca9e83e4300b3cbf50d9a9e4b8ce73672c0bd576ab4f173bf9456d4abd13c957	\\xdb657c8c7e08fd327d9f820065d0b370e9ec833177b7a3595f9e78097d044ae8
-77	after prune	\N	2026-11-25 21:14:11.24467+00	7	2077	2026-11-25 21:14:11.247122+00	\\xdb657c8c7e08fd327d9f820065d0b370e9ec833177b7a3595f9e78097d044ae8	\\x1b20405ea3dded2bb9b6108871ecac4de9c1629b2b2c24deebcb4c4ede35bdef
-78	after prune	\N	2026-11-25 21:14:11.24467+00	7	2078	2026-11-25 21:14:11.247146+00	\\x1b20405ea3dded2bb9b6108871ecac4de9c1629b2b2c24deebcb4c4ede35bdef	\\x1d22d9b1fd8751ae067ebade30e1440803f96bbdec9f658a7d2d5eaa7f5e2d5c
-79	after prune	\N	2026-11-25 21:14:11.24467+00	7	2079	2026-11-25 21:14:11.24717+00	\\x1d22d9b1fd8751ae067ebade30e1440803f96bbdec9f658a7d2d5eaa7f5e2d5c	\\xc80c09c7c56ae3fa7823fc68808356a45f74f24d745920bfb7017ddd532f8ac0
-80	after prune	\N	2026-11-25 21:14:11.24467+00	7	2080	2026-11-25 21:14:11.247195+00	\\xc80c09c7c56ae3fa7823fc68808356a45f74f24d745920bfb7017ddd532f8ac0	\\x97c725e7d0ff5bc1c95fe2573d492932991e184724480b70adc068c9676a7c59
-81	after prune	\N	2026-11-25 21:14:11.24467+00	7	2081	2026-11-25 21:14:11.247218+00	\\x97c725e7d0ff5bc1c95fe2573d492932991e184724480b70adc068c9676a7c59	\\x0369aa2176e09c11381c82c81a5ba9621a3c9ef2c50a3db5922bdb8d5d047c6a
-82	after prune	\N	2026-11-25 21:14:11.24467+00	7	2082	2026-11-25 21:14:11.247242+00	\\x0369aa2176e09c11381c82c81a5ba9621a3c9ef2c50a3db5922bdb8d5d047c6a	\\xf42e3f50bc25959199b606c87f96b9e5ea41c3ac05456a8562f39515c306d11a
-83	after prune	\N	2026-11-25 21:14:11.24467+00	7	2083	2026-11-25 21:14:11.247266+00	\\xf42e3f50bc25959199b606c87f96b9e5ea41c3ac05456a8562f39515c306d11a	\\x441fe94732525b5c53d4fc795a976db84c9d4a9662441b9f2fe59769374633db
-84	after prune	\N	2026-11-25 21:14:11.24467+00	7	2084	2026-11-25 21:14:11.24729+00	\\x441fe94732525b5c53d4fc795a976db84c9d4a9662441b9f2fe59769374633db	\\xf274a4b21ddd1d6e33ee03bf971e32f5b47a5209dd5a3084d47b7b4bd35a492d
-85	after prune	\N	2026-11-25 21:14:11.24467+00	7	2085	2026-11-25 21:14:11.247314+00	\\xf274a4b21ddd1d6e33ee03bf971e32f5b47a5209dd5a3084d47b7b4bd35a492d	\\xdd21f1a3adb12b702fa47daed324702e34c72cb76ac1fb5f3364e6579f894574
-86	after prune	\N	2026-11-25 21:14:11.24467+00	7	2086	2026-11-25 21:14:11.247338+00	\\xdd21f1a3adb12b702fa47daed324702e34c72cb76ac1fb5f3364e6579f894574	\\xad58fb1ec4b74588b717fc18b1f3b7c7987aa04a4f241a0e56ad940cdbfaa310
-87	after prune	\N	2026-11-25 21:14:11.24467+00	7	2087	2026-11-25 21:14:11.247362+00	\\xad58fb1ec4b74588b717fc18b1f3b7c7987aa04a4f241a0e56ad940cdbfaa310	\\x943d273c49e31bc878b607f9aad2673d8bde46b5febc8a21a0a894ac3d3b72c2
-88	after prune	\N	2026-11-25 21:14:11.24467+00	7	2088	2026-11-25 21:14:11.247386+00	\\x943d273c49e31bc878b607f9aad2673d8bde46b5febc8a21a0a894ac3d3b72c2	\\x64e464141cdc352d079d5bce0d2c569d0796e6acf1fb5e09f26f852cf473a9e0
-89	after prune	\N	2026-11-25 21:14:11.24467+00	7	2089	2026-11-25 21:14:11.247411+00	\\x64e464141cdc352d079d5bce0d2c569d0796e6acf1fb5e09f26f852cf473a9e0	\\xd71819954df6889317dd39a905301d840aa013a2ea3cd77fe368040432d1cb61
-90	after prune	\N	2026-11-25 21:14:11.24467+00	7	2090	2026-11-25 21:14:11.247435+00	\\xd71819954df6889317dd39a905301d840aa013a2ea3cd77fe368040432d1cb61	\\xbe0bdafecffa10e71eb828c3c97678428438ecb524736beb59369c7d9b5a31de
-91	after prune	\N	2026-11-25 21:14:11.24467+00	7	2091	2026-11-25 21:14:11.247459+00	\\xbe0bdafecffa10e71eb828c3c97678428438ecb524736beb59369c7d9b5a31de	\\x8186438aac941b8cba3b9d4da3b62db8e1f9ec53c338404436f82b348d63cd1a
-92	after prune	\N	2026-11-25 21:14:11.24467+00	7	2092	2026-11-25 21:14:11.247496+00	\\x8186438aac941b8cba3b9d4da3b62db8e1f9ec53c338404436f82b348d63cd1a	\\x0d7b295ac2defc46f5b72c9cfc31b45865be0bf68208231ca013de496ea3f5e9
-93	after prune	\N	2026-11-25 21:14:11.24467+00	7	2093	2026-11-25 21:14:11.24752+00	\\x0d7b295ac2defc46f5b72c9cfc31b45865be0bf68208231ca013de496ea3f5e9	\\x64aa5713b3ce6444bf63aed5a79fd69dcf1122008b6f142a6e60d43dec241d80
-94	after prune	\N	2026-11-25 21:14:11.24467+00	7	2094	2026-11-25 21:14:11.247544+00	\\x64aa5713b3ce6444bf63aed5a79fd69dcf1122008b6f142a6e60d43dec241d80	\\x975fa7803776050c40a60d991e433f3078379b13b167a9c6c4f9c6e443495ffa
-95	after prune	\N	2026-11-25 21:14:11.24467+00	7	2095	2026-11-25 21:14:11.247568+00	\\x975fa7803776050c40a60d991e433f3078379b13b167a9c6c4f9c6e443495ffa	\\x2c01ffa0121a2bafc7e393460efee28ee9b1f9cbcab21445ce6a08d55f1c1630
-96	after prune	\N	2026-11-25 21:14:11.24467+00	7	2096	2026-11-25 21:14:11.247593+00	\\x2c01ffa0121a2bafc7e393460efee28ee9b1f9cbcab21445ce6a08d55f1c1630	\\xda380c112a84128f58259f068875d9d149392c79893df88446bcf893c31da15e
-97	after prune	\N	2026-11-25 21:14:11.24467+00	7	2097	2026-11-25 21:14:11.247617+00	\\xda380c112a84128f58259f068875d9d149392c79893df88446bcf893c31da15e	\\x13fadc959021b3160750620b2121b71e1ad382aebbc4a7fc564404aab1658f8e
-98	after prune	\N	2026-11-25 21:14:11.24467+00	7	2098	2026-11-25 21:14:11.247641+00	\\x13fadc959021b3160750620b2121b71e1ad382aebbc4a7fc564404aab1658f8e	\\xab3fa00be1d25dd465e1e7600cdfd09849d4a9d8759908ae8dff1dc4fa91cdad
-99	after prune	\N	2026-11-25 21:14:11.24467+00	7	2099	2026-11-25 21:14:11.247665+00	\\xab3fa00be1d25dd465e1e7600cdfd09849d4a9d8759908ae8dff1dc4fa91cdad	\\x7650b2820990d4265f10f8288c2c5cfb26aea44640ac85b1e0e15e5d4bcf4664
-100	after prune	\N	2026-11-25 21:14:11.24467+00	7	2100	2026-11-25 21:14:11.24769+00	\\x7650b2820990d4265f10f8288c2c5cfb26aea44640ac85b1e0e15e5d4bcf4664	\\xe394835cab867760eef062d94a85ceef1c73de9ded814e7522837889c4859604
\.


--
-- Data for Name: everything; Type: TABLE DATA; Schema: Fixture Schema; Owner: postgres
--

COPY "Fixture Schema".everything (t, vc, ch, nm, c, i2, i4, i8, num, f4, f8, b, d, ts, tstz, iv, tm, tmtz, u, ip, net, mac, mac8, bits, vbits, bin, js, jsb, x, m, o, tsv, ia, ta, ia2, lb, e, dom, comp, deep, comps, r, tr, pt, audit_chain_id, audit_seq, audit_at, audit_prev, audit_hash, added) FROM stdin;
text ünïcødé ✓	varchar	ab 	a name	q	1	2	3	1.50	1.5	0.1	t	2024-02-29	2024-01-02 03:04:05.678901	2024-01-02 01:04:05.678901+00	1 year 2 mons 3 days 04:05:06.7	12:34:56	12:34:56+05	a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11	10.0.0.7	10.0.0.0/8	08:00:2b:01:02:03	08:00:2b:01:02:03:04:05	1010	110	\\x00ff	{"b": 1,  "a": [1.50]}	{"a": [1.50], "b": 1, "z": null}	<a>x</a>	$12.34	42	'brown' 'fox' 'quick' 'the'	{1,NULL,3}	{x,NULL,"",ü}	{{1,2},{3,4}}	[0:2]={7,8,9}	happy	short	(1,one)	("(2,two)","{a,NULL}","2024-05-05 05:05:00+00")	{"(1,a)",NULL,"(,c)"}	[1,10)	["2024-01-01 00:00:00+00","2024-02-01 00:00:00+00")	(1.5,2.5)	1	1	2026-11-25 21:14:11.151978+00	\\x984855e0e07af3d7f7318e707be682fa281f883a3be4e9fd580aa70ad195f946	\\x915b88d3f0de407794c4556205a4ad99258690cadf061f83cab459dc7a21125f	\N
		   		 	0	0	0	NaN	NaN	-0	f	infinity	-infinity	infinity	00:00:00	00:00:00	00:00:00+00	00000000-0000-0000-0000-000000000000	::1	::/0	00:00:00:00:00:00	00:00:00:00:00:00:00:00	0000		\\x	""	""	<a/>	$0.00	0		{}	{}	{}	{}	sad		(,)	(,,)	{}	empty	empty	(0,0)	1	2	2026-11-25 21:14:11.152751+00	\\x915b88d3f0de407794c4556205a4ad99258690cadf061f83cab459dc7a21125f	\\x20d713046f2bb829ded37c3e2bd1b61a3bc13e5503fd147155b86ef2659beb1c	\N
\N	\N	\N	\N	\N	\N	\N	\N	0.0	Infinity	-Infinity	\N	-infinity	infinity	-infinity	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	3	2026-11-25 21:14:11.152922+00	\\x20d713046f2bb829ded37c3e2bd1b61a3bc13e5503fd147155b86ef2659beb1c	\\xf3ea766fd50184f1c3f2201d09fd53deb32e74f5e27d847e27638fb0e5e87a02	\N
\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	4	2026-11-25 21:14:11.154038+00	\\xf3ea766fd50184f1c3f2201d09fd53deb32e74f5e27d847e27638fb0e5e87a02	\\x7afe9642d8c22a175c02795d4ced2fc6bc1aff8cb607f59dedb198b6d14f0758	\N
\N	\N	\N	\N	\N	\N	\N	\N	0.000	-0	NaN	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	5	2026-11-25 21:14:11.154689+00	\\x7afe9642d8c22a175c02795d4ced2fc6bc1aff8cb607f59dedb198b6d14f0758	\\xa7059b6bca01de0edca6c360049f050e2a95ad01a5f584a5b0404043c9e11ff1	\N
\N	\N	\N	\N	\N	\N	\N	\N	-0.00000000000000000001	-Infinity	Infinity	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	6	2026-11-25 21:14:11.154779+00	\\xa7059b6bca01de0edca6c360049f050e2a95ad01a5f584a5b0404043c9e11ff1	\\xd656b0facc5ab075c8678dca28449bd13eb08e353453b0139ac923ab5be21199	\N
\N	\N	\N	\N	\N	\N	\N	\N	\N	0.33333334	0.6666666666666666	\N	\N	2024-06-01 12:00:00	2024-06-01 12:00:00.5+00	-1 days +02:00:00	\N	23:59:59.999999-14	\N	\N	\N	\N	\N	\N	\N	\\x01	\N	\N	\N	$5.00	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	["2024-01-01 03:30:00+00","2024-01-02 03:30:00+00")	(0.1,0.2)	1	7	2026-11-25 21:14:11.156319+00	\\xd656b0facc5ab075c8678dca28449bd13eb08e353453b0139ac923ab5be21199	\\x63f54a7380f1d2d4008ec66a2e217116add42c4d8dc6c12ab7adfadceb42fab3	\N
after add	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	8	2026-11-25 21:14:11.158102+00	\\x63f54a7380f1d2d4008ec66a2e217116add42c4d8dc6c12ab7adfadceb42fab3	\\xe3e553f5ea1c3e334b561a9a113c9328584770776a2a41221630512b1847e30a	added
\.


--
-- Data for Name: chain_heads; Type: TABLE DATA; Schema: audit_chain; Owner: postgres
--

COPY audit_chain.chain_heads (relid, chain, seq, hash, recorded_at, base_seq, base_hash) FROM stdin;
"Fixture Schema".everything	0	0	\\x27767032a1081dcd25209bb2d2f7047d39a8c78babc98e68862743063a7b04c7	\N	0	\\x27767032a1081dcd25209bb2d2f7047d39a8c78babc98e68862743063a7b04c7
"Fixture Schema".everything	2	0	\\xe05e28f703ce5ebeb738a4b479f95dd915d33e42cbcfddaeb4675fca2b78914f	\N	0	\\xe05e28f703ce5ebeb738a4b479f95dd915d33e42cbcfddaeb4675fca2b78914f
"Fixture Schema".everything	1	8	\\xe3e553f5ea1c3e334b561a9a113c9328584770776a2a41221630512b1847e30a	2026-11-25 21:14:11.158102+00	0	\\x984855e0e07af3d7f7318e707be682fa281f883a3be4e9fd580aa70ad195f946
"Fixture Schema"."Events"	0	0	\\xc918210c9ff0815bf30e68c23bb6247b5c1fb632e4a214e25ae31f10f1136b61	\N	0	\\xc918210c9ff0815bf30e68c23bb6247b5c1fb632e4a214e25ae31f10f1136b61
"Fixture Schema"."Events"	1	0	\\x8645432f91542ffaaf15dd26fe0431f0eea440e850bde47363fb25bfbad3ca39	\N	0	\\x8645432f91542ffaaf15dd26fe0431f0eea440e850bde47363fb25bfbad3ca39
"Fixture Schema"."Events"	2	0	\\x650b390aa4e4b011af50a80b3529384d58c45ff70e91f3b3f374f6c8a6cc55ee	\N	0	\\x650b390aa4e4b011af50a80b3529384d58c45ff70e91f3b3f374f6c8a6cc55ee
"Fixture Schema"."Events"	3	0	\\xf4e75d058584b8282a86f0572e59c64ca2ece408bc003fc99bdda24ddc947013	\N	0	\\xf4e75d058584b8282a86f0572e59c64ca2ece408bc003fc99bdda24ddc947013
"Fixture Schema"."Events"	4	0	\\xb383eb8d086bb4371dcca7f288c0935587997a48643118540adaed5c9e9b9471	\N	0	\\xb383eb8d086bb4371dcca7f288c0935587997a48643118540adaed5c9e9b9471
"Fixture Schema"."Events"	5	0	\\x6a86226a646e03987a503362302c7af9097fea94365d4ba623dc7f5cdebc3145	\N	0	\\x6a86226a646e03987a503362302c7af9097fea94365d4ba623dc7f5cdebc3145
"Fixture Schema"."Events"	6	0	\\xc91a4013b2609744966db23d23d88f1a499f1adcecae7c60181b55d1b9ae3307	\N	0	\\xc91a4013b2609744966db23d23d88f1a499f1adcecae7c60181b55d1b9ae3307
"Fixture Schema"."Events"	7	2100	\\xe394835cab867760eef062d94a85ceef1c73de9ded814e7522837889c4859604	2026-11-25 21:14:11.24769+00	1999	\\x0d7d48ec939a3540d1dbad433fb2ec2faf8b06253fccce468e5126c88a37dc5a
\.


--
-- Data for Name: checkpoints; Type: TABLE DATA; Schema: audit_chain; Owner: postgres
--

COPY audit_chain.checkpoints (id, relid, kind, body, hash) FROM stdin;
1	"Fixture Schema"."Events"	prune	{"kind": "prune", "table": "\\"Fixture Schema\\".\\"Events\\"", "chains": [{"chain": 7, "removed": 1999, "base_seq": 1999, "base_hash": "0d7d48ec939a3540d1dbad433fb2ec2faf8b06253fccce468e5126c88a37dc5a"}], "format": "audit_chain.checkpoint.v1", "database": "fixture_0_1_0", "older_than": "2026-11-25T21:14:11.235510Z", "table_uuid": "1a08cc9b-1b4d-45c8-bc0b-109e9e17e707", "recorded_at": "2026-11-25T21:14:11.235217Z", "checkpoint_id": 1, "prev_checkpoint_hash": "0000000000000000000000000000000000000000000000000000000000000000"}	\\x8db57a062d902de07c6f1a81b0eb13ff00cd71aad676c781b601843d96738623
2	"Fixture Schema".everything	checkpoint	{"kind": "checkpoint", "table": "\\"Fixture Schema\\".everything", "chains": [{"seq": 0, "hash": "27767032a1081dcd25209bb2d2f7047d39a8c78babc98e68862743063a7b04c7", "chain": 0}, {"seq": 8, "hash": "e3e553f5ea1c3e334b561a9a113c9328584770776a2a41221630512b1847e30a", "chain": 1}, {"seq": 0, "hash": "e05e28f703ce5ebeb738a4b479f95dd915d33e42cbcfddaeb4675fca2b78914f", "chain": 2}], "format": "audit_chain.checkpoint.v1", "database": "fixture_0_1_0", "table_uuid": "7ad898b6-c77a-4aaa-876d-320dfd22e5ca", "recorded_at": "2026-11-25T21:14:11.248602Z", "checkpoint_id": 2, "prev_checkpoint_hash": "8db57a062d902de07c6f1a81b0eb13ff00cd71aad676c781b601843d96738623"}	\\x13d840eb10d3e8be12552c6227503e8daebecbef76be7f5fdcb21932b67f78c1
3	"Fixture Schema"."Events"	checkpoint	{"kind": "checkpoint", "table": "\\"Fixture Schema\\".\\"Events\\"", "chains": [{"seq": 0, "hash": "c918210c9ff0815bf30e68c23bb6247b5c1fb632e4a214e25ae31f10f1136b61", "chain": 0}, {"seq": 0, "hash": "8645432f91542ffaaf15dd26fe0431f0eea440e850bde47363fb25bfbad3ca39", "chain": 1}, {"seq": 0, "hash": "650b390aa4e4b011af50a80b3529384d58c45ff70e91f3b3f374f6c8a6cc55ee", "chain": 2}, {"seq": 0, "hash": "f4e75d058584b8282a86f0572e59c64ca2ece408bc003fc99bdda24ddc947013", "chain": 3}, {"seq": 0, "hash": "b383eb8d086bb4371dcca7f288c0935587997a48643118540adaed5c9e9b9471", "chain": 4}, {"seq": 0, "hash": "6a86226a646e03987a503362302c7af9097fea94365d4ba623dc7f5cdebc3145", "chain": 5}, {"seq": 0, "hash": "c91a4013b2609744966db23d23d88f1a499f1adcecae7c60181b55d1b9ae3307", "chain": 6}, {"seq": 2100, "hash": "e394835cab867760eef062d94a85ceef1c73de9ded814e7522837889c4859604", "chain": 7}], "format": "audit_chain.checkpoint.v1", "database": "fixture_0_1_0", "table_uuid": "1a08cc9b-1b4d-45c8-bc0b-109e9e17e707", "recorded_at": "2026-11-25T21:14:11.248602Z", "checkpoint_id": 3, "prev_checkpoint_hash": "13d840eb10d3e8be12552c6227503e8daebecbef76be7f5fdcb21932b67f78c1"}	\\x927ea874a17293232fdf143ae42a95061874226648745dd00c019238dbc29492
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
"Fixture Schema".everything	7ad898b6-c77a-4aaa-876d-320dfd22e5ca	3	1	2026-11-25 21:14:11.143098+00	postgres	00:00:00
"Fixture Schema"."Events"	1a08cc9b-1b4d-45c8-bc0b-109e9e17e707	8	1	2026-11-25 21:14:11.160475+00	postgres	00:00:00
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

\unrestrict HyCugqLHYFuMD1E8NZPGwOamWRudIymc0dEJ0rzqzqhTFmL9FTvnseaqKjmekah

