--
-- PostgreSQL database dump
--

\restrict BXJqCHgHcSguVIaZyPFUqXbFXCP3g1GOBiuZlwVKxfkXefzrwsuLnpV3v2vPMdy

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
2000	actor5	{"g": 2000, "half": 1000.0000000000000000}	2026-11-26 19:39:49.945586+00	0	2000	2026-11-26 19:39:50.015147+00	\\x644bf51397fd4a7152eb267ad95687ff97a7b42a0d0566a543e5146e99ab6897	\\xb54127decad04dcb33ed2ce350cfa5f00ccfd8eefa6c6f4c26095cd9fee4d00c
-1	after prune	\N	2026-11-26 19:39:50.02246+00	0	2001	2026-11-26 19:39:50.022746+00	\\xb54127decad04dcb33ed2ce350cfa5f00ccfd8eefa6c6f4c26095cd9fee4d00c	\\x78ba1c7fa3accc3ae0e3350c7fbf3415964f03130e617603045c96c8d8e91090
-2	after prune	\N	2026-11-26 19:39:50.02246+00	0	2002	2026-11-26 19:39:50.022793+00	\\x78ba1c7fa3accc3ae0e3350c7fbf3415964f03130e617603045c96c8d8e91090	\\x37f3387532ea2c0448290785bf6446fa7437d0f017ae8448e7a29b6c504cdfa6
-3	after prune	\N	2026-11-26 19:39:50.02246+00	0	2003	2026-11-26 19:39:50.022811+00	\\x37f3387532ea2c0448290785bf6446fa7437d0f017ae8448e7a29b6c504cdfa6	\\x3ca37f2e0dcfbfaba77d00e639e5711077d1063cdf6f8a27abf936c473906863
-4	after prune	\N	2026-11-26 19:39:50.02246+00	0	2004	2026-11-26 19:39:50.022826+00	\\x3ca37f2e0dcfbfaba77d00e639e5711077d1063cdf6f8a27abf936c473906863	\\xafc449bdc7a522f905633d9c4cb15ca01d3411b97bea3a472d52e67acf5a16c0
-5	after prune	\N	2026-11-26 19:39:50.02246+00	0	2005	2026-11-26 19:39:50.02284+00	\\xafc449bdc7a522f905633d9c4cb15ca01d3411b97bea3a472d52e67acf5a16c0	\\x9086d16cfb70e49305e67d9ed080dbe00d96fac7c3a09d06262b648c83488ff3
-6	after prune	\N	2026-11-26 19:39:50.02246+00	0	2006	2026-11-26 19:39:50.022906+00	\\x9086d16cfb70e49305e67d9ed080dbe00d96fac7c3a09d06262b648c83488ff3	\\xc4aa85363b814d207bc5245bd38a1cf9da3b59f7d474ee950ff91eee37144bd8
-7	after prune	\N	2026-11-26 19:39:50.02246+00	0	2007	2026-11-26 19:39:50.022923+00	\\xc4aa85363b814d207bc5245bd38a1cf9da3b59f7d474ee950ff91eee37144bd8	\\x13351cac357714ba9f357675038a29e47bd20b76408e009e8fe6389b1340595e
-8	after prune	\N	2026-11-26 19:39:50.02246+00	0	2008	2026-11-26 19:39:50.022937+00	\\x13351cac357714ba9f357675038a29e47bd20b76408e009e8fe6389b1340595e	\\x3e9f1dfae786e174f01d65608a20cfb117ecd1de6a28223119005dff8b252982
-9	after prune	\N	2026-11-26 19:39:50.02246+00	0	2009	2026-11-26 19:39:50.022952+00	\\x3e9f1dfae786e174f01d65608a20cfb117ecd1de6a28223119005dff8b252982	\\x984c23ae1c294aee01b37cb340da7893f398d5fc5d8a6f97be8ae790a223adc4
-10	after prune	\N	2026-11-26 19:39:50.02246+00	0	2010	2026-11-26 19:39:50.022966+00	\\x984c23ae1c294aee01b37cb340da7893f398d5fc5d8a6f97be8ae790a223adc4	\\xfbc6a90ce94399f34ea5d36667327cb2e7ad321be7a99b0fe0f9f392d938ba73
-11	after prune	\N	2026-11-26 19:39:50.02246+00	0	2011	2026-11-26 19:39:50.022992+00	\\xfbc6a90ce94399f34ea5d36667327cb2e7ad321be7a99b0fe0f9f392d938ba73	\\x2849caef92dbf4ca1c2332a7123750fe58d93a54f68f919fde095ee826e5580c
-12	after prune	\N	2026-11-26 19:39:50.02246+00	0	2012	2026-11-26 19:39:50.023007+00	\\x2849caef92dbf4ca1c2332a7123750fe58d93a54f68f919fde095ee826e5580c	\\x2eaca4ed04e9eec28a1ec8514f30b956bb825aeae80b4eab154ed14c58a501c0
-13	after prune	\N	2026-11-26 19:39:50.02246+00	0	2013	2026-11-26 19:39:50.023064+00	\\x2eaca4ed04e9eec28a1ec8514f30b956bb825aeae80b4eab154ed14c58a501c0	\\x21becc53ab398621ae368146fe85281ae2d829edfdbffc9a5cd6093ee77ce312
-14	after prune	\N	2026-11-26 19:39:50.02246+00	0	2014	2026-11-26 19:39:50.023081+00	\\x21becc53ab398621ae368146fe85281ae2d829edfdbffc9a5cd6093ee77ce312	\\x8287dfe70a6b5eabf4c2d007edea9e8a37bfdd82f72f2cf51e8d3ff7bdc2e484
-15	after prune	\N	2026-11-26 19:39:50.02246+00	0	2015	2026-11-26 19:39:50.023095+00	\\x8287dfe70a6b5eabf4c2d007edea9e8a37bfdd82f72f2cf51e8d3ff7bdc2e484	\\x316c6ef968333080b045f9d065da7efa5325ad4c83330c0fb29295f0fde0d5be
-16	after prune	\N	2026-11-26 19:39:50.02246+00	0	2016	2026-11-26 19:39:50.02311+00	\\x316c6ef968333080b045f9d065da7efa5325ad4c83330c0fb29295f0fde0d5be	\\xa8304c890ab2d153dbb0f5cb709e03eaf875b805b888466ef059819613d80ac2
-17	after prune	\N	2026-11-26 19:39:50.02246+00	0	2017	2026-11-26 19:39:50.023124+00	\\xa8304c890ab2d153dbb0f5cb709e03eaf875b805b888466ef059819613d80ac2	\\xa923d903248a33a973de9516ded59bb2f02f6f0c6004a41d1ce61aa1dcb7ba65
-18	after prune	\N	2026-11-26 19:39:50.02246+00	0	2018	2026-11-26 19:39:50.023138+00	\\xa923d903248a33a973de9516ded59bb2f02f6f0c6004a41d1ce61aa1dcb7ba65	\\x5100d0de61301d658a0a7de4950987413b862615f54f0cb96b4dd656b64d45da
-19	after prune	\N	2026-11-26 19:39:50.02246+00	0	2019	2026-11-26 19:39:50.023152+00	\\x5100d0de61301d658a0a7de4950987413b862615f54f0cb96b4dd656b64d45da	\\x32a37d71a9366763eca846818a47ff8cd830f9ae9bed3b0dab7b1dc4b098c0d7
-20	after prune	\N	2026-11-26 19:39:50.02246+00	0	2020	2026-11-26 19:39:50.023166+00	\\x32a37d71a9366763eca846818a47ff8cd830f9ae9bed3b0dab7b1dc4b098c0d7	\\xd8ac0a2a115573c1932b9304a1d4c4274e918fd50824db20828aef6f7ed843a2
-21	after prune	\N	2026-11-26 19:39:50.02246+00	0	2021	2026-11-26 19:39:50.023181+00	\\xd8ac0a2a115573c1932b9304a1d4c4274e918fd50824db20828aef6f7ed843a2	\\xd169d352e64bc37e4ea95257456b9585ae2aeb08ae54348e1b42ea89ef1ebcec
-22	after prune	\N	2026-11-26 19:39:50.02246+00	0	2022	2026-11-26 19:39:50.023195+00	\\xd169d352e64bc37e4ea95257456b9585ae2aeb08ae54348e1b42ea89ef1ebcec	\\xe6714e522205ade88d1dbba929736b7a08fe09a281d765e0bf0feb90c244e128
-23	after prune	\N	2026-11-26 19:39:50.02246+00	0	2023	2026-11-26 19:39:50.023209+00	\\xe6714e522205ade88d1dbba929736b7a08fe09a281d765e0bf0feb90c244e128	\\xbace5cb3f3073575194b6a9f812404669f621189da8fc1fc55f6b25afa423886
-24	after prune	\N	2026-11-26 19:39:50.02246+00	0	2024	2026-11-26 19:39:50.023223+00	\\xbace5cb3f3073575194b6a9f812404669f621189da8fc1fc55f6b25afa423886	\\x0ebf81032657dfc24b9511d46b8efcdfaae0dc9a07f0d6a291c142b48931a444
-25	after prune	\N	2026-11-26 19:39:50.02246+00	0	2025	2026-11-26 19:39:50.023237+00	\\x0ebf81032657dfc24b9511d46b8efcdfaae0dc9a07f0d6a291c142b48931a444	\\x6efbb7f8f5eeeb8d0fcbcdd422f1fc5bb0b9e98dffd809bc066b135ed29fae80
-26	after prune	\N	2026-11-26 19:39:50.02246+00	0	2026	2026-11-26 19:39:50.023251+00	\\x6efbb7f8f5eeeb8d0fcbcdd422f1fc5bb0b9e98dffd809bc066b135ed29fae80	\\x83842c0657947cbb0ea8d9509449680f69c25d0a5b5bb618f1004e9f0cf14848
-27	after prune	\N	2026-11-26 19:39:50.02246+00	0	2027	2026-11-26 19:39:50.023266+00	\\x83842c0657947cbb0ea8d9509449680f69c25d0a5b5bb618f1004e9f0cf14848	\\x143cd9d0e987d9348ef5c0b67ca0a2303eea24b355eb28ef8c04514661e4acdc
-28	after prune	\N	2026-11-26 19:39:50.02246+00	0	2028	2026-11-26 19:39:50.02328+00	\\x143cd9d0e987d9348ef5c0b67ca0a2303eea24b355eb28ef8c04514661e4acdc	\\xe7aaea196b0d056c1a4a09d1e5c295f255fdc5f150c6dd24b995ad8df351adcc
-29	after prune	\N	2026-11-26 19:39:50.02246+00	0	2029	2026-11-26 19:39:50.023294+00	\\xe7aaea196b0d056c1a4a09d1e5c295f255fdc5f150c6dd24b995ad8df351adcc	\\x5a66a0b75ec473a9d27685c0951b1a8be3d1102858e04473a2005f6afc6140d1
-30	after prune	\N	2026-11-26 19:39:50.02246+00	0	2030	2026-11-26 19:39:50.023308+00	\\x5a66a0b75ec473a9d27685c0951b1a8be3d1102858e04473a2005f6afc6140d1	\\x72dcec4143eceee07b1cbbcb4bff217454138d42e197c2a7b5a25bd06e17a027
-31	after prune	\N	2026-11-26 19:39:50.02246+00	0	2031	2026-11-26 19:39:50.023323+00	\\x72dcec4143eceee07b1cbbcb4bff217454138d42e197c2a7b5a25bd06e17a027	\\xcdb458d0a84dbd04761e1a14b1b75bbb5aa1471c4902a5077e3a6ff7df537e1b
-32	after prune	\N	2026-11-26 19:39:50.02246+00	0	2032	2026-11-26 19:39:50.023337+00	\\xcdb458d0a84dbd04761e1a14b1b75bbb5aa1471c4902a5077e3a6ff7df537e1b	\\xda34552ad9a9789b4824ab14b2b9569b314f3af31405fa336bb6a919a3369f36
-33	after prune	\N	2026-11-26 19:39:50.02246+00	0	2033	2026-11-26 19:39:50.023351+00	\\xda34552ad9a9789b4824ab14b2b9569b314f3af31405fa336bb6a919a3369f36	\\xa458271dd71f6fee4836b3508f8259068e3b39992a1afb585f3ef1d0ef658fe9
-34	after prune	\N	2026-11-26 19:39:50.02246+00	0	2034	2026-11-26 19:39:50.023365+00	\\xa458271dd71f6fee4836b3508f8259068e3b39992a1afb585f3ef1d0ef658fe9	\\xc5f7ae11026f463dde66a55707a562ce4d504e34f2e7ef6fd7a961b515c074df
-35	after prune	\N	2026-11-26 19:39:50.02246+00	0	2035	2026-11-26 19:39:50.023379+00	\\xc5f7ae11026f463dde66a55707a562ce4d504e34f2e7ef6fd7a961b515c074df	\\xc81e722eec3ee4263b69d3f536d1ff9846fe4645cd92edc595298dff481d9d76
-36	after prune	\N	2026-11-26 19:39:50.02246+00	0	2036	2026-11-26 19:39:50.023393+00	\\xc81e722eec3ee4263b69d3f536d1ff9846fe4645cd92edc595298dff481d9d76	\\x0b011bb81f09cd4d4fff09d18166a6704adb67c46a6e8f1a5549ef7d44005a13
-37	after prune	\N	2026-11-26 19:39:50.02246+00	0	2037	2026-11-26 19:39:50.023407+00	\\x0b011bb81f09cd4d4fff09d18166a6704adb67c46a6e8f1a5549ef7d44005a13	\\xc632a289e2f674d3339fae942567606b7cea15bc020aa5cb65ce38d0895b8da8
-38	after prune	\N	2026-11-26 19:39:50.02246+00	0	2038	2026-11-26 19:39:50.023421+00	\\xc632a289e2f674d3339fae942567606b7cea15bc020aa5cb65ce38d0895b8da8	\\xa706800b73362dd822e6f319fe89625dddd213a36350f4773bb82555c9e5320f
-39	after prune	\N	2026-11-26 19:39:50.02246+00	0	2039	2026-11-26 19:39:50.023435+00	\\xa706800b73362dd822e6f319fe89625dddd213a36350f4773bb82555c9e5320f	\\x0d4c9282102e12679e0cb48109310bfc93404cb765abf3df1550a278b36b195e
-40	after prune	\N	2026-11-26 19:39:50.02246+00	0	2040	2026-11-26 19:39:50.023449+00	\\x0d4c9282102e12679e0cb48109310bfc93404cb765abf3df1550a278b36b195e	\\x8e9671562e0891912e8a5dbf687c72cb1fec3add5d49f797af313d7865094e8f
-41	after prune	\N	2026-11-26 19:39:50.02246+00	0	2041	2026-11-26 19:39:50.023463+00	\\x8e9671562e0891912e8a5dbf687c72cb1fec3add5d49f797af313d7865094e8f	\\xf352d92fb836e479200ec7dd75cf5c653bab5ae59ceb9db229df83db64977d52
-42	after prune	\N	2026-11-26 19:39:50.02246+00	0	2042	2026-11-26 19:39:50.023484+00	\\xf352d92fb836e479200ec7dd75cf5c653bab5ae59ceb9db229df83db64977d52	\\x91b1efcf68fa505909abc2d058ba6a4df04f2f00461523144b04a990b69b5d3a
-43	after prune	\N	2026-11-26 19:39:50.02246+00	0	2043	2026-11-26 19:39:50.023498+00	\\x91b1efcf68fa505909abc2d058ba6a4df04f2f00461523144b04a990b69b5d3a	\\xfd65eb7896269c45e6ee9fa1133dd097ec90069bf448c5afc0976f2013046f23
-44	after prune	\N	2026-11-26 19:39:50.02246+00	0	2044	2026-11-26 19:39:50.023513+00	\\xfd65eb7896269c45e6ee9fa1133dd097ec90069bf448c5afc0976f2013046f23	\\xd5ab6ca952886cf6b8d68bd590457b4d266daa0217a7f80a5e44e88859ecfc65
-45	after prune	\N	2026-11-26 19:39:50.02246+00	0	2045	2026-11-26 19:39:50.023527+00	\\xd5ab6ca952886cf6b8d68bd590457b4d266daa0217a7f80a5e44e88859ecfc65	\\xfb9ecf65e938c7797249b75ac6230a254a4b875007da1628c0d2132d3cfe9b79
-46	after prune	\N	2026-11-26 19:39:50.02246+00	0	2046	2026-11-26 19:39:50.023541+00	\\xfb9ecf65e938c7797249b75ac6230a254a4b875007da1628c0d2132d3cfe9b79	\\x89a0a78041e7dde96fb1ffcae95686282085855bf7e6f47d10602b2605130a3f
-47	after prune	\N	2026-11-26 19:39:50.02246+00	0	2047	2026-11-26 19:39:50.023555+00	\\x89a0a78041e7dde96fb1ffcae95686282085855bf7e6f47d10602b2605130a3f	\\xfbd64e94d5a8a47763866edf9e48b0bc7a72e8628a3eecae3d131f611c16141d
-48	after prune	\N	2026-11-26 19:39:50.02246+00	0	2048	2026-11-26 19:39:50.02357+00	\\xfbd64e94d5a8a47763866edf9e48b0bc7a72e8628a3eecae3d131f611c16141d	\\x3dc79f214d49909c4f1b5b6620bd31dbc8c06818f68a30504bb78db130115cb7
-49	after prune	\N	2026-11-26 19:39:50.02246+00	0	2049	2026-11-26 19:39:50.023584+00	\\x3dc79f214d49909c4f1b5b6620bd31dbc8c06818f68a30504bb78db130115cb7	\\x50c4e962adc99b2dae205edaff15849564038ed6dcc29272ae2264d7c608c5c7
-50	after prune	\N	2026-11-26 19:39:50.02246+00	0	2050	2026-11-26 19:39:50.023598+00	\\x50c4e962adc99b2dae205edaff15849564038ed6dcc29272ae2264d7c608c5c7	\\xaf413cd41586e9b3b0e31a57e0e576bae58d6c0de8b6fa62df8055da3b611b94
-51	after prune	\N	2026-11-26 19:39:50.02246+00	0	2051	2026-11-26 19:39:50.023612+00	\\xaf413cd41586e9b3b0e31a57e0e576bae58d6c0de8b6fa62df8055da3b611b94	\\xb0da1407ac0abe9c464671b6d88343dd0e6e972dbcba3ba10e68e162feda7ecf
-52	after prune	\N	2026-11-26 19:39:50.02246+00	0	2052	2026-11-26 19:39:50.023626+00	\\xb0da1407ac0abe9c464671b6d88343dd0e6e972dbcba3ba10e68e162feda7ecf	\\x58c02b639dfb755dc4907ab6540d166fe34a95847adb03bf678bf737f8bce461
-53	after prune	\N	2026-11-26 19:39:50.02246+00	0	2053	2026-11-26 19:39:50.023641+00	\\x58c02b639dfb755dc4907ab6540d166fe34a95847adb03bf678bf737f8bce461	\\xc7c236c6a5e83f66fe7688a105c7700fa6d89fe48e5593bb6a5cce5860888fe3
-54	after prune	\N	2026-11-26 19:39:50.02246+00	0	2054	2026-11-26 19:39:50.023655+00	\\xc7c236c6a5e83f66fe7688a105c7700fa6d89fe48e5593bb6a5cce5860888fe3	\\xf48f30c2c3fa668149aad0746a04c93e1cdc15fa0ded5bd584565654aca0ef29
-55	after prune	\N	2026-11-26 19:39:50.02246+00	0	2055	2026-11-26 19:39:50.023669+00	\\xf48f30c2c3fa668149aad0746a04c93e1cdc15fa0ded5bd584565654aca0ef29	\\xfcb42eae393f057106f19c33dfec88db118f4de85ebe245ca1240e3c0b47beaf
-56	after prune	\N	2026-11-26 19:39:50.02246+00	0	2056	2026-11-26 19:39:50.023683+00	\\xfcb42eae393f057106f19c33dfec88db118f4de85ebe245ca1240e3c0b47beaf	\\xc70473792698326b233208fd174201b7168c486b8aa29acc27e73f55399b73a6
-57	after prune	\N	2026-11-26 19:39:50.02246+00	0	2057	2026-11-26 19:39:50.023697+00	\\xc70473792698326b233208fd174201b7168c486b8aa29acc27e73f55399b73a6	\\x21c3ab8d3c855fbe9b37506c66e82534d73d1d255c4a2210bd8f8dbb555d09b6
-58	after prune	\N	2026-11-26 19:39:50.02246+00	0	2058	2026-11-26 19:39:50.023711+00	\\x21c3ab8d3c855fbe9b37506c66e82534d73d1d255c4a2210bd8f8dbb555d09b6	\\x48ad75ea98b3c9811da00839578edf6c42f25fda9fcb2fa10428e48abcae0b23
-59	after prune	\N	2026-11-26 19:39:50.02246+00	0	2059	2026-11-26 19:39:50.023726+00	\\x48ad75ea98b3c9811da00839578edf6c42f25fda9fcb2fa10428e48abcae0b23	\\x21845d4fca170a3a250aa719e8097c72e9b04c2e44983b5f44caea7fc33b510c
-60	after prune	\N	2026-11-26 19:39:50.02246+00	0	2060	2026-11-26 19:39:50.023739+00	\\x21845d4fca170a3a250aa719e8097c72e9b04c2e44983b5f44caea7fc33b510c	\\xccd9f661aeb659839ae0d9a675e7c5855f9597da2a43a15efc2cf00c62324df4
-61	after prune	\N	2026-11-26 19:39:50.02246+00	0	2061	2026-11-26 19:39:50.023754+00	\\xccd9f661aeb659839ae0d9a675e7c5855f9597da2a43a15efc2cf00c62324df4	\\xe890d54aa257bd0d60cec4042ebb348ec51705e92b6d5850ac4668a5b286b2a5
-62	after prune	\N	2026-11-26 19:39:50.02246+00	0	2062	2026-11-26 19:39:50.023791+00	\\xe890d54aa257bd0d60cec4042ebb348ec51705e92b6d5850ac4668a5b286b2a5	\\x9c27cb9dd2cc22e1e5bbe7c025a80f4a6f8a0aed6e0f5dd778800922864bc535
-63	after prune	\N	2026-11-26 19:39:50.02246+00	0	2063	2026-11-26 19:39:50.023807+00	\\x9c27cb9dd2cc22e1e5bbe7c025a80f4a6f8a0aed6e0f5dd778800922864bc535	\\x21eea810726e7e3fc0d855abc25f89ef428766a7146511992540c7a1d26ecd81
-64	after prune	\N	2026-11-26 19:39:50.02246+00	0	2064	2026-11-26 19:39:50.023821+00	\\x21eea810726e7e3fc0d855abc25f89ef428766a7146511992540c7a1d26ecd81	\\x71f7641e25667a8e448349a393952f189bc3439e5a259db7b21e2b1809acb78b
-65	after prune	\N	2026-11-26 19:39:50.02246+00	0	2065	2026-11-26 19:39:50.023835+00	\\x71f7641e25667a8e448349a393952f189bc3439e5a259db7b21e2b1809acb78b	\\xd1c2ca30356b2f1cd46b02a6b91c6923d227aec910593bab14f919bb78aeca5d
-66	after prune	\N	2026-11-26 19:39:50.02246+00	0	2066	2026-11-26 19:39:50.023849+00	\\xd1c2ca30356b2f1cd46b02a6b91c6923d227aec910593bab14f919bb78aeca5d	\\xcd315b842328a3bb0382337a33d84231d41fb17f99106b769607ebad5e53be19
-67	after prune	\N	2026-11-26 19:39:50.02246+00	0	2067	2026-11-26 19:39:50.023864+00	\\xcd315b842328a3bb0382337a33d84231d41fb17f99106b769607ebad5e53be19	\\x7e6c7953d40ffa98f66fac436f957ba44b53385c4853aef6a305e59ac30dd9da
-68	after prune	\N	2026-11-26 19:39:50.02246+00	0	2068	2026-11-26 19:39:50.023878+00	\\x7e6c7953d40ffa98f66fac436f957ba44b53385c4853aef6a305e59ac30dd9da	\\xd3629a468582add96b47f6846db9c294700a31f8888bd155d7a4a86a7be873d0
-69	after prune	\N	2026-11-26 19:39:50.02246+00	0	2069	2026-11-26 19:39:50.023892+00	\\xd3629a468582add96b47f6846db9c294700a31f8888bd155d7a4a86a7be873d0	\\x26cf4a48bcab5583f982537a93c961d59678843fdb86f40885c305e81c0f88d1
-70	after prune	\N	2026-11-26 19:39:50.02246+00	0	2070	2026-11-26 19:39:50.023906+00	\\x26cf4a48bcab5583f982537a93c961d59678843fdb86f40885c305e81c0f88d1	\\x99ae426f1af86452c681847996f915fa4d274cfab1c0aed2aac35e2c78033e57
-71	after prune	\N	2026-11-26 19:39:50.02246+00	0	2071	2026-11-26 19:39:50.02392+00	\\x99ae426f1af86452c681847996f915fa4d274cfab1c0aed2aac35e2c78033e57	\\xfcd1e72aff79382aad00281e59f8d3a8f8cf249652ae813e254fd0b0f0b01eba
-72	after prune	\N	2026-11-26 19:39:50.02246+00	0	2072	2026-11-26 19:39:50.023934+00	\\xfcd1e72aff79382aad00281e59f8d3a8f8cf249652ae813e254fd0b0f0b01eba	\\xac1dbff44ceb46bd0f5ac3b947a9f81970773c96521f95562a4726d627eec308
-73	after prune	\N	2026-11-26 19:39:50.02246+00	0	2073	2026-11-26 19:39:50.023953+00	\\xac1dbff44ceb46bd0f5ac3b947a9f81970773c96521f95562a4726d627eec308	\\xb5310f4759987cb6a32c7a4fa2afcdb319bfac7aeea9bfff3b43687fffe49d6f
-74	after prune	\N	2026-11-26 19:39:50.02246+00	0	2074	2026-11-26 19:39:50.023968+00	\\xb5310f4759987cb6a32c7a4fa2afcdb319bfac7aeea9bfff3b43687fffe49d6f	\\x14d48e6267458f83a33c1332237803fc53d560904df8a37da041b6894089c72b
-75	after prune	\N	2026-11-26 19:39:50.02246+00	0	2075	2026-11-26 19:39:50.023982+00	\\x14d48e6267458f83a33c1332237803fc53d560904df8a37da041b6894089c72b	\\x20ce343d259f5e698eeb6cd0faa36dafed55b38fd890c8b2989b02ef8641e22d
-76	after prune	\N	2026-11-26 19:39:50.02246+00	0	2076	2026-11-26 19:39:50.023996+00	\\x20ce343d259f5e698eeb6cd0faa36dafed55b38fd890c8b2989b02ef8641e22d	\\xd3c50d78c36247a7e6d326f2f8a180b04e0bd02f86a4a11399e3c09e89264efc
-77	after prune	\N	2026-11-26 19:39:50.02246+00	0	2077	2026-11-26 19:39:50.02401+00	\\xd3c50d78c36247a7e6d326f2f8a180b04e0bd02f86a4a11399e3c09e89264efc	\\x260cedbc3c50b2325cc7a8177df2a127f3e68e14377ac3b4958e58a2b032d244
-78	after prune	\N	2026-11-26 19:39:50.02246+00	0	2078	2026-11-26 19:39:50.024024+00	\\x260cedbc3c50b2325cc7a8177df2a127f3e68e14377ac3b4958e58a2b032d244	\\x8f2f841365dda331a2595fd2bf30c1e44675a88458c773115b01aa5ae5d5e994
-79	after prune	\N	2026-11-26 19:39:50.02246+00	0	2079	2026-11-26 19:39:50.024038+00	\\x8f2f841365dda331a2595fd2bf30c1e44675a88458c773115b01aa5ae5d5e994	\\xc322d7a350265c5e94a81eddfc1198c7f1b053c867ea94ba50f0d8163a331adc
-80	after prune	\N	2026-11-26 19:39:50.02246+00	0	2080	2026-11-26 19:39:50.024052+00	\\xc322d7a350265c5e94a81eddfc1198c7f1b053c867ea94ba50f0d8163a331adc	\\x529f6d9b7d08db8d96f43e7d440f31cd08c9ae93d83381ba8ba23439a82e2428
-81	after prune	\N	2026-11-26 19:39:50.02246+00	0	2081	2026-11-26 19:39:50.024067+00	\\x529f6d9b7d08db8d96f43e7d440f31cd08c9ae93d83381ba8ba23439a82e2428	\\x16c9eb6a470d7f46c7fb72d44026ee7334680605d678e751af09a3f476b46411
-82	after prune	\N	2026-11-26 19:39:50.02246+00	0	2082	2026-11-26 19:39:50.024081+00	\\x16c9eb6a470d7f46c7fb72d44026ee7334680605d678e751af09a3f476b46411	\\x4d55a53850f247c997b817894e5de024a3c6654ee03a46e96216233e3937b027
-83	after prune	\N	2026-11-26 19:39:50.02246+00	0	2083	2026-11-26 19:39:50.024095+00	\\x4d55a53850f247c997b817894e5de024a3c6654ee03a46e96216233e3937b027	\\x6c289efa1d2e210e5affb0fa3b85879f9a61bdab73c859744c5df8168e7b73bb
-84	after prune	\N	2026-11-26 19:39:50.02246+00	0	2084	2026-11-26 19:39:50.024109+00	\\x6c289efa1d2e210e5affb0fa3b85879f9a61bdab73c859744c5df8168e7b73bb	\\x6e4d87ddac0388c7558474d6a3415facb928aea4cbdab6e5011ca4251dde7229
-85	after prune	\N	2026-11-26 19:39:50.02246+00	0	2085	2026-11-26 19:39:50.024123+00	\\x6e4d87ddac0388c7558474d6a3415facb928aea4cbdab6e5011ca4251dde7229	\\x7ff261ccb1779017ce358362b8f52b1a8af825751f8331b22d122a668d84ca88
-86	after prune	\N	2026-11-26 19:39:50.02246+00	0	2086	2026-11-26 19:39:50.024137+00	\\x7ff261ccb1779017ce358362b8f52b1a8af825751f8331b22d122a668d84ca88	\\xe53c94b3f42c7f22cff1e74614762c5890d26b85a68c368cf895fbc3b0bb006d
-87	after prune	\N	2026-11-26 19:39:50.02246+00	0	2087	2026-11-26 19:39:50.024152+00	\\xe53c94b3f42c7f22cff1e74614762c5890d26b85a68c368cf895fbc3b0bb006d	\\xa642a0c72d45b3f91ab27596e17cfe0d437773ed3a35bd0559b210a384a68256
-88	after prune	\N	2026-11-26 19:39:50.02246+00	0	2088	2026-11-26 19:39:50.024166+00	\\xa642a0c72d45b3f91ab27596e17cfe0d437773ed3a35bd0559b210a384a68256	\\x7828a91121d0ab69bd32c46d485afd2a10b74b38f5584de5f623e289048ee99b
-89	after prune	\N	2026-11-26 19:39:50.02246+00	0	2089	2026-11-26 19:39:50.02418+00	\\x7828a91121d0ab69bd32c46d485afd2a10b74b38f5584de5f623e289048ee99b	\\x2a87cf2dc4bc1a46c05b7cd399a2aafcf979efdd90300ed7498036cd81cc8ad0
-90	after prune	\N	2026-11-26 19:39:50.02246+00	0	2090	2026-11-26 19:39:50.024194+00	\\x2a87cf2dc4bc1a46c05b7cd399a2aafcf979efdd90300ed7498036cd81cc8ad0	\\x87ddbf04fde08d7058958822d506bfc4f1152403d51ba693e448fc52bad07bc7
-91	after prune	\N	2026-11-26 19:39:50.02246+00	0	2091	2026-11-26 19:39:50.024208+00	\\x87ddbf04fde08d7058958822d506bfc4f1152403d51ba693e448fc52bad07bc7	\\xc556ed1892f7ffae0c6bd0628287c0e1c67055887bf50debd95e7c5bad3eb9f2
-92	after prune	\N	2026-11-26 19:39:50.02246+00	0	2092	2026-11-26 19:39:50.024222+00	\\xc556ed1892f7ffae0c6bd0628287c0e1c67055887bf50debd95e7c5bad3eb9f2	\\xd7faa8aa1ae74a9c4ccead855bef377c7ab82514cc05409702c56916f671d42d
-93	after prune	\N	2026-11-26 19:39:50.02246+00	0	2093	2026-11-26 19:39:50.024236+00	\\xd7faa8aa1ae74a9c4ccead855bef377c7ab82514cc05409702c56916f671d42d	\\x5c90aed6bde5c9bb213c4b190849c9c964c0bdad0feb22ea9b8bcf839222fd32
-94	after prune	\N	2026-11-26 19:39:50.02246+00	0	2094	2026-11-26 19:39:50.02425+00	\\x5c90aed6bde5c9bb213c4b190849c9c964c0bdad0feb22ea9b8bcf839222fd32	\\x5a2c61fa2e3d5c74aa3943d56b6a34c689d188f480dbaedb8b2839179eff9bb1
-95	after prune	\N	2026-11-26 19:39:50.02246+00	0	2095	2026-11-26 19:39:50.024264+00	\\x5a2c61fa2e3d5c74aa3943d56b6a34c689d188f480dbaedb8b2839179eff9bb1	\\x6a420af0e8464e3e0b1991f3ebd87baa728d1e143a5b8297f409089de2e4397e
-96	after prune	\N	2026-11-26 19:39:50.02246+00	0	2096	2026-11-26 19:39:50.024279+00	\\x6a420af0e8464e3e0b1991f3ebd87baa728d1e143a5b8297f409089de2e4397e	\\xe3934b010b6b25b26fd9bbf4c9f07e95b6f91c1d2244c15cc4bafeab9cb03f41
-97	after prune	\N	2026-11-26 19:39:50.02246+00	0	2097	2026-11-26 19:39:50.024293+00	\\xe3934b010b6b25b26fd9bbf4c9f07e95b6f91c1d2244c15cc4bafeab9cb03f41	\\x4fe015bf3df476f27ab1df694687cc0adb0c0e936781af32ed9cbaee4f19745a
-98	after prune	\N	2026-11-26 19:39:50.02246+00	0	2098	2026-11-26 19:39:50.024307+00	\\x4fe015bf3df476f27ab1df694687cc0adb0c0e936781af32ed9cbaee4f19745a	\\xc567c81e060813fee9220c1a2be294911ca6b0afb23400d368926c47a271b78c
-99	after prune	\N	2026-11-26 19:39:50.02246+00	0	2099	2026-11-26 19:39:50.024321+00	\\xc567c81e060813fee9220c1a2be294911ca6b0afb23400d368926c47a271b78c	\\xf2e9b1f2c8ee71e1d4c18ee45c81b77c5c0de0bd4a101c3d240606c94daa8203
-100	after prune	\N	2026-11-26 19:39:50.02246+00	0	2100	2026-11-26 19:39:50.024335+00	\\xf2e9b1f2c8ee71e1d4c18ee45c81b77c5c0de0bd4a101c3d240606c94daa8203	\\x52f9948ab366363877d99ef64e92ca9f7e46f8171d325fb3d4f8d8d9bf671e70
\.


