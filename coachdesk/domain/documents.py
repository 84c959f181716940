"""The text of a proposal file as read from DOCX or PDF: plain values, no file format code."""

from __future__ import annotations

from dataclasses import dataclass, field

from coachdesk.domain.vocabulary import TextStatus

PAGE_BREAK = "\f"  # pages of a PDF's text are separated by a form feed
MAX_FILE_SIZE = 50 * 1024 * 1024  # a proposal is a few MB; 50 MB leaves room for scans


@dataclass(frozen=True)
class Block:
    """One paragraph of a document; `level` 1..9 for a heading, 0 for body text."""

    text: str
    level: int = 0
    page: int | None = None

    @property
    def is_heading(self) -> bool:
        return self.level > 0


@dataclass(frozen=True)
class DocumentText:
    """What could be read from a file: its text, pages, headings and whether text was found."""

    kind: str  # "pdf" or "docx"
    text: str
    page_count: int | None
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    status: TextStatus = TextStatus.OK

    @property
    def headings(self) -> list[str]:
        return [b.text for b in self.blocks if b.is_heading]

    @property
    def pages(self) -> list[str]:
        """The text per page (PDF); a DOCX is one page of text."""
        return self.text.split(PAGE_BREAK) if self.text else []


def locations(doc: DocumentText) -> list[str]:
    """Places a comment can point to: 'p. 3' per PDF page, or the headings of a DOCX."""
    if doc.kind == "pdf" and doc.page_count:
        return [f"p. {n}" for n in range(1, doc.page_count + 1)]
    return doc.headings


def size_label(size: int) -> str:
    """1536 -> '1,5 kB'; Dutch decimal comma, as the messages are read by coaches."""
    value, unit = float(size), "bytes"
    for unit in ("bytes", "kB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            break
        value /= 1024
    text = f"{value:.0f}" if unit == "bytes" else f"{value:.1f}".replace(".", ",")
    return f"{text} {unit}"
