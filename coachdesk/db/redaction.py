"""Erasing across regions on the team database: one narrow server function, no way around RLS.

Row-level security keeps a coach's erasure to the regions she writes. The person she erases
may also be named in other coaches' texts, or be a record of another region. `team init`
therefore creates `coachdesk_redact(persons, changes)`: a SECURITY DEFINER function owned
by the tables' owner, with its search_path pinned, that only the coach group may execute.
The coach's CoachDesk computes the scrubbed texts with the one scrubber (domain/scrub.py)
and sends them as changes {table, key, column, old, new}. The function applies a change
only when
  (a) every person named in `persons` has an `erased` tombstone on the server (so the
      erasure itself is public, travels to everyone and can never be undone),
  (b) the column is one of CoachDesk's free-text columns (`coachdesk_redactable()`, derived
      from the catalog: text or long varchar columns of the travelling tables and
      sync_batch.result; never uuids, keys, unique columns, codes or statuses),
  (c) the new value is a pure redaction of the current one: split on the erasure's marker
      (`ANONYMISED`), its pieces occur in the current value in order, from its start to its
      end; a caller can only cut spans out and put the marker in, never write new text.
A change whose current value is no longer the `old` the caller saw is skipped and reported.
Each row changed gets version + 1 (and so a change number), as any server write, so every
laptop pulls the scrubbed text. The function also removes those people's rows and anonymises
their participations in any region, and writes one line to `team_redaction_log`.
"""

from __future__ import annotations

from coachdesk.db.security import COACH, HEADQUARTERS
from coachdesk.db.sequence import SYNC_LOCK
from coachdesk.domain.vocabulary import ANONYMISED

FUNCTION = "coachdesk_redact"
COLUMNS = "coachdesk_redactable"
LOG = "team_redaction_log"
SIGNATURE = f"{FUNCTION}(text[], jsonb)"
MIN_LENGTH = 40  # shorter varchar columns hold codes and statuses, not prose
NEVER = ("uuid", "sha256")
# Free text outside the travelling tables: a batch's stored answer repeats pushed records.
EXTRA = {"sync_batch": ("batch_id", "result")}
PINNED = "SET search_path = pg_catalog, public, pg_temp"
_NEVER = ", ".join(f"'{name}'" for name in NEVER)

_LOG_TABLE = (
    f"CREATE TABLE IF NOT EXISTS {LOG} (id bigserial PRIMARY KEY, "
    "username name NOT NULL, asked_at timestamptz NOT NULL DEFAULT now(), "
    "persons text[] NOT NULL, people_removed integer NOT NULL, "
    "participants integer NOT NULL, fields_changed integer NOT NULL, "
    "fields_skipped integer NOT NULL)")

_REDACTABLE = f"""
CREATE OR REPLACE FUNCTION {COLUMNS}()
RETURNS TABLE (table_name text, column_name text, key_column text, bumps boolean)
LANGUAGE sql STABLE {PINNED} AS $$
  SELECT c.table_name::text, c.column_name::text,
         CASE WHEN c.table_name = 'sync_batch' THEN 'batch_id' ELSE 'uuid' END,
         c.table_name <> 'sync_batch'
  FROM information_schema.columns c
  WHERE c.table_schema = 'public'
    AND c.data_type IN ('text', 'character varying')
    AND coalesce(c.character_maximum_length, {MIN_LENGTH}) >= {MIN_LENGTH}
    AND c.column_name NOT IN ({_NEVER})
    AND ((c.table_name = 'sync_batch' AND c.column_name = 'result')
         OR (c.table_name NOT IN ('stage', 'tombstone', 'sync_shadow')
             AND (SELECT count(*) FROM information_schema.columns k
                  WHERE k.table_schema = 'public' AND k.table_name = c.table_name
                    AND k.column_name IN ('uuid', 'version', 'change_seq')) = 3))
    AND NOT EXISTS (
      SELECT 1 FROM pg_index i JOIN pg_attribute a
        ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
      WHERE i.indrelid = format('public.%I', c.table_name)::regclass
        AND i.indisunique AND a.attname = c.column_name)
    AND NOT EXISTS (
      SELECT 1 FROM information_schema.key_column_usage u
      WHERE u.table_schema = 'public' AND u.table_name = c.table_name
        AND u.column_name = c.column_name)
$$"""

_IS_REDACTION = f"""
CREATE OR REPLACE FUNCTION coachdesk_is_redaction(old text, new text, marker text)
RETURNS boolean LANGUAGE plpgsql IMMUTABLE {PINNED} AS $$
DECLARE
  pieces text[];
  n integer;
  pos integer;
  found integer;
BEGIN
  IF old IS NULL OR new IS NULL OR old = new OR marker = '' THEN
    RETURN false;
  END IF;
  pieces := string_to_array(new, marker);
  n := coalesce(array_length(pieces, 1), 0);
  IF n < 2 OR left(old, length(pieces[1])) <> pieces[1] THEN
    RETURN false;
  END IF;
  pos := length(pieces[1]) + 1;
  FOR i IN 2 .. n - 1 LOOP
    found := strpos(substr(old, pos), pieces[i]);
    IF found = 0 THEN
      RETURN false;
    END IF;
    pos := pos + found - 1 + length(pieces[i]);
  END LOOP;
  RETURN length(old) - length(pieces[n]) + 1 >= pos AND right(old, length(pieces[n])) = pieces[n];
END $$"""

