"""The Dutch translation is complete and up to date with the sources; the .qm files are fresh."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
translations = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
sys.modules["translations"] = translations
spec.loader.exec_module(translations)  # type: ignore[union-attr]

AREAS = translations.areas()


@pytest.mark.parametrize("area", sorted(AREAS))
def test_every_source_string_is_translated_to_dutch(area: str, tmp_path: Path) -> None:
    committed = translations.ts_path(area)
    assert committed.exists(), f"run scripts/translations.py: {committed.name} is missing"
    shutil.copyfile(committed, tmp_path / committed.name)
    refreshed = translations.lupdate(area, AREAS[area], tmp_path)
    untranslated = [
        m.findtext("source") for m in translations.messages(refreshed)
        if translations.is_unfinished(m)
    ]
    assert untranslated == [], f"{area}: untranslated or new strings (run scripts/translations.py)"


@pytest.mark.parametrize("area", sorted(AREAS))
def test_compiled_translations_match_their_sources(area: str, tmp_path: Path) -> None:
    ts = translations.ts_path(area)
    fresh = translations.lrelease(ts, tmp_path / "fresh.qm")
    assert ts.with_suffix(".qm").read_bytes() == fresh.read_bytes(), (
        f"{ts.with_suffix('.qm').name} is stale: run scripts/translations.py"
    )
