"""Read a proposal file (DOCX or PDF) into text, safely: bounded size, no zip or XML bombs.

`read_document` raises only `FileFormatError`, whose message names the file and whose
`reason` parameter says why (for the interface's translated message).
"""

from __future__ import annotations

import io
import logging
import time
import warnings
import zipfile
from collections.abc import Callable

from coachdesk.domain.documents import MAX_FILE_SIZE, PAGE_BREAK, Block, DocumentText, size_label
from coachdesk.domain.errors import FileFormatError
from coachdesk.domain.vocabulary import TextStatus
from coachdesk.exchange import docx_text

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
# A faster page-text reader the caller may supply (the interface uses QtPdf's pdfium): it gets
# the bytes and the progress callback and returns one text per page, or None if it cannot.
PageExtractor = Callable[[bytes, "Progress | None"], "list[str] | None"]
MAX_PAGES = 2000
PDF_TIME_LIMIT = 60.0  # seconds of text extraction before we give up on the text (not the file)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
KINDS = {".pdf": "pdf", ".docx": "docx"}


def fail(name: str, reason: str, **params: object) -> FileFormatError:
    """The error `document.<reason>`, naming the file."""
    return FileFormatError(f"document.{reason}", file=name, reason=reason, **params)


def document_kind(file_name: str) -> str:
    """'pdf' or 'docx' from the file name; FileFormatError for anything else."""
    suffix = "." + file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
    if suffix not in KINDS:
        raise fail(file_name, "unsupported")
    return KINDS[suffix]


def check_size(file_name: str, size: int) -> None:
    if size == 0:
        raise fail(file_name, "empty")
    if size > MAX_FILE_SIZE:
        raise fail(file_name, "too_large", size=size_label(size),
                   limit=size_label(MAX_FILE_SIZE))


def read_document(file_name: str, data: bytes, progress: Progress | None = None,
                  extract_pages: PageExtractor | None = None) -> DocumentText:
    """The text of a DOCX or PDF file; `progress(done, total)` is called per PDF page.

    pypdf checks every PDF (damage, password, pages); `extract_pages`, when given, reads the
    text instead of pypdf's pure-Python extractor, which is slow on dense pages.
    """
    kind = document_kind(file_name)
    check_size(file_name, len(data))
    _check_magic(file_name, kind, data)
    if kind == "docx":
        return _guarded(file_name, lambda: _read_docx(file_name, data))
    return _read_pdf(file_name, data, progress, extract_pages)


def _guarded(name: str, read: Callable[[], DocumentText]) -> DocumentText:
    """Any failure of a parser on a hostile file becomes one clear FileFormatError."""
    try:
        return read()
    except FileFormatError:
        raise
    except Exception as exc:  # parsers of hostile files fail in many ways
        log.info("could not read %s: %r", name, exc)
        raise fail(name, "damaged") from exc


def _check_magic(name: str, kind: str, data: bytes) -> None:
    if kind == "docx" and data.startswith(OLE_MAGIC):
        raise fail(name, "old_doc")
    if kind == "docx" and not data.startswith(b"PK"):
        raise fail(name, "not_docx")
    if kind == "pdf" and b"%PDF-" not in data[:1024]:
        raise fail(name, "not_pdf")


def _read_docx(name: str, data: bytes) -> DocumentText:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise fail(name, "damaged") from exc
    with archive:
        blocks, pages = docx_text.read_blocks(name, archive)
    text = "\n".join(b.text for b in blocks)
    status = TextStatus.OK if text.strip() else TextStatus.UNAVAILABLE
    return DocumentText("docx", text if text.strip() else "", pages, tuple(blocks), status)


def _read_pdf(name: str, data: bytes, progress: Progress | None,
              extract_pages: PageExtractor | None) -> DocumentText:
    reader, readable = _guarded_open(name, data)
    count = _guarded_count(name, reader)
    pages = extract_pages(data, progress) if extract_pages is not None else None
    if pages is None or len(pages) != count:
        if not readable:
            return DocumentText("pdf", "", count, (), TextStatus.UNAVAILABLE)
        pages = _pypdf_pages(reader, count, progress)
    pages = [_clean(p) for p in pages]
    if not any(p.strip() for p in pages):
        return DocumentText("pdf", "", count, (), TextStatus.UNAVAILABLE)
    blocks = tuple(Block(line, 0, n) for n, page in enumerate(pages, 1)
                   for line in page.splitlines() if line.strip())
    return DocumentText("pdf", PAGE_BREAK.join(pages), count, blocks, TextStatus.OK)


def _pypdf_pages(reader, count: int, progress: Progress | None) -> list[str]:  # type: ignore[no-untyped-def]
    """Every page's text; past the time limit the rest stays empty (then: text unavailable)."""
    pages: list[str] = []
    deadline = time.monotonic() + PDF_TIME_LIMIT
    for index in range(count):
        if time.monotonic() >= deadline:
            return [""] * count
        pages.append(_page_text(reader, index))
        if progress is not None:
            progress(index + 1, count)
    return pages


def _clean(text: str) -> str:
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    return text.replace(PAGE_BREAK, "\n").replace("\x00", "")


def _guarded_open(name: str, data: bytes):  # type: ignore[no-untyped-def]
    """A pypdf reader and whether its text can be read (False: encrypted, needs a library)."""
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if not reader.is_encrypted:
                return reader, True
        except Exception as exc:
            log.info("could not open %s: %r", name, exc)
            raise fail(name, "damaged") from exc
        try:
            decrypted = reader.decrypt("") != PasswordType.NOT_DECRYPTED
        except DependencyError:
            return reader, False  # AES without a crypto library: viewable, text not readable
        except Exception as exc:
            log.info("could not decrypt %s: %r", name, exc)
            decrypted = False
    if not decrypted:
        raise fail(name, "encrypted")
    return reader, True


def _guarded_count(name: str, reader) -> int:  # type: ignore[no-untyped-def]
    try:
        count = len(reader.pages)
    except Exception as exc:
        log.info("no page tree in %s: %r", name, exc)
        raise fail(name, "damaged") from exc
    if count == 0:
        raise fail(name, "no_pages")
    if count > MAX_PAGES:
        raise fail(name, "too_many_pages", pages=count, limit=MAX_PAGES)
    return count


def _page_text(reader, index: int) -> str:  # type: ignore[no-untyped-def]
    """One page's text; a page whose text cannot be read is empty, the file stays usable."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            text = reader.pages[index].extract_text() or ""
    except Exception as exc:
        log.info("no text on page %d: %r", index + 1, exc)
        return ""
    return text
