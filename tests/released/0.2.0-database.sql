--
-- PostgreSQL database dump
--

\restrict 88hiTTOxcnHYEtRL1TPp6Y6GAQAmiHK1pcxtQCh48J8T8IL2eDb1jrlibrMd9AI

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
2000	actor5	{"g": 2000, "half": 1000.0000000000000000}	2026-11-25 21:54:46.503057+00	0	2000	2026-11-25 21:54:46.523803+00	\\xa4b3c25d79e580687df7d11ecc99e8e9f2750a540e32d6802b81bf5a5e42dab5	\\x327aadedb88cbcfb55e147acbb32f951cb86fe4dd464ee44b33866d88a7c929d
-1	after prune	\N	2026-11-25 21:54:46.534411+00	0	2001	2026-11-25 21:54:46.534685+00	\\x327aadedb88cbcfb55e147acbb32f951cb86fe4dd464ee44b33866d88a7c929d	\\x86aa4911da3f66f6f6e640423bc014f97b50b3b4cc1083cb7a4fe14641175558
-2	after prune	\N	2026-11-25 21:54:46.534411+00	0	2002	2026-11-25 21:54:46.534711+00	\\x86aa4911da3f66f6f6e640423bc014f97b50b3b4cc1083cb7a4fe14641175558	\\xb0e05070d7b28b9d9602a8dc1af7282e25b8b5504b425aeb8403456dd9217d51
-3	after prune	\N	2026-11-25 21:54:46.534411+00	0	2003	2026-11-25 21:54:46.534718+00	\\xb0e05070d7b28b9d9602a8dc1af7282e25b8b5504b425aeb8403456dd9217d51	\\xdaa9cac758f398c6a7a82f40572a547948ed0aba4a34f11e49caffb917170559
-4	after prune	\N	2026-11-25 21:54:46.534411+00	0	2004	2026-11-25 21:54:46.534723+00	\\xdaa9cac758f398c6a7a82f40572a547948ed0aba4a34f11e49caffb917170559	\\x47d995ef17a6fabad13df7cbd032cb26364181143122b36ed25d7afebef6f1d9
-5	after prune	\N	2026-11-25 21:54:46.534411+00	0	2005	2026-11-25 21:54:46.534728+00	\\x47d995ef17a6fabad13df7cbd032cb26364181143122b36ed25d7afebef6f1d9	\\xe494821f6c11dd9d1ebda5fd0cd7c7cb46e1ba35ea9f5d14fbed60ffd69f3294
-6	after prune	\N	2026-11-25 21:54:46.534411+00	0	2006	2026-11-25 21:54:46.534733+00	\\xe494821f6c11dd9d1ebda5fd0cd7c7cb46e1ba35ea9f5d14fbed60ffd69f3294	\\xbdfaca1189e29aa1ff0155d6b7732e6e1ae1b2c3ef3e843de0c3eb039bb798ee
-7	after prune	\N	2026-11-25 21:54:46.534411+00	0	2007	2026-11-25 21:54:46.534738+00	\\xbdfaca1189e29aa1ff0155d6b7732e6e1ae1b2c3ef3e843de0c3eb039bb798ee	\\xff112288ae50f793b7e58e19f26dbc271aa78204d935ea7b6be54370de70a353
-8	after prune	\N	2026-11-25 21:54:46.534411+00	0	2008	2026-11-25 21:54:46.534743+00	\\xff112288ae50f793b7e58e19f26dbc271aa78204d935ea7b6be54370de70a353	\\x5b07efd963ce4862abb4eab87698bac736265e13a201c87a939742be9a280ab4
-9	after prune	\N	2026-11-25 21:54:46.534411+00	0	2009	2026-11-25 21:54:46.534748+00	\\x5b07efd963ce4862abb4eab87698bac736265e13a201c87a939742be9a280ab4	\\xd115d828af0d3e8456983e063b0d365afdd98054a21d2d02645616a214d7e175
-10	after prune	\N	2026-11-25 21:54:46.534411+00	0	2010	2026-11-25 21:54:46.534753+00	\\xd115d828af0d3e8456983e063b0d365afdd98054a21d2d02645616a214d7e175	\\x8962612b4277c95a7b666ecde50a7fb703644457faa96c684de50c4d9aab92c4
-11	after prune	\N	2026-11-25 21:54:46.534411+00	0	2011	2026-11-25 21:54:46.534758+00	\\x8962612b4277c95a7b666ecde50a7fb703644457faa96c684de50c4d9aab92c4	\\xaeb1e93a1fd6686f0af54489efad8fa97ecfae11bf0f7e762bfb7c5b81fcd029
-12	after prune	\N	2026-11-25 21:54:46.534411+00	0	2012	2026-11-25 21:54:46.534763+00	\\xaeb1e93a1fd6686f0af54489efad8fa97ecfae11bf0f7e762bfb7c5b81fcd029	\\xe9a85f8b1d78658fd7c0b0c160df16e6ffaa9e0909f5942138794596b98e6975
-13	after prune	\N	2026-11-25 21:54:46.534411+00	0	2013	2026-11-25 21:54:46.534814+00	\\xe9a85f8b1d78658fd7c0b0c160df16e6ffaa9e0909f5942138794596b98e6975	\\xb1ff52ab4e71d1c5c1d0985e2eaec8be341e02f03161e8a755cbeb204192e94c
-14	after prune	\N	2026-11-25 21:54:46.534411+00	0	2014	2026-11-25 21:54:46.53482+00	\\xb1ff52ab4e71d1c5c1d0985e2eaec8be341e02f03161e8a755cbeb204192e94c	\\x9e91902fd2be7d02a72635e43de1223c6139ed06074e0839428689035d0fc37b
-15	after prune	\N	2026-11-25 21:54:46.534411+00	0	2015	2026-11-25 21:54:46.534826+00	\\x9e91902fd2be7d02a72635e43de1223c6139ed06074e0839428689035d0fc37b	\\x8ce6ad0ee461a7bf1a76430c3d8d1d99a660e9cc7fc11147e87c59de92f78d82
-16	after prune	\N	2026-11-25 21:54:46.534411+00	0	2016	2026-11-25 21:54:46.534831+00	\\x8ce6ad0ee461a7bf1a76430c3d8d1d99a660e9cc7fc11147e87c59de92f78d82	\\xad90d8361cbf3c200c30fa39610f8fa7088bc1e9c863956684e4d4a5007078fa
-17	after prune	\N	2026-11-25 21:54:46.534411+00	0	2017	2026-11-25 21:54:46.534836+00	\\xad90d8361cbf3c200c30fa39610f8fa7088bc1e9c863956684e4d4a5007078fa	\\x14cd55f31a851079f8a1c4918df009de582216058dec4b03171f3ef7f83ac075
-18	after prune	\N	2026-11-25 21:54:46.534411+00	0	2018	2026-11-25 21:54:46.534841+00	\\x14cd55f31a851079f8a1c4918df009de582216058dec4b03171f3ef7f83ac075	\\x4e312905297e5a9aed12680d7981b681c625374ec5ea7fff3295ceb4e6c94a7b
-19	after prune	\N	2026-11-25 21:54:46.534411+00	0	2019	2026-11-25 21:54:46.534846+00	\\x4e312905297e5a9aed12680d7981b681c625374ec5ea7fff3295ceb4e6c94a7b	\\x1307e3e2823b2072f8a52e1f36f020a46b75346206e9219e8cab431dc3844d27
-20	after prune	\N	2026-11-25 21:54:46.534411+00	0	2020	2026-11-25 21:54:46.534885+00	\\x1307e3e2823b2072f8a52e1f36f020a46b75346206e9219e8cab431dc3844d27	\\x99f6a987f18f93ecc30603bdc5bb809ef9866f66ec5bed2bc253bce04fbd28b6
-21	after prune	\N	2026-11-25 21:54:46.534411+00	0	2021	2026-11-25 21:54:46.534892+00	\\x99f6a987f18f93ecc30603bdc5bb809ef9866f66ec5bed2bc253bce04fbd28b6	\\xaa3699249d94563d4625a1818097675e1fc5f0b51ad4d2a179e8a69e9eb88f7d
-22	after prune	\N	2026-11-25 21:54:46.534411+00	0	2022	2026-11-25 21:54:46.534897+00	\\xaa3699249d94563d4625a1818097675e1fc5f0b51ad4d2a179e8a69e9eb88f7d	\\x9a152de5b5c662a89a53054e4683384afe461951f91c81a4c748ead1a1e097a3
-23	after prune	\N	2026-11-25 21:54:46.534411+00	0	2023	2026-11-25 21:54:46.534901+00	\\x9a152de5b5c662a89a53054e4683384afe461951f91c81a4c748ead1a1e097a3	\\x3ff05e02d01fc51fe4e2fde1b13ef0ee30ddaa00bcba2f256a51e12226b0cf5b
-24	after prune	\N	2026-11-25 21:54:46.534411+00	0	2024	2026-11-25 21:54:46.534906+00	\\x3ff05e02d01fc51fe4e2fde1b13ef0ee30ddaa00bcba2f256a51e12226b0cf5b	\\xf5e1142e1ab4fa4143a967fc4d461cc310c2cd2d3838591682ab8b66351ebd7e
-25	after prune	\N	2026-11-25 21:54:46.534411+00	0	2025	2026-11-25 21:54:46.534911+00	\\xf5e1142e1ab4fa4143a967fc4d461cc310c2cd2d3838591682ab8b66351ebd7e	\\xb28d7ceb50bf3e70e3cfeea38868b0388c563afeede76ed68af6c75358c97d09
-26	after prune	\N	2026-11-25 21:54:46.534411+00	0	2026	2026-11-25 21:54:46.534916+00	\\xb28d7ceb50bf3e70e3cfeea38868b0388c563afeede76ed68af6c75358c97d09	\\xaac0cfdf64faedb9b4972c8a4c9872f544411b8f94d811a24a2bf33fd919920b
-27	after prune	\N	2026-11-25 21:54:46.534411+00	0	2027	2026-11-25 21:54:46.534921+00	\\xaac0cfdf64faedb9b4972c8a4c9872f544411b8f94d811a24a2bf33fd919920b	\\xe04cefae2369be18fe65c75fc3d8ed82e1c6ccad5af45c8a0a652e4528f8afce
-28	after prune	\N	2026-11-25 21:54:46.534411+00	0	2028	2026-11-25 21:54:46.534926+00	\\xe04cefae2369be18fe65c75fc3d8ed82e1c6ccad5af45c8a0a652e4528f8afce	\\x00f2f575d6eb3fb30e426be061b1ad9f49355435789c2014f4082e839e6469e8
-29	after prune	\N	2026-11-25 21:54:46.534411+00	0	2029	2026-11-25 21:54:46.534931+00	\\x00f2f575d6eb3fb30e426be061b1ad9f49355435789c2014f4082e839e6469e8	\\x522ceb48b3f2189e0539a6c5801d936fee7972cffd8672c09a62a6c4603aebd9
-30	after prune	\N	2026-11-25 21:54:46.534411+00	0	2030	2026-11-25 21:54:46.534946+00	\\x522ceb48b3f2189e0539a6c5801d936fee7972cffd8672c09a62a6c4603aebd9	\\x0ee5ff7ad96a50eedc05637ff8837796310eed6a3c182e68b594ee5a55e9e9dc
-31	after prune	\N	2026-11-25 21:54:46.534411+00	0	2031	2026-11-25 21:54:46.534951+00	\\x0ee5ff7ad96a50eedc05637ff8837796310eed6a3c182e68b594ee5a55e9e9dc	\\x79f537c024cf05bc72b26bc51a1c5626c4f615926f5ce21842c76ac7ce603298
-32	after prune	\N	2026-11-25 21:54:46.534411+00	0	2032	2026-11-25 21:54:46.534956+00	\\x79f537c024cf05bc72b26bc51a1c5626c4f615926f5ce21842c76ac7ce603298	\\xb516ec3dc9a1bea9266132eb18e41f489e6a553384f0c62af979c7ae64028044
-33	after prune	\N	2026-11-25 21:54:46.534411+00	0	2033	2026-11-25 21:54:46.534961+00	\\xb516ec3dc9a1bea9266132eb18e41f489e6a553384f0c62af979c7ae64028044	\\x5f475236346acd667509537d439f36d07309d12b23bac193abba4bc666d7cc97
-34	after prune	\N	2026-11-25 21:54:46.534411+00	0	2034	2026-11-25 21:54:46.534966+00	\\x5f475236346acd667509537d439f36d07309d12b23bac193abba4bc666d7cc97	\\xe79be813a1793763de634bc2ba5565c8368844e1a75e53cca1b0337425155352
-35	after prune	\N	2026-11-25 21:54:46.534411+00	0	2035	2026-11-25 21:54:46.534971+00	\\xe79be813a1793763de634bc2ba5565c8368844e1a75e53cca1b0337425155352	\\x2f7218f7d064bc18fa16073d4c3ee487f91719292ac8d308a1d12727c9c33bd0
-36	after prune	\N	2026-11-25 21:54:46.534411+00	0	2036	2026-11-25 21:54:46.534976+00	\\x2f7218f7d064bc18fa16073d4c3ee487f91719292ac8d308a1d12727c9c33bd0	\\xaccadfc127ab87663cc287c5da15203f79c8a9d5a5315b24a95e6416a7983ad6
-37	after prune	\N	2026-11-25 21:54:46.534411+00	0	2037	2026-11-25 21:54:46.53498+00	\\xaccadfc127ab87663cc287c5da15203f79c8a9d5a5315b24a95e6416a7983ad6	\\x1cdcbe7dae3aecc8459750e7ff7b00accd45fc526a1b380901516e469689aebe
-38	after prune	\N	2026-11-25 21:54:46.534411+00	0	2038	2026-11-25 21:54:46.534985+00	\\x1cdcbe7dae3aecc8459750e7ff7b00accd45fc526a1b380901516e469689aebe	\\xf4aead54fbd7e92387aeb4ee5df7b592d857f7557282a9b66892247bdc828d2d
-39	after prune	\N	2026-11-25 21:54:46.534411+00	0	2039	2026-11-25 21:54:46.53499+00	\\xf4aead54fbd7e92387aeb4ee5df7b592d857f7557282a9b66892247bdc828d2d	\\xa72e21ed454c8ea93f0cf7d210019547d46673ab2cd8ab0ef07bf12a8c55f35d
-40	after prune	\N	2026-11-25 21:54:46.534411+00	0	2040	2026-11-25 21:54:46.534995+00	\\xa72e21ed454c8ea93f0cf7d210019547d46673ab2cd8ab0ef07bf12a8c55f35d	\\xc7cfec054d3483c31fbed7849908f74936a07c170a78dbc3f7b173de18db21e1
-41	after prune	\N	2026-11-25 21:54:46.534411+00	0	2041	2026-11-25 21:54:46.534999+00	\\xc7cfec054d3483c31fbed7849908f74936a07c170a78dbc3f7b173de18db21e1	\\x9972caaa08f04303e7d8f92e593ffac1db94a9ff6f746344e9a3c372437a679d
-42	after prune	\N	2026-11-25 21:54:46.534411+00	0	2042	2026-11-25 21:54:46.535004+00	\\x9972caaa08f04303e7d8f92e593ffac1db94a9ff6f746344e9a3c372437a679d	\\x9a0a417c26b0f51f8801111e7895ff6b25ed7b81feb9ac445b300f0f0a5931e3
-43	after prune	\N	2026-11-25 21:54:46.534411+00	0	2043	2026-11-25 21:54:46.535009+00	\\x9a0a417c26b0f51f8801111e7895ff6b25ed7b81feb9ac445b300f0f0a5931e3	\\xdb05e45400b68fe9db6540853c53fc383154a676cb5980c6de2028a7e3398117
-44	after prune	\N	2026-11-25 21:54:46.534411+00	0	2044	2026-11-25 21:54:46.535014+00	\\xdb05e45400b68fe9db6540853c53fc383154a676cb5980c6de2028a7e3398117	\\xe80ec7d300be7f8191c584bbf59c7d34ebf18076a51d9d8370a31997ee56915f
-45	after prune	\N	2026-11-25 21:54:46.534411+00	0	2045	2026-11-25 21:54:46.535019+00	\\xe80ec7d300be7f8191c584bbf59c7d34ebf18076a51d9d8370a31997ee56915f	\\xc35ad7f91b869936cda09620f444c0aefbdd03939e4ee728d53333fbf6fee7a4
-46	after prune	\N	2026-11-25 21:54:46.534411+00	0	2046	2026-11-25 21:54:46.535023+00	\\xc35ad7f91b869936cda09620f444c0aefbdd03939e4ee728d53333fbf6fee7a4	\\xec95f0490b638c6c731084a4dfdfb4c9ba9c386535108a46c38e92459b6d6c24
-47	after prune	\N	2026-11-25 21:54:46.534411+00	0	2047	2026-11-25 21:54:46.535028+00	\\xec95f0490b638c6c731084a4dfdfb4c9ba9c386535108a46c38e92459b6d6c24	\\xac67659e0788f2589adfe45f8dd9cfa91cebeeea252f5cd7f7e2f132ca699bea
-48	after prune	\N	2026-11-25 21:54:46.534411+00	0	2048	2026-11-25 21:54:46.535033+00	\\xac67659e0788f2589adfe45f8dd9cfa91cebeeea252f5cd7f7e2f132ca699bea	\\x9c49ea088e9f7c33cfacc2f8b10ed8480bb2d126c94e05219439b4a5fc2c6aa4
-49	after prune	\N	2026-11-25 21:54:46.534411+00	0	2049	2026-11-25 21:54:46.535038+00	\\x9c49ea088e9f7c33cfacc2f8b10ed8480bb2d126c94e05219439b4a5fc2c6aa4	\\xe3c5694977ca8da732c1e2896e0815969360297a56c1d50f1bfc7a7b78cda0e8
-50	after prune	\N	2026-11-25 21:54:46.534411+00	0	2050	2026-11-25 21:54:46.535042+00	\\xe3c5694977ca8da732c1e2896e0815969360297a56c1d50f1bfc7a7b78cda0e8	\\x65a99c39eda3eda290456e633755c8e21c84c2a3c7bfaa035d244fd44ab38b1e
-51	after prune	\N	2026-11-25 21:54:46.534411+00	0	2051	2026-11-25 21:54:46.535047+00	\\x65a99c39eda3eda290456e633755c8e21c84c2a3c7bfaa035d244fd44ab38b1e	\\x1ad200f821613249d42e0579e7df79441a5d08701ecc741e04fa18b9cc8c4f22
-52	after prune	\N	2026-11-25 21:54:46.534411+00	0	2052	2026-11-25 21:54:46.535052+00	\\x1ad200f821613249d42e0579e7df79441a5d08701ecc741e04fa18b9cc8c4f22	\\xd18939b488c3e085d648a03a02af9dcbdafc60a4f709b641ac2b67b03fc2c233
-53	after prune	\N	2026-11-25 21:54:46.534411+00	0	2053	2026-11-25 21:54:46.535057+00	\\xd18939b488c3e085d648a03a02af9dcbdafc60a4f709b641ac2b67b03fc2c233	\\xb74f3d3483e52ee32b1a57361e3b26c6b7d80d939f55c8747a09fdb0a4157c14
-54	after prune	\N	2026-11-25 21:54:46.534411+00	0	2054	2026-11-25 21:54:46.535062+00	\\xb74f3d3483e52ee32b1a57361e3b26c6b7d80d939f55c8747a09fdb0a4157c14	\\x8b3abd3a3326cfbef7b6b2dc6ecd824efd7e2b4b58935c9770afaad8b2bd515e
-55	after prune	\N	2026-11-25 21:54:46.534411+00	0	2055	2026-11-25 21:54:46.535067+00	\\x8b3abd3a3326cfbef7b6b2dc6ecd824efd7e2b4b58935c9770afaad8b2bd515e	\\x64a0d51b5c1f51886be7702f7d7106e1dc1e2850f03ce07e52ea2611ea327b90
-56	after prune	\N	2026-11-25 21:54:46.534411+00	0	2056	2026-11-25 21:54:46.535071+00	\\x64a0d51b5c1f51886be7702f7d7106e1dc1e2850f03ce07e52ea2611ea327b90	\\x047b9b6bc2470fb26d4365185534a7b62ac61c4e860f786962200d60b468ae5d
-57	after prune	\N	2026-11-25 21:54:46.534411+00	0	2057	2026-11-25 21:54:46.535076+00	\\x047b9b6bc2470fb26d4365185534a7b62ac61c4e860f786962200d60b468ae5d	\\xa924aa20dd17455c8e179dca6dd0cb7ba5198486b3761fc6876ac24016a4f96c
-58	after prune	\N	2026-11-25 21:54:46.534411+00	0	2058	2026-11-25 21:54:46.535081+00	\\xa924aa20dd17455c8e179dca6dd0cb7ba5198486b3761fc6876ac24016a4f96c	\\xc769010944fa38f8a699368715cfef11987bc7961b60eb156db30c9064538f12
-59	after prune	\N	2026-11-25 21:54:46.534411+00	0	2059	2026-11-25 21:54:46.535086+00	\\xc769010944fa38f8a699368715cfef11987bc7961b60eb156db30c9064538f12	\\xa4658fa711c4128d4adea983a41700eb52c89efa5555fc8e051a6271e09d24e2
-60	after prune	\N	2026-11-25 21:54:46.534411+00	0	2060	2026-11-25 21:54:46.535091+00	\\xa4658fa711c4128d4adea983a41700eb52c89efa5555fc8e051a6271e09d24e2	\\x07d2dc7ef9feeb6bbee1f8d7cde8b19b946ab0e79dbc1d7d53dd8b7849dd371d
-61	after prune	\N	2026-11-25 21:54:46.534411+00	0	2061	2026-11-25 21:54:46.535103+00	\\x07d2dc7ef9feeb6bbee1f8d7cde8b19b946ab0e79dbc1d7d53dd8b7849dd371d	\\x5fd3e7ec84c5dd624a24d62404b737efea5638b59364ed1275c2a6fd05c4d6c9
-62	after prune	\N	2026-11-25 21:54:46.534411+00	0	2062	2026-11-25 21:54:46.535141+00	\\x5fd3e7ec84c5dd624a24d62404b737efea5638b59364ed1275c2a6fd05c4d6c9	\\x6ee7a128dce97bb7f0075f0b70b2fda7db68d1016611acfa6bd4a21c96738606
-63	after prune	\N	2026-11-25 21:54:46.534411+00	0	2063	2026-11-25 21:54:46.535147+00	\\x6ee7a128dce97bb7f0075f0b70b2fda7db68d1016611acfa6bd4a21c96738606	\\x8d9796ed6bba5cd8a59b6507d98dfb009eebad2a428515e48f0a59ce2a1fafa0
-64	after prune	\N	2026-11-25 21:54:46.534411+00	0	2064	2026-11-25 21:54:46.535152+00	\\x8d9796ed6bba5cd8a59b6507d98dfb009eebad2a428515e48f0a59ce2a1fafa0	\\x11affa67ff3d008e37425e3da96433231c4634ebc6b48d9b0b44a3673d795a2e
-65	after prune	\N	2026-11-25 21:54:46.534411+00	0	2065	2026-11-25 21:54:46.535158+00	\\x11affa67ff3d008e37425e3da96433231c4634ebc6b48d9b0b44a3673d795a2e	\\x987a5dc34ff425f75e689aa4f63709f9a266d992f66841392cdd881b15417b74
-66	after prune	\N	2026-11-25 21:54:46.534411+00	0	2066	2026-11-25 21:54:46.535163+00	\\x987a5dc34ff425f75e689aa4f63709f9a266d992f66841392cdd881b15417b74	\\x50a390533b9fdfffde48c4923eb72cfdb9daa1a8cca9107d2cbcfc166d63177b
-67	after prune	\N	2026-11-25 21:54:46.534411+00	0	2067	2026-11-25 21:54:46.535167+00	\\x50a390533b9fdfffde48c4923eb72cfdb9daa1a8cca9107d2cbcfc166d63177b	\\xbc0e1a8ca3c8766ed6a5518d112238b9f1f55cc079127213068282670414d8e7
-68	after prune	\N	2026-11-25 21:54:46.534411+00	0	2068	2026-11-25 21:54:46.535172+00	\\xbc0e1a8ca3c8766ed6a5518d112238b9f1f55cc079127213068282670414d8e7	\\x62879ee8f0278f98a127f4f8cd7edbc8dbf1fd0eb4d9f836e333274f8877521f
-69	after prune	\N	2026-11-25 21:54:46.534411+00	0	2069	2026-11-25 21:54:46.53521+00	\\x62879ee8f0278f98a127f4f8cd7edbc8dbf1fd0eb4d9f836e333274f8877521f	\\x503e037cb4cd79e6a551195cce9f678ab04d30879672abbcfe89f3f45fa4a31e
-70	after prune	\N	2026-11-25 21:54:46.534411+00	0	2070	2026-11-25 21:54:46.535215+00	\\x503e037cb4cd79e6a551195cce9f678ab04d30879672abbcfe89f3f45fa4a31e	\\x48d7c4b1a854036a96109f10de675f2266572ccf9b33478712a25ad0de50edbc
-71	after prune	\N	2026-11-25 21:54:46.534411+00	0	2071	2026-11-25 21:54:46.53522+00	\\x48d7c4b1a854036a96109f10de675f2266572ccf9b33478712a25ad0de50edbc	\\x883537d635d5229612b619329c9544ee9efd1b9dc2a3681d37c1d04e0a1bcb9e
-72	after prune	\N	2026-11-25 21:54:46.534411+00	0	2072	2026-11-25 21:54:46.535225+00	\\x883537d635d5229612b619329c9544ee9efd1b9dc2a3681d37c1d04e0a1bcb9e	\\x07770b77a2cf73ffa57c10eb83309f11b007223e4c6006ce1620fcb1b8001917
-73	after prune	\N	2026-11-25 21:54:46.534411+00	0	2073	2026-11-25 21:54:46.53523+00	\\x07770b77a2cf73ffa57c10eb83309f11b007223e4c6006ce1620fcb1b8001917	\\xcee5d449f4e235af26e30aa7b814e7db2939b46112ec34b5958bda551a8ca7a6
-74	after prune	\N	2026-11-25 21:54:46.534411+00	0	2074	2026-11-25 21:54:46.535235+00	\\xcee5d449f4e235af26e30aa7b814e7db2939b46112ec34b5958bda551a8ca7a6	\\x3ea71479a70e1c0fd45a1a8cbdd151812642de88b85172d25fd1525fddf2a26b
-75	after prune	\N	2026-11-25 21:54:46.534411+00	0	2075	2026-11-25 21:54:46.53524+00	\\x3ea71479a70e1c0fd45a1a8cbdd151812642de88b85172d25fd1525fddf2a26b	\\xf620a9aefeee5b160036a62118de83401b6a970752b4215d983d076de1d66b63
-76	after prune	\N	2026-11-25 21:54:46.534411+00	0	2076	2026-11-25 21:54:46.535245+00	\\xf620a9aefeee5b160036a62118de83401b6a970752b4215d983d076de1d66b63	\\xc1dd4892bda953ccdc0e81484da3a2288087c8c9b85913623aacfc7c031a4d34
-77	after prune	\N	2026-11-25 21:54:46.534411+00	0	2077	2026-11-25 21:54:46.53525+00	\\xc1dd4892bda953ccdc0e81484da3a2288087c8c9b85913623aacfc7c031a4d34	\\xbade59b08e731280caba7b24169a34a5c368d7fcc9e6bfa1fca9494cac60329c
-78	after prune	\N	2026-11-25 21:54:46.534411+00	0	2078	2026-11-25 21:54:46.535255+00	\\xbade59b08e731280caba7b24169a34a5c368d7fcc9e6bfa1fca9494cac60329c	\\x7c79466fb3063e3655f4778a57dc62eb16963d94dee00a272d228625cec8ad2a
-79	after prune	\N	2026-11-25 21:54:46.534411+00	0	2079	2026-11-25 21:54:46.53526+00	\\x7c79466fb3063e3655f4778a57dc62eb16963d94dee00a272d228625cec8ad2a	\\x267c8f17b26776ae36aecbd16ff618e45bcb0dbbf5daddf70153a82558291a91
-80	after prune	\N	2026-11-25 21:54:46.534411+00	0	2080	2026-11-25 21:54:46.535264+00	\\x267c8f17b26776ae36aecbd16ff618e45bcb0dbbf5daddf70153a82558291a91	\\x1a6eda72215be60ef0c5f65cb258cf187141902e5d5ffa6091162c022b5b3714
-81	after prune	\N	2026-11-25 21:54:46.534411+00	0	2081	2026-11-25 21:54:46.535268+00	\\x1a6eda72215be60ef0c5f65cb258cf187141902e5d5ffa6091162c022b5b3714	\\x5f7505540e497354412cab8aa4dbf80aeddddf86576a4fcb6efddefb2f7652bf
-82	after prune	\N	2026-11-25 21:54:46.534411+00	0	2082	2026-11-25 21:54:46.535273+00	\\x5f7505540e497354412cab8aa4dbf80aeddddf86576a4fcb6efddefb2f7652bf	\\xe1fb681da39ad6825c5b6ba08227445eabf53b84e72fc3969ac7b39a9469d2e2
-83	after prune	\N	2026-11-25 21:54:46.534411+00	0	2083	2026-11-25 21:54:46.535277+00	\\xe1fb681da39ad6825c5b6ba08227445eabf53b84e72fc3969ac7b39a9469d2e2	\\x139d947bd4de834f13735434a2258ac0d93dfc591805105669a7190e00c50621
-84	after prune	\N	2026-11-25 21:54:46.534411+00	0	2084	2026-11-25 21:54:46.535282+00	\\x139d947bd4de834f13735434a2258ac0d93dfc591805105669a7190e00c50621	\\xb355bbcd33f1179b5f58015f9020a4e1150cd6b1533d19f1e451221f05d23144
-85	after prune	\N	2026-11-25 21:54:46.534411+00	0	2085	2026-11-25 21:54:46.535287+00	\\xb355bbcd33f1179b5f58015f9020a4e1150cd6b1533d19f1e451221f05d23144	\\xaa24538a000ea992e168f4cfc888614a49d3c34c778bfedc79718507ce1bdbad
-86	after prune	\N	2026-11-25 21:54:46.534411+00	0	2086	2026-11-25 21:54:46.535292+00	\\xaa24538a000ea992e168f4cfc888614a49d3c34c778bfedc79718507ce1bdbad	\\xc97ace319a9f8a35b705b82bcede1aea68a9703f6e985543a04364da167f9e79
-87	after prune	\N	2026-11-25 21:54:46.534411+00	0	2087	2026-11-25 21:54:46.535297+00	\\xc97ace319a9f8a35b705b82bcede1aea68a9703f6e985543a04364da167f9e79	\\x53b357c00f9eb17628e80af1361bd4bf57a3add9a13eead17ca8ef0c647e1401
-88	after prune	\N	2026-11-25 21:54:46.534411+00	0	2088	2026-11-25 21:54:46.535302+00	\\x53b357c00f9eb17628e80af1361bd4bf57a3add9a13eead17ca8ef0c647e1401	\\x301fd5c23109a729329636939a674b8ebab0847c5d707f808505fb0b1d799f6d
-89	after prune	\N	2026-11-25 21:54:46.534411+00	0	2089	2026-11-25 21:54:46.535307+00	\\x301fd5c23109a729329636939a674b8ebab0847c5d707f808505fb0b1d799f6d	\\x98a036bdc989ff41990584ee1e7ab1eb373680f911413b30eca4231ec19b779a
-90	after prune	\N	2026-11-25 21:54:46.534411+00	0	2090	2026-11-25 21:54:46.535312+00	\\x98a036bdc989ff41990584ee1e7ab1eb373680f911413b30eca4231ec19b779a	\\x551522ece827f1d4f9c6907ccd087a72d516bcdc92fbeb3b3b35a06420ae0aa0
-91	after prune	\N	2026-11-25 21:54:46.534411+00	0	2091	2026-11-25 21:54:46.535317+00	\\x551522ece827f1d4f9c6907ccd087a72d516bcdc92fbeb3b3b35a06420ae0aa0	\\x95c64eccef46c8197e12d58866d5845ec7d2bc8c35673f9c61b529ebc4bc3d18
-92	after prune	\N	2026-11-25 21:54:46.534411+00	0	2092	2026-11-25 21:54:46.535331+00	\\x95c64eccef46c8197e12d58866d5845ec7d2bc8c35673f9c61b529ebc4bc3d18	\\xdcf3ba2a8132a10c966bd96f6867143cbedff131ae3f5b24d0b089c26d89b184
-93	after prune	\N	2026-11-25 21:54:46.534411+00	0	2093	2026-11-25 21:54:46.535335+00	\\xdcf3ba2a8132a10c966bd96f6867143cbedff131ae3f5b24d0b089c26d89b184	\\x01a6c2cb66b2f0451fcee1a908a816071c13cc9eff4be114728d1b138de8cab7
-94	after prune	\N	2026-11-25 21:54:46.534411+00	0	2094	2026-11-25 21:54:46.535339+00	\\x01a6c2cb66b2f0451fcee1a908a816071c13cc9eff4be114728d1b138de8cab7	\\xd4231f268e9dc64421d879ff08db8cbeb4e9e7d666946921cab2ac11d7c46de0
-95	after prune	\N	2026-11-25 21:54:46.534411+00	0	2095	2026-11-25 21:54:46.535345+00	\\xd4231f268e9dc64421d879ff08db8cbeb4e9e7d666946921cab2ac11d7c46de0	\\x9fc3f0e1c66e08651a93e6d56ba4d74dafec3213a3c816840aed7ddd9c9c9bbf
-96	after prune	\N	2026-11-25 21:54:46.534411+00	0	2096	2026-11-25 21:54:46.53535+00	\\x9fc3f0e1c66e08651a93e6d56ba4d74dafec3213a3c816840aed7ddd9c9c9bbf	\\x3667b737c84e179eea32d73c05bd2ffa1d4a8959e9b855975870bd1590cd51ec
-97	after prune	\N	2026-11-25 21:54:46.534411+00	0	2097	2026-11-25 21:54:46.535355+00	\\x3667b737c84e179eea32d73c05bd2ffa1d4a8959e9b855975870bd1590cd51ec	\\x223cc8e7292307bcec39d5bd3bf402387e77fb4c76ab276ce04e9251e079294a
-98	after prune	\N	2026-11-25 21:54:46.534411+00	0	2098	2026-11-25 21:54:46.53536+00	\\x223cc8e7292307bcec39d5bd3bf402387e77fb4c76ab276ce04e9251e079294a	\\x7eba0dbbdda5590f1d3825ea5c48c9f9930e9868f58085cd629fc932522e3cc1
-99	after prune	\N	2026-11-25 21:54:46.534411+00	0	2099	2026-11-25 21:54:46.535365+00	\\x7eba0dbbdda5590f1d3825ea5c48c9f9930e9868f58085cd629fc932522e3cc1	\\x1140d53782d854fcdd74b6db2db5e0c54ca50302d8d3e6bcadfd1d8df9a0a920
-100	after prune	\N	2026-11-25 21:54:46.534411+00	0	2100	2026-11-25 21:54:46.535369+00	\\x1140d53782d854fcdd74b6db2db5e0c54ca50302d8d3e6bcadfd1d8df9a0a920	\\x24c756ae60ddf2865ee30862980497e3b5f84ce24c7e9a0e4c3ac64fff9ef1aa
\.


