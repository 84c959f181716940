"""The handoff workbook's rows as plain objects, shared by the services and the file format."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import Enum
from operator import attrgetter
from typing import Any, Callable

from coachdesk.domain.progress import NoProgress as NoProgress  # re-exported
from coachdesk.domain.progress import ProgressSink as ProgressSink  # re-exported
from coachdesk.domain.scrub import Scrubber

FORMAT = "coachdesk-handoff"
FORMAT_VERSION = 1

# Sheet names of format version 1 (CONTRACTS.md section 2).
README = "Lees mij"
REGIONS = "Regio's"
MUNICIPALITIES = "Gemeenten"
PEOPLE = "Contactpersonen"
MOMENTS = "Contactmomenten"
ACTIONS = "Acties"
STAGES = "Fasehistoriek"
VERSIONS = "Voorstelversies"
ASSESSMENTS = "Beoordeling"
CHANGES = "Wijzigingen"
META = "_meta"

DATA_SHEETS = (REGIONS, MUNICIPALITIES, PEOPLE, MOMENTS, ACTIONS, STAGES, VERSIONS, ASSESSMENTS)

# Kinds of change in the `Wijzigingen` sheet.
ADDED = "toegevoegd"
CHANGED = "gewijzigd"
REMOVED = "verwijderd"


@dataclass(frozen=True, slots=True)
class RegionRow:
    id: str
    name: str
    province: str
    stage: str
    stage_since: date | None
    leader: str
    municipalities: int
    joined: int
    last_contact: date | None
    next_step: str
    next_step_date: date | None
    open_actions: int
    late_actions: int
    proposal_status: str
    latest_version: int | None
    coach: str = ""


@dataclass(frozen=True, slots=True)
class MunicipalityRow:
    nis_code: str
    name: str
    region: str
    status: str
    since: date | None
    coach: str = ""


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: str
    name: str
    function: str
    organisation: str
    region: str
    email: str
    phone: str
    coach: str = ""


@dataclass(frozen=True, slots=True)
class MomentRow:
    id: str
    happened_on: date | None
    kind: str
    region: str
    subject: str
    participants: str
    report: str
    coach: str = ""


@dataclass(frozen=True, slots=True)
class ActionRow:
    id: str
    region: str
    description: str
    owner: str
    due_on: date | None
    status: str
    done_on: date | None
    coach: str = ""


@dataclass(frozen=True, slots=True)
class StageChangeRow:
    id: str
    region: str
    from_stage: str
    to_stage: str
    changed_on: date | None
    reason: str
    coach: str = ""


@dataclass(frozen=True, slots=True)
class VersionRow:
    id: str
    region: str
    number: int | None
    received_on: date | None
    status: str
    average_score: float | None
    coach: str = ""


@dataclass(frozen=True, slots=True)
class AssessmentRow:
    version_id: str
    region: str
    number: int | None
    criterion: str
    rating: str
    comment: str
    coach: str = ""


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """One line of `Wijzigingen`: a row added or removed, or one field changed."""

    sheet: str
    id: str
    region: str
    change: str
    column: str
    old: str
    new: str
    coach: str = ""


Row = (RegionRow | MunicipalityRow | PersonRow | MomentRow | ActionRow | StageChangeRow
       | VersionRow | AssessmentRow | ChangeRow)


@dataclass(frozen=True)
class HandoffMeta:
    """The `_meta` sheet of one workbook."""

    export_id: str
    exported_at: datetime
    app_version: str
    database_id: str
    coach: str
    format_version: int = FORMAT_VERSION
    personal_data: bool = True
    regions: tuple[str, ...] = ()
    # Without personal data: how many names, e-mail addresses and phone numbers were replaced.
    replaced: tuple[int, int, int] = (0, 0, 0)


@dataclass
class HandoffData:
    """Everything one workbook holds: rows per sheet name, in the sheets' order."""

    meta: HandoffMeta
    sheets: dict[str, list[Row]] = field(default_factory=dict)
    previous_export_at: datetime | None = None
    previous_regions: tuple[str, ...] = ()  # the regions of the export compared with (): all
    sources: list[HandoffMeta] = field(default_factory=list)

    @property
    def merged(self) -> bool:
        return bool(self.sources)

    def row_count(self) -> int:
        return sum(len(rows) for name, rows in self.sheets.items() if name != CHANGES)


