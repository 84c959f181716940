"""Reading proposal files: real DOCX and PDF text, and one clear refusal per bad file."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.domain.documents import MAX_FILE_SIZE, PAGE_BREAK, locations
from coachdesk.domain.errors import FileFormatError
from coachdesk.domain.vocabulary import TextStatus
from coachdesk.exchange.documents import read_document
from tests.proposal_files import (
    V1,
    blank_pdf,
    corrupt_pdf,
    docx_bytes,
    encrypted_pdf,
    long_pdf,
    no_pages_pdf,
    old_word_doc,
    sections_as_pdf,
)


def test_docx_gives_paragraphs_in_order_with_headings() -> None:
    doc = read_document("Voorstel v1.docx", docx_bytes(V1))
    assert doc.kind == "docx" and doc.status == TextStatus.OK
    assert doc.headings == ["Projectvoorstel Regio Brugge", *V1]
    assert doc.text.splitlines()[1:4] == [
        "Netwerkleiderschap en governance", *V1["Netwerkleiderschap en governance"]]
    assert locations(doc) == doc.headings


def test_pdf_gives_text_per_page_and_reports_progress() -> None:
    seen: list[tuple[int, int]] = []
    doc = read_document("voorstel.PDF", sections_as_pdf(V1), progress=lambda d, t: seen.append((d, t)))
    assert doc.page_count == 3 and doc.text.count(PAGE_BREAK) == 2
    assert "regiocoördinator" in doc.pages[2]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert locations(doc) == ["p. 1", "p. 2", "p. 3"]


def test_a_pdf_without_text_is_readable_but_has_no_text() -> None:
    doc = read_document("scan.pdf", blank_pdf(4))
    assert (doc.status, doc.page_count, doc.text) == (TextStatus.UNAVAILABLE, 4, "")


BAD_FILES = [
    ("leeg.pdf", b"", "empty", "leeg.pdf is empty"),
    ("kapot.pdf", corrupt_pdf(), "damaged", "kapot.pdf is damaged"),
    ("geheim.pdf", encrypted_pdf(), "encrypted", "geheim.pdf is protected with a password"),
    ("nul.pdf", no_pages_pdf(), "no_pages", "nul.pdf is a PDF without any pages"),
    ("oud.docx", old_word_doc(), "old_doc", "oud.docx is an old Word document (.doc)"),
    ("tekst.docx", b"Dit is gewone tekst", "not_docx", "tekst.docx is not a Word"),
    ("voorstel.pdf", docx_bytes(V1), "not_pdf", "voorstel.pdf is not a PDF"),
    ("notities.txt", b"hallo", "unsupported", "notities.txt is not a PDF or Word"),
]


@pytest.mark.parametrize(("name", "data", "reason", "message"), BAD_FILES,
                         ids=[b[2] for b in BAD_FILES])
def test_each_bad_file_gets_one_sentence_naming_it(name: str, data: bytes, reason: str,
                                                   message: str) -> None:
    with pytest.raises(FileFormatError) as caught:
        read_document(name, data)
    assert caught.value.params["reason"] == reason
    assert str(caught.value).startswith(message) and str(caught.value).endswith(".")
    assert caught.value.params["file"] == name


def test_a_file_over_the_size_limit_is_refused_before_reading() -> None:
    with pytest.raises(FileFormatError) as caught:
        read_document("groot.pdf", b"%PDF-1.4" + b"0" * MAX_FILE_SIZE)
    assert caught.value.params["reason"] == "too_large"
    assert "50,0 MB" in str(caught.value)


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_zip_bomb_is_refused_without_unpacking_it() -> None:
    bomb = _zip({"word/document.xml": b"<" + b"a" * (40 * 1024 * 1024)})
    assert len(bomb) < 200_000
    with pytest.raises(FileFormatError) as caught:
        read_document("bom.docx", bomb)
    assert caught.value.params["reason"] == "damaged"


def test_entity_expansion_is_refused() -> None:
    laughs = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
              b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;</d>')
    with pytest.raises(FileFormatError):
        read_document("lach.docx", _zip({"word/document.xml": laughs}))


def test_a_zip_without_a_word_body_is_not_a_docx() -> None:
    with pytest.raises(FileFormatError) as caught:
        read_document("foto's.docx", _zip({"foto.jpg": b"\xff\xd8"}))
    assert caught.value.params["reason"] == "not_docx"


def _mangle(data: bytes, cuts: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for position, value in cuts:
        if out:
            out[position % len(out)] = value
    return bytes(out)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["x.docx", "x.pdf"]),
       st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=12),
       st.integers(0, 4000))
def test_damaged_files_never_crash_with_anything_but_file_format_error(
        name: str, cuts: list[tuple[int, int]], keep: int) -> None:
    source = docx_bytes(V1) if name.endswith(".docx") else sections_as_pdf(V1)
    data = _mangle(source, cuts)[: keep or None]
    try:
        read_document(name, data)
    except FileFormatError:
        pass


def test_fifty_pages_of_pdf_are_read() -> None:
    doc = read_document("lang.pdf", long_pdf(50))
    assert doc.page_count == 50 and doc.pages[49].startswith("Pagina 50")


def test_a_faster_page_reader_is_used_and_one_that_gives_up_falls_back_to_pypdf() -> None:
    data = sections_as_pdf(V1)
    fast = read_document("v.pdf", data, extract_pages=lambda d, p: ["een\r\n", "twee", "drie"])
    assert fast.pages == ["een\n", "twee", "drie"]
    fallback = read_document("v.pdf", data, extract_pages=lambda d, p: None)
    assert fallback.text == read_document("v.pdf", data).text and "regiocoördinator" in fallback.text
    wrong_count = read_document("v.pdf", data, extract_pages=lambda d, p: ["alleen één"])
    assert wrong_count.page_count == 3 and "Personeel en budget" in wrong_count.text


def test_tables_and_text_boxes_are_read_once_each() -> None:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = (f'<w:document {w}><w:body>'
            '<w:p><w:r><w:t>Inleiding</w:t></w:r><w:r><w:pict><w:txbxContent>'
            '<w:p><w:r><w:t>In het kader</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p>'
            '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Brugge</w:t></w:r></w:p></w:tc>'
            '<w:tc><w:p><w:r><w:t>240.000</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
            '</w:body></w:document>').encode()
    doc = read_document("tabel.docx", _zip({"word/document.xml": body}))
    assert doc.text.splitlines() == ["Inleiding", "In het kader", "Brugge", "240.000"]
