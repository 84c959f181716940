"""Who may do what on the team database, enforced by PostgreSQL itself.

Two group roles: coaches write the regions assigned to them (`team_region_coach`) and read
everything else; headquarters reads everything and may correct action deadlines and
comments only. Everyone else is refused at the door (no CONNECT). A record without a region
(a person or organisation not tied to one) may be written by every coach.
"""

from __future__ import annotations

COACH = "coachdesk_coach"
HEADQUARTERS = "coachdesk_headquarters"
ASSIGNMENTS = "team_region_coach"  # server-only: which login role coaches which region

_VIA_CANDIDACY = "(SELECT c.region_id FROM candidacy c WHERE c.id = candidacy_id)"
_VIA_VERSION = ("(SELECT p.region_id FROM proposal p JOIN proposal_version v "
                "ON v.proposal_id = p.id WHERE v.id = version_id)")
# Table -> the SQL expression giving a row's region, for the tables a coach writes by region.
REGION_OF = {
    "region": "id",
    "municipality": "region_id",
    "candidacy": "region_id",
    "candidacy_event": _VIA_CANDIDACY,
    "candidacy_municipality": _VIA_CANDIDACY,
    "contact_moment": "region_id",
    "contact_participant": "(SELECT m.region_id FROM contact_moment m WHERE m.id = moment_id)",
    "action": "region_id",
    "stage_change": "region_id",
    "proposal": "region_id",
    "proposal_version": "(SELECT p.region_id FROM proposal p WHERE p.id = proposal_id)",
    "proposal_file": _VIA_VERSION,
    "assessment": _VIA_VERSION,
    "review_comment": _VIA_VERSION,
    "person": "region_id",
    "organisation": "region_id",
}
# Reference lists a coach may change only in place (no new or removed regions).
UPDATE_ONLY = {"region", "municipality"}
# Shared by the whole team: any coach writes them.
SHARED = {"criterion": "ALL", "tombstone": "INSERT", "erasure_record": "INSERT",
          "sync_batch": "INSERT"}
READ_ONLY = ("stage", "former_municipality", "db_meta", "alembic_version", ASSIGNMENTS)
# What headquarters may correct: table -> columns (with the bookkeeping every update writes).
HEADQUARTERS_UPDATES = {
    "action": ("due_on",),
    "review_comment": ("text",),
    "assessment": ("comment",),
}
_BOOKKEEPING = ("updated_at", "version")


def _role(name: str) -> str:
    return (f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') "
            f"THEN CREATE ROLE {name} NOLOGIN; END IF; END $$")


def _policies(table: str, region: str) -> list[str]:
    mine = f"coachdesk_coaches_region({region})"
    stmts = [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
             f"CREATE POLICY team_read ON {table} FOR SELECT TO {COACH}, {HEADQUARTERS} "
             "USING (true)",
             f"CREATE POLICY coach_update ON {table} FOR UPDATE TO {COACH} USING ({mine}) "
             f"WITH CHECK ({mine})"]
    if table not in UPDATE_ONLY:
        stmts += [f"CREATE POLICY coach_insert ON {table} FOR INSERT TO {COACH} "
                  f"WITH CHECK ({mine})",
                  f"CREATE POLICY coach_delete ON {table} FOR DELETE TO {COACH} USING ({mine})"]
        stmts.append(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {COACH}")
    else:
        stmts.append(f"GRANT SELECT, UPDATE ON {table} TO {COACH}")
    return stmts


def security_statements(database: str) -> list[str]:
    """Roles, grants and row-level security for the team database; safe to run again."""
    stmts = [_role(COACH), _role(HEADQUARTERS),
             f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC',
             f'GRANT CONNECT ON DATABASE "{database}" TO {COACH}, {HEADQUARTERS}',
             "REVOKE ALL ON SCHEMA public FROM PUBLIC",
             f"GRANT USAGE ON SCHEMA public TO {COACH}, {HEADQUARTERS}",
             f"CREATE TABLE IF NOT EXISTS {ASSIGNMENTS} (username name NOT NULL, "
             "region_id integer NOT NULL REFERENCES region(id), PRIMARY KEY (username, region_id))",
             "CREATE OR REPLACE FUNCTION coachdesk_coaches_region(region integer) "
             "RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT region IS NULL OR EXISTS ("
             f"SELECT 1 FROM {ASSIGNMENTS} a WHERE a.username = current_user "
             "AND a.region_id = region) $$",
             f"GRANT SELECT ON {', '.join(READ_ONLY)} TO {COACH}, {HEADQUARTERS}",
             f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {COACH}, {HEADQUARTERS}"]
    for table in {*REGION_OF, *SHARED}:
        stmts += [f"DROP POLICY IF EXISTS {p} ON {table}"
                  for p in ("team_read", "coach_update", "coach_insert", "coach_delete",
                            "coach_shared", "headquarters_correct")]
    for table, region in REGION_OF.items():
        stmts += _policies(table, region)
    for table, what in SHARED.items():
        command = "ALL" if what == "ALL" else "INSERT"
        stmts += [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
                  f"CREATE POLICY team_read ON {table} FOR SELECT TO {COACH}, {HEADQUARTERS} "
                  "USING (true)",
                  f"CREATE POLICY coach_shared ON {table} FOR {command} TO {COACH} "
                  + ("USING (true) WITH CHECK (true)" if command == "ALL" else "WITH CHECK (true)"),
                  f"GRANT SELECT, {'INSERT, UPDATE, DELETE' if command == 'ALL' else 'INSERT'} "
                  f"ON {table} TO {COACH}",
                  f"GRANT SELECT ON {table} TO {HEADQUARTERS}"]
    for table, columns in HEADQUARTERS_UPDATES.items():
        cols = ", ".join((*columns, *_BOOKKEEPING))
        stmts += [f"GRANT SELECT, UPDATE ({cols}) ON {table} TO {HEADQUARTERS}",
                  f"CREATE POLICY headquarters_correct ON {table} FOR UPDATE TO {HEADQUARTERS} "
                  "USING (true) WITH CHECK (true)"]
    stmts.append(f"GRANT SELECT ON {', '.join(t for t in REGION_OF if t not in HEADQUARTERS_UPDATES)}"
                 f" TO {HEADQUARTERS}")
    return stmts
