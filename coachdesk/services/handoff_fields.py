"""Which workbook fields an import may change, how to check them, and how to store them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coachdesk.db.models import (
    Action,
    Assessment,
    ContactMoment,
    Criterion,
    Municipality,
    Organisation,
    Person,
    ProposalVersion,
    Region,
)
from coachdesk.domain import handoff as h
from coachdesk.domain.validation import is_valid_email
from coachdesk.domain.vocabulary import (
    ActionStatus,
    ContactKind,
    Labelled,
    MembershipStatus,
    Rating,
    VersionStatus,
)

# Per sheet: the columns an import writes back (the rest is computed by CoachDesk).
EDITABLE: dict[str, tuple[str, ...]] = {
    h.REGIONS: ("next_step", "next_step_date"),
    h.MUNICIPALITIES: ("region", "status", "since"),
    h.PEOPLE: ("name", "function", "organisation", "region", "email", "phone"),
    h.MOMENTS: ("happened_on", "kind", "region", "subject", "report"),
    h.ACTIONS: ("region", "description", "owner", "due_on", "status", "done_on"),
    h.STAGES: (),
    h.VERSIONS: ("received_on", "status"),
    h.ASSESSMENTS: ("rating", "comment"),
}
# Sheets where a row with a new ID becomes a new record.
ADDABLE = (h.PEOPLE, h.MOMENTS, h.ACTIONS)
# Fields that hold organisations instead of people in a workbook without personal data.
ANONYMISED = {h.ACTIONS: ("owner",), h.MOMENTS: ("participants",)}
REQUIRED = {
    h.PEOPLE: ("name",), h.MOMENTS: ("happened_on", "kind", "subject"),
    h.ACTIONS: ("description", "status"), h.MUNICIPALITIES: ("region", "status"),
    h.VERSIONS: ("received_on", "status"),
}
VOCABULARY: dict[tuple[str, str], type[Labelled]] = {
    (h.MUNICIPALITIES, "status"): MembershipStatus, (h.MOMENTS, "kind"): ContactKind,
    (h.ACTIONS, "status"): ActionStatus, (h.VERSIONS, "status"): VersionStatus,
    (h.ASSESSMENTS, "rating"): Rating,
}
LIMITS = {"name": 200, "function": 200, "email": 254, "phone": 40, "owner": 200, "subject": 300}
DB_ATTR = {
    "next_step_date": "next_step_date", "since": "status_since", "status": "status",
    "happened_on": "happened_on", "due_on": "due_on", "done_on": "done_on",
    "received_on": "received_on",
}


class FieldError(ValueError):
    """A workbook value CoachDesk cannot store; `code` and `detail` let the window say it in Dutch."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


