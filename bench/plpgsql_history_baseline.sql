-- The usual hand-written change history (the supa_audit / audit-trigger kind): an AFTER row
-- trigger in PL/pgSQL that writes to_jsonb(OLD) and to_jsonb(NEW) into a plain history table,
-- without any hashing or chaining. bench/track.sh compares audit_track with it.
-- Expects a table bench_plpgsql (id int PRIMARY KEY, ...).
CREATE TABLE bench_plpgsql_history (
    change_id  bigint GENERATED ALWAYS AS IDENTITY,
    op         text NOT NULL,
    key        jsonb,
    old_row    jsonb,
    new_row    jsonb,
    changed_at timestamptz NOT NULL DEFAULT transaction_timestamp()
);
CREATE INDEX ON bench_plpgsql_history (key, change_id);
CREATE FUNCTION bench_plpgsql_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO bench_plpgsql_history (op, key, old_row)
    VALUES (TG_OP, jsonb_build_object('id', OLD.id), to_jsonb(OLD));
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO bench_plpgsql_history (op, key, old_row, new_row)
    VALUES (TG_OP, jsonb_build_object('id', NEW.id), to_jsonb(OLD), to_jsonb(NEW));
  ELSE
    INSERT INTO bench_plpgsql_history (op, key, new_row)
    VALUES (TG_OP, jsonb_build_object('id', NEW.id), to_jsonb(NEW));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER bench_plpgsql_history AFTER INSERT OR UPDATE OR DELETE ON bench_plpgsql
    FOR EACH ROW EXECUTE FUNCTION bench_plpgsql_history();
