-- The hand-written alternative: a PL/pgSQL trigger with pgcrypto that chains each row to a
-- one-row head table it reads and UPDATEs per inserted row. Shown here as a baseline only.
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE chain_head (id int PRIMARY KEY, seq bigint NOT NULL, hash bytea NOT NULL);
INSERT INTO chain_head VALUES (1, 0, '\x');
CREATE FUNCTION chain_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  h chain_head;
BEGIN
  SELECT * INTO h FROM chain_head WHERE id = 1 FOR UPDATE;
  NEW.seq := h.seq + 1;
  NEW.prev_hash := h.hash;
  NEW.row_hash := digest(h.hash || convert_to(concat_ws('|', NEW.seq, NEW.id, NEW.actor, NEW.action,
                                                         NEW.payload::text, NEW.created::text), 'UTF8'), 'sha256');
  UPDATE chain_head SET seq = NEW.seq, hash = NEW.row_hash WHERE id = 1;
  RETURN NEW;
END
$$;
