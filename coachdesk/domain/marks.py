"""Words of a search, and marking them in the texts a list shows (Logboek, Tijdlijn).

A search's words of three letters or more match words that start with them, shorter ones
whole words; case and accents never count (`names.fold`). The marks are two control
characters the list's delegate turns into highlighting.
"""

from __future__ import annotations

import re
from functools import lru_cache

from coachdesk.domain.names import fold

MARK_START, MARK_END = "\x02", "\x03"  # around search matches in subject and snippet
TERM = re.compile(r"[^\W_]+", re.UNICODE)
MIN_TERM = 2
PREFIX_FROM = 3


def search_terms(search: str) -> list[str]:
    """The words of a search; single letters are left out (they would match nearly all)."""
    return [t for t in TERM.findall(search) if len(t) >= MIN_TERM]


def marked(terms: list[str], subject: str, report: str) -> tuple[str, str]:
    """Subject and report fragment with the search's words marked (or the report's start).

    Marked here rather than by FTS5's highlight(), which would walk every match of a short
    prefix just to mark the 200 rows shown.
    """
    if not terms:
        return subject, excerpt(report)
    return mark(subject, terms), snippet(report or "", terms) or excerpt(report)


def mark(text: str, terms: list[str]) -> str:
    """Wrap every word starting with one of the (folded) terms in MARK_START/MARK_END."""
    folded = _folded_in_place(text)
    if folded is None:  # a letter that folds to more or fewer: each word folded on its own
        return _mark_word_by_word(text, terms)
    found = [m.span() for m in _finder(tuple(terms)).finditer(folded)]
    if not found:
        return text
    parts, done = [], 0
    for start, end in found:
        parts += [text[done:start], MARK_START, text[start:end], MARK_END]
        done = end
    parts.append(text[done:])
    return "".join(parts)


def _folded_in_place(text: str) -> str | None:
    """`text` folded as `fold` does, letter for letter, so that a match's place in it is its
    place in `text`; None when a letter folds to more or fewer letters (ß, ligatures, a loose
    accent) or stops or starts being one."""
    if text.isascii():
        return text.lower()
    table: dict[int, str] = {}
    for letter in set(text):
        if not letter.isascii():
            folded = fold(letter)
            if len(folded) != 1 or folded.isalnum() != letter.isalnum():
                return None
            table[ord(letter)] = folded
    return text.translate(table).lower()


@lru_cache(maxsize=16)
def _finder(terms: tuple[str, ...]) -> re.Pattern[str]:
    """The words `mark` marks, found in one pass: one starting with a term of three letters
    or more, or a shorter term as a whole word."""
    prefixes = [re.escape(t) for t in terms if len(t) >= PREFIX_FROM]
    whole = [re.escape(t) for t in terms if len(t) < PREFIX_FROM]
    either = ([rf"(?:{'|'.join(prefixes)})[^\W_]*"] if prefixes else []) + (
        [rf"(?:{'|'.join(whole)})(?![^\W_])"] if whole else [])
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(either) or '(?!)'})")


def _mark_word_by_word(text: str, terms: list[str]) -> str:
    prefixes = tuple(t for t in terms if len(t) >= PREFIX_FROM)
    words = {t for t in terms if len(t) < PREFIX_FROM}

    def matches(folded: str) -> bool:
        return folded.startswith(prefixes) or folded in words

    def wrap(found: re.Match[str]) -> str:
        word = found.group(0)
        folded = word.casefold()
        if matches(folded) or (not folded.isascii() and matches(fold(word))):
            return f"{MARK_START}{word}{MARK_END}"
        return word
    return TERM.sub(wrap, text)


def snippet(text: str, terms: list[str], words: int = 18) -> str:
    """About `words` words around the first match, marked; empty when nothing matches."""
    flat = " ".join(text.split())
    folded = _folded_in_place(flat)
    if folded is not None:  # the first match found in one pass; only the fragment is marked
        first = _finder(tuple(terms)).search(folded)
        if first is None:
            return ""
        at = first.start()
    else:
        at = mark(flat, terms).find(MARK_START)  # a mark adds no space before the first one
        if at < 0:
            return ""
    start = max(0, flat.count(" ", 0, at) - 2)  # two words of context: the match stays in sight
    parts = flat.split(" ")
    chosen = mark(" ".join(parts[start:start + words]), terms)
    return ("… " if start else "") + chosen + (" …" if start + words < len(parts) else "")


def excerpt(report: str, length: int = 140) -> str:
    flat = " ".join((report or "").split())
    return flat if len(flat) <= length else flat[:length].rsplit(" ", 1)[0] + " …"