--
-- Data for Name: everything; Type: TABLE DATA; Schema: Fixture Schema; Owner: postgres
--

COPY "Fixture Schema".everything (t, vc, ch, nm, c, i2, i4, i8, num, f4, f8, b, d, ts, tstz, iv, tm, tmtz, u, ip, net, mac, mac8, bits, vbits, bin, js, jsb, x, m, o, tsv, ia, ta, ia2, lb, e, dom, comp, deep, comps, r, tr, pt, audit_chain_id, audit_seq, audit_at, audit_prev, audit_hash, added) FROM stdin;
text ünïcødé ✓	varchar	ab 	a name	q	1	2	3	1.50	1.5	0.1	t	2024-02-29	2024-01-02 03:04:05.678901	2024-01-02 01:04:05.678901+00	1 year 2 mons 3 days 04:05:06.7	12:34:56	12:34:56+05	a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11	10.0.0.7	10.0.0.0/8	08:00:2b:01:02:03	08:00:2b:01:02:03:04:05	1010	110	\\x00ff	{"b": 1,  "a": [1.50]}	{"a": [1.50], "b": 1, "z": null}	<a>x</a>	$12.34	42	'brown' 'fox' 'quick' 'the'	{1,NULL,3}	{x,NULL,"",ü}	{{1,2},{3,4}}	[0:2]={7,8,9}	happy	short	(1,one)	("(2,two)","{a,NULL}","2024-05-05 05:05:00+00")	{"(1,a)",NULL,"(,c)"}	[1,10)	["2024-01-01 00:00:00+00","2024-02-01 00:00:00+00")	(1.5,2.5)	1	1	2026-11-26 19:39:49.934436+00	\\x258e55142e04001c8393ed61d0668239f190d97f5a35cd1f016f37133bd42a92	\\x729fb2f626aea12a4a4ffdbf58289494b564a49d206dba042524b9aad6163906	\N
		   		 	0	0	0	NaN	NaN	-0	f	infinity	-infinity	infinity	00:00:00	00:00:00	00:00:00+00	00000000-0000-0000-0000-000000000000	::1	::/0	00:00:00:00:00:00	00:00:00:00:00:00:00:00	0000		\\x	""	""	<a/>	$0.00	0		{}	{}	{}	{}	sad		(,)	(,,)	{}	empty	empty	(0,0)	1	2	2026-11-26 19:39:49.935121+00	\\x729fb2f626aea12a4a4ffdbf58289494b564a49d206dba042524b9aad6163906	\\x5ee77975a8199e0e4742ea38dbd074e3126b8265c25daf994ecc427e06475318	\N
