--
-- PostgreSQL database dump
--

\restrict dYkOxeZK3M6KXBEOMrBZveGgUWOSb3H53DrcKhsPfQ0AvS5x3Amf9ypFCqHTJle

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
2000	actor5	{"g": 2000, "half": 1000.0000000000000000}	2026-11-26 20:50:04.786063+00	4	2000	2026-11-26 20:50:04.856739+00	\\x936df77a9a2a03933f5c5645aba15262b8d03778f00a445dbb391d463efa0580	\\xe211627c9daba96c3968be5cbdf1806b5d215d18bde52ddbc7703ec49c02b0e3
-1	after prune	\N	2026-11-26 20:50:04.867927+00	4	2001	2026-11-26 20:50:04.868113+00	\\xe211627c9daba96c3968be5cbdf1806b5d215d18bde52ddbc7703ec49c02b0e3	\\x0ee2c4efd7917acb9af648e033c4be99ba6f5ae2c66f085f11371ab119cf67fd
-2	after prune	\N	2026-11-26 20:50:04.867927+00	4	2002	2026-11-26 20:50:04.868153+00	\\x0ee2c4efd7917acb9af648e033c4be99ba6f5ae2c66f085f11371ab119cf67fd	\\xc63998f3a7a87d4300ad776ed121078bda84dd75e69319ca52a2deb6387e5170
-3	after prune	\N	2026-11-26 20:50:04.867927+00	4	2003	2026-11-26 20:50:04.868171+00	\\xc63998f3a7a87d4300ad776ed121078bda84dd75e69319ca52a2deb6387e5170	\\x6d0da4e96651036850602ad6fb3b93e124d9829b33d96987815eabe84b1394b3
-4	after prune	\N	2026-11-26 20:50:04.867927+00	4	2004	2026-11-26 20:50:04.868187+00	\\x6d0da4e96651036850602ad6fb3b93e124d9829b33d96987815eabe84b1394b3	\\x09f9f75d500f422df7397251837065d7a4420b5c6999c73b4ba13f398e34a822
-5	after prune	\N	2026-11-26 20:50:04.867927+00	4	2005	2026-11-26 20:50:04.868202+00	\\x09f9f75d500f422df7397251837065d7a4420b5c6999c73b4ba13f398e34a822	\\x11d99ef0a680434fc46d19f24d66bb1e65dc93df5db2f2120961b051fc49f950
-6	after prune	\N	2026-11-26 20:50:04.867927+00	4	2006	2026-11-26 20:50:04.868217+00	\\x11d99ef0a680434fc46d19f24d66bb1e65dc93df5db2f2120961b051fc49f950	\\x537d4e7744a75d82c2c02db85588d754ebb07b69b937f357c94a6e73c7a51584
-7	after prune	\N	2026-11-26 20:50:04.867927+00	4	2007	2026-11-26 20:50:04.868232+00	\\x537d4e7744a75d82c2c02db85588d754ebb07b69b937f357c94a6e73c7a51584	\\x0da0e0125d2067b328f2950cf4f3dae1bcaf9b0f0a2362b6ca21778f775eb3ae
-8	after prune	\N	2026-11-26 20:50:04.867927+00	4	2008	2026-11-26 20:50:04.868247+00	\\x0da0e0125d2067b328f2950cf4f3dae1bcaf9b0f0a2362b6ca21778f775eb3ae	\\xc18e792f6e63fa3d552e6af8f8dc69f85c129d58eddbad23ebaebc387e6064a6
-9	after prune	\N	2026-11-26 20:50:04.867927+00	4	2009	2026-11-26 20:50:04.86827+00	\\xc18e792f6e63fa3d552e6af8f8dc69f85c129d58eddbad23ebaebc387e6064a6	\\xd048869a1a1c765d8dc9ae444101d12661d6b8801cc7f69f59c71d99a165d40a
-10	after prune	\N	2026-11-26 20:50:04.867927+00	4	2010	2026-11-26 20:50:04.868286+00	\\xd048869a1a1c765d8dc9ae444101d12661d6b8801cc7f69f59c71d99a165d40a	\\xaa5009977cde3195254fbc76e68b0729d6ee65e8622d3ba0ba5f3349e9adb456
-11	after prune	\N	2026-11-26 20:50:04.867927+00	4	2011	2026-11-26 20:50:04.868301+00	\\xaa5009977cde3195254fbc76e68b0729d6ee65e8622d3ba0ba5f3349e9adb456	\\x3ad1c7836e9bb8d00a5884a0e380b17539aab702f5af248d2fa92d6c25a232ee
-12	after prune	\N	2026-11-26 20:50:04.867927+00	4	2012	2026-11-26 20:50:04.868316+00	\\x3ad1c7836e9bb8d00a5884a0e380b17539aab702f5af248d2fa92d6c25a232ee	\\xbf5ff76850d7422d9e0b543acfb37f1c0b9fa342ab2b2d9ec7647825a00923f2
-13	after prune	\N	2026-11-26 20:50:04.867927+00	4	2013	2026-11-26 20:50:04.86837+00	\\xbf5ff76850d7422d9e0b543acfb37f1c0b9fa342ab2b2d9ec7647825a00923f2	\\xb92b913c3c0ff4c4269ee3c6afd325c7d19be07f0ae0c9d79c4ec833325bcaaa
-14	after prune	\N	2026-11-26 20:50:04.867927+00	4	2014	2026-11-26 20:50:04.868388+00	\\xb92b913c3c0ff4c4269ee3c6afd325c7d19be07f0ae0c9d79c4ec833325bcaaa	\\x31e05729f8a0a715ee39b4bfd3c8a5eb665b7031c65daf2aebcc45dd215d1563
-15	after prune	\N	2026-11-26 20:50:04.867927+00	4	2015	2026-11-26 20:50:04.868403+00	\\x31e05729f8a0a715ee39b4bfd3c8a5eb665b7031c65daf2aebcc45dd215d1563	\\x0bb54b32eec74941591a24aa4fee3ab70e7a9428c355cde39f08adb2d744e077
-16	after prune	\N	2026-11-26 20:50:04.867927+00	4	2016	2026-11-26 20:50:04.868418+00	\\x0bb54b32eec74941591a24aa4fee3ab70e7a9428c355cde39f08adb2d744e077	\\xb2b2e25388824c953a2bd7bbf2d3e2df620ca69c6fda1cd2e5378b28a816b332
-17	after prune	\N	2026-11-26 20:50:04.867927+00	4	2017	2026-11-26 20:50:04.868433+00	\\xb2b2e25388824c953a2bd7bbf2d3e2df620ca69c6fda1cd2e5378b28a816b332	\\xaa7bb0e805a78d5de19bed3a2282932af5ea102c4494abfe56194ab17e05cdcb
-18	after prune	\N	2026-11-26 20:50:04.867927+00	4	2018	2026-11-26 20:50:04.868448+00	\\xaa7bb0e805a78d5de19bed3a2282932af5ea102c4494abfe56194ab17e05cdcb	\\x38679a97c8d542e327315ccdfd097752fa9fca5d9df0bf020a35099401fc6ffb
-19	after prune	\N	2026-11-26 20:50:04.867927+00	4	2019	2026-11-26 20:50:04.868463+00	\\x38679a97c8d542e327315ccdfd097752fa9fca5d9df0bf020a35099401fc6ffb	\\x8147c12d8c11c7d8be68b45add76c86b00d940758b82e0d68d304186e78fd792
-20	after prune	\N	2026-11-26 20:50:04.867927+00	4	2020	2026-11-26 20:50:04.868478+00	\\x8147c12d8c11c7d8be68b45add76c86b00d940758b82e0d68d304186e78fd792	\\x32c29200329958080ae3aee308aaa85233d25450fdc97ddfb589a7224568c574
-21	after prune	\N	2026-11-26 20:50:04.867927+00	4	2021	2026-11-26 20:50:04.868493+00	\\x32c29200329958080ae3aee308aaa85233d25450fdc97ddfb589a7224568c574	\\x30f4b3d0061513f8ac6f5c53f6aa950f8ba74bde59d84b0b48bbd7e56905b0e0
-22	after prune	\N	2026-11-26 20:50:04.867927+00	4	2022	2026-11-26 20:50:04.868507+00	\\x30f4b3d0061513f8ac6f5c53f6aa950f8ba74bde59d84b0b48bbd7e56905b0e0	\\x127faa0e64e48e6b5d68f8b42324a997fc008584aa5dd7e87129539df0c0b3ea
-23	after prune	\N	2026-11-26 20:50:04.867927+00	4	2023	2026-11-26 20:50:04.868523+00	\\x127faa0e64e48e6b5d68f8b42324a997fc008584aa5dd7e87129539df0c0b3ea	\\xb27d74c9b51d3d2158eb1823d96770fef34f6141eeebb5aee68f0885c6b8c6fe
-24	after prune	\N	2026-11-26 20:50:04.867927+00	4	2024	2026-11-26 20:50:04.868538+00	\\xb27d74c9b51d3d2158eb1823d96770fef34f6141eeebb5aee68f0885c6b8c6fe	\\x6c6e1b06d6f11fec2da6cdc8abd7d4855b4ce77831cd40db3d97494f3382b770
-25	after prune	\N	2026-11-26 20:50:04.867927+00	4	2025	2026-11-26 20:50:04.868553+00	\\x6c6e1b06d6f11fec2da6cdc8abd7d4855b4ce77831cd40db3d97494f3382b770	\\x041e6c26a55c223a7c8070e5f8293e573dd8f2b44f850237efb5013774bc591c
-26	after prune	\N	2026-11-26 20:50:04.867927+00	4	2026	2026-11-26 20:50:04.868568+00	\\x041e6c26a55c223a7c8070e5f8293e573dd8f2b44f850237efb5013774bc591c	\\xac98d517ea7096caa5e36eb7957d0886bcbae6e3b87a43663180b559c6938be7
-27	after prune	\N	2026-11-26 20:50:04.867927+00	4	2027	2026-11-26 20:50:04.868583+00	\\xac98d517ea7096caa5e36eb7957d0886bcbae6e3b87a43663180b559c6938be7	\\xd1ee6c6bc1f28abf4633bf71fd9db9e95fcfab208f99bef01115f2d187ee6e15
-28	after prune	\N	2026-11-26 20:50:04.867927+00	4	2028	2026-11-26 20:50:04.868598+00	\\xd1ee6c6bc1f28abf4633bf71fd9db9e95fcfab208f99bef01115f2d187ee6e15	\\x561ce071644c9eb5c57c6315e05a742879506af7ab4777fd875641ea1db934f5
-29	after prune	\N	2026-11-26 20:50:04.867927+00	4	2029	2026-11-26 20:50:04.868613+00	\\x561ce071644c9eb5c57c6315e05a742879506af7ab4777fd875641ea1db934f5	\\xaaf91c834c1595873c7db0c1040c9dd270b03d56eeb65e6cc9bff7a055bc8c29
-30	after prune	\N	2026-11-26 20:50:04.867927+00	4	2030	2026-11-26 20:50:04.868628+00	\\xaaf91c834c1595873c7db0c1040c9dd270b03d56eeb65e6cc9bff7a055bc8c29	\\xffce7c8aa29de3550c291fd45af8f2f6f0a14f1397af654acb22bd10ba256b14
-31	after prune	\N	2026-11-26 20:50:04.867927+00	4	2031	2026-11-26 20:50:04.868649+00	\\xffce7c8aa29de3550c291fd45af8f2f6f0a14f1397af654acb22bd10ba256b14	\\xb76ea44d38a10173146dfdffceb473b42c7bf40b69b0bf1972f1d4baeb729f1e
-32	after prune	\N	2026-11-26 20:50:04.867927+00	4	2032	2026-11-26 20:50:04.868665+00	\\xb76ea44d38a10173146dfdffceb473b42c7bf40b69b0bf1972f1d4baeb729f1e	\\x9bc2845bd9b6e1c6b2cb38ecfd26a47a0f298c64edd9660a4811586681543188
-33	after prune	\N	2026-11-26 20:50:04.867927+00	4	2033	2026-11-26 20:50:04.86868+00	\\x9bc2845bd9b6e1c6b2cb38ecfd26a47a0f298c64edd9660a4811586681543188	\\xf6459b893fc5c343cc5aa6ef375f7da54395590cdf57417e4e1bda6bf199ded5
-34	after prune	\N	2026-11-26 20:50:04.867927+00	4	2034	2026-11-26 20:50:04.868695+00	\\xf6459b893fc5c343cc5aa6ef375f7da54395590cdf57417e4e1bda6bf199ded5	\\x0a8807595848a00249fff8d1a1a378ff84e11ebf3617b39fc1dac2788a9112d0
-35	after prune	\N	2026-11-26 20:50:04.867927+00	4	2035	2026-11-26 20:50:04.868711+00	\\x0a8807595848a00249fff8d1a1a378ff84e11ebf3617b39fc1dac2788a9112d0	\\x29d101411d43e0e2e42912a16f96bf97d0a89415b69dd1cd47acadffea961dd3
-36	after prune	\N	2026-11-26 20:50:04.867927+00	4	2036	2026-11-26 20:50:04.868725+00	\\x29d101411d43e0e2e42912a16f96bf97d0a89415b69dd1cd47acadffea961dd3	\\x06134ee3aeca68e08003ae04f6e652f10862414ee51f25b8f8931d1f47c02ec9
-37	after prune	\N	2026-11-26 20:50:04.867927+00	4	2037	2026-11-26 20:50:04.86874+00	\\x06134ee3aeca68e08003ae04f6e652f10862414ee51f25b8f8931d1f47c02ec9	\\x4f1443b4a586fa31ce763f844fdc772a7df6352888e89cc9497419c8f87f44d0
-38	after prune	\N	2026-11-26 20:50:04.867927+00	4	2038	2026-11-26 20:50:04.868755+00	\\x4f1443b4a586fa31ce763f844fdc772a7df6352888e89cc9497419c8f87f44d0	\\x0ad5f344f67be2f8b89662aa78144a4584cf3de581f4cfa72d680e00921eb52b
-39	after prune	\N	2026-11-26 20:50:04.867927+00	4	2039	2026-11-26 20:50:04.86877+00	\\x0ad5f344f67be2f8b89662aa78144a4584cf3de581f4cfa72d680e00921eb52b	\\x0cbaca49a09543b13b145c4d5091f597a9503abcbe39ab5584d239de4a8aa62b
-40	after prune	\N	2026-11-26 20:50:04.867927+00	4	2040	2026-11-26 20:50:04.868785+00	\\x0cbaca49a09543b13b145c4d5091f597a9503abcbe39ab5584d239de4a8aa62b	\\x27c47ea2ca5ee5d0ae3388b3ee37462440b4a8cf9c65890254b9b0c2cab59ed7
-41	after prune	\N	2026-11-26 20:50:04.867927+00	4	2041	2026-11-26 20:50:04.8688+00	\\x27c47ea2ca5ee5d0ae3388b3ee37462440b4a8cf9c65890254b9b0c2cab59ed7	\\x0a6d2fafdb0dd0a67f6ee9bfd25822134c89c27cd06a90cba4ca7bbd37b3a80d
-42	after prune	\N	2026-11-26 20:50:04.867927+00	4	2042	2026-11-26 20:50:04.868815+00	\\x0a6d2fafdb0dd0a67f6ee9bfd25822134c89c27cd06a90cba4ca7bbd37b3a80d	\\x220835e8d7c33e703886bc5c8754fb0abeb93f5e4bdcc689b3482841b9956e4f
-43	after prune	\N	2026-11-26 20:50:04.867927+00	4	2043	2026-11-26 20:50:04.86883+00	\\x220835e8d7c33e703886bc5c8754fb0abeb93f5e4bdcc689b3482841b9956e4f	\\x2180db01bd698034b85895fef4e99c6b5fd24ec6279c8091ddbde11cf77fc639
-44	after prune	\N	2026-11-26 20:50:04.867927+00	4	2044	2026-11-26 20:50:04.868845+00	\\x2180db01bd698034b85895fef4e99c6b5fd24ec6279c8091ddbde11cf77fc639	\\x78a44034e14cda2089a2e317184b4858889bf5362d84dc7013f8a99328db2701
-45	after prune	\N	2026-11-26 20:50:04.867927+00	4	2045	2026-11-26 20:50:04.86886+00	\\x78a44034e14cda2089a2e317184b4858889bf5362d84dc7013f8a99328db2701	\\x4b789399714081c2471ba32cf9ad69d291cb511fc300c6c9ddba9e28ded25d9f
-46	after prune	\N	2026-11-26 20:50:04.867927+00	4	2046	2026-11-26 20:50:04.868875+00	\\x4b789399714081c2471ba32cf9ad69d291cb511fc300c6c9ddba9e28ded25d9f	\\x5c78ee2ee750f2f473d816e2a4e7307d4476016e3d7876df43a3041c35c5506a
-47	after prune	\N	2026-11-26 20:50:04.867927+00	4	2047	2026-11-26 20:50:04.86889+00	\\x5c78ee2ee750f2f473d816e2a4e7307d4476016e3d7876df43a3041c35c5506a	\\x373d75118b9686e73f4986d5070556b0f304bb1a1e1677a32611a4d66427adc1
-48	after prune	\N	2026-11-26 20:50:04.867927+00	4	2048	2026-11-26 20:50:04.868905+00	\\x373d75118b9686e73f4986d5070556b0f304bb1a1e1677a32611a4d66427adc1	\\x849e95e16722a2a1a422b14d1bdf6eb2630b8f6cf81c0955a32d7fc25630e067
-49	after prune	\N	2026-11-26 20:50:04.867927+00	4	2049	2026-11-26 20:50:04.86892+00	\\x849e95e16722a2a1a422b14d1bdf6eb2630b8f6cf81c0955a32d7fc25630e067	\\x56573dd1ea104276ccfb2313e4a4b5e3bc5ab66244ad02e34601c9eed51dd5e8
-50	after prune	\N	2026-11-26 20:50:04.867927+00	4	2050	2026-11-26 20:50:04.868935+00	\\x56573dd1ea104276ccfb2313e4a4b5e3bc5ab66244ad02e34601c9eed51dd5e8	\\xc1546380341fae7e14c9eba6ed53f58e3d946d89a994e9a39ae2c0ae450da554
-51	after prune	\N	2026-11-26 20:50:04.867927+00	4	2051	2026-11-26 20:50:04.868951+00	\\xc1546380341fae7e14c9eba6ed53f58e3d946d89a994e9a39ae2c0ae450da554	\\x3fa41251646e4e36fdd409b393737feb857d67729cb5554cd3732fe2bebadd05
-52	after prune	\N	2026-11-26 20:50:04.867927+00	4	2052	2026-11-26 20:50:04.868966+00	\\x3fa41251646e4e36fdd409b393737feb857d67729cb5554cd3732fe2bebadd05	\\x09b7a86cebb113959678070e42d6dbcd0f18d881445e42971c69254e5b8895f1
-53	after prune	\N	2026-11-26 20:50:04.867927+00	4	2053	2026-11-26 20:50:04.86898+00	\\x09b7a86cebb113959678070e42d6dbcd0f18d881445e42971c69254e5b8895f1	\\x769f7970c824f4b08ef08d379c28acd9b1897abefe821c3753b039d0803f413a
-54	after prune	\N	2026-11-26 20:50:04.867927+00	4	2054	2026-11-26 20:50:04.868995+00	\\x769f7970c824f4b08ef08d379c28acd9b1897abefe821c3753b039d0803f413a	\\x38a512d201689f7de10b94bbe2930f823bc88561157941451d404c6d285720e5
-55	after prune	\N	2026-11-26 20:50:04.867927+00	4	2055	2026-11-26 20:50:04.869011+00	\\x38a512d201689f7de10b94bbe2930f823bc88561157941451d404c6d285720e5	\\xcd69c446f0ee6d72026c74d21db883a6e60882d7dfb9ae447e5f44bbd38d233a
-56	after prune	\N	2026-11-26 20:50:04.867927+00	4	2056	2026-11-26 20:50:04.869025+00	\\xcd69c446f0ee6d72026c74d21db883a6e60882d7dfb9ae447e5f44bbd38d233a	\\x29cb58b29c81eb5597b98851200edad4e713ed03ce82abbbf76aa5d297d1e791
-57	after prune	\N	2026-11-26 20:50:04.867927+00	4	2057	2026-11-26 20:50:04.86904+00	\\x29cb58b29c81eb5597b98851200edad4e713ed03ce82abbbf76aa5d297d1e791	\\xb8c8424adbe581f35ad9c8cb4ef7de45d24fdf40d63762d70c53c64b901b84a4
-58	after prune	\N	2026-11-26 20:50:04.867927+00	4	2058	2026-11-26 20:50:04.869055+00	\\xb8c8424adbe581f35ad9c8cb4ef7de45d24fdf40d63762d70c53c64b901b84a4	\\xbd65112b81ae9bf3598bc4bc4e65207c5931fb438f9d454aa6c74c09083f6b6e
-59	after prune	\N	2026-11-26 20:50:04.867927+00	4	2059	2026-11-26 20:50:04.86907+00	\\xbd65112b81ae9bf3598bc4bc4e65207c5931fb438f9d454aa6c74c09083f6b6e	\\xccdb645d9f9c58cfe04c5d7fde59908eaa4835f9cc6a01ab89091b3bfbbfc7cc
-60	after prune	\N	2026-11-26 20:50:04.867927+00	4	2060	2026-11-26 20:50:04.869085+00	\\xccdb645d9f9c58cfe04c5d7fde59908eaa4835f9cc6a01ab89091b3bfbbfc7cc	\\x2da834e21010c57d597f20d002f896211b6806f01c63c22b7c24f8fd6041bb9b
-61	after prune	\N	2026-11-26 20:50:04.867927+00	4	2061	2026-11-26 20:50:04.8691+00	\\x2da834e21010c57d597f20d002f896211b6806f01c63c22b7c24f8fd6041bb9b	\\xbadb760271c9f3abd6716cb6c0ddb49dd0528a1d0b9107b190a80fed46569579
-62	after prune	\N	2026-11-26 20:50:04.867927+00	4	2062	2026-11-26 20:50:04.869143+00	\\xbadb760271c9f3abd6716cb6c0ddb49dd0528a1d0b9107b190a80fed46569579	\\xd05e8f03c3a675f2fac664fd9f4f268d132e0d41b04ca575cb8135bd0fe67795
-63	after prune	\N	2026-11-26 20:50:04.867927+00	4	2063	2026-11-26 20:50:04.86916+00	\\xd05e8f03c3a675f2fac664fd9f4f268d132e0d41b04ca575cb8135bd0fe67795	\\xcd2347686905d2e8537024aaf4329184d099da0bd1cc29716fe816b0662b615d
-64	after prune	\N	2026-11-26 20:50:04.867927+00	4	2064	2026-11-26 20:50:04.869175+00	\\xcd2347686905d2e8537024aaf4329184d099da0bd1cc29716fe816b0662b615d	\\xd42f296c86b0f0ce2026ffa70db0b05af3d35a0307648fba94e23c9bde774002
-65	after prune	\N	2026-11-26 20:50:04.867927+00	4	2065	2026-11-26 20:50:04.86919+00	\\xd42f296c86b0f0ce2026ffa70db0b05af3d35a0307648fba94e23c9bde774002	\\x9eb52939bdc7cf7953fca2fc0ecf2528b68f27b5df86a3581591f4466f67aba7
-66	after prune	\N	2026-11-26 20:50:04.867927+00	4	2066	2026-11-26 20:50:04.869205+00	\\x9eb52939bdc7cf7953fca2fc0ecf2528b68f27b5df86a3581591f4466f67aba7	\\x15752fd3b781bf0f80bc147d51806c1bcd580848bd31af95a9fe3400fc87762f
-67	after prune	\N	2026-11-26 20:50:04.867927+00	4	2067	2026-11-26 20:50:04.86922+00	\\x15752fd3b781bf0f80bc147d51806c1bcd580848bd31af95a9fe3400fc87762f	\\x6afd64bb495f94d12c3f809b943a75d9d2e6d1ebea7df21862e3639452c35f8b
-68	after prune	\N	2026-11-26 20:50:04.867927+00	4	2068	2026-11-26 20:50:04.869235+00	\\x6afd64bb495f94d12c3f809b943a75d9d2e6d1ebea7df21862e3639452c35f8b	\\xf58a09f2ace2d46108b5f3958ac5ee92b883a43fe613599ccce4455000fc26de
-69	after prune	\N	2026-11-26 20:50:04.867927+00	4	2069	2026-11-26 20:50:04.869251+00	\\xf58a09f2ace2d46108b5f3958ac5ee92b883a43fe613599ccce4455000fc26de	\\x13c892e2b190dd8256502bcb107238088150bc42639e516de4c51d96bf581844
-70	after prune	\N	2026-11-26 20:50:04.867927+00	4	2070	2026-11-26 20:50:04.869266+00	\\x13c892e2b190dd8256502bcb107238088150bc42639e516de4c51d96bf581844	\\xc09d2a0d7855cbc8dbb7a565acd4cd276ff8a985ff62fe3684489f761d67d12b
-71	after prune	\N	2026-11-26 20:50:04.867927+00	4	2071	2026-11-26 20:50:04.869281+00	\\xc09d2a0d7855cbc8dbb7a565acd4cd276ff8a985ff62fe3684489f761d67d12b	\\x7579c54fdc66ef51388a28f631e7da22bb36c5c786703b78d68245a01d02d3ad
-72	after prune	\N	2026-11-26 20:50:04.867927+00	4	2072	2026-11-26 20:50:04.869296+00	\\x7579c54fdc66ef51388a28f631e7da22bb36c5c786703b78d68245a01d02d3ad	\\xbfe813e4e6ea6c89fabb678ad1ba0a385abda2beb3e83635c143921a27fe655e
-73	after prune	\N	2026-11-26 20:50:04.867927+00	4	2073	2026-11-26 20:50:04.869311+00	\\xbfe813e4e6ea6c89fabb678ad1ba0a385abda2beb3e83635c143921a27fe655e	\\x33ae6df157d0feb2f3e2bb3fcfdac3c5362c3ea044e4fc539b2af466096f666d
-74	after prune	\N	2026-11-26 20:50:04.867927+00	4	2074	2026-11-26 20:50:04.869325+00	\\x33ae6df157d0feb2f3e2bb3fcfdac3c5362c3ea044e4fc539b2af466096f666d	\\x4f67fe2cc3b4742ed1803f480c82e40791df9e7101852160a1a8adfc3e7e0098
-75	after prune	\N	2026-11-26 20:50:04.867927+00	4	2075	2026-11-26 20:50:04.86934+00	\\x4f67fe2cc3b4742ed1803f480c82e40791df9e7101852160a1a8adfc3e7e0098	\\x12b56796094dad8fd9c7cf985ed2d3f8912875f474161149f7754eaf99eedfb8
-76	after prune	\N	2026-11-26 20:50:04.867927+00	4	2076	2026-11-26 20:50:04.869355+00	\\x12b56796094dad8fd9c7cf985ed2d3f8912875f474161149f7754eaf99eedfb8	\\xb823ae916ca333a6602377dd79753c9538ae8cd3f8f24d10c7bc177a85e99eac
-77	after prune	\N	2026-11-26 20:50:04.867927+00	4	2077	2026-11-26 20:50:04.86937+00	\\xb823ae916ca333a6602377dd79753c9538ae8cd3f8f24d10c7bc177a85e99eac	\\xf9d2334558cb1cf2a958d7955e842dd721cb5849fcbc68e2833e29746eb7633e
-78	after prune	\N	2026-11-26 20:50:04.867927+00	4	2078	2026-11-26 20:50:04.869385+00	\\xf9d2334558cb1cf2a958d7955e842dd721cb5849fcbc68e2833e29746eb7633e	\\x251a6219a942b625e9c6cfea5f53abfbe4b466f3aafa8b833c9c2836863c216d
-79	after prune	\N	2026-11-26 20:50:04.867927+00	4	2079	2026-11-26 20:50:04.8694+00	\\x251a6219a942b625e9c6cfea5f53abfbe4b466f3aafa8b833c9c2836863c216d	\\x39560f247195a3065fed46420b165ee7c586cef4bf2c2bfc95bf96bb9cf7b42c
-80	after prune	\N	2026-11-26 20:50:04.867927+00	4	2080	2026-11-26 20:50:04.869415+00	\\x39560f247195a3065fed46420b165ee7c586cef4bf2c2bfc95bf96bb9cf7b42c	\\xbdd0f395ba42a54ddaae47cae139017d491ebdf7bbc46e8991cb22d93272fecc
-81	after prune	\N	2026-11-26 20:50:04.867927+00	4	2081	2026-11-26 20:50:04.86943+00	\\xbdd0f395ba42a54ddaae47cae139017d491ebdf7bbc46e8991cb22d93272fecc	\\x21fcca4bf9f32d228590ef65886128d495dca841bdb0a0382dead7e96bfacc90
-82	after prune	\N	2026-11-26 20:50:04.867927+00	4	2082	2026-11-26 20:50:04.869445+00	\\x21fcca4bf9f32d228590ef65886128d495dca841bdb0a0382dead7e96bfacc90	\\x37e90b9113299ab707a814467ea29d8664a3d8711aea88e9248f229e6c9bdb69
-83	after prune	\N	2026-11-26 20:50:04.867927+00	4	2083	2026-11-26 20:50:04.86946+00	\\x37e90b9113299ab707a814467ea29d8664a3d8711aea88e9248f229e6c9bdb69	\\x6ce4062ffd62f1feab38cd3fb3e850d02b24002b60c88b9ef786978aa95f2ea7
-84	after prune	\N	2026-11-26 20:50:04.867927+00	4	2084	2026-11-26 20:50:04.869475+00	\\x6ce4062ffd62f1feab38cd3fb3e850d02b24002b60c88b9ef786978aa95f2ea7	\\x268180aea41f14098fe86b6bfd8fc5ed8606e0097c5c5a6fa4e4dc50bd32a22d
-85	after prune	\N	2026-11-26 20:50:04.867927+00	4	2085	2026-11-26 20:50:04.86949+00	\\x268180aea41f14098fe86b6bfd8fc5ed8606e0097c5c5a6fa4e4dc50bd32a22d	\\x6e7d56eec38565ae39ae67fa650c492457f7485fccc85a077a66911fe928c17c
-86	after prune	\N	2026-11-26 20:50:04.867927+00	4	2086	2026-11-26 20:50:04.869505+00	\\x6e7d56eec38565ae39ae67fa650c492457f7485fccc85a077a66911fe928c17c	\\x9e5c830714df355609a4979d47a496f5838dcd9e8db16ce113ab0effa4f1065b
-87	after prune	\N	2026-11-26 20:50:04.867927+00	4	2087	2026-11-26 20:50:04.86952+00	\\x9e5c830714df355609a4979d47a496f5838dcd9e8db16ce113ab0effa4f1065b	\\xb8d4682ee35c0e099f31e839cf4f68889abdef4e66c01762600ccd3755230105
-88	after prune	\N	2026-11-26 20:50:04.867927+00	4	2088	2026-11-26 20:50:04.869535+00	\\xb8d4682ee35c0e099f31e839cf4f68889abdef4e66c01762600ccd3755230105	\\x8c9f06b6f9a0877487d2b4a529469e9ad8a53615a20b3d291eb181d28e2cbbd4
-89	after prune	\N	2026-11-26 20:50:04.867927+00	4	2089	2026-11-26 20:50:04.86955+00	\\x8c9f06b6f9a0877487d2b4a529469e9ad8a53615a20b3d291eb181d28e2cbbd4	\\x0754d7bee591d5189d79c2c3f0ca9978a388058c0806d006bb897f51c9a6572a
-90	after prune	\N	2026-11-26 20:50:04.867927+00	4	2090	2026-11-26 20:50:04.869566+00	\\x0754d7bee591d5189d79c2c3f0ca9978a388058c0806d006bb897f51c9a6572a	\\x2ce08b1dca9430fad9b7855b59af76bc52740541564a0ab2b2026a4dbbc31003
-91	after prune	\N	2026-11-26 20:50:04.867927+00	4	2091	2026-11-26 20:50:04.86958+00	\\x2ce08b1dca9430fad9b7855b59af76bc52740541564a0ab2b2026a4dbbc31003	\\x025dda078ef7719c394d55a303f4878a63acab0f01d9d1b76467cb835d9970e6
-92	after prune	\N	2026-11-26 20:50:04.867927+00	4	2092	2026-11-26 20:50:04.869596+00	\\x025dda078ef7719c394d55a303f4878a63acab0f01d9d1b76467cb835d9970e6	\\x59bd4338e3a93c0450cf1cc9edecb4c22df3c96d63881c004859adda1e01a2ad
-93	after prune	\N	2026-11-26 20:50:04.867927+00	4	2093	2026-11-26 20:50:04.869616+00	\\x59bd4338e3a93c0450cf1cc9edecb4c22df3c96d63881c004859adda1e01a2ad	\\xaa12b481edad9a0c488cabe296e1423344f98361c6b611a79278f41c32ff7d31
-94	after prune	\N	2026-11-26 20:50:04.867927+00	4	2094	2026-11-26 20:50:04.869631+00	\\xaa12b481edad9a0c488cabe296e1423344f98361c6b611a79278f41c32ff7d31	\\xd5c5fb1620294a4d8ae0579376a9dbbc4e49348b8a675e8acfd1f612b97f1b45
-95	after prune	\N	2026-11-26 20:50:04.867927+00	4	2095	2026-11-26 20:50:04.869646+00	\\xd5c5fb1620294a4d8ae0579376a9dbbc4e49348b8a675e8acfd1f612b97f1b45	\\xacdc41e4013c72c7283844a3875fefd8c54f05f3391147f8c80bba21d93ef5b9
-96	after prune	\N	2026-11-26 20:50:04.867927+00	4	2096	2026-11-26 20:50:04.869661+00	\\xacdc41e4013c72c7283844a3875fefd8c54f05f3391147f8c80bba21d93ef5b9	\\x0ed5195c36715e674db279f416c57f3d5bd97ee19f6c753325998656a302898f
-97	after prune	\N	2026-11-26 20:50:04.867927+00	4	2097	2026-11-26 20:50:04.869676+00	\\x0ed5195c36715e674db279f416c57f3d5bd97ee19f6c753325998656a302898f	\\x9636f1ffb307c7a91e11462e49561765411fddfcfc0ff4e8bec26270b1fdb9d9
-98	after prune	\N	2026-11-26 20:50:04.867927+00	4	2098	2026-11-26 20:50:04.869691+00	\\x9636f1ffb307c7a91e11462e49561765411fddfcfc0ff4e8bec26270b1fdb9d9	\\xa23410b4d6cb822ff137eb96f5ef562f7b60702f3b345696681551da38e09904
-99	after prune	\N	2026-11-26 20:50:04.867927+00	4	2099	2026-11-26 20:50:04.869706+00	\\xa23410b4d6cb822ff137eb96f5ef562f7b60702f3b345696681551da38e09904	\\x12d2e8cf6bc291db04d561b0977c720362bbc7111c888e627b349c3dcafa309f
-100	after prune	\N	2026-11-26 20:50:04.867927+00	4	2100	2026-11-26 20:50:04.869721+00	\\x12d2e8cf6bc291db04d561b0977c720362bbc7111c888e627b349c3dcafa309f	\\xbf7e9ededc7bac97aa642262b3594338ba673b8c77477008e1c386090931ca8e
\.