@dataclass
class HandoffWorkbook(HandoffData):
    """A workbook read back from a file; `row_numbers[sheet][i]` is the spreadsheet row of row i."""

    path: str = ""
    row_numbers: dict[str, list[int]] = field(default_factory=dict)
    # sheet -> (row number, attribute) -> (formula, whether the file holds its computed value)
    formulas: dict[str, dict[tuple[int, str], tuple[str, bool]]] = field(default_factory=dict)


@dataclass(frozen=True)
class ExportOptions:
    """What the coach chose: regions by name (empty: all), with or without personal data."""

    regions: tuple[str, ...] = ()
    personal_data: bool = True
    coach: str = ""


# The columns of every sheet, format version 1: the contract, defined once.

class Kind(Enum):
    TEXT = "text"
    ID = "id"  # identifiers: always text, never a number
    DATE = "date"
    INT = "int"
    FLOAT = "float"


@dataclass(frozen=True)
class Column:
    header: str
    attr: str
    kind: Kind = Kind.TEXT
    width: int = 0  # a fixed width in characters; 0 measures the content
    wrap: bool = False  # long text: shown and printed wrapped in a narrower column


@dataclass(frozen=True)
class Sheet:
    name: str
    row_type: type
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ("id",)  # the attributes that identify a row
    about: str = ""  # one line for the `Lees mij` cover
    table: str = ""  # the Excel table's name (Power Query and pivot tables find it by name)

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)

    def values(self) -> Callable[[Any], tuple[Any, ...]]:
        """A fast getter of a row's values in column order."""
        getter = attrgetter(*(c.attr for c in self.columns))
        return getter if len(self.columns) > 1 else (lambda row: (getter(row),))

    def key_of(self, row: Any) -> str:
        return "|".join(str(getattr(row, a)) for a in self.key)

    def key_getter(self) -> Callable[[Any], str]:
        """`key_of`, fast: most sheets are keyed by one text attribute."""
        return attrgetter(self.key[0]) if len(self.key) == 1 else self.key_of

    def column(self, attr: str) -> Column:
        return next(c for c in self.columns if c.attr == attr)


T, I, D, N, F = Kind.TEXT, Kind.ID, Kind.DATE, Kind.INT, Kind.FLOAT