\N	\N	\N	\N	\N	\N	\N	\N	0.0	Infinity	-Infinity	\N	-infinity	infinity	-infinity	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	3	2026-11-26 19:39:49.935316+00	\\x5ee77975a8199e0e4742ea38dbd074e3126b8265c25daf994ecc427e06475318	\\x8569929b3fecb056c8791d3ca055490174d3f5b64c4a3e1a7abb137361596b08	\N
\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	4	2026-11-26 19:39:49.936133+00	\\x8569929b3fecb056c8791d3ca055490174d3f5b64c4a3e1a7abb137361596b08	\\x05c57635e96d19a5abab4b77752a178d2fdac247a5af6d7997037ac399124c30	\N
\N	\N	\N	\N	\N	\N	\N	\N	0.000	-0	NaN	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	5	2026-11-26 19:39:49.936695+00	\\x05c57635e96d19a5abab4b77752a178d2fdac247a5af6d7997037ac399124c30	\\x25f1520bbb4c4b3be0f06125c4362cf640611bfd47bb90f34ce675eeda51371a	\N
\N	\N	\N	\N	\N	\N	\N	\N	-0.00000000000000000001	-Infinity	Infinity	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	6	2026-11-26 19:39:49.936758+00	\\x25f1520bbb4c4b3be0f06125c4362cf640611bfd47bb90f34ce675eeda51371a	\\xafb42b3ae70fb6b771ab7685aa6af8bc108f8cacfe19abba89667070baf213cf	\N
\N	\N	\N	\N	\N	\N	\N	\N	\N	0.33333334	0.6666666666666666	\N	\N	2024-06-01 12:00:00	2024-06-01 12:00:00.5+00	-1 days +02:00:00	\N	23:59:59.999999-14	\N	\N	\N	\N	\N	\N	\N	\\x01	\N	\N	\N	$5.00	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	["2024-01-01 03:30:00+00","2024-01-02 03:30:00+00")	(0.1,0.2)	1	7	2026-11-26 19:39:49.938214+00	\\xafb42b3ae70fb6b771ab7685aa6af8bc108f8cacfe19abba89667070baf213cf	\\x2a21d76a97166393ab1becf0af14cac4df03d02109b323c6468810b40b259e4a	\N
after add	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	8	2026-11-26 19:39:49.939711+00	\\x2a21d76a97166393ab1becf0af14cac4df03d02109b323c6468810b40b259e4a	\\x7c62e959b2dbcc93ab18a17ebc82b1cdbc86e6a71686c193b45fb0f0a73be469	added
\.