--
-- Data for Name: everything; Type: TABLE DATA; Schema: Fixture Schema; Owner: postgres
--

COPY "Fixture Schema".everything (t, vc, ch, nm, c, i2, i4, i8, num, f4, f8, b, d, ts, tstz, iv, tm, tmtz, u, ip, net, mac, mac8, bits, vbits, bin, js, jsb, x, m, o, tsv, ia, ta, ia2, lb, e, dom, comp, deep, comps, r, tr, pt, audit_chain_id, audit_seq, audit_at, audit_prev, audit_hash, added) FROM stdin;
text ünïcødé ✓	varchar	ab 	a name	q	1	2	3	1.50	1.5	0.1	t	2024-02-29	2024-01-02 03:04:05.678901	2024-01-02 01:04:05.678901+00	1 year 2 mons 3 days 04:05:06.7	12:34:56	12:34:56+05	a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11	10.0.0.7	10.0.0.0/8	08:00:2b:01:02:03	08:00:2b:01:02:03:04:05	1010	110	\\x00ff	{"b": 1,  "a": [1.50]}	{"a": [1.50], "b": 1, "z": null}	<a>x</a>	$12.34	42	'brown' 'fox' 'quick' 'the'	{1,NULL,3}	{x,NULL,"",ü}	{{1,2},{3,4}}	[0:2]={7,8,9}	happy	short	(1,one)	("(2,two)","{a,NULL}","2024-05-05 05:05:00+00")	{"(1,a)",NULL,"(,c)"}	[1,10)	["2024-01-01 00:00:00+00","2024-02-01 00:00:00+00")	(1.5,2.5)	1	1	2026-11-26 20:50:04.762289+00	\\xfed6b1378fac7fc776b54ae2b4a7ef8cafaf8524c136c3b9ceef54d53c998237	\\x3b1b8918b73e30d6754b87ef36d22330201ff4a678f3043a6ef12536b67039a5	\N
		   		 	0	0	0	NaN	NaN	-0	f	infinity	-infinity	infinity	00:00:00	00:00:00	00:00:00+00	00000000-0000-0000-0000-000000000000	::1	::/0	00:00:00:00:00:00	00:00:00:00:00:00:00:00	0000		\\x	""	""	<a/>	$0.00	0		{}	{}	{}	{}	sad		(,)	(,,)	{}	empty	empty	(0,0)	1	2	2026-11-26 20:50:04.763097+00	\\x3b1b8918b73e30d6754b87ef36d22330201ff4a678f3043a6ef12536b67039a5	\\xd8ae93c4116cda0f4fd70507c30587b11ffcac8de9bee4fd54b38a51062f9c74	\N