--
-- Data for Name: everything; Type: TABLE DATA; Schema: Fixture Schema; Owner: postgres
--

COPY "Fixture Schema".everything (t, vc, ch, nm, c, i2, i4, i8, num, f4, f8, b, d, ts, tstz, iv, tm, tmtz, u, ip, net, mac, mac8, bits, vbits, bin, js, jsb, x, m, o, tsv, ia, ta, ia2, lb, e, dom, comp, deep, comps, r, tr, pt, audit_chain_id, audit_seq, audit_at, audit_prev, audit_hash, added) FROM stdin;
text ünïcødé ✓	varchar	ab 	a name	q	1	2	3	1.50	1.5	0.1	t	2024-02-29	2024-01-02 03:04:05.678901	2024-01-02 01:04:05.678901+00	1 year 2 mons 3 days 04:05:06.7	12:34:56	12:34:56+05	a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11	10.0.0.7	10.0.0.0/8	08:00:2b:01:02:03	08:00:2b:01:02:03:04:05	1010	110	\\x00ff	{"b": 1,  "a": [1.50]}	{"a": [1.50], "b": 1, "z": null}	<a>x</a>	$12.34	42	'brown' 'fox' 'quick' 'the'	{1,NULL,3}	{x,NULL,"",ü}	{{1,2},{3,4}}	[0:2]={7,8,9}	happy	short	(1,one)	("(2,two)","{a,NULL}","2024-05-05 05:05:00+00")	{"(1,a)",NULL,"(,c)"}	[1,10)	["2024-01-01 00:00:00+00","2024-02-01 00:00:00+00")	(1.5,2.5)	2	1	2026-11-25 21:54:46.491925+00	\\xa5aba6b66e6a1343b140938c1b2efaca65382e8a9ece5dd8076fce554ccdcf62	\\x0273709ca4cefe4cca8c932ceb692fe6008a55138f3bc4ce7fb9ba246bb8e60e	\N
		   		 	0	0	0	NaN	NaN	-0	f	infinity	-infinity	infinity	00:00:00	00:00:00	00:00:00+00	00000000-0000-0000-0000-000000000000	::1	::/0	00:00:00:00:00:00	00:00:00:00:00:00:00:00	0000		\\x	""	""	<a/>	$0.00	0		{}	{}	{}	{}	sad		(,)	(,,)	{}	empty	empty	(0,0)	2	2	2026-11-25 21:54:46.492489+00	\\x0273709ca4cefe4cca8c932ceb692fe6008a55138f3bc4ce7fb9ba246bb8e60e	\\x2cbb8a683d5fd8330b84a65b7bb12d015a5f977f8dc0310ea97d8b9c037bda7b	\N