--
-- Data for Name: ext_typed; Type: TABLE DATA; Schema: Fixture Schema; Owner: postgres
--

COPY "Fixture Schema".ext_typed (c, n, audit_chain_id, audit_seq, audit_at, audit_prev, audit_hash) FROM stdin;
Outside the path	1	0	1	2026-11-26 19:39:50.040069+00	\\x1bebd5df0673c3921cc6d95569f443f1597a0208ed812b8f4b81a6a23d1f19bf	\\x09bb18e6892398c156b3c4b2a5de6f6be4f33a3ab70b937afe70c35d3de5ecf9
Also outside	\N	0	2	2026-11-26 19:39:50.040311+00	\\x09bb18e6892398c156b3c4b2a5de6f6be4f33a3ab70b937afe70c35d3de5ecf9	\\x0cd18d995422d4f289c0543bec54cfbcc90e2be1b227a90be505ac55563aa5a9
\.


--
-- Data for Name: chain_heads; Type: TABLE DATA; Schema: audit_chain; Owner: postgres
--

COPY audit_chain.chain_heads (relid, chain, seq, hash, recorded_at, base_seq, base_hash) FROM stdin;
"Fixture Schema".everything	0	0	\\x1daef6c88d3ac97726611b0a73eea030b1f5f18399556ee3ea8d897884dceff5	\N	0	\\x1daef6c88d3ac97726611b0a73eea030b1f5f18399556ee3ea8d897884dceff5
"Fixture Schema".everything	2	0	\\x974c96994c29e9deef2c6d1ccfc25d5ccf971b9c4dc129f1d2419c7f164b581b	\N	0	\\x974c96994c29e9deef2c6d1ccfc25d5ccf971b9c4dc129f1d2419c7f164b581b
"Fixture Schema".everything	1	8	\\x7c62e959b2dbcc93ab18a17ebc82b1cdbc86e6a71686c193b45fb0f0a73be469	2026-11-26 19:39:49.939711+00	0	\\x258e55142e04001c8393ed61d0668239f190d97f5a35cd1f016f37133bd42a92
"Fixture Schema"."Events"	1	0	\\x081fe6b64a82f3d3c293ecef8cfdd12495b8d2abf5e32b9b9adbfa0db970ff81	\N	0	\\x081fe6b64a82f3d3c293ecef8cfdd12495b8d2abf5e32b9b9adbfa0db970ff81
"Fixture Schema"."Events"	2	0	\\x8692839f891c55fedfa5dcab8a0dbfe46d7fbd7d58ff082b2e0bc96985d44374	\N	0	\\x8692839f891c55fedfa5dcab8a0dbfe46d7fbd7d58ff082b2e0bc96985d44374
"Fixture Schema"."Events"	3	0	\\x1e9c3ca56f1f15e7965d754a62f2df531fec1dc9ef715cf8f39d9b0035e2eeaa	\N	0	\\x1e9c3ca56f1f15e7965d754a62f2df531fec1dc9ef715cf8f39d9b0035e2eeaa
"Fixture Schema"."Events"	4	0	\\x68f6602611db603a54d7e96644f13a94bda2da0929e9ff0fe9345551061692d0	\N	0	\\x68f6602611db603a54d7e96644f13a94bda2da0929e9ff0fe9345551061692d0
"Fixture Schema"."Events"	5	0	\\x9973ca3529302156cdfc2962633f8d52599c905e90262f019f18eb70bf3810ce	\N	0	\\x9973ca3529302156cdfc2962633f8d52599c905e90262f019f18eb70bf3810ce
"Fixture Schema"."Events"	6	0	\\x9aaae14ca46b82da855d3d86d38ca3462a0c1f4f97e82ffb697419f9730d211f	\N	0	\\x9aaae14ca46b82da855d3d86d38ca3462a0c1f4f97e82ffb697419f9730d211f
"Fixture Schema"."Events"	7	0	\\xdeec4597096f87d7e9241f2e96a4e3a0875f99cf0f4b46e383f938adb76a040a	\N	0	\\xdeec4597096f87d7e9241f2e96a4e3a0875f99cf0f4b46e383f938adb76a040a
"Fixture Schema"."Events"	0	2100	\\x52f9948ab366363877d99ef64e92ca9f7e46f8171d325fb3d4f8d8d9bf671e70	2026-11-26 19:39:50.024335+00	1999	\\x644bf51397fd4a7152eb267ad95687ff97a7b42a0d0566a543e5146e99ab6897
"Fixture Schema".ext_typed	0	2	\\x0cd18d995422d4f289c0543bec54cfbcc90e2be1b227a90be505ac55563aa5a9	2026-11-26 19:39:50.040311+00	0	\\x1bebd5df0673c3921cc6d95569f443f1597a0208ed812b8f4b81a6a23d1f19bf
\.