_REDACT = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}(persons text[], changes jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER {PINNED} AS $$
DECLARE
  marker constant text := '{ANONYMISED}';
  change jsonb;
  target jsonb;
  current_value text;
  applied integer := 0;
  skipped jsonb := '[]';
  removed integer := 0;
  participants integer := 0;
  moments integer[];
  allowed jsonb;
BEGIN
  IF persons IS NULL OR cardinality(persons) = 0 OR EXISTS (
      SELECT 1 FROM unnest(persons) AS p(uuid) WHERE NOT EXISTS (
        SELECT 1 FROM tombstone t WHERE t.table_name = 'person' AND t.uuid = p.uuid
          AND t.kind = 'erased')) THEN
    RAISE EXCEPTION 'coachdesk_redact: a person is not erased on the server'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM pg_advisory_xact_lock({SYNC_LOCK});
  WITH gone AS (SELECT id, organisation_id FROM person WHERE uuid = ANY (persons)),
       changed AS (
         UPDATE contact_participant cp SET anonymised = true, person_id = NULL,
                organisation_id = coalesce(cp.organisation_id, gone.organisation_id)
         FROM gone WHERE cp.person_id = gone.id RETURNING cp.moment_id)
  SELECT array_agg(DISTINCT moment_id), count(*) INTO moments, participants FROM changed;
  UPDATE contact_moment SET version = version + 1 WHERE id = ANY (coalesce(moments, '{{}}'));
  DELETE FROM person WHERE uuid = ANY (persons);
  GET DIAGNOSTICS removed = ROW_COUNT;
  SELECT jsonb_object_agg(t.table_name, t.columns) INTO allowed FROM (
    SELECT r.table_name, jsonb_object_agg(r.column_name, jsonb_build_object(
             'key', r.key_column, 'bumps', r.bumps)) AS columns
    FROM {COLUMNS}() r GROUP BY r.table_name) t;
  FOR change IN SELECT value FROM jsonb_array_elements(coalesce(changes, '[]')) LOOP
    target := allowed -> (change->>'table') -> (change->>'column');
    IF target IS NULL THEN
      RAISE EXCEPTION 'coachdesk_redact: %.% is not a text column it redacts',
        change->>'table', change->>'column' USING ERRCODE = 'insufficient_privilege';
    END IF;
    EXECUTE format('SELECT %I FROM public.%I WHERE %I = $1 FOR UPDATE', change->>'column',
                   change->>'table', target->>'key')
      INTO current_value USING change->>'key';
    IF current_value IS DISTINCT FROM change->>'old' THEN
      skipped := skipped || jsonb_build_object('table', change->>'table',
                                               'key', change->>'key',
                                               'column', change->>'column');
      CONTINUE;
    END IF;
    IF NOT coachdesk_is_redaction(current_value, change->>'new', marker) THEN
      RAISE EXCEPTION 'coachdesk_redact: the change to %.% is not a redaction',
        change->>'table', change->>'column' USING ERRCODE = 'insufficient_privilege';
    END IF;
    EXECUTE format('UPDATE public.%I SET %I = $1%s WHERE %I = $2', change->>'table',
                   change->>'column',
                   CASE WHEN (target->>'bumps')::boolean THEN ', version = version + 1'
                        ELSE '' END,
                   target->>'key')
      USING change->>'new', change->>'key';
    applied := applied + 1;
  END LOOP;
  INSERT INTO {LOG} (username, persons, people_removed, participants, fields_changed,
                     fields_skipped)
    VALUES (session_user, persons, removed, participants, applied, jsonb_array_length(skipped));
  RETURN jsonb_build_object('applied', applied, 'skipped', skipped, 'people', removed,
                            'participants', participants);
END $$"""


def redaction_statements() -> list[str]:
    """The function, its helpers and its log, with their privileges; safe to run again."""
    helpers = (f"{COLUMNS}()", "coachdesk_is_redaction(text, text, text)", SIGNATURE)
    return [_LOG_TABLE, f"REVOKE ALL ON {LOG} FROM PUBLIC", f"GRANT SELECT ON {LOG} TO {HEADQUARTERS}",
            _REDACTABLE, _IS_REDACTION, _REDACT,
            *(f"REVOKE ALL ON FUNCTION {h} FROM PUBLIC" for h in helpers),
            f"GRANT EXECUTE ON FUNCTION {COLUMNS}() TO {COACH}",
            f"GRANT EXECUTE ON FUNCTION {SIGNATURE} TO {COACH}"]