def normal(value: Any) -> Any:
    """A value as compared: empty is None, a moment is its date, numbers are floats."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return round(float(value), 6)
    if isinstance(value, str):
        return value.replace("\r\n", "\n")
    return value


class Converter:
    """Turns a workbook value into what the database stores; raises ValueError with a reason."""

    def __init__(self, s: Session) -> None:
        self.regions = {n.casefold(): i for i, n in s.execute(select(Region.id, Region.name))}

    def __call__(self, sheet: str, attr: str, value: Any) -> Any:
        vocabulary = VOCABULARY.get((sheet, attr))
        if value in (None, ""):
            if attr in REQUIRED.get(sheet, ()):
                raise FieldError("empty")
            return None
        if vocabulary is not None:
            try:
                return vocabulary.from_label(str(value)).value
            except ValueError:
                allowed = ", ".join(m.label("nl") for m in vocabulary)
                raise FieldError("not_in_list", allowed) from None
        if attr == "region":
            region_id = self.regions.get(" ".join(str(value).split()).casefold())
            if region_id is None:
                raise FieldError("unknown_region", str(value))
            return region_id
        if isinstance(value, date):
            return value
        text = str(value).strip()
        if attr in LIMITS and len(text) > LIMITS[attr]:
            raise FieldError("too_long", str(LIMITS[attr]))
        if attr == "email" and text and not is_valid_email(text):
            raise FieldError("not_email")
        return text


def _org_id(s: Session, name: str | None) -> int | None:
    if not name:
        return None
    found = s.scalar(select(Organisation.id).where(func.lower(Organisation.name) == name.lower()))
    if found is not None:
        return found
    org = Organisation(name=name, kind="other")
    s.add(org)
    s.flush()
    return org.id


def setter(sheet: str, attr: str) -> Callable[[Session, Any, Any], None]:
    """How a converted value lands on its record."""
    if attr == "region":
        column = "region_id"
    elif attr == "organisation":
        return lambda s, obj, v: setattr(obj, "organisation_id", _org_id(s, v))
    elif sheet == h.MUNICIPALITIES and attr == "status":
        column = "membership_status"
    elif sheet == h.MOMENTS and attr == "kind":
        column = "kind"
    else:
        column = DB_ATTR.get(attr, attr)
    nullable = column in ("region_id", "rating") or column.endswith(("_on", "_date", "_since"))

    def put(s: Session, obj: Any, value: Any) -> None:
        setattr(obj, column, value if value is not None or nullable else "")

    return put


def load(s: Session, sheet: str, keys: list[str]) -> dict[str, Any]:
    """The records behind workbook rows, by their key."""
    if sheet == h.REGIONS:
        return {r.uuid: r for r in s.scalars(select(Region).where(Region.uuid.in_(keys)))}
    if sheet == h.MUNICIPALITIES:
        municipalities = select(Municipality).where(Municipality.nis_code.in_(keys))
        return {m.nis_code: m for m in s.scalars(municipalities)}
    if sheet == h.ASSESSMENTS:
        q = (select(Assessment, ProposalVersion.uuid, Criterion.name)
             .join(ProposalVersion, Assessment.version_id == ProposalVersion.id)
             .join(Criterion, Assessment.criterion_id == Criterion.id))
        wanted = set(keys)
        return {f"{v}|{c}": a for a, v, c in s.execute(q) if f"{v}|{c}" in wanted}
    model: Any = {h.PEOPLE: Person, h.MOMENTS: ContactMoment, h.ACTIONS: Action,
                  h.VERSIONS: ProposalVersion}[sheet]
    found: dict[str, Any] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        found.update({o.uuid: o for o in s.scalars(select(model).where(model.uuid.in_(chunk)))})
    return found


def updated_at(s: Session, sheet: str) -> dict[str, datetime]:
    """When each record of a sheet last changed, by its workbook key."""
    if sheet == h.REGIONS:
        return dict(s.execute(select(Region.uuid, Region.updated_at)).all())
    if sheet == h.MUNICIPALITIES:
        return dict(s.execute(select(Municipality.nis_code, Municipality.updated_at)).all())
    if sheet == h.ASSESSMENTS:
        q = (select(ProposalVersion.uuid, Criterion.name, Assessment.updated_at)
             .join(ProposalVersion, Assessment.version_id == ProposalVersion.id)
             .join(Criterion, Assessment.criterion_id == Criterion.id))
        return {f"{v}|{c}": at for v, c, at in s.execute(q)}
    model: Any = {h.PEOPLE: Person, h.MOMENTS: ContactMoment, h.ACTIONS: Action,
                  h.VERSIONS: ProposalVersion}.get(sheet)
    if model is None:
        return {}
    return dict(s.execute(select(model.uuid, model.updated_at)).all())


def create(s: Session, sheet: str, key: str, values: dict[str, Any]) -> None:
    """A new record from a workbook row whose ID CoachDesk did not know."""
    if sheet == h.PEOPLE:
        s.add(Person(uuid=key, name=values["name"], function=values.get("function") or "",
                     organisation_id=_org_id(s, values.get("organisation")),
                     region_id=values.get("region"), email=values.get("email") or "",
                     phone=values.get("phone") or ""))
    elif sheet == h.MOMENTS:
        s.add(ContactMoment(uuid=key, happened_on=values["happened_on"], kind=values["kind"],
                            region_id=values.get("region"), subject=values["subject"],
                            report=values.get("report") or ""))
    elif sheet == h.ACTIONS:
        s.add(Action(uuid=key, region_id=values.get("region"), description=values["description"],
                     owner=values.get("owner") or "", due_on=values.get("due_on"),
                     status=values["status"], done_on=values.get("done_on")))