\N	\N	\N	\N	\N	\N	\N	\N	0.0	Infinity	-Infinity	\N	-infinity	infinity	-infinity	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	3	2026-11-26 20:50:04.763343+00	\\xd8ae93c4116cda0f4fd70507c30587b11ffcac8de9bee4fd54b38a51062f9c74	\\x383b12708233525080af3084a2b387d0f9be8fdc583ea7fcb18d73d5f609cab5	\N
\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	4	2026-11-26 20:50:04.764716+00	\\x383b12708233525080af3084a2b387d0f9be8fdc583ea7fcb18d73d5f609cab5	\\x6798426da8ba33d9de15a2d7ff460d0968f5efb4a9ac28ec13888713bc134f34	\N
\N	\N	\N	\N	\N	\N	\N	\N	0.000	-0	NaN	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	5	2026-11-26 20:50:04.765755+00	\\x6798426da8ba33d9de15a2d7ff460d0968f5efb4a9ac28ec13888713bc134f34	\\x5313e2ef5e011bddcbd7ccf40f1aefed0ba08fba1c78e72b6a783b466517540c	\N
\N	\N	\N	\N	\N	\N	\N	\N	-0.00000000000000000001	-Infinity	Infinity	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	6	2026-11-26 20:50:04.765841+00	\\x5313e2ef5e011bddcbd7ccf40f1aefed0ba08fba1c78e72b6a783b466517540c	\\x628683c5296f45f6212293f91b28fb2fb390337f5ffaaa79cf5294f82717dc74	\N
\N	\N	\N	\N	\N	\N	\N	\N	\N	0.33333334	0.6666666666666666	\N	\N	2024-06-01 12:00:00	2024-06-01 12:00:00.5+00	-1 days +02:00:00	\N	23:59:59.999999-14	\N	\N	\N	\N	\N	\N	\N	\\x01	\N	\N	\N	$5.00	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	["2024-01-01 03:30:00+00","2024-01-02 03:30:00+00")	(0.1,0.2)	1	7	2026-11-26 20:50:04.770471+00	\\x628683c5296f45f6212293f91b28fb2fb390337f5ffaaa79cf5294f82717dc74	\\x21c458a63b59bd46b08926e0adfa4bda1b07d58eff614020ceb9f1da5de105cb	\N
after add	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	8	2026-11-26 20:50:04.776192+00	\\x21c458a63b59bd46b08926e0adfa4bda1b07d58eff614020ceb9f1da5de105cb	\\xddbcb466a9d6f5411f94f6a0a314db3c269b00dcc315e7541155d292b79c8fed	added
\.


