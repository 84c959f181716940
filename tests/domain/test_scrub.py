"""The one scrubber: names in their spellings, e-mail and phone in any layout, and restraint."""

from __future__ import annotations

import unicodedata

import pytest

from coachdesk.domain.scrub import NEUTRAL_EMAIL, NEUTRAL_PHONE, Identity, Scrubber, phone_key

AICHA = Identity("Aïcha Declercq", "aicha.declercq@lier.be", "0496 74 49 85", "Stad Lier")
JAN = Identity("Jan Peeters", "jan.peeters@mol.be", "014 33 22 11", "Gemeente Mol")

# The ten spellings of issue 18 (and the e-mail): each must go.
SPELLINGS = [
    "Aïcha Declercq", "aïcha declercq", "AÏCHA DECLERCQ",
    unicodedata.normalize("NFD", "Aïcha Declercq"), "Aicha Declercq", "Mevr. Declercq", "Aïcha",
    "0496/74.49.85", "0496744985", "+32 496 74 49 85",
]


@pytest.mark.parametrize("spelling", SPELLINGS + ["AICHA.Declercq@Lier.be", "Declercq, Aïcha",
                                                  "A. Declercq", "de heer Declercq",
                                                  "schepen Declercq", "0032 496 74 49 85"])
def test_every_spelling_is_replaced(spelling: str) -> None:
    scrubber = Scrubber([AICHA], [JAN])
    text = f"Gesprek met {spelling} over buddywerking."
    assert scrubber.scrub(text) == "Gesprek met Stad Lier over buddywerking."
    assert scrubber.replaced == 1


def test_nfd_text_keeps_no_stray_accents() -> None:
    text = unicodedata.normalize("NFD", "Met José Ramírez, ook daar.")
    result = Scrubber([Identity("José Ramírez")]).scrub(text)
    assert result == "Met contactpersoon, ook daar."


def test_others_and_lookalikes_are_left_alone() -> None:
    scrubber = Scrubber([Identity("Jan Mol")], [JAN])
    text = "Jan Molenaar en Jan Peeters; Mol sluit aan; Jan belt terug."
    # "Jan" alone may mean Jan Peeters, who stays; "Mol" alone is the municipality.
    assert scrubber.scrub(text) == text
    assert scrubber.replaced == 0


def test_first_name_alone_follows_the_full_name_in_the_same_text() -> None:
    two = Identity("Aïcha Peeters", replacement="OCMW Mol")
    scrubber = Scrubber([AICHA], [two])
    assert scrubber.scrub("Aïcha belt") == "Aïcha belt"  # ambiguous: left
    assert scrubber.scrub("Aïcha Declercq kwam; Aïcha belt") == "Stad Lier kwam; Stad Lier belt"
    assert scrubber.scrub("aïcha in kleine letters is geen naam") == (
        "aïcha in kleine letters is geen naam")


def test_title_and_surname_of_two_targets_becomes_the_neutral_word() -> None:
    scrubber = Scrubber([Identity("An Claes", replacement="Stad Geel"),
                         Identity("Bart Claes", replacement="Stad Mol")])
    assert scrubber.scrub("Dhr. Claes komt") == "contactpersoon komt"
    assert scrubber.scrub("Bart Claes en dhr. Claes") == "Stad Mol en Stad Mol"


def test_contacts_of_nobody_known_only_when_asked() -> None:
    text = "Bel 0477 12 34 56 of mail info@voorbeeld.be, vóór 03/04/2025 10:00."
    assert Scrubber([]).scrub(text) == text
    anonymous = Scrubber([], unknown_contacts=True)
    assert anonymous.scrub(text) == (f"Bel {NEUTRAL_PHONE} of mail {NEUTRAL_EMAIL}, "
                                     "vóór 03/04/2025 10:00.")
    assert anonymous.by_kind == {"phone": 1, "email": 1}


def test_a_phone_number_glued_to_other_digits() -> None:
    scrubber = Scrubber([AICHA])
    assert scrubber.scrub("tel 0496 74 49 85 2 keer") == "tel Stad Lier 2 keer"


def test_phone_key_layouts() -> None:
    assert {phone_key(p) for p in ("0496/74.49.85", "+32 496 74 49 85", "0032496744985",
                                   "+32 (0)496 74 49 85")} == {"0496744985"}
    assert phone_key("+31 6 1234 5678") == "+31612345678"


def test_mentions_does_not_count() -> None:
    scrubber = Scrubber([AICHA])
    assert scrubber.mentions("met AICHA DECLERCQ")
    assert not scrubber.mentions("met niemand")
    assert scrubber.replaced == 0


def test_a_first_name_followed_by_another_surname_is_somebody_else() -> None:
    scrubber = Scrubber([Identity("Jan Mol")])
    assert scrubber.scrub("Jan Molenaar belde; Jan belt terug.") == (
        "Jan Molenaar belde; contactpersoon belt terug.")


def test_places_named_after_saints_stay() -> None:
    scrubber = Scrubber([Identity("Jan Mol"), Identity("Katelijne Claes")])
    text = "OCMW Sint-Jan, Sint-Katelijne-Waver en Sint Jan-Baptist; Jan-Pieter belt."
    assert scrubber.scrub(text) == text
