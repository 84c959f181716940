"""Adding a proposal file and loading a review: files and services composed once."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coachdesk.domain.documents import DocumentText
from coachdesk.domain.handoff import ProgressSink
from coachdesk.domain.errors import FileFormatError, ValidationError
from coachdesk.domain.vocabulary import TextStatus
from coachdesk.exchange.documents import PageExtractor, check_size, document_kind, read_document
from coachdesk.services.container import Services
from coachdesk.services.proposals import VersionRow
from coachdesk.services.reviews import Review


def check_file(path: Path) -> None:
    """Refuse a wrong kind, an empty or too large file before reading a single byte."""
    document_kind(path.name)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise FileFormatError("document.missing", file=path.name, reason="missing") from exc
    check_size(path.name, size)


def add_file(services: Services, proposal_id: int, path: Path, received_on: date,
             progress: ProgressSink | None = None,
             extract_pages: PageExtractor | None = None) -> VersionRow:
    """Read the file, refuse one already added, extract its text and store it as a version.

    `extract_pages` is a faster PDF reader the window may supply (QtPdf).
    """
    check_file(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FileFormatError("document.missing", file=path.name, reason="missing") from exc
    known = services.proposals.find_file(hashlib.sha256(data).hexdigest())
    if known is not None:
        region, earlier = known
        raise ValidationError("validation.duplicate_file", field="file", reason="duplicate",
                              file=path.name,
                              region=region, number=earlier.number, earlier=earlier.file_name)

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress.check()
            progress.report(done, total)

    document = read_document(path.name, data, progress=report, extract_pages=extract_pages)
    return services.proposals.add_version(proposal_id, path.name, data, received_on, document)


@dataclass(frozen=True)
class ReviewData:
    review: Review
    data: bytes
    document: DocumentText


def load_review(services: Services, version_id: int) -> ReviewData:
    """The review, the file, and the document's text (from the file when it is a .docx)."""
    review = services.reviews.review(version_id)
    name, data = services.proposals.file(version_id)
    version = review.version
    if name.lower().endswith(".docx") and version.text_status == TextStatus.OK:
        try:
            document = read_document(name, data)
        except FileFormatError:
            document = DocumentText("docx", services.proposals.text(version_id), None)
    else:
        kind = "pdf" if name.lower().endswith(".pdf") else "docx"
        document = DocumentText(kind, services.proposals.text(version_id), version.page_count,
                                (), version.text_status)
    return ReviewData(review, data, document)