\N	\N	\N	\N	\N	\N	\N	\N	0.0	Infinity	-Infinity	\N	-infinity	infinity	-infinity	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2	3	2026-11-25 21:54:46.492554+00	\\x2cbb8a683d5fd8330b84a65b7bb12d015a5f977f8dc0310ea97d8b9c037bda7b	\\x7acad77ee8ffd5bf9c7c24d95c0d439621872ffd5306b84d01e2c95bdf1b615a	\N
\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2	4	2026-11-25 21:54:46.493317+00	\\x7acad77ee8ffd5bf9c7c24d95c0d439621872ffd5306b84d01e2c95bdf1b615a	\\xd5b8a708bee1e1b95f9613c4510f5cd928653352dd262a7c71b6af6c984fd604	\N
\N	\N	\N	\N	\N	\N	\N	\N	0.000	-0	NaN	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2	5	2026-11-25 21:54:46.493802+00	\\xd5b8a708bee1e1b95f9613c4510f5cd928653352dd262a7c71b6af6c984fd604	\\xdb274e209a7f9ffa821874fcc4e6c9580a966098a52eea9e1b9525b2c428d7c4	\N
\N	\N	\N	\N	\N	\N	\N	\N	-0.00000000000000000001	-Infinity	Infinity	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2	6	2026-11-25 21:54:46.493831+00	\\xdb274e209a7f9ffa821874fcc4e6c9580a966098a52eea9e1b9525b2c428d7c4	\\x82cad4f9718a9bf67f9e3d016c8ab6969ac0b4f4d0cd3a9f6954d32ce9747634	\N
\N	\N	\N	\N	\N	\N	\N	\N	\N	0.33333334	0.6666666666666666	\N	\N	2024-06-01 12:00:00	2024-06-01 12:00:00.5+00	-1 days +02:00:00	\N	23:59:59.999999-14	\N	\N	\N	\N	\N	\N	\N	\\x01	\N	\N	\N	$5.00	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	["2024-01-01 03:30:00+00","2024-01-02 03:30:00+00")	(0.1,0.2)	2	7	2026-11-25 21:54:46.495268+00	\\x82cad4f9718a9bf67f9e3d016c8ab6969ac0b4f4d0cd3a9f6954d32ce9747634	\\xdf0d7558db37636553eff7fe36709e4364457d2f0044095e8d984fea4636c254	\N
after add	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2	8	2026-11-25 21:54:46.496745+00	\\xdf0d7558db37636553eff7fe36709e4364457d2f0044095e8d984fea4636c254	\\x485d4dcd072d9faa9036b9e51c4749c423a1c2ec424b9b067b247088d69665b6	added
\.


