-- audit_chain 0.2.0 -> 0.3.0
--
-- The insert path reads a chain's head once per transaction. In 0.2.0 it found it by scanning
-- all of audit_chain.chain_heads, so a transaction's cost grew with the number of audit tables in
-- the database (8 chains each by default). 0.3.0 looks it up through this primary key. Its
-- columns never change, so the per-commit updates of a head can stay on their page (HOT, no
-- index entry); the fillfactor keeps room for them on pages filled from now on.
--
-- Fails with unique_violation (23505) if two rows describe the same chain. Neither audit_chain
-- nor any DBA command writes such rows, so they mean someone edited the catalog by hand: find
-- them with
--   SELECT relid, chain, count(*) FROM audit_chain.chain_heads GROUP BY 1, 2 HAVING count(*) > 1;
-- and compare them with your last external digest before you remove any.
\echo Use "ALTER EXTENSION audit_chain UPDATE" to load this file. \quit

ALTER TABLE audit_chain.chain_heads ADD PRIMARY KEY (relid, chain);
ALTER TABLE audit_chain.chain_heads SET (fillfactor = 50);
