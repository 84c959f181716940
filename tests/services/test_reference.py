"""A new database holds the 18 regions and 304 municipalities with their default regions."""

from __future__ import annotations

import pytest

from coachdesk.db.models import FormerMunicipality
from coachdesk.services.container import Services
from coachdesk.services.reference import resolve_municipality


def test_new_database_has_18_regions_and_304_municipalities(services: Services) -> None:
    regions = services.regions.list_regions()
    assert len(regions) == 18
    assert sum(r.municipality_count for r in regions) == 285 + 19
    assert all(r.stage_key == "not_started" for r in regions)


def test_default_membership_follows_the_likely_reading(services: Services) -> None:
    by_name = {r.name: r for r in services.regions.list_regions()}
    assert by_name["Stad Antwerpen"].municipality_count == 1
    assert by_name["Stad Gent"].municipality_count == 1
    assert by_name["Brussel"].municipality_count == 19
    assert by_name["Regio Antwerpen"].municipality_count == 27  # 28 in the list, less the city
    assert by_name["Regio Gent"].municipality_count == 19
    assert by_name["Limburg"].municipality_count == 38


def test_the_13_mergers_of_2025_are_recorded(services: Services) -> None:
    with services.db.session_factory() as s:
        merged = {f.municipality.nis_code for f in s.query(FormerMunicipality)}
    assert len(merged) == 13


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Melle", "Merelbeke-Melle"),
        ("44040", "Merelbeke-Melle"),
        ("Borsbeek", "Antwerpen"),
        ("Zwijndrecht", "Beveren-Kruibeke-Zwijndrecht"),
        ("11056", "Beveren-Kruibeke-Zwijndrecht"),
        ("Kortessem", "Hasselt"),
        ("Galmaarden", "Pajottegem"),
        ("Moerbeke", "Lokeren"),
        ("Geel", "Geel"),
        ("21004", "Brussel"),
    ],
)
def test_former_names_and_codes_resolve(services: Services, written: str, expected: str) -> None:
    with services.db.session_factory() as s:
        muni = resolve_municipality(s, written)
        assert muni is not None and muni.name == expected


def test_region_ids_are_the_same_in_every_database(tmp_path, services: Services) -> None:
    from coachdesk.services.database import open_coachdesk_db

    other = Services(open_coachdesk_db(tmp_path / "other.sqlite"))
    try:
        assert {r.uuid for r in other.regions.list_regions()} == {
            r.uuid for r in services.regions.list_regions()
        }
    finally:
        other.close()
