"""Compare two versions' text paragraph by paragraph, marking what was added or removed."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import StrEnum

from coachdesk.domain.documents import PAGE_BREAK

MAX_PARAGRAPHS = 20_000  # beyond this a comparison gets slow and unreadable
MAX_PAIRINGS = 2_500  # paragraph pairs tried inside one replaced block
SIMILAR = 0.5


class Change(StrEnum):
    SAME = "same"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True)
class Piece:
    """A run of text that is the same in both versions, or only in the new or old one."""

    change: Change
    text: str


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the comparison; a changed paragraph holds word-level pieces."""

    pieces: tuple[Piece, ...]

    @property
    def change(self) -> Change:
        kinds = {p.change for p in self.pieces}
        return kinds.pop() if len(kinds) == 1 else Change.SAME

    @property
    def is_modified(self) -> bool:
        return len({p.change for p in self.pieces}) > 1


@dataclass(frozen=True)
class TextDiff:
    paragraphs: tuple[Paragraph, ...]

    def count(self, change: Change) -> int:
        return sum(1 for p in self.paragraphs if not p.is_modified and p.change == change)

    @property
    def modified(self) -> int:
        return sum(1 for p in self.paragraphs if p.is_modified)

    @property
    def has_changes(self) -> bool:
        return any(p.is_modified or p.change != Change.SAME for p in self.paragraphs)


def split_paragraphs(text: str) -> list[str]:
    lines = text.replace(PAGE_BREAK, "\n").splitlines()
    return [" ".join(line.split()) for line in lines if line.strip()][:MAX_PARAGRAPHS]


def compare_texts(old: str, new: str) -> TextDiff:
    """Paragraphs added, removed or changed (with the changed words) from `old` to `new`."""
    a, b = split_paragraphs(old), split_paragraphs(new)
    result: list[Paragraph] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            result += [Paragraph((Piece(Change.SAME, t),)) for t in a[i1:i2]]
        elif tag == "replace" and (i2 - i1) * (j2 - j1) <= MAX_PAIRINGS:
            result += _paired(a[i1:i2], b[j1:j2])
        else:
            result += [Paragraph((Piece(Change.REMOVED, t),)) for t in a[i1:i2]]
            result += [Paragraph((Piece(Change.ADDED, t),)) for t in b[j1:j2]]
    return TextDiff(tuple(result))


def _similarity(old: str, new: str) -> float:
    matcher = difflib.SequenceMatcher(None, old.split(" "), new.split(" "), autojunk=False)
    return matcher.ratio() if matcher.quick_ratio() >= SIMILAR else 0.0


def _paired(old: list[str], new: list[str]) -> list[Paragraph]:
    """Inside a replaced block, a paragraph edited in place is shown with its changed words."""
    result: list[Paragraph] = []
    start = 0
    for paragraph in old:
        match = next((j for j in range(start, len(new))
                      if _similarity(paragraph, new[j]) >= SIMILAR), None)
        if match is None:
            result.append(Paragraph((Piece(Change.REMOVED, paragraph),)))
            continue
        result += [Paragraph((Piece(Change.ADDED, x),)) for x in new[start:match]]
        result.append(_changed(paragraph, new[match]))
        start = match + 1
    result += [Paragraph((Piece(Change.ADDED, x),)) for x in new[start:]]
    return result


def _changed(old: str, new: str) -> Paragraph:
    """A paragraph edited in place: word pieces if similar, else removed then added."""
    a, b = old.split(" "), new.split(" ")
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    pieces: list[Piece] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(Piece(Change.SAME, " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(Piece(Change.REMOVED, " ".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(Piece(Change.ADDED, " ".join(b[j1:j2])))
    return Paragraph(tuple(pieces))
