"""A corpus of damaged and malicious files: workbooks, Word documents and PDFs.

Each builder returns {case name: file bytes}; the names say what is wrong with the file.
"""

from __future__ import annotations

import io
import random
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from datetime import date, datetime

import openpyxl

from tests.proposal_files import _assemble, docx_bytes, pdf_bytes

BOMB_BYTES = 64 * 1024 * 1024  # inflates from about 64 kB
LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                     for i in range(1, 10))
          + b"]>")
XXE = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def rezip(base: bytes, replace: dict[str, bytes | None] | None = None,
          extra: dict[str, bytes] | None = None) -> bytes:
    """The zip `base` with some entries replaced (None: left out) or added."""
    replace = replace or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in replace:
                if replace[info.filename] is not None:
                    dst.writestr(info.filename, replace[info.filename])
            else:
                dst.writestr(info.filename, src.read(info))
        missing = {n: d for n, d in replace.items() if n not in src.namelist() and d is not None}
        for name, data in (missing | (extra or {})).items():
            dst.writestr(name, data)
    return out.getvalue()


def lying_sizes(data: bytes, entry: str, claimed: int) -> bytes:
    """Patch the declared uncompressed size of `entry` in both zip headers."""
    blob = bytearray(data)
    name = entry.encode()
    for signature, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = 0
        while (start := blob.find(signature, start)) >= 0:
            if blob[start + name_at:start + name_at + len(name)] == name:
                struct.pack_into("<I", blob, start + size_at, claimed)
            start += 4
    return bytes(blob)


