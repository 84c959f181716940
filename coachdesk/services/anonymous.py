"""People out of free text for a reader without personal data: the one scrubber, set up once.

Every person known to the database is replaced by their organisation (or a neutral word) in
every spelling `domain.scrub.Scrubber` recognises; e-mail addresses and phone numbers of
nobody known become neutral words too. The progress report's no-personal-data variant calls
this; the anonymous workbook export and merge use the same scrubber.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.db.models import Organisation, Person
from coachdesk.domain.scrub import NEUTRAL_NAME, Identity, Scrubber


def people(s: Session) -> list[Identity]:
    """Every person, to be replaced by their organisation's name (or the neutral word)."""
    orgs = dict(s.execute(select(Organisation.id, Organisation.name)).all())
    return [Identity(name, email or "", phone or "",
                     (orgs.get(org) if org is not None else None) or NEUTRAL_NAME)
            for name, email, phone, org in s.execute(
                select(Person.name, Person.email, Person.phone, Person.organisation_id))
            if name and name.strip()]


def text_scrubber(s: Session) -> Callable[[str], str]:
    """A function that takes people out of a text: names, e-mail addresses, phone numbers."""
    scrubber = Scrubber(people(s), unknown_contacts=True)
    return lambda text: scrubber.scrub(text) if text else text
