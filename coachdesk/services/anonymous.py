"""People's names in free text for a reader without personal data: the report's one entry point.

Until the shared scrubber (`domain/scrub.py`) is in, this replaces the way the workbook export
does for `Verantwoordelijke`: a person's full name becomes their organisation (or a neutral
word); e-mail addresses and phone numbers become neutral words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.db.models import Organisation, Person

NEUTRAL_NAME = "contactpersoon"
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d ./()\-]{7,20}\d(?!\w)")


def text_scrubber(s: Session) -> Callable[[str], str]:
    """A function that takes people out of a text: names, e-mail addresses, phone numbers."""
    orgs = dict(s.execute(select(Organisation.id, Organisation.name)).all())
    replacement: dict[str, str] = {}
    for name, org in s.execute(select(Person.name, Person.organisation_id)):
        if name and len(name.strip()) > 2:
            replacement[name.strip().casefold()] = orgs.get(org, "") or NEUTRAL_NAME
    if not replacement:
        return lambda text: _PHONE.sub(_phone, _EMAIL.sub("(e-mailadres)", text))
    names = sorted(replacement, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)

    def scrub(text: str) -> str:
        if not text:
            return text
        text = pattern.sub(lambda m: replacement[m.group(0).casefold()], text)
        return _PHONE.sub(_phone, _EMAIL.sub("(e-mailadres)", text))

    return scrub


def _phone(found: re.Match[str]) -> str:
    """A phone number has nine digits or more; a date such as 12/03/2026 has eight."""
    digits = sum(c.isdigit() for c in found.group(0))
    return "(telefoonnummer)" if digits >= 9 else found.group(0)