--
-- Data for Name: chain_heads; Type: TABLE DATA; Schema: audit_chain; Owner: postgres
--

COPY audit_chain.chain_heads (relid, chain, seq, hash, recorded_at, base_seq, base_hash) FROM stdin;
"Fixture Schema".everything	0	0	\\xff42af40a274181714d631fe5903555767664469305797ab00b9d25b34f1d696	\N	0	\\xff42af40a274181714d631fe5903555767664469305797ab00b9d25b34f1d696
"Fixture Schema".everything	1	0	\\xfccbc32f4626b8fc426e8bd926e886f8f90022962846212884dcce3b3c038474	\N	0	\\xfccbc32f4626b8fc426e8bd926e886f8f90022962846212884dcce3b3c038474
"Fixture Schema".everything	2	8	\\x485d4dcd072d9faa9036b9e51c4749c423a1c2ec424b9b067b247088d69665b6	2026-11-25 21:54:46.496745+00	0	\\xa5aba6b66e6a1343b140938c1b2efaca65382e8a9ece5dd8076fce554ccdcf62
"Fixture Schema"."Events"	1	0	\\x1854b4c1bda7d5d9f52712f6f7e12cc03901ef17c2e49d5e3db0cbf3e568f910	\N	0	\\x1854b4c1bda7d5d9f52712f6f7e12cc03901ef17c2e49d5e3db0cbf3e568f910
"Fixture Schema"."Events"	2	0	\\xe0e013c8118d1f7c591a1b7ca4bc7224ec6dab47dceacfbc1015582e673cc7f1	\N	0	\\xe0e013c8118d1f7c591a1b7ca4bc7224ec6dab47dceacfbc1015582e673cc7f1
"Fixture Schema"."Events"	3	0	\\xeefbec25433f7d7c43fcbf2460ef41122e2f848141b58ee1fe5e5c82e079eca0	\N	0	\\xeefbec25433f7d7c43fcbf2460ef41122e2f848141b58ee1fe5e5c82e079eca0
"Fixture Schema"."Events"	4	0	\\xefd0b3b87300aced12461b7c8fec512d57b7400aa23ac68a5dc88af31636f5ea	\N	0	\\xefd0b3b87300aced12461b7c8fec512d57b7400aa23ac68a5dc88af31636f5ea
"Fixture Schema"."Events"	5	0	\\x4d5631da02d4aaeaffce4893a52652e4d50a286bbe4533ad54387ec332841b1c	\N	0	\\x4d5631da02d4aaeaffce4893a52652e4d50a286bbe4533ad54387ec332841b1c
"Fixture Schema"."Events"	6	0	\\xf96472a1e4da7fb9b55fbbaa9e20f6cb1013c7ec5cf96a6dca9eba40ab97b082	\N	0	\\xf96472a1e4da7fb9b55fbbaa9e20f6cb1013c7ec5cf96a6dca9eba40ab97b082
"Fixture Schema"."Events"	7	0	\\x60803fb80db1043d9dd425694637bb026909128529581f04207fddcf59184c0e	\N	0	\\x60803fb80db1043d9dd425694637bb026909128529581f04207fddcf59184c0e
"Fixture Schema"."Events"	0	2100	\\x24c756ae60ddf2865ee30862980497e3b5f84ce24c7e9a0e4c3ac64fff9ef1aa	2026-11-25 21:54:46.535369+00	1999	\\xa4b3c25d79e580687df7d11ecc99e8e9f2750a540e32d6802b81bf5a5e42dab5
\.