--
-- Data for Name: ext_typed; Type: TABLE DATA; Schema: Fixture Schema; Owner: postgres
--

COPY "Fixture Schema".ext_typed (c, n, audit_chain_id, audit_seq, audit_at, audit_prev, audit_hash) FROM stdin;
Outside the path	1	0	1	2026-11-26 20:50:04.885196+00	\\x74c50911242b31adacdef05ec7edd76d1e5b2f730ba4744c295afab5f2f62a9d	\\x12e9031dbaf2c1052296c0afd9cb1bce831119556d227aed4b564b66741ebd38
Also outside	\N	0	2	2026-11-26 20:50:04.885435+00	\\x12e9031dbaf2c1052296c0afd9cb1bce831119556d227aed4b564b66741ebd38	\\x91c02963ab5c33812608b695602d2357caf7a530a2ed425147791b744bf46bd4
\.


--
-- Data for Name: chain_heads; Type: TABLE DATA; Schema: audit_chain; Owner: postgres
--

COPY audit_chain.chain_heads (relid, chain, seq, hash, recorded_at, base_seq, base_hash) FROM stdin;
"Fixture Schema".everything	0	0	\\x37fa8930991e15fac831cd54129d743029932448ba0b97a032fd671f173c1f91	\N	0	\\x37fa8930991e15fac831cd54129d743029932448ba0b97a032fd671f173c1f91
"Fixture Schema".everything	2	0	\\x215c6959217b35eefec287c3df9083681a18f1e3c07c2c49269aa028a392ff76	\N	0	\\x215c6959217b35eefec287c3df9083681a18f1e3c07c2c49269aa028a392ff76
"Fixture Schema".everything	1	8	\\xddbcb466a9d6f5411f94f6a0a314db3c269b00dcc315e7541155d292b79c8fed	2026-11-26 20:50:04.776192+00	0	\\xfed6b1378fac7fc776b54ae2b4a7ef8cafaf8524c136c3b9ceef54d53c998237
"Fixture Schema"."Events"	0	0	\\x995be086b0a7c092ef08c754e3c17d33f73367f24f301e8611685b11f0821fd1	\N	0	\\x995be086b0a7c092ef08c754e3c17d33f73367f24f301e8611685b11f0821fd1
"Fixture Schema"."Events"	1	0	\\x3b2b93667548bda9486ec315d176e4bb6be434fe1a39c39f99bfeb95681d3ef2	\N	0	\\x3b2b93667548bda9486ec315d176e4bb6be434fe1a39c39f99bfeb95681d3ef2
"Fixture Schema"."Events"	2	0	\\x620c6bfb4b3c7b2c2290530bdae40a518198d09fdaa1569d2b4b8b52c8ffa134	\N	0	\\x620c6bfb4b3c7b2c2290530bdae40a518198d09fdaa1569d2b4b8b52c8ffa134
"Fixture Schema"."Events"	3	0	\\xa60d5c300a980daf10103ef82195a7ae822827e435bc63dab39a0196c5979321	\N	0	\\xa60d5c300a980daf10103ef82195a7ae822827e435bc63dab39a0196c5979321
"Fixture Schema"."Events"	5	0	\\xd66c90f13be5d9fae42c26eeafeb71a9ac9d0aebdaacc43c5ceaed49d1aed163	\N	0	\\xd66c90f13be5d9fae42c26eeafeb71a9ac9d0aebdaacc43c5ceaed49d1aed163
"Fixture Schema"."Events"	6	0	\\x3cb7464499907318350de75e7b78572049ec1cc42766683f055be0e8f6206d6f	\N	0	\\x3cb7464499907318350de75e7b78572049ec1cc42766683f055be0e8f6206d6f
"Fixture Schema"."Events"	7	0	\\x923b946e4acb2c4d6516d6315ebb6baa20a966b81b6ee5e4eaf2c7b3b8043ddf	\N	0	\\x923b946e4acb2c4d6516d6315ebb6baa20a966b81b6ee5e4eaf2c7b3b8043ddf
"Fixture Schema"."Events"	4	2100	\\xbf7e9ededc7bac97aa642262b3594338ba673b8c77477008e1c386090931ca8e	2026-11-26 20:50:04.869721+00	1999	\\x936df77a9a2a03933f5c5645aba15262b8d03778f00a445dbb391d463efa0580
"Fixture Schema".ext_typed	0	2	\\x91c02963ab5c33812608b695602d2357caf7a530a2ed425147791b744bf46bd4	2026-11-26 20:50:04.885435+00	0	\\x74c50911242b31adacdef05ec7edd76d1e5b2f730ba4744c295afab5f2f62a9d
\.


