"""Cells of a returned workbook that hold a formula (a spreadsheet may add one).

The cell reader gives only a formula's last computed value; an import must not take that
silently, and a formula saved without a computed value must not look like an empty cell.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.etree.ElementTree import iterparse

from coachdesk.exchange.workbook_source import column_number

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
MAX_FORMULAS = 10_000  # more than any edited handoff workbook; the rest are not listed

# sheet name -> (row, column number) -> (the formula as typed, whether a value was saved)
Formulas = dict[str, dict[tuple[int, int], tuple[str, bool]]]


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Each worksheet's zip part name -> its sheet name, from the workbook and its relations."""
    targets: dict[str, str] = {}
    with archive.open("xl/_rels/workbook.xml.rels") as fh:
        for _event, el in iterparse(fh):
            if el.tag == f"{PKG_REL}Relationship":
                target = el.get("Target", "")
                path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                    posixpath.join("xl", target))
                targets[el.get("Id", "")] = path
    names: dict[str, str] = {}
    with archive.open("xl/workbook.xml") as fh:
        for _event, el in iterparse(fh):
            if el.tag == f"{MAIN}sheet" and el.get(REL) in targets:
                names[targets[el.get(REL, "")]] = el.get("name", "")
    return names


def find_formulas(path: Path, parts: Iterable[str]) -> Formulas:
    """The formula cells of the given worksheet parts (those the size scan saw an `<f` in)."""
    found: Formulas = {}
    count = 0
    with zipfile.ZipFile(path) as archive:
        names = sheet_parts(archive)
        for part in parts:
            sheet = names.get(part)
            if sheet is None:
                continue
            cells = found.setdefault(sheet, {})
            with archive.open(part) as fh:
                for _event, el in iterparse(fh):
                    if el.tag != f"{MAIN}c":
                        continue
                    formula = el.find(f"{MAIN}f")
                    if formula is not None and count < MAX_FORMULAS:
                        ref = el.get("r", "")
                        letters = ref.rstrip("0123456789")
                        if letters and ref[len(letters):].isdigit():
                            value = el.find(f"{MAIN}v")
                            text = "=" + (formula.text or "(gedeelde formule)")
                            saved = value is not None and (value.text or "") != "" or \
                                el.find(f"{MAIN}is") is not None
                            cells[(int(ref[len(letters):]), column_number(letters))] = (text, saved)
                            count += 1
                    el.clear()
    return {name: cells for name, cells in found.items() if cells}
