"""Name normalisation and likely-duplicate matching for people and organisations."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Legal forms and kinds of body that people add or leave out when they write a name.
ORG_PREFIXES = frozenset({
    "gemeente", "stad", "ocmw", "vzw", "ivzw", "cvba", "bvba", "bv", "nv", "cv", "lokaal",
    "bestuur", "stadsbestuur", "gemeentebestuur", "de", "het", "van",
})
# Titles and forms of address in front of a person's name.
PERSON_TITLES = frozenset({
    "dhr", "mr", "mevr", "mw", "mevrouw", "meneer", "heer", "dr", "prof", "ir", "ing",
    "schepen", "burgemeester", "mijnheer", "juf", "mme", "m",
})
SURNAME_PARTICLES = frozenset({"van", "de", "der", "den", "vande", "vanden", "vander", "le",
                               "la", "du", "d", "t", "ten", "ter", "op", "in"})
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without accents: 'Gemeente Sint-Niklaas Ééntje' -> 'gemeente sint-niklaas eentje'."""
    text = text or ""
    if text.isascii():  # most text: nothing to decompose (casefold is lower there)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.casefold()


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def organisation_key(name: str) -> str:
    """An organisation's name without legal forms and kinds: 'OCMW Mol' -> 'mol'."""
    kept = [w for w in words(name) if w not in ORG_PREFIXES]
    return " ".join(kept) if kept else " ".join(words(name))


@dataclass(frozen=True)
class PersonKey:
    """A person's name split into given names (may be empty or initials) and surname."""

    given: tuple[str, ...]
    surname: str

    @property
    def full(self) -> str:
        return " ".join((*self.given, self.surname)).strip()


def split_name_and_organisation(text: str) -> tuple[str, str]:
    """'Dhr. Peeters, OCMW Mol' -> ('Dhr. Peeters', 'OCMW Mol')."""
    name, _, organisation = text.partition(",")
    return name.strip(), organisation.strip()


def person_key(name: str) -> PersonKey:
    """'Dhr. Jan Van den Bossche' -> given ('jan',), surname 'van den bossche'."""
    tokens = words(name)
    if tokens[:2] == ["de", "heer"]:
        tokens = tokens[2:]
    tokens = [w for w in tokens if w not in PERSON_TITLES]
    if not tokens:
        return PersonKey((), "")
    if len(tokens) == 1 or tokens[0] in SURNAME_PARTICLES:
        return PersonKey((), " ".join(tokens))
    start = 1
    while start < len(tokens) - 1 and tokens[start] not in SURNAME_PARTICLES:
        start += 1
    return PersonKey(tuple(tokens[:start]), " ".join(tokens[start:]))


def _given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    return a[0][0] == b[0][0] and (len(a[0]) == 1 or len(b[0]) == 1 or a[0] == b[0])


def _same_surname(a: str, b: str) -> bool:
    """'van dyck' and 'dyck' agree: people drop the particles of a surname."""
    if a == b:
        return True
    short, long = sorted((a.split(), b.split()), key=len)
    return bool(short) and long[-len(short):] == short and all(
        w in SURNAME_PARTICLES for w in long[:-len(short)])


def person_match(name: str, organisation: str, other_name: str, other_organisation: str) -> bool:
    """Whether two people are likely the same, judged by name and organisation."""
    a, b = person_key(name), person_key(other_name)
    if not a.surname or not _same_surname(a.surname, b.surname):
        return False
    if a.given and b.given and a.given == b.given:
        return True
    if not _given_compatible(a.given, b.given):
        return False
    org_a, org_b = organisation_key(organisation), organisation_key(other_organisation)
    # A surname alone is common: insist the organisations agree when one of them is known.
    return not (org_a and org_b) or org_a == org_b


def organisation_match(name: str, other_name: str) -> bool:
    key = organisation_key(name)
    return bool(key) and key == organisation_key(other_name)


def name_variants(name: str) -> list[str]:
    """The ways a person's name may appear in free text, longest first."""
    bare = " ".join(w for w in name.split() if fold(w).strip(".") not in PERSON_TITLES)
    variants = {name.strip(), bare.strip()}
    key = person_key(name)
    if key.given and key.surname:
        parts = bare.split()
        given_len = len(key.given)
        surname = " ".join(parts[given_len:])
        variants.add(f"{surname}, {' '.join(parts[:given_len])}")
        variants.add(f"{parts[0][0]}. {surname}")
    return sorted((v for v in variants if len(v) >= 3), key=len, reverse=True)