def damaged_bytes(base: bytes, seed: int, prefix: str) -> dict[str, bytes]:
    """Truncations at many lengths and seeded byte flips."""
    cases = {f"{prefix}-empty": b"", f"{prefix}-truncated-22": base[:22],
             f"{prefix}-truncated-100": base[:100]}
    for tenth in range(1, 10):
        cases[f"{prefix}-truncated-{tenth}0pct"] = base[: len(base) * tenth // 10]
    rng = random.Random(seed)
    for n in range(8):
        blob = bytearray(base)
        for _ in range(rng.randint(1, 40)):
            blob[rng.randrange(len(blob))] = rng.randrange(256)
        cases[f"{prefix}-flipped-{n}"] = bytes(blob)
    return cases


def zip_attacks(base: bytes, part: str, prefix: str) -> dict[str, bytes]:
    """Bombs, lying headers, entity expansion, external entities, deep nesting, junk XML."""
    bomb = rezip(base, extra={"xl/media/bomb.bin" if prefix == "xlsx" else "word/media/bomb.bin":
                              b"\0" * BOMB_BYTES})
    laughs = LAUGHS + b"<r>&lol9;</r>"
    return {
        f"{prefix}-zip-bomb": bomb,
        f"{prefix}-bomb-in-main-part": rezip(base, {part: b"<a>" + b" " * BOMB_BYTES + b"</a>"}),
        f"{prefix}-lying-size": lying_sizes(rezip(base, {part: b"<a>" + b"x" * 3_000_000 + b"</a>"}),
                                            part, 100),
        f"{prefix}-billion-laughs": rezip(base, {part: laughs}),
        f"{prefix}-external-entity": rezip(base, {part: XXE + b"<r>&xxe;</r>"}),
        f"{prefix}-deep-nesting": rezip(base, {part: b"<a>" * 200_000 + b"</a>" * 200_000}),
        f"{prefix}-not-xml": rezip(base, {part: b"this is not XML at all \xff\xfe"}),
        f"{prefix}-unclosed-xml": rezip(base, {part: b"<?xml version='1.0'?><w:document><w:body"}),
        f"{prefix}-wrong-encoding": rezip(base, {part: b"<?xml version='1.0' encoding='utf-8'?>"
                                                       b"<a>\xc3\x28\xa0\xa1</a>"}),
        f"{prefix}-main-part-missing": rezip(base, {part: None}),
        f"{prefix}-many-parts": rezip(base, extra={f"junk/{n}.xml": b"<a/>" for n in range(6000)}),
        f"{prefix}-zip-of-nothing": rezip(rezip(base, {n: None for n in _names(base)})),
    }


def sheet_part(workbook: bytes, sheet: str) -> str:
    """The zip entry holding the sheet called `sheet`, found as Excel finds it."""
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        book = archive.read("xl/workbook.xml").decode()
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
    rel_id = re.search(r'<sheet [^>]*name="%s"[^>]*r:id="([^"]+)"' % re.escape(sheet), book)
    assert rel_id is not None, sheet
    target = re.search(r'Target="([^"]+)" Id="%s"' % rel_id.group(1), rels)
    assert target is not None, rel_id.group(1)
    return target.group(1).lstrip("/")


def _names(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.namelist()


def other_kinds(prefix: str) -> dict[str, bytes]:
    cases = {
        f"{prefix}-csv-renamed": "ID;Naam;Regio\n1;Jan Peeters;Kempen\n".encode(),
        f"{prefix}-html-renamed": b"<html><body><table><tr><td>1</td></tr></table></body></html>",
        f"{prefix}-ole2-header": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000,
        f"{prefix}-pdf-renamed": pdf_bytes([["Dit is een PDF"]]),
        f"{prefix}-random-noise": random.Random(7).randbytes(50_000),
        f"{prefix}-zeros": b"\0" * 10_000,
    }
    if prefix == "pdf":  # a PDF under its own name is no hostile file
        del cases["pdf-pdf-renamed"]
    return cases


# --- workbooks -------------------------------------------------------------------------------

def _edit(base: bytes, change: Callable[[openpyxl.Workbook], None]) -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(base))
    change(wb)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _cell(sheet: str, header: str, value: object, row: int = 2) -> Callable[[openpyxl.Workbook], None]:
    def change(wb: openpyxl.Workbook) -> None:
        ws = wb[sheet]
        column = [c.value for c in ws[1]].index(header) + 1
        ws.cell(row, column).value = value
    return change


def _meta(key: str, value: object) -> Callable[[openpyxl.Workbook], None]:
    def change(wb: openpyxl.Workbook) -> None:
        for row in wb["_meta"].iter_rows():
            if row[0].value == key:
                row[1].value = value
    return change


def _wrong_values() -> dict[str, Callable[[openpyxl.Workbook], None]]:
    return {
        "due-date-is-text": _cell("Acties", "Vervaldatum", "volgende week"),
        "due-date-year-9999": _cell("Acties", "Vervaldatum", date(9999, 12, 31)),
        "due-date-negative-number": _cell("Acties", "Vervaldatum", -1e12),
        "due-date-huge-float": _cell("Acties", "Vervaldatum", 1e308),
        "due-date-boolean": _cell("Acties", "Vervaldatum", True),
        "id-is-a-number": _cell("Acties", "ID", 12345),
        "id-is-a-date": _cell("Acties", "ID", datetime(2025, 1, 1)),
        "id-blank": _cell("Acties", "ID", None),
        "id-duplicated": lambda wb: [_cell("Acties", "ID", wb["Acties"].cell(2, 1).value, r)(wb)
                                     for r in (3, 4)],
        "id-is-a-formula": _cell("Acties", "ID", "=HYPERLINK(\"http://x\",\"y\")"),
        "status-unknown": _cell("Acties", "Status", "half gedaan"),
        "text-enormous": _cell("Acties", "Omschrijving", "lang " * 200_000),
        "moment-date-is-text": _cell("Contactmomenten", "Datum", "gisteren"),
        "region-unknown": _cell("Acties", "Regio", "Atlantis"),
        "header-renamed": lambda wb: setattr(wb["Acties"].cell(1, 1), "value", "Identificatie"),
        "sheet-missing": lambda wb: wb.remove(wb["Acties"]),
        "meta-missing": lambda wb: wb.remove(wb["_meta"]),
        "format-version-2": _meta("format_version", "2"),
        "format-version-text": _meta("format_version", "een"),
        "format-not-ours": _meta("format", "iets-anders"),
        "hundreds-of-sheets": lambda wb: [wb.create_sheet(f"Extra {n}") for n in range(300)],
        "far-away-cell": lambda wb: setattr(wb["Acties"].cell(1_048_576, 16_384), "value", "x"),
    }


def workbook_corpus(base: bytes) -> dict[str, bytes]:
    cases = damaged_bytes(base, seed=41, prefix="xlsx")
    cases |= zip_attacks(base, sheet_part(base, "Acties"), "xlsx")
    cases |= {k.replace("xlsx-", "xlsx-meta-"): v for k, v in zip_attacks(
        base, sheet_part(base, "_meta"), "xlsx").items() if "bomb" not in k and "many" not in k}
    cases |= {f"xlsx-shared-strings-{k}": v for k, v in {
        "laughs": rezip(base, {"xl/sharedStrings.xml": LAUGHS + b"<sst><si><t>&lol9;</t></si></sst>"}),
        "external-entity": rezip(base, {"xl/sharedStrings.xml": XXE + b"<sst><si><t>&xxe;</t></si></sst>"}),
    }.items()}
    cases["xlsx-workbook-xml-garbage"] = rezip(base, {"xl/workbook.xml": b"<workbook><sheets><sheet"})
    cases["xlsx-dimension-huge"] = rezip(base, {sheet_part(base, "Regio's"):
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<dimension ref="A1:XFD1048576"/><sheetData><row r="1048576"><c r="XFD1048576" t="n">'
        b"<v>1</v></c></row></sheetData></worksheet>"})
    cases |= other_kinds("xlsx")
    cases |= {f"xlsx-{name}": _edit(base, change) for name, change in _wrong_values().items()}
    return cases


# --- proposal files ---------------------------------------------------------------------------

def base_docx() -> bytes:
    return docx_bytes({"Netwerkleiderschap": ["De stad Turnhout is promotor."]})


def base_pdf() -> bytes:
    return pdf_bytes([["Projectvoorstel", "Netwerkleiderschap: de stad Turnhout."]])


def _pdf_attacks() -> dict[str, bytes]:
    catalog = b"<< /Type /Catalog /Pages 2 0 R >>"
    bomb = zlib.compress(b"0 0 m " * (BOMB_BYTES // 6), 9)
    return {
        "pdf-pages-loop": _assemble([catalog, b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]),
        "pdf-count-enormous": _assemble([catalog, b"<< /Type /Pages /Kids [] /Count 999999999 >>"]),
        "pdf-deep-arrays": _assemble([catalog, b"<< /Type /Pages /Kids [] /Count 0 /X "
                                      + b"[" * 100_000 + b"]" * 100_000 + b" >>"]),
        "pdf-deep-dicts": _assemble([catalog, b"<< /Type /Pages /Kids [] /Count 0 /X "
                                     + b"<< /A " * 50_000 + b"1" + b" >>" * 50_000 + b" >>"]),
        "pdf-flate-bomb": _assemble([catalog, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                     b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                                     b"/Contents 4 0 R >>",
                                     b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(bomb)
                                     + bomb + b"\nendstream"]),
        "pdf-stream-length-lies": _assemble([catalog, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                             b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
                                             b"<< /Length 99999999999 >>\nstream\nBT ET\nendstream"]),
        "pdf-header-only": b"%PDF-1.7\n",
        "pdf-no-trailer": base_pdf().split(b"trailer")[0],
        "pdf-xref-garbage": base_pdf().replace(b"xref", b"xref\nzzzz garbage"),
        "pdf-object-self-reference": _assemble([b"<< /Type /Catalog /Pages 1 0 R >>"]),
        "pdf-huge-number": _assemble([catalog, b"<< /Type /Pages /Kids [] /Count 1" + b"9" * 5000
                                      + b" >>"]),
    }


def document_corpus() -> dict[str, bytes]:
    """Damaged DOCX and PDF files, named `<case>.docx` or `<case>.pdf` by their kind."""
    docx, pdf = base_docx(), base_pdf()
    cases = {f"{k}.docx": v for k, v in damaged_bytes(docx, 43, "docx").items()}
    cases |= {f"{k}.docx": v for k, v in zip_attacks(docx, "word/document.xml", "docx").items()}
    cases |= {f"{k}.docx": v for k, v in other_kinds("docx").items()}
    cases |= {f"{k}.pdf": v for k, v in damaged_bytes(pdf, 47, "pdf").items()}
    cases |= {f"{k}.pdf": v for k, v in _pdf_attacks().items()}
    cases |= {f"{k}.pdf": v for k, v in other_kinds("pdf").items()}
    return cases
