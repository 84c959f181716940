"""The `Lees mij` cover page and the hidden `_meta` sheet of the handoff workbook."""

from __future__ import annotations

import textwrap
from datetime import datetime
from typing import TYPE_CHECKING, Any

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from coachdesk.domain import handoff as h
from coachdesk.exchange.sheets import COACH_HEADER, SOURCE_KEY, Sheet

if TYPE_CHECKING:
    from coachdesk.exchange.workbook_writer import _Styles


A4 = "9"  # the paper size code of SpreadsheetML


A4_WIDTH_PT = {True: 842 - 2 * 0.7 * 72, False: 595 - 2 * 0.7 * 72}  # landscape, portrait
READABLE = 0.6  # below this scale printed text gets too small to read (under ~6.5 pt)


def printed_width(widths: list[float]) -> float:
    """The columns' width in points at 100 %, as Excel sizes Calibri 11 (7 px per character)."""
    return sum((7 * w + 5) * 0.75 for w in widths)


def print_setup(ws: WriteOnlyWorksheet, widths: list[float], landscape: bool) -> None:
    """Printed on A4: as wide as the paper where that stays readable, else at 60 %."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = A4
    ws.page_margins.left = ws.page_margins.right = 0.7
    scale = A4_WIDTH_PT[landscape] / max(printed_width(widths), 1)
    if scale >= READABLE:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    else:  # too wide: the last columns print on a page of their own, in readable text
        ws.page_setup.scale = int(READABLE * 100)

LINE = 90  # characters of cover text per row


def local_time(moment: datetime) -> str:
    """dd/mm/yyyy hh:mm in the computer's time zone."""
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def _facts(data: h.HandoffData) -> list[tuple[str, str]]:
    meta = data.meta
    facts = [
        ("Wat", "De overdracht van CoachDesk aan het hoofdkantoor: de stand van zaken per regio, "
                "met gemeenten, contacten, acties, fasehistoriek en projectvoorstellen."),
        ("Coach", meta.coach or "(geen naam ingesteld)"),
        ("Geëxporteerd op", local_time(meta.exported_at)),
        ("CoachDesk-versie", meta.app_version),
        ("Regio's", ", ".join(meta.regions) if meta.regions else "alle regio's"),
        ("Persoonsgegevens", "ja" if meta.personal_data else _anonymous(data)),
    ]
    if data.merged:
        facts[1] = ("Coaches", ", ".join(s.coach or "(naamloos)" for s in data.sources))
        facts[2] = ("Samengevoegd op", local_time(meta.exported_at))
        facts.append(("Samengevoegd", f"{len(data.sources)} werkmappen; de kolom '{COACH_HEADER}' "
                      "zegt van wie elke rij komt, 'Ook bij coach' wie dezelfde rij ook stuurde."))
        facts.extend((f"Export {s.coach or '(naamloos)'}", f"geëxporteerd op "
                      f"{local_time(s.exported_at)}") for s in data.sources)
    elif data.previous_export_at is not None:
        regions = ", ".join(data.previous_regions) or "alle regio's"
        facts.append(("Vergeleken met", f"de export van {local_time(data.previous_export_at)} "
                      f"({regions}): het blad Wijzigingen toont wat sindsdien veranderde"))
    else:
        facts.append(("Vergeleken met", "geen eerdere export van deze regio's: het blad "
                      "Wijzigingen is leeg"))
    return facts


def _anonymous(data: h.HandoffData) -> str:
    names, emails, phones = data.meta.replaced
    counted = (f"{names} {'naam' if names == 1 else 'namen'}, {emails} "
               f"{'e-mailadres' if emails == 1 else 'e-mailadressen'} en {phones} "
               f"{'telefoonnummer' if phones == 1 else 'telefoonnummers'}")
    if data.merged:
        return ("nee: elke werkmap werd zonder persoonsgegevens gemaakt; bij het samenvoegen "
                f"werd elke cel opnieuw nagekeken en werden nog {counted} vervangen")
    return ("nee: namen, e-mailadressen en telefoonnummers van personen zijn in elke cel "
            f"vervangen door hun organisatie of een neutraal woord; vervangen: {counted}")