--
-- Data for Name: checkpoints; Type: TABLE DATA; Schema: audit_chain; Owner: postgres
--

COPY audit_chain.checkpoints (id, relid, kind, body, hash) FROM stdin;
1	"Fixture Schema"."Events"	prune	{"kind": "prune", "table": "\\"Fixture Schema\\".\\"Events\\"", "chains": [{"chain": 4, "removed": 1999, "base_seq": 1999, "base_hash": "936df77a9a2a03933f5c5645aba15262b8d03778f00a445dbb391d463efa0580"}], "format": "audit_chain.checkpoint.v2", "database": "fixture_0_4_0", "older_than": "2026-11-26T20:50:04.859146Z", "table_uuid": "39edf34e-6d2d-4420-935b-751b15e14696", "recorded_at": "2026-11-26T20:50:04.858818Z", "checkpoint_id": 1, "prev_checkpoint_hash": "0000000000000000000000000000000000000000000000000000000000000000"}	\\x9f6459172a35e924d7d9fa884ff603875dc707509e9616dbcc3edf3b3f27510c
2	"Fixture Schema".everything	checkpoint	{"kind": "checkpoint", "table": "\\"Fixture Schema\\".everything", "chains": [{"seq": 0, "hash": "37fa8930991e15fac831cd54129d743029932448ba0b97a032fd671f173c1f91", "chain": 0, "base_seq": 0, "base_hash": "37fa8930991e15fac831cd54129d743029932448ba0b97a032fd671f173c1f91"}, {"at": "2026-11-26T20:50:04.776192Z", "seq": 8, "hash": "ddbcb466a9d6f5411f94f6a0a314db3c269b00dcc315e7541155d292b79c8fed", "chain": 1, "base_seq": 0, "base_hash": "fed6b1378fac7fc776b54ae2b4a7ef8cafaf8524c136c3b9ceef54d53c998237"}, {"seq": 0, "hash": "215c6959217b35eefec287c3df9083681a18f1e3c07c2c49269aa028a392ff76", "chain": 2, "base_seq": 0, "base_hash": "215c6959217b35eefec287c3df9083681a18f1e3c07c2c49269aa028a392ff76"}], "format": "audit_chain.checkpoint.v2", "database": "fixture_0_4_0", "retention": {"days": 0, "months": 0, "microseconds": 0}, "table_uuid": "4c433d21-797f-4389-8a03-3e9648d85173", "recorded_at": "2026-11-26T20:50:04.885820Z", "checkpoint_id": 2, "prev_checkpoint_hash": "9f6459172a35e924d7d9fa884ff603875dc707509e9616dbcc3edf3b3f27510c"}	\\xee74fba56f3c81985b0d1a87ac2edd20063397971933682832a75976d8f293c1
3	"Fixture Schema"."Events"	checkpoint	{"kind": "checkpoint", "table": "\\"Fixture Schema\\".\\"Events\\"", "chains": [{"seq": 0, "hash": "995be086b0a7c092ef08c754e3c17d33f73367f24f301e8611685b11f0821fd1", "chain": 0, "base_seq": 0, "base_hash": "995be086b0a7c092ef08c754e3c17d33f73367f24f301e8611685b11f0821fd1"}, {"seq": 0, "hash": "3b2b93667548bda9486ec315d176e4bb6be434fe1a39c39f99bfeb95681d3ef2", "chain": 1, "base_seq": 0, "base_hash": "3b2b93667548bda9486ec315d176e4bb6be434fe1a39c39f99bfeb95681d3ef2"}, {"seq": 0, "hash": "620c6bfb4b3c7b2c2290530bdae40a518198d09fdaa1569d2b4b8b52c8ffa134", "chain": 2, "base_seq": 0, "base_hash": "620c6bfb4b3c7b2c2290530bdae40a518198d09fdaa1569d2b4b8b52c8ffa134"}, {"seq": 0, "hash": "a60d5c300a980daf10103ef82195a7ae822827e435bc63dab39a0196c5979321", "chain": 3, "base_seq": 0, "base_hash": "a60d5c300a980daf10103ef82195a7ae822827e435bc63dab39a0196c5979321"}, {"at": "2026-11-26T20:50:04.869721Z", "seq": 2100, "hash": "bf7e9ededc7bac97aa642262b3594338ba673b8c77477008e1c386090931ca8e", "chain": 4, "base_seq": 1999, "base_hash": "936df77a9a2a03933f5c5645aba15262b8d03778f00a445dbb391d463efa0580"}, {"seq": 0, "hash": "d66c90f13be5d9fae42c26eeafeb71a9ac9d0aebdaacc43c5ceaed49d1aed163", "chain": 5, "base_seq": 0, "base_hash": "d66c90f13be5d9fae42c26eeafeb71a9ac9d0aebdaacc43c5ceaed49d1aed163"}, {"seq": 0, "hash": "3cb7464499907318350de75e7b78572049ec1cc42766683f055be0e8f6206d6f", "chain": 6, "base_seq": 0, "base_hash": "3cb7464499907318350de75e7b78572049ec1cc42766683f055be0e8f6206d6f"}, {"seq": 0, "hash": "923b946e4acb2c4d6516d6315ebb6baa20a966b81b6ee5e4eaf2c7b3b8043ddf", "chain": 7, "base_seq": 0, "base_hash": "923b946e4acb2c4d6516d6315ebb6baa20a966b81b6ee5e4eaf2c7b3b8043ddf"}], "format": "audit_chain.checkpoint.v2", "database": "fixture_0_4_0", "retention": {"days": 0, "months": 0, "microseconds": 0}, "table_uuid": "39edf34e-6d2d-4420-935b-751b15e14696", "recorded_at": "2026-11-26T20:50:04.885820Z", "checkpoint_id": 3, "prev_checkpoint_hash": "ee74fba56f3c81985b0d1a87ac2edd20063397971933682832a75976d8f293c1"}	\\x611a2ae3230d16ff85f81cd863e868d375971455cfedd1537692e0f1282bc1b9
4	"Fixture Schema".ext_typed	checkpoint	{"kind": "checkpoint", "table": "\\"Fixture Schema\\".ext_typed", "chains": [{"at": "2026-11-26T20:50:04.885435Z", "seq": 2, "hash": "91c02963ab5c33812608b695602d2357caf7a530a2ed425147791b744bf46bd4", "chain": 0, "base_seq": 0, "base_hash": "74c50911242b31adacdef05ec7edd76d1e5b2f730ba4744c295afab5f2f62a9d"}], "format": "audit_chain.checkpoint.v2", "database": "fixture_0_4_0", "retention": {"days": 0, "months": 0, "microseconds": 0}, "table_uuid": "3e2c632a-d526-4b49-ba7c-8e55012a37ff", "recorded_at": "2026-11-26T20:50:04.885820Z", "checkpoint_id": 4, "prev_checkpoint_hash": "611a2ae3230d16ff85f81cd863e868d375971455cfedd1537692e0f1282bc1b9"}	\\x4bb875eeacca389a32dd058985229b5f3eaef2d69b636b56027ef457ab42b286
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
"Fixture Schema".everything	4c433d21-797f-4389-8a03-3e9648d85173	3	1	2026-11-26 20:50:04.75133+00	postgres	00:00:00
"Fixture Schema"."Events"	39edf34e-6d2d-4420-935b-751b15e14696	8	1	2026-11-26 20:50:04.780495+00	postgres	00:00:00
"Fixture Schema".ext_typed	3e2c632a-d526-4b49-ba7c-8e55012a37ff	1	1	2026-11-26 20:50:04.881716+00	postgres	00:00:00
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

\unrestrict dYkOxeZK3M6KXBEOMrBZveGgUWOSb3H53DrcKhsPfQ0AvS5x3Amf9ypFCqHTJle