SHEETS: tuple[Sheet, ...] = (
    Sheet(REGIONS, RegionRow, (
        Column("Regio-ID", "id", I), Column("Regio", "name"), Column("Provincie", "province"),
        Column("Fase", "stage"), Column("Fase sinds", "stage_since", D),
        Column("Netwerkleider", "leader"), Column("Gemeenten", "municipalities", N),
        Column("Gemeenten aangesloten", "joined", N), Column("Laatste contact", "last_contact", D),
        Column("Volgende stap", "next_step", wrap=True),
        Column("Datum volgende stap", "next_step_date", D),
        Column("Open acties", "open_actions", N), Column("Acties te laat", "late_actions", N),
        Column("Status voorstel", "proposal_status"), Column("Laatste versie", "latest_version", N),
    ), table="Regios",
        about="één rij per regio: fase, netwerkleider, gemeenten, laatste contact, volgende stap, "
             "acties en voorstel"),
    Sheet(MUNICIPALITIES, MunicipalityRow, (
        Column("NIS-code", "nis_code", I), Column("Gemeente", "name"), Column("Regio", "region"),
        Column("Status", "status"), Column("Sinds", "since", D),
    ), key=("nis_code",), table="Gemeenten",
        about="één rij per gemeente: regio en status van aansluiting"),
    Sheet(PEOPLE, PersonRow, (
        Column("ID", "id", I), Column("Naam", "name"), Column("Functie", "function"),
        Column("Organisatie", "organisation"), Column("Regio", "region"),
        Column("E-mail", "email"), Column("Telefoon", "phone", I),
    ), table="Contactpersonen",
        about="één rij per contactpersoon (persoonsgegevens: vertrouwelijk behandelen)"),
    Sheet(MOMENTS, MomentRow, (
        Column("ID", "id", I), Column("Datum", "happened_on", D), Column("Soort", "kind"),
        Column("Regio", "region"), Column("Onderwerp", "subject", wrap=True),
        Column("Deelnemers", "participants", wrap=True),
        Column("Verslag", "report", width=50, wrap=True),
    ), table="Contactmomenten",
        about="één rij per contactmoment: datum, soort, onderwerp, deelnemers en verslag"),
    Sheet(ACTIONS, ActionRow, (
        Column("ID", "id", I), Column("Regio", "region"),
        Column("Omschrijving", "description", wrap=True),
        Column("Verantwoordelijke", "owner"), Column("Vervaldatum", "due_on", D),
        Column("Status", "status"), Column("Afgerond op", "done_on", D),
    ), table="Acties",
        about="één rij per opvolgactie: wie, tegen wanneer, status"),
    Sheet(STAGES, StageChangeRow, (
        Column("ID", "id", I), Column("Regio", "region"), Column("Van fase", "from_stage"),
        Column("Naar fase", "to_stage"), Column("Datum", "changed_on", D),
        Column("Reden", "reason", wrap=True),
    ), table="Fasehistoriek",
        about="elke faseovergang van elke regio, met datum en reden"),
    Sheet(VERSIONS, VersionRow, (
        Column("ID", "id", I), Column("Regio", "region"), Column("Versie", "number", N),
        Column("Ontvangen", "received_on", D), Column("Status", "status"),
        Column("Gemiddelde score", "average_score", F),
    ), table="Voorstelversies",
        about="elke ontvangen versie van een projectvoorstel; score van 1 (ontbreekt) tot 4 "
             "(sterk)"),
    Sheet(ASSESSMENTS, AssessmentRow, (
        Column("Versie-ID", "version_id", I), Column("Regio", "region"),
        Column("Versie", "number", N), Column("Criterium", "criterion"),
        Column("Oordeel", "rating"), Column("Opmerking", "comment", wrap=True),
    ), key=("version_id", "criterion"), table="Beoordeling",
        about="het oordeel per criterium per voorstelversie"),
    Sheet(CHANGES, ChangeRow, (
        Column("Blad", "sheet"), Column("ID", "id", I), Column("Regio", "region"),
        Column("Wijziging", "change"), Column("Kolom", "column"),
        Column("Oude waarde", "old", wrap=True), Column("Nieuwe waarde", "new", wrap=True),
    ), key=("sheet", "id", "column"),
        table="Wijzigingen",
        about="wat sinds de vorige export is toegevoegd, gewijzigd (oude en nieuwe waarde) of "
              "verwijderd"),
)

BY_NAME: dict[str, Sheet] = {s.name: s for s in SHEETS}


def scrub_sheets(sheets: dict[str, list[Any]], scrubber: Scrubber
                 ) -> set[tuple[str, str, str]]:
    """Scrub every text cell of every sheet in place (identifiers and row keys excepted).

    Returns the cells that changed, as (sheet, row key, attribute).
    """
    scrubbed: set[tuple[str, str, str]] = set()
    for name, rows in sheets.items():
        sheet = BY_NAME.get(name)
        if sheet is None:
            continue
        attrs = [c.attr for c in sheet.columns if c.kind is Kind.TEXT and c.attr not in sheet.key]
        for index, row in enumerate(rows):
            changed = {}
            for attr in attrs:
                value = getattr(row, attr)
                if isinstance(value, str) and value:
                    clean = scrubber.scrub(value)
                    if clean != value:
                        changed[attr] = clean
            if changed:
                rows[index] = replace(row, **changed)
                key = sheet.key_of(row)
                scrubbed.update((name, key, attr) for attr in changed)
    return scrubbed