--
-- Data for Name: checkpoints; Type: TABLE DATA; Schema: audit_chain; Owner: postgres
--

COPY audit_chain.checkpoints (id, relid, kind, body, hash) FROM stdin;
1	"Fixture Schema"."Events"	prune	{"kind": "prune", "table": "\\"Fixture Schema\\".\\"Events\\"", "chains": [{"chain": 0, "removed": 1999, "base_seq": 1999, "base_hash": "a4b3c25d79e580687df7d11ecc99e8e9f2750a540e32d6802b81bf5a5e42dab5"}], "format": "audit_chain.checkpoint.v1", "database": "fixture_0_2_0", "older_than": "2026-11-25T21:54:46.525715Z", "table_uuid": "5018e8ee-195b-4498-b167-cf6b540ae112", "recorded_at": "2026-11-25T21:54:46.525444Z", "checkpoint_id": 1, "prev_checkpoint_hash": "0000000000000000000000000000000000000000000000000000000000000000"}	\\x1c4b7665844dd524c3cdbd8ded12e55bf93830469e5fc7a50c05a5abc06350e9
2	"Fixture Schema".everything	checkpoint	{"kind": "checkpoint", "table": "\\"Fixture Schema\\".everything", "chains": [{"seq": 0, "hash": "ff42af40a274181714d631fe5903555767664469305797ab00b9d25b34f1d696", "chain": 0}, {"seq": 0, "hash": "fccbc32f4626b8fc426e8bd926e886f8f90022962846212884dcce3b3c038474", "chain": 1}, {"seq": 8, "hash": "485d4dcd072d9faa9036b9e51c4749c423a1c2ec424b9b067b247088d69665b6", "chain": 2}], "format": "audit_chain.checkpoint.v1", "database": "fixture_0_2_0", "table_uuid": "6b977cf0-9374-439a-a14f-764d0f9a40b3", "recorded_at": "2026-11-25T21:54:46.535886Z", "checkpoint_id": 2, "prev_checkpoint_hash": "1c4b7665844dd524c3cdbd8ded12e55bf93830469e5fc7a50c05a5abc06350e9"}	\\x93c8a8445981a9627b75a096b0c3e4313463b4054e8cef4792ac057305cd2da5
3	"Fixture Schema"."Events"	checkpoint	{"kind": "checkpoint", "table": "\\"Fixture Schema\\".\\"Events\\"", "chains": [{"seq": 2100, "hash": "24c756ae60ddf2865ee30862980497e3b5f84ce24c7e9a0e4c3ac64fff9ef1aa", "chain": 0}, {"seq": 0, "hash": "1854b4c1bda7d5d9f52712f6f7e12cc03901ef17c2e49d5e3db0cbf3e568f910", "chain": 1}, {"seq": 0, "hash": "e0e013c8118d1f7c591a1b7ca4bc7224ec6dab47dceacfbc1015582e673cc7f1", "chain": 2}, {"seq": 0, "hash": "eefbec25433f7d7c43fcbf2460ef41122e2f848141b58ee1fe5e5c82e079eca0", "chain": 3}, {"seq": 0, "hash": "efd0b3b87300aced12461b7c8fec512d57b7400aa23ac68a5dc88af31636f5ea", "chain": 4}, {"seq": 0, "hash": "4d5631da02d4aaeaffce4893a52652e4d50a286bbe4533ad54387ec332841b1c", "chain": 5}, {"seq": 0, "hash": "f96472a1e4da7fb9b55fbbaa9e20f6cb1013c7ec5cf96a6dca9eba40ab97b082", "chain": 6}, {"seq": 0, "hash": "60803fb80db1043d9dd425694637bb026909128529581f04207fddcf59184c0e", "chain": 7}], "format": "audit_chain.checkpoint.v1", "database": "fixture_0_2_0", "table_uuid": "5018e8ee-195b-4498-b167-cf6b540ae112", "recorded_at": "2026-11-25T21:54:46.535886Z", "checkpoint_id": 3, "prev_checkpoint_hash": "93c8a8445981a9627b75a096b0c3e4313463b4054e8cef4792ac057305cd2da5"}	\\x89d7cc0a808e529f7032dd217f5ccead73a5662609148ac002d788eac7df4dbf
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
"Fixture Schema".everything	6b977cf0-9374-439a-a14f-764d0f9a40b3	3	1	2026-11-25 21:54:46.483768+00	postgres	00:00:00
"Fixture Schema"."Events"	5018e8ee-195b-4498-b167-cf6b540ae112	8	1	2026-11-25 21:54:46.499159+00	postgres	00:00:00
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

\unrestrict 88hiTTOxcnHYEtRL1TPp6Y6GAQAmiHK1pcxtQCh48J8T8IL2eDb1jrlibrMd9AI

