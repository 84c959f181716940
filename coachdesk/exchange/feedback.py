"""The feedback document for the promotor: a Dutch DOCX (python-docx) and the same as HTML."""

from __future__ import annotations

import html
import os
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from coachdesk.domain.feedback import FeedbackComment, FeedbackReport, dutch_date
from coachdesk.domain.vocabulary import Rating

RATING_COLOURS = {Rating.MISSING: "F4CCCC", Rating.WEAK: "FCE5CD",
                  Rating.SUFFICIENT: "D9EAD3", Rating.STRONG: "B6D7A8"}
NO_RATING = "nog niet beoordeeld"


def rating_text(rating: Rating | None) -> str:
    return rating.label("nl") if rating else NO_RATING


def heading(report: FeedbackReport) -> str:
    return f"Feedback op versie {report.version_number} van het projectvoorstel"


def facts(report: FeedbackReport) -> list[tuple[str, str]]:
    rows = [("Regio", report.region), ("Voorstel", report.title),
            ("Promotor", report.promotor or "nog niet bekend"),
            ("Versie", f"{report.version_number} ({report.file_name})"),
            ("Ontvangen op", dutch_date(report.received_on)),
            ("Feedback van", report.coach or "de regiocoach"),
            ("Datum", dutch_date(report.written_on))]
    return [(k, v) for k, v in rows if v]


Line = tuple[str, str]  # (where: criterion · location, or ""), text


def comment_line(c: FeedbackComment, suffix: str = "") -> Line:
    where = " · ".join(x for x in (c.criterion, c.location) if x)
    return where, c.text + suffix


def sections(report: FeedbackReport) -> list[tuple[str, list[Line]]]:
    """The comment sections, each (title, lines), with their empty-state sentence."""
    prev = report.previous_number
    result = [(f"Opmerkingen bij versie {report.version_number}",
               [comment_line(c) for c in report.comments]
               or [("", "Geen bijkomende opmerkingen.")])]
    if prev is not None:
        result.append((f"Verwerkt sinds versie {prev}",
                       [comment_line(c) for c in report.addressed]
                       or [("", "Geen eerdere opmerkingen verwerkt in deze versie.")]))
        result.append(("Nog open uit vorige versies",
                       [comment_line(c, f" (versie {c.version_number})")
                        for c in report.still_open]
                       or [("", "Alle eerdere opmerkingen zijn afgehandeld.")]))
    return result


def write_feedback_docx(report: FeedbackReport, target: Path) -> Path:
    """Write the DOCX to a temporary name beside `target`, then rename it (never half a file)."""
    document = Document()
    _styles(document)
    _properties(document, report)
    document.add_heading(heading(report), level=0)
    _facts_table(document, report)
    document.add_heading("Overzicht van de beoordeling", level=1)
    _ratings_table(document, report)
    document.add_heading("Beoordeling per criterium", level=1)
    for c in report.criteria:
        document.add_heading(c.name, level=2)
        line = document.add_paragraph()
        line.add_run("Oordeel: ").bold = True
        line.add_run(rating_text(c.rating))
        if report.previous_number is not None and c.previous_rating:
            line.add_run(f" (versie {report.previous_number}: {c.previous_rating.label('nl')})")
        document.add_paragraph(c.comment or "Geen opmerking.")
    for title, lines in sections(report):
        document.add_heading(title, level=1)
        for where, text in lines:
            paragraph = document.add_paragraph(style="List Bullet")
            if where:
                paragraph.add_run(f"{where}: ").bold = True
            paragraph.add_run(text)
    return _save(document, Path(target))


def _styles(document) -> None:  # type: ignore[no-untyped-def]
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)


def _properties(document, report: FeedbackReport) -> None:  # type: ignore[no-untyped-def]
    """The file's own details name the coach, not the library that wrote it."""
    properties = document.core_properties
    properties.language = "nl-BE"
    properties.title = f"Feedback op het projectvoorstel · {report.region}"
    properties.author = properties.last_modified_by = report.coach or "de regiocoach"
    properties.comments = ""


def _facts_table(document, report: FeedbackReport) -> None:  # type: ignore[no-untyped-def]
    rows = facts(report)
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Light List"
    for row, (label, value) in zip(table.rows, rows):
        row.cells[0].text, row.cells[1].text = label, value
        row.cells[0].paragraphs[0].runs[0].bold = True


def _ratings_table(document, report: FeedbackReport) -> None:  # type: ignore[no-untyped-def]
    with_previous = report.previous_number is not None
    headers = ["Criterium", "Oordeel"] + ([f"Versie {report.previous_number}"] if with_previous
                                          else [])
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, headers):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        _shade(cell, "D9D9D9")
    for c in report.criteria:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = c.name, rating_text(c.rating)
        if c.rating:
            _shade(cells[1], RATING_COLOURS[c.rating])
        else:
            cells[1].paragraphs[0].runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        if with_previous:
            cells[2].text = c.previous_rating.label("nl") if c.previous_rating else "–"


def _shade(cell, colour: str) -> None:  # type: ignore[no-untyped-def]
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _save(document, target: Path) -> Path:  # type: ignore[no-untyped-def]
    handle, temp = tempfile.mkstemp(prefix=".feedback-", suffix=".docx", dir=target.parent)
    os.close(handle)
    try:
        document.save(temp)
        os.chmod(temp, 0o600)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target


def feedback_html(report: FeedbackReport) -> str:
    """The same document as simple HTML, for printing to PDF by the interface."""
    e = html.escape
    parts = [f"<h1>{e(heading(report))}</h1><table cellpadding='3'>"]
    parts += [f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in facts(report)]
    parts.append("</table><h2>Overzicht van de beoordeling</h2>")
    parts.append(_html_ratings(report))
    parts.append("<h2>Beoordeling per criterium</h2>")
    for c in report.criteria:
        previous = (f" (versie {report.previous_number}: {e(c.previous_rating.label('nl'))})"
                    if report.previous_number is not None and c.previous_rating else "")
        parts.append(f"<h3>{e(c.name)}</h3><p><b>Oordeel:</b> {e(rating_text(c.rating))}"
                     f"{previous}</p><p>{e(c.comment or 'Geen opmerking.')}</p>")
    for title, lines in sections(report):
        parts.append(f"<h2>{e(title)}</h2><ul>")
        parts += [f"<li>{'<b>' + e(where) + ':</b> ' if where else ''}{e(text)}</li>"
                  for where, text in lines]
        parts.append("</ul>")
    return "".join(parts)


def _html_ratings(report: FeedbackReport) -> str:
    e = html.escape
    prev = report.previous_number
    head = "<th>Criterium</th><th>Oordeel</th>" + (f"<th>Versie {prev}</th>" if prev else "")
    rows = [f"<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr "
            f"bgcolor='#D9D9D9'>{head}</tr>"]
    for c in report.criteria:
        colour = f" bgcolor='#{RATING_COLOURS[c.rating]}'" if c.rating else ""
        before = (f"<td>{e(c.previous_rating.label('nl')) if c.previous_rating else '–'}</td>"
                  if prev else "")
        rows.append(f"<tr><td>{e(c.name)}</td><td{colour}>{e(rating_text(c.rating))}</td>"
                    f"{before}</tr>")
    return "".join(rows) + "</table>"
