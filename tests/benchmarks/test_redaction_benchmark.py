"""A coach's erasure on the team database through `coachdesk_redact`: how long it takes when
the person is named in another coach's region (figures for issue 14's closing note; run with
-m benchmark -s). `COACHDESK_REDACT_BENCH_MOMENTS` sets the number of moments (20,000)."""

from __future__ import annotations

import os
import time

import pytest

from coachdesk.application.team import open_team_services
from coachdesk.services.container import Services
from coachdesk.services.contacts import PersonRow
from coachdesk.services.database import open_team_db
from tests.team.conftest import Team, team  # noqa: F401  (the fixture)

pytestmark = pytest.mark.benchmark


@pytest.mark.parametrize("who", ["coach", "owner"])
def test_an_erasure_named_in_another_region(team: Team, pg_url: str, who: str) -> None:  # noqa: F811
    moments = int(os.environ.get("COACHDESK_REDACT_BENCH_MOMENTS", "20000"))
    owner = Services(open_team_db(pg_url))
    try:
        brugge = next(r.id for r in owner.contacts.regions() if r.name == "Regio Brugge")
        aicha = owner.contacts.save_person(PersonRow(None, "Aïcha Declercq", region_id=brugge,
                                                     email="aicha.declercq@lier.be"))
        with owner.db.engine.begin() as con:
            con.exec_driver_sql(
                "INSERT INTO contact_moment (uuid, created_at, updated_at, happened_on, kind, "
                "region_id, subject, report) SELECT gen_random_uuid()::text, now(), now(), "
                "current_date, 'phone', %(r)s, 'Gesprek ' || n, CASE WHEN n %% 20 = 0 THEN "
                "'Aïcha Declercq (aicha.declercq@lier.be) belde; Mevr. Declercq volgt op.' "
                "ELSE 'Overleg met de gemeente over punt ' || n END "
                "FROM generate_series(1, %(n)s) AS n", {"r": brugge, "n": moments})
    finally:
        owner.close()
    coach = (open_team_services(team.url(team.coach).replace("+psycopg", "")) if who == "coach"
             else Services(open_team_db(pg_url)))
    try:
        started = time.perf_counter()
        result = coach.privacy.erase_person(aicha)
        took = time.perf_counter() - started
    finally:
        coach.close()
    print(f"\n{who}'s erasure on the team database"
          f" ({'coachdesk_redact' if who == 'coach' else 'directly'}), {moments:,} moments, "
          f"{moments // 20:,} naming her in another region: {took:.2f} s "
          f"({result.texts_scrubbed} texts redacted)")
    assert result.texts_scrubbed == moments // 20