def _guidance(data: h.HandoffData) -> list[tuple[str, str]]:
    return [
        ("Filteren", "Elk blad heeft een filter op de kopregel; de kopregel blijft staan bij "
                     "scrollen. Datums zijn echte datums (dd/mm/jjjj)."),
        ("Aanpassen", "U mag cellen aanpassen en rijen toevoegen en de werkmap terugsturen: de "
                      "coach ziet elke wijziging vóór ze wordt overgenomen."),
        ("Niet wijzigen", "De ID-kolommen, de bladnamen, de kopregels en het verborgen blad "
                          "_meta: daarmee vindt CoachDesk de rijen terug."),
        ("Berekend", "Fase, aantallen, Laatste contact, Deelnemers, Fasehistoriek en scores "
                     "berekent CoachDesk; wijzigingen daarin worden niet overgenomen."),
        ("Tabellen", "Elk gegevensblad is een Excel-tabel met de naam van het blad zonder "
                     "leestekens (Regios, Gemeenten, Contactmomenten, ...): Power Query en "
                     "draaitabellen vinden ze op naam."),
        ("Tekst", "NIS-codes, ID's en telefoonnummers zijn tekst, geen getallen (een NIS-code "
                  "begint soms met een 0). In pandas: pd.read_excel(bestand, sheet_name="
                  "'Gemeenten', dtype={'NIS-code': str})."),
    ]


def _lines(ws: WriteOnlyWorksheet, styles: "_Styles", label: str, text: str) -> None:
    """A label and its text, the text cut into lines that fit the column (no hidden overflow)."""
    for number, line in enumerate(textwrap.wrap(text, LINE) or [""]):
        ws.append([styles.cell(ws, label, "label") if number == 0 else None,
                   styles.cell(ws, line, "plain")])


def write_cover(ws: WriteOnlyWorksheet, data: h.HandoffData, present: list[Sheet],
                styles: "_Styles") -> None:
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = LINE + 4
    print_setup(ws, [22, LINE + 4], landscape=False)
    ws.append([styles.cell(ws, "CoachDesk: overdracht aan het hoofdkantoor", "title")])
    ws.append([])
    for label, text in _facts(data):
        _lines(ws, styles, label, text)
    ws.append([])
    ws.append([styles.cell(ws, "Bladen", "title")])
    for sheet in present:
        count = len(data.sheets[sheet.name])
        noun = "rij" if count == 1 else "rijen"
        _lines(ws, styles, sheet.name, f"{sheet.about} ({count} {noun})")
    ws.append([])
    ws.append([styles.cell(ws, "Werken met deze werkmap", "title")])
    for label, text in _guidance(data):
        _lines(ws, styles, label, text)


def meta_rows(data: h.HandoffData) -> list[list[Any]]:
    meta = data.meta
    rows: list[list[Any]] = [
        ["format", h.FORMAT],
        ["format_version", str(meta.format_version)],
        ["export_id", meta.export_id],
        ["exported_at", meta.exported_at.isoformat(timespec="seconds")],
        ["app_version", meta.app_version],
        ["database_id", meta.database_id],
        ["coach", meta.coach],
        ["personal_data", "yes" if meta.personal_data else "no"],
        ["regions", "; ".join(meta.regions)],
    ]
    if not meta.personal_data:
        rows.append(["replaced", ";".join(str(n) for n in meta.replaced)])
    for src in data.sources:
        rows.append([SOURCE_KEY, src.coach, src.export_id,
                     src.exported_at.isoformat(timespec="seconds"), src.database_id,
                     src.app_version])
    return rows


def write_meta(ws: WriteOnlyWorksheet, data: h.HandoffData, styles: "_Styles") -> None:
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 40
    ws.append([styles.cell(ws, "key", "header"), styles.cell(ws, "value", "header")])
    for row in meta_rows(data):
        ws.append([styles.cell(ws, v, "plain") for v in row])
