"""Real proposal files for the tests: DOCX through python-docx, PDF written by hand."""

from __future__ import annotations

import io
import zipfile

from docx import Document

CRITERIA_SECTIONS = (
    "Netwerkleiderschap en governance",
    "Actieplan voor participatietrajecten",
    "Personeel en budget",
)

V1 = {
    "Netwerkleiderschap en governance": [
        "De stad Brugge treedt op als promotor van het netwerk.",
        "Een stuurgroep met alle lokale besturen beslist over de acties.",
    ],
    "Actieplan voor participatietrajecten": [
        "We starten met twintig buddytrajecten in het eerste jaar.",
    ],
    "Personeel en budget": [
        "De netwerkcoach werkt voltijds, de regiocoördinator halftijds.",
        "Het budget bedraagt 240.000 euro over drie jaar.",
    ],
}

# v2: one sentence changed, one added in the action plan, one removed from governance;
# the budget section is the same.
V2 = {
    "Netwerkleiderschap en governance": [
        "De stad Brugge treedt op als promotor van het netwerk.",
    ],
    "Actieplan voor participatietrajecten": [
        "We starten met veertig buddytrajecten in het eerste jaar.",
        "Tien kennismakingsstages bij bedrijven vullen het aanbod aan.",
    ],
    "Personeel en budget": V1["Personeel en budget"],
}
ADDED_SENTENCE = "Tien kennismakingsstages bij bedrijven vullen het aanbod aan."
REMOVED_SENTENCE = "Een stuurgroep met alle lokale besturen beslist over de acties."


def docx_bytes(sections: dict[str, list[str]], title: str = "Projectvoorstel Regio Brugge") -> bytes:
    document = Document()
    document.add_heading(title, level=0)
    for heading, sentences in sections.items():
        document.add_heading(heading, level=1)
        for sentence in sentences:
            document.add_paragraph(sentence)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_times(buffer.getvalue())


def _fixed_times(data: bytes) -> bytes:
    """python-docx stamps zip entries with the current time: fix it, so equal input gives equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info))
    return out.getvalue()


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _content(lines: list[str]) -> bytes:
    ops = ["BT", "/F1 11 Tf", "14 TL", "72 770 Td"]
    ops += [f"({_escape(line)}) Tj T*" for line in lines]
    ops.append("ET")
    return "\n".join(ops).encode("cp1252")


def pdf_bytes(pages: list[list[str]]) -> bytes:
    """A valid PDF with one page per list of lines (Helvetica, WinAnsi: Dutch accents work)."""
    count = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, lines in enumerate(pages):
        stream = _content(lines)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
            f"/F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    return _assemble(objects)


def _assemble(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def sections_as_pdf(sections: dict[str, list[str]]) -> bytes:
    """One page per section: its heading, then its sentences."""
    return pdf_bytes([[heading, *sentences] for heading, sentences in sections.items()])


def long_pdf(page_count: int = 50) -> bytes:
    """A proposal-like PDF of `page_count` pages with about 40 lines each."""
    line = "Het netwerk bouwt participatietrajecten uit met buddy's, vrijwilligers en stages."
    return pdf_bytes([[f"Pagina {n}", *[f"{k}. {line}" for k in range(40)]]
                      for n in range(1, page_count + 1)])


def blank_pdf(page_count: int = 2) -> bytes:
    """A scan-like PDF: pages without any text."""
    return pdf_bytes([[] for _ in range(page_count)])


def no_pages_pdf() -> bytes:
    return _assemble([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def encrypted_pdf(password: str = "geheim") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(sections_as_pdf(V1))).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password="eigenaar", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def corrupt_pdf() -> bytes:
    good = sections_as_pdf(V1)
    return good[:40] + b"\x00garbage" * 20


def old_word_doc() -> bytes:
    """The first bytes of an OLE compound file, as a .doc from Word 97-2003 starts."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
