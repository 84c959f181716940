"""What the connected user may change: asked of the team database once, when it is opened.

On a laptop file everything is allowed. On the team database (`coachdesk --db
postgresql://…`) PostgreSQL decides (roles, privileges, row-level security: `db/security.py`);
the window asks it once what the connected role may do, so it can grey out in advance what
the server would refuse, and say why. The server stays the judge: this only spares the
user a refusal after the fact.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from coachdesk.services.container import Services

LAPTOP = "laptop"  # a laptop file: everything
OWNER = "owner"  # the team database's owner (or a superuser): everything
COACH = "coach"  # writes the regions assigned to her, reads the rest
HEADQUARTERS = "headquarters"  # reads everything, corrects action deadlines and comments
READER = "reader"  # may read but change nothing


@dataclass(frozen=True)
class Rights:
    role: str = LAPTOP
    user: str = ""
    regions: frozenset[int] | None = None  # a coach's regions (ids); None: every region

    @property
    def writes(self) -> bool:
        """May add, change and delete records (a coach: in her regions)."""
        return self.role in (LAPTOP, OWNER, COACH)

    @property
    def corrects(self) -> bool:
        """May correct an action's deadline and a comment's text."""
        return self.writes or self.role == HEADQUARTERS

    def writes_region(self, region_id: int | None) -> bool:
        """May change records of this region (a record without a region: every coach)."""
        if not self.writes:
            return False
        return self.regions is None or region_id is None or region_id in self.regions


FULL = Rights()


def rights_of(services: Services) -> Rights:
    """The open database's rights for its user: asked of the server once, when it is one."""
    if services.db.is_file:
        return FULL  # a laptop file: nothing to ask, and SQLAlchemy stays unloaded
    return server_rights(services.db.engine)


def server_rights(engine: Engine) -> Rights:
    """One query: the role's memberships and privileges, and a coach's regions."""
    from sqlalchemy import text

    from coachdesk.db.security import ASSIGNMENTS, COACH as COACH_ROLE, HEADQUARTERS as HQ_ROLE

    def member(role: str) -> str:
        return (f"CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') "
                f"THEN pg_has_role(current_user, '{role}', 'MEMBER') ELSE false END")

    with engine.connect() as con:
        row = con.execute(text(
            "SELECT current_user, "
            "(SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user) "
            "OR pg_has_role(current_user, (SELECT relowner FROM pg_class "
            "WHERE oid = 'contact_moment'::regclass), 'MEMBER'), "
            f"{member(COACH_ROLE)}, {member(HQ_ROLE)}, "
            "has_table_privilege('contact_moment', 'INSERT'), "
            "has_column_privilege('action', 'due_on', 'UPDATE')")).one()
        user, unrestricted, coach, headquarters, inserts, corrects = row
        if unrestricted:
            return Rights(OWNER, str(user))
        if coach and inserts:
            regions = frozenset(int(r) for r in con.scalars(text(
                f"SELECT region_id FROM {ASSIGNMENTS} WHERE username = current_user")))
            return Rights(COACH, str(user), regions)
        if inserts:
            return Rights(OWNER, str(user))  # privileges given some other way: the server judges
        if headquarters or corrects:
            return Rights(HEADQUARTERS, str(user))
        return Rights(READER, str(user))
