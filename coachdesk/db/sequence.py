"""The team database's one change sequence: every write to a travelling record takes a number.

A laptop asks "what changed after number N?" instead of comparing clocks. The trigger takes
the sync advisory lock first, so numbers are handed out in the order transactions commit and
a reader never skips a number a slower transaction commits later. Part of migration 0002:
never change these statements, add a migration instead.
"""

from __future__ import annotations

SYNC_LOCK = 0x43_44_53_79  # "CDSy": pushes and every server-side write hold it until commit
SEQUENCE = "coachdesk_change_seq"
SEQUENCED_TABLES = (
    'action', 'assessment', 'candidacy', 'candidacy_event', 'contact_moment', 'criterion',
    'municipality', 'organisation', 'person', 'proposal', 'proposal_version', 'region',
    'review_comment', 'stage', 'stage_change', 'tombstone',
)

PG_CHANGE_SEQ_CREATE = (
    f"CREATE SEQUENCE {SEQUENCE}",
    "CREATE FUNCTION coachdesk_stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
    f"BEGIN PERFORM pg_advisory_xact_lock({SYNC_LOCK}); "
    f"NEW.change_seq := nextval('{SEQUENCE}'); RETURN NEW; END $$",
    *(f"CREATE TRIGGER {t}_change_seq BEFORE INSERT OR UPDATE ON {t} FOR EACH ROW "
      "EXECUTE FUNCTION coachdesk_stamp_change()" for t in SEQUENCED_TABLES),
)
PG_CHANGE_SEQ_DROP = (
    *(f"DROP TRIGGER IF EXISTS {t}_change_seq ON {t}" for t in SEQUENCED_TABLES),
    "DROP FUNCTION IF EXISTS coachdesk_stamp_change()",
    f"DROP SEQUENCE IF EXISTS {SEQUENCE}",
)
