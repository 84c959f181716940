"""Contact moments: one transaction with actions, validation, windows, filters, full-text search."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.domain.errors import ValidationError
from coachdesk.services.container import Services
from coachdesk.services.contacts import PersonRow
from coachdesk.domain.marks import MARK_END, MARK_START
from coachdesk.services.logbook import (
    ActionDraft,
    MomentDraft,
    MomentFilter,
    ParticipantRef,
    fts_query,
)

DAY = date(2025, 3, 10)


def _draft(region: int | None, **changes: object) -> MomentDraft:
    values: dict[str, object] = dict(
        happened_on=DAY, kind="regional_meeting", region_id=region, subject="Regio-overleg Kempen",
        report="Mol en Balen sluiten aan; Turnhout wil netwerkleider worden.",
        participants=[], actions=[ActionDraft("Collegebeslissing opvragen", "Lies", DAY)])
    values.update(changes)
    return MomentDraft(**values)  # type: ignore[arg-type]


def _counts(services: Services) -> tuple[int, int, int]:
    return (services.logbook.count(MomentFilter()), len(services.actions.open_actions()),
            len(services.contacts.people()))


def test_a_moment_is_stored_with_participants_and_actions(services: Services) -> None:
    region = services.contacts.regions()[0].id
    jan = services.contacts.save_person(PersonRow(None, "Jan Peeters"))
    moment, actions = services.logbook.log_moment(_draft(region, participants=[
        ParticipantRef("person", jan), ParticipantRef("person", None, "Els Maes, OCMW Geel",
                                                      "els@geel.be")]))
    (row,) = services.logbook.window(MomentFilter(region_id=region))
    assert row.id == moment and row.participants == "Jan Peeters, Els Maes"
    assert [a.source_moment_id for a in services.actions.open_actions()] == [moment]
    assert len(actions) == 1
    els = [p for p in services.contacts.people() if p.name == "Els Maes"][0]
    assert els.organisation_name == "OCMW Geel" and els.email == "els@geel.be"


@pytest.mark.parametrize(("changes", "field"), [
    ({"subject": "  "}, "subject"),
    ({"actions": [ActionDraft("Bellen", "", DAY - timedelta(days=1))]}, "actions[0].due_on"),
    ({"participants": [ParticipantRef("person", None, "Els Maes", "els@@geel")]},
     "participants[0].email"),
])
def test_bad_input_is_refused_and_nothing_is_stored(services: Services, changes: dict,
                                                    field: str) -> None:
    before = _counts(services)
    with pytest.raises(ValidationError) as caught:
        services.logbook.log_moment(_draft(None, **changes))
    assert caught.value.field == field
    assert _counts(services) == before


def test_windows_page_through_all_moments_newest_first(services: Services) -> None:
    for n in range(25):
        services.logbook.log_moment(_draft(None, happened_on=DAY + timedelta(days=n % 7),
                                           subject=f"Moment {n}", actions=[]))
    seen, after = [], None
    while True:
        window = services.logbook.window(MomentFilter(), after=after, limit=10)
        if not window:
            break
        seen += window
        after = (window[-1].happened_on, window[-1].id)
    assert len(seen) == 25 == len({r.id for r in seen})
    keys = [(r.happened_on, r.id) for r in seen]
    assert keys == sorted(keys, reverse=True)


def test_filters_by_kind_period_and_person(services: Services) -> None:
    jan = services.contacts.save_person(PersonRow(None, "Jan Peeters"))
    services.logbook.log_moment(_draft(None, kind="phone", actions=[],
                                       participants=[ParticipantRef("person", jan)]))
    services.logbook.log_moment(_draft(None, happened_on=DAY + timedelta(days=30), actions=[]))
    assert services.logbook.count(MomentFilter(kind="phone")) == 1
    assert services.logbook.count(MomentFilter(date_from=DAY + timedelta(days=1))) == 1
    assert services.logbook.count(MomentFilter(date_to=DAY)) == 1
    assert services.logbook.count(MomentFilter(person_id=jan)) == 1


def test_search_finds_words_by_prefix_and_marks_them(services: Services) -> None:
    services.logbook.log_moment(_draft(None, actions=[]))
    services.logbook.log_moment(_draft(None, subject="Iets anders", report="Niets", actions=[]))
    (row,) = services.logbook.window(MomentFilter(search="netwerkl"))
    assert f"{MARK_START}netwerkleider{MARK_END}" in row.excerpt
    (row,) = services.logbook.window(MomentFilter(search="kempen"))
    assert row.subject == f"Regio-overleg {MARK_START}Kempen{MARK_END}"
    assert services.logbook.count(MomentFilter(search="balen turnh")) == 1
    assert services.logbook.count(MomentFilter(search="zzz")) == 0
    assert services.logbook.count(MomentFilter(search="en")) == 1  # a short word: whole words
    assert services.logbook.count(MomentFilter(search="Ba")) == 0


@pytest.mark.parametrize("text", ['"', "a OR b", "NEAR(", "x*", "-", "'; DROP TABLE x", "é"])
def test_search_input_is_escaped_safely(services: Services, text: str) -> None:
    services.logbook.log_moment(_draft(None, actions=[]))
    services.logbook.window(MomentFilter(search=text))  # never an FTS syntax error
    assert fts_query("abc OR cd e") == '"abc"* "OR" "cd"'


def test_one_row_by_id(services: Services) -> None:
    first, _ = services.logbook.log_moment(_draft(None, actions=[]))
    services.logbook.log_moment(_draft(None, subject="Tweede", actions=[]))
    assert services.logbook.row(first).subject == "Regio-overleg Kempen"


def test_a_moment_can_be_corrected(services: Services) -> None:
    jan = services.contacts.save_person(PersonRow(None, "Jan Peeters"))
    els = services.contacts.save_person(PersonRow(None, "Els Maes"))
    moment, _ = services.logbook.log_moment(_draft(None, participants=[
        ParticipantRef("person", jan)]))
    services.logbook.update_moment(moment, _draft(None, subject="Regio-overleg Geel", participants=[
        ParticipantRef("person", els)], actions=[ActionDraft("Nog een actie", "", DAY)]))
    stored = services.logbook.moment(moment)
    assert stored.subject == "Regio-overleg Geel"
    assert [p.id for p in stored.participants] == [els]
    assert len(stored.actions) == 2  # the first action stays, the new one is added
    assert services.logbook.count(MomentFilter(search="geel")) == 1
    with pytest.raises(ValidationError):
        services.logbook.update_moment(moment, _draft(None, subject=""))
    assert services.logbook.moment(moment).subject == "Regio-overleg Geel"


_WORDS = ["De", "de", "vrijwilligers", "Vrijwilliger", "den", "deel", "a-de", "x9de", "vrij's",
          "Kempen", "gem.", "Gemeente", "ad", "éénmalig", "Ëlla", "del", "9de", "vri_j",
          "Straße", "ﬁets", "Ⓐd", "İde", "de\u0301el", "x²", "ÉÉN", "Ğem"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(["", " ", ",", ".", "-", "_"])),
                max_size=12),
       st.lists(st.sampled_from(["vri", "de", "gem", "kempen", "el", "een", "ad", "9de", "éé"]),
                min_size=1, max_size=3))
def test_marking_in_one_pass_marks_what_marking_word_by_word_marks(
        pieces: list[tuple[str, str]], search: list[str]) -> None:
    """The fast marking (one regular expression) and the plain one (each word folded) agree."""
    from coachdesk.domain.names import fold
    from coachdesk.domain.marks import _mark_word_by_word, mark

    text = "".join(word + gap for word, gap in pieces)
    terms = [fold(t) for t in search]
    assert mark(text, terms) == _mark_word_by_word(text, terms)
    ascii_only = text.encode("ascii", "ignore").decode()
    assert mark(ascii_only, terms) == _mark_word_by_word(ascii_only, terms)


def _snippet_of_the_whole_text_marked(text: str, terms: list[str], words: int = 18) -> str:
    """The plain way: mark the whole text, then cut the fragment around the first mark."""
    from coachdesk.domain.marks import MARK_START, mark

    marked = mark(" ".join(text.split()), terms)
    at = marked.find(MARK_START)
    if at < 0:
        return ""
    start = max(0, len(marked[:at].split(" ")) - 3)
    parts = marked.split(" ")
    chosen = " ".join(parts[start:start + words])
    return ("… " if start else "") + chosen + (" …" if start + words < len(parts) else "")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS + ["het", "overleg", "\n"]),
                          st.sampled_from(["", " ", ",", "-", "\t", "  "])), max_size=60),
       st.lists(st.sampled_from(["vri", "de", "gem", "kempen", "el", "ad", "éé"]),
                min_size=1, max_size=3))
def test_the_snippet_marks_only_its_fragment_and_shows_what_marking_everything_shows(
        pieces: list[tuple[str, str]], search: list[str]) -> None:
    from coachdesk.domain.names import fold
    from coachdesk.domain.marks import snippet

    text = "".join(word + gap for word, gap in pieces)
    terms = [fold(t) for t in search]
    assert snippet(text, terms) == _snippet_of_the_whole_text_marked(text, terms)