--
-- Data for Name: checkpoints; Type: TABLE DATA; Schema: audit_chain; Owner: postgres
--

COPY audit_chain.checkpoints (id, relid, kind, body, hash) FROM stdin;
1	"Fixture Schema"."Events"	prune	{"kind": "prune", "table": "\\"Fixture Schema\\".\\"Events\\"", "chains": [{"chain": 0, "removed": 1999, "base_seq": 1999, "base_hash": "644bf51397fd4a7152eb267ad95687ff97a7b42a0d0566a543e5146e99ab6897"}], "format": "audit_chain.checkpoint.v1", "database": "fixture_0_3_0", "older_than": "2026-11-26T19:39:50.016318Z", "table_uuid": "114baf10-c7f8-4005-aa5d-5b252c438cec", "recorded_at": "2026-11-26T19:39:50.016106Z", "checkpoint_id": 1, "prev_checkpoint_hash": "0000000000000000000000000000000000000000000000000000000000000000"}	\\xb769ce4274f38ad1801270663c0aa668a8f49785fbc13d0669340825a68d4c42
2	"Fixture Schema".everything	checkpoint	{"kind": "checkpoint", "table": "\\"Fixture Schema\\".everything", "chains": [{"seq": 0, "hash": "1daef6c88d3ac97726611b0a73eea030b1f5f18399556ee3ea8d897884dceff5", "chain": 0}, {"seq": 8, "hash": "7c62e959b2dbcc93ab18a17ebc82b1cdbc86e6a71686c193b45fb0f0a73be469", "chain": 1}, {"seq": 0, "hash": "974c96994c29e9deef2c6d1ccfc25d5ccf971b9c4dc129f1d2419c7f164b581b", "chain": 2}], "format": "audit_chain.checkpoint.v1", "database": "fixture_0_3_0", "table_uuid": "2c20bf58-651b-4ff5-9867-2c5d8d64e45a", "recorded_at": "2026-11-26T19:39:50.040718Z", "checkpoint_id": 2, "prev_checkpoint_hash": "b769ce4274f38ad1801270663c0aa668a8f49785fbc13d0669340825a68d4c42"}	\\x62ba4944de3d781044620125709396afe1112881ab80e9c50b2de69d59a3a3d4
3	"Fixture Schema"."Events"	checkpoint	{"kind": "checkpoint", "table": "\\"Fixture Schema\\".\\"Events\\"", "chains": [{"seq": 2100, "hash": "52f9948ab366363877d99ef64e92ca9f7e46f8171d325fb3d4f8d8d9bf671e70", "chain": 0}, {"seq": 0, "hash": "081fe6b64a82f3d3c293ecef8cfdd12495b8d2abf5e32b9b9adbfa0db970ff81", "chain": 1}, {"seq": 0, "hash": "8692839f891c55fedfa5dcab8a0dbfe46d7fbd7d58ff082b2e0bc96985d44374", "chain": 2}, {"seq": 0, "hash": "1e9c3ca56f1f15e7965d754a62f2df531fec1dc9ef715cf8f39d9b0035e2eeaa", "chain": 3}, {"seq": 0, "hash": "68f6602611db603a54d7e96644f13a94bda2da0929e9ff0fe9345551061692d0", "chain": 4}, {"seq": 0, "hash": "9973ca3529302156cdfc2962633f8d52599c905e90262f019f18eb70bf3810ce", "chain": 5}, {"seq": 0, "hash": "9aaae14ca46b82da855d3d86d38ca3462a0c1f4f97e82ffb697419f9730d211f", "chain": 6}, {"seq": 0, "hash": "deec4597096f87d7e9241f2e96a4e3a0875f99cf0f4b46e383f938adb76a040a", "chain": 7}], "format": "audit_chain.checkpoint.v1", "database": "fixture_0_3_0", "table_uuid": "114baf10-c7f8-4005-aa5d-5b252c438cec", "recorded_at": "2026-11-26T19:39:50.040718Z", "checkpoint_id": 3, "prev_checkpoint_hash": "62ba4944de3d781044620125709396afe1112881ab80e9c50b2de69d59a3a3d4"}	\\xc255bcb4c26bbf7cfad5e10f364ec134d07be9a01ee27fec283a14210c2feb13
4	"Fixture Schema".ext_typed	checkpoint	{"kind": "checkpoint", "table": "\\"Fixture Schema\\".ext_typed", "chains": [{"seq": 2, "hash": "0cd18d995422d4f289c0543bec54cfbcc90e2be1b227a90be505ac55563aa5a9", "chain": 0}], "format": "audit_chain.checkpoint.v1", "database": "fixture_0_3_0", "table_uuid": "cae1a6c5-6ecb-4723-9880-9685b8a0685e", "recorded_at": "2026-11-26T19:39:50.040718Z", "checkpoint_id": 4, "prev_checkpoint_hash": "c255bcb4c26bbf7cfad5e10f364ec134d07be9a01ee27fec283a14210c2feb13"}	\\xf55c54a5d6ccc6bb6cbca3dfc1d4db3ecb94efc43500573dc24859d792341ee3
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
"Fixture Schema".everything	2c20bf58-651b-4ff5-9867-2c5d8d64e45a	3	1	2026-11-26 19:39:49.926643+00	postgres	00:00:00
"Fixture Schema"."Events"	114baf10-c7f8-4005-aa5d-5b252c438cec	8	1	2026-11-26 19:39:49.942113+00	postgres	00:00:00
"Fixture Schema".ext_typed	cae1a6c5-6ecb-4723-9880-9685b8a0685e	1	1	2026-11-26 19:39:50.035807+00	postgres	00:00:00
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

\unrestrict BXJqCHgHcSguVIaZyPFUqXbFXCP3g1GOBiuZlwVKxfkXefzrwsuLnpV3v2vPMdy

