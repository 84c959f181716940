"""One scrubber for personal data in free text: people's names in their usual spellings,
e-mail addresses and phone numbers.

Used by erasure, the anonymous workbook (export and merge) and the anonymous progress report::

    scrubber = Scrubber([Identity("Aïcha Declercq", "aicha@lier.be", "0496 74 49 85",
                                  replacement="Stad Lier")])
    scrubber.scrub("Gesprek met mevr. Declercq (0496/74.49.85)")
    # -> "Gesprek met Stad Lier (Stad Lier)"
    scrubber.replaced  # 2: how many mentions were replaced so far, over all texts

Matching works on a normalised copy of the text (NFKD, accents stripped, Python's case
folding), so `AÏCHA DECLERCQ`, the NFD-encoded `Aïcha Declercq` and `Aicha Declercq` are the
same name. A person is found by the full name (also "Surname, First" and "A. Surname"), by
the surname after a title (`Mevr. Declercq`, `schepen Declercq`), by the first name alone
where it is unambiguous in that text, by e-mail address (any case) and by the phone number's
digits in any layout (`0496/74.49.85`, `0496744985`, `+32 496 74 49 85`).

`others` are people who stay: they are never replaced, and they make a first name or a
"title + surname" ambiguous (erasing one Jan must not scrub every other Jan).
`unknown_contacts=True` also replaces e-mail addresses and phone numbers of nobody known.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from coachdesk.domain.names import PERSON_TITLES, person_key

NEUTRAL_NAME = "contactpersoon"
NEUTRAL_EMAIL = "(e-mailadres)"
NEUTRAL_PHONE = "(telefoonnummer)"

_WORD = re.compile(r"[^\W_]+")
_GAP = re.compile(r"[\s.,'\u2019\-]{1,3}")  # between the words of one name: "Declercq, A."
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d ./()\-]{6,24}\d(?!\w)")
_DIGITS = re.compile(r"\d+")
_DATE = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}")
_UNKNOWN_PHONE = re.compile(r"0\d{8,9}|\+\d{9,14}")
FULL, PARTIAL_FIRST, PARTIAL_TITLE = "full", "first", "title"


@dataclass(frozen=True)
class Identity:
    """One person as the scrubber knows them; `replacement` is what a mention becomes."""

    name: str
    email: str = ""
    phone: str = ""
    replacement: str = NEUTRAL_NAME


def phone_key(text: str) -> str:
    """A phone number reduced to its digits, national form: '+32 496 74 49 85' -> '0496744985'."""
    digits = "".join(_DIGITS.findall(text))
    plus = text.lstrip().startswith("+")
    if digits.startswith("00"):
        digits, plus = digits[2:], True
    if plus and digits.startswith("32"):
        rest = digits[2:]
        return rest if rest.startswith("0") else "0" + rest  # "+32 (0)496 ..." too
    return ("+" + digits) if plus else digits


def _folded(text: str) -> tuple[str, list[int] | None]:
    """The text folded for matching, and where each folded character came from (None: 1:1)."""
    if text.isascii():
        return text.lower(), None
    parts: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char.isascii():
            piece = char.lower()
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            piece = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        parts.append(piece)
        origin.extend([index] * len(piece))
    return "".join(parts), origin


@dataclass(frozen=True)
class _Match:
    """Words of a text that are a name: which kind of name, and whose it may be."""

    first: int  # token indexes
    last: int
    kind: str
    persons: frozenset[int]


class Scrubber:
    """Replaces the `targets`' names, e-mail addresses and phone numbers in any text."""

    def __init__(self, targets: Iterable[Identity], others: Iterable[Identity] = (), *,
                 unknown_contacts: bool = False) -> None:
        self.people = list(targets)
        self.n_targets = len(self.people)
        self.people.extend(others)
        self.unknown_contacts = unknown_contacts
        self.by_kind: Counter[str] = Counter()
        # The words of a name -> its kind -> the people it may mean: one lookup per length.
        self._names: dict[tuple[str, ...], dict[str, set[int]]] = {}
        self._emails: dict[str, set[int]] = {}
        self._phones: dict[str, set[int]] = {}
        for number, person in enumerate(self.people):
            self._index(number, person)
        self._first_words = frozenset(words[0] for words in self._names)
        self._sizes = sorted({len(words) for words in self._names}, reverse=True)

    @property
    def replaced(self) -> int:
        """How many mentions were replaced so far, over every text scrubbed."""
        return sum(self.by_kind.values())

    def _add(self, words: Iterable[str], person: int, kind: str) -> None:
        key = tuple(w for w in words if w)
        if key and (len(key) > 1 or len(key[0]) >= 2):
            self._names.setdefault(key, {}).setdefault(kind, set()).add(person)

    def _index(self, number: int, person: Identity) -> None:
        key = person_key(person.name)
        surname = tuple(key.surname.split())
        if key.given:
            self._add((*key.given, *surname), number, FULL)
            self._add((key.given[0], *surname), number, FULL)
            self._add((*surname, *key.given), number, FULL)
            self._add((*surname, key.given[0]), number, FULL)
            self._add((key.given[0][0], *surname), number, FULL)
            self._add((key.given[0],), number, PARTIAL_FIRST)
            self._add(surname, number, PARTIAL_TITLE)
        elif surname:
            self._add(surname, number, FULL if len(surname) > 1 else PARTIAL_FIRST)
            self._add(surname, number, PARTIAL_TITLE)
        if person.email.strip():
            self._emails.setdefault(person.email.strip().casefold(), set()).add(number)
        phone = phone_key(person.phone or "")
        if len(phone.lstrip("+")) >= 6:
            self._phones.setdefault(phone, set()).add(number)

    # -- the public API ---------------------------------------------------------------------
    def scrub(self, text: str) -> str:
        """`text` with every mention of a target replaced; other text is left as it was."""
        if not text or not isinstance(text, str):
            return text
        spans: list[tuple[int, int, str, str]] = []  # start, end, replacement, kind
        if "@" in text:
            spans.extend(self._email_spans(text))
        if self._phones or self.unknown_contacts:
            spans.extend(self._phone_spans(text, spans))
        if self._first_words:
            spans.extend(self._name_spans(text, spans))
        if not spans:
            return text
        spans.sort()
        pieces, last = [], 0
        for start, end, replacement, kind in spans:
            if start < last:
                continue
            pieces.append(text[last:start])
            pieces.append(replacement)
            last = end
            self.by_kind[kind] += 1
        pieces.append(text[last:])
        return "".join(pieces)

    def changed_cells(self, rows: Iterable[Mapping[Any, Any]], columns: Iterable[str]
                      ) -> Iterator[tuple[Mapping[Any, Any], str, str, str]]:
        """(row, column, text, scrubbed text) for each text cell of `rows` that names a target."""
        names = list(columns)
        for row in rows:
            for column in names:
                value = row[column]
                if isinstance(value, str) and value:
                    clean = self.scrub(value)
                    if clean != value:
                        yield row, column, value, clean

    def mentions(self, text: str) -> bool:
        """Whether `text` names a target (without counting it as a replacement)."""
        before = self.by_kind.copy()
        changed = self.scrub(text) != text
        self.by_kind = before
        return changed

    # -- the parts --------------------------------------------------------------------------
    def _replacement(self, candidates: Iterable[int], neutral: str) -> str | None:
        """What a mention of one of `candidates` becomes; None when only others match."""
        targets = {c for c in candidates if c < self.n_targets}
        if not targets:
            return None
        replacements = {self.people[c].replacement for c in targets}
        return replacements.pop() if len(replacements) == 1 else neutral

    def _email_spans(self, text: str) -> list[tuple[int, int, str, str]]:
        spans = []
        for match in _EMAIL.finditer(text):
            known = self._emails.get(match.group().casefold())
            if known:
                replacement = self._replacement(known, NEUTRAL_EMAIL)
            else:
                replacement = NEUTRAL_EMAIL if self.unknown_contacts else None
            if replacement is not None:
                spans.append((match.start(), match.end(), replacement, "email"))
        return spans

    def _phone_spans(self, text: str, taken: list[tuple[int, int, str, str]]
                     ) -> list[tuple[int, int, str, str]]:
        spans: list[tuple[int, int, str, str]] = []
        for match in _PHONE.finditer(text):
            if _inside(match.start(), match.end(), taken):
                continue
            found = self._known_phone(match.group(), match.start())
            if found is not None:
                spans.append(found)
            elif (self.unknown_contacts and not _DATE.search(match.group())
                  and _UNKNOWN_PHONE.fullmatch(phone_key(match.group()))):
                spans.append((match.start(), match.end(), NEUTRAL_PHONE, "phone"))
        return spans

    def _known_phone(self, run: str, offset: int) -> tuple[int, int, str, str] | None:
        """The longest part of a run of digits that is a known phone number."""
        if not self._phones:
            return None
        starts = [0] + [m.start() for m in _DIGITS.finditer(run)][1:]
        if run[0] == "+":
            starts = [0] + [s for s in starts if s > 1]
        ends = [m.end() for m in _DIGITS.finditer(run)]
        best: tuple[int, int] | None = None
        for start in starts:
            for end in ends:
                if end <= start or (best and end - start <= best[1] - best[0]):
                    continue
                if phone_key(run[start:end]) in self._phones:
                    best = (start, end)
        if best is None:
            return None
        who = self._phones[phone_key(run[best[0]:best[1]])]
        replacement = self._replacement(who, NEUTRAL_PHONE)
        if replacement is None:
            return None
        return offset + best[0], offset + best[1], replacement, "phone"

    def _name_spans(self, text: str, taken: list[tuple[int, int, str, str]]
                    ) -> list[tuple[int, int, str, str]]:
        folded, origin = _folded(text)
        if self._first_words.isdisjoint(_WORD.findall(folded)):
            return []
        tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]
        found = self._matches(folded, tokens)
        mentioned = {p for m in found if m.kind == FULL for p in m.persons}
        spans = []
        for match in found:
            first, kind = match.first, match.kind
            start, end = tokens[first][0], tokens[match.last][1]
            candidates = _candidates(match, mentioned)
            if kind == PARTIAL_TITLE:
                start = tokens[first - 1][0]
                if first >= 2 and tokens[first - 1][2] == "heer" and tokens[first - 2][2] == "de":
                    start = tokens[first - 2][0]
            o_start, o_end = _original(start, end, origin, text)
            if kind == PARTIAL_FIRST and not self._first_name_alone(
                    text, folded, origin, tokens, first, o_start):
                continue
            if _inside(o_start, o_end, taken):
                continue
            if kind != FULL and any(c >= self.n_targets for c in candidates):
                continue  # a first name or title + surname that may mean someone who stays
            replacement = self._replacement(candidates, NEUTRAL_NAME)
            if replacement is not None:
                spans.append((o_start, o_end, replacement, "name"))
        return spans

    @staticmethod
    def _first_name_alone(text: str, folded: str, origin: list[int] | None,
                          tokens: list[tuple[int, int, str]], index: int, o_start: int) -> bool:
        """A capitalised first name that is not the start of somebody else's full name."""
        if not text[o_start].isupper() or text[o_start - 1:o_start] == "-":
            return False  # "Sint-Jan", "Sint-Katelijne-Waver": a place, not a person
        if index > 0 and tokens[index - 1][2] in ("sint", "st"):
            return False
        end = tokens[index][1]
        if folded[end:end + 1] == "-":
            return False
        if index + 1 < len(tokens) and folded[tokens[index][1]:tokens[index + 1][0]] == " ":
            start, end = _original(tokens[index + 1][0], tokens[index + 1][1], origin, text)
            word = text[start:end]
            if word[:1].isupper() and not word.isupper():
                return False  # "Jan Molenaar": another Jan
        return True

    def _matches(self, folded: str, tokens: list[tuple[int, int, str]]) -> list[_Match]:
        """Names found in the text, the longest at each word first, never overlapping."""
        found: list[_Match] = []
        count = len(tokens)
        index = 0
        while index < count:
            match = None
            if tokens[index][2] in self._first_words:
                for size in self._sizes:
                    if index + size <= count:
                        match = self._match_at(folded, tokens, index, size)
                        if match is not None:
                            break
            if match is None:
                index += 1
                continue
            found.append(match)
            index = match.last + 1
        return found

    def _match_at(self, folded: str, tokens: list[tuple[int, int, str]], index: int,
                  size: int) -> _Match | None:
        kinds = self._names.get(tuple(t[2] for t in tokens[index:index + size]))
        if kinds is None:
            return None
        for offset in range(index + 1, index + size):
            if not _GAP.fullmatch(folded, tokens[offset - 1][1], tokens[offset][0]):
                return None
        last = index + size - 1
        if FULL in kinds:
            return _Match(index, last, FULL, frozenset(kinds[FULL]))
        titled = (index > 0 and tokens[index - 1][2] in PERSON_TITLES
                  and _GAP.fullmatch(folded, tokens[index - 1][1], tokens[index][0]))
        if titled and PARTIAL_TITLE in kinds:
            return _Match(index, last, PARTIAL_TITLE, frozenset(kinds[PARTIAL_TITLE]))
        if PARTIAL_FIRST in kinds:
            return _Match(index, last, PARTIAL_FIRST, frozenset(kinds[PARTIAL_FIRST]))
        return None


def _candidates(match: _Match, mentioned: set[int]) -> frozenset[int]:
    """Who a match may mean: for a partial name, the one the text names in full, if any."""
    if match.kind == FULL:
        return match.persons
    named = match.persons & mentioned
    return named if len(named) == 1 else match.persons


def _original(start: int, end: int, origin: list[int] | None, text: str) -> tuple[int, int]:
    """A span of the folded text as a span of the original, with its trailing accents."""
    if origin is None:
        return start, end
    o_start, o_end = origin[start], origin[end - 1] + 1
    while o_end < len(text) and unicodedata.combining(text[o_end]):
        o_end += 1
    return o_start, o_end


def _inside(start: int, end: int, taken: list[tuple[int, int, str, str]]) -> bool:
    return any(start < t_end and t_start < end for t_start, t_end, _r, _k in taken)


