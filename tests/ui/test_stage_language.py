"""Stage names in the chosen language: a default stage reads in English when the coach chose
English, everywhere the window names it; a stage the coach renamed stays as written."""

from __future__ import annotations

from datetime import date, timedelta

from coachdesk.domain.regions import DEFAULT_STAGES, STAGE_NAMES_EN, stage_label, stage_title
from coachdesk.services.progress import StageChangeInput
from coachdesk.ui.pages.regions.page import RegionsPage
from coachdesk.ui.pages.regions.stage_dialog import StageChangeDialog
from tests.ui.conftest import make_ctx
from tests.ui.test_region_progress import column_texts, dashboard_cell, open_window


def test_every_default_stage_has_an_english_name() -> None:
    assert set(STAGE_NAMES_EN) == {stage.key for stage in DEFAULT_STAGES}
    assert stage_label("Verkenning", "en", "exploring") == "Exploring"
    assert stage_label("Verkenning", "nl", "exploring") == "Verkenning"
    assert stage_label("Verkenning", "en", "drafting") == "Verkenning"  # renamed onto another's name
    assert stage_label("Gesprekken", "en", "exploring") == "Gesprekken"  # the coach's own name
    assert stage_title("Geïnformeerd → Verkenning", "en") == "Informed → Exploring"


def _moved(services) -> int:  # type: ignore[no-untyped-def]
    kempen = next(r.id for r in services.regions.list_regions() if r.name == "Kempen")
    stages = {s.key: s.id for s in services.progress.stages()}
    for days, key in ((10, "informed"), (3, "exploring")):
        services.progress.change_stage(StageChangeInput(
            kempen, stages[key], date.today() - timedelta(days=days), "Regio-overleg"))
    return kempen


def test_the_window_in_english_names_the_stages_in_english(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    _moved(services)
    ctx = make_ctx(services, lang="en")
    window = open_window(qtbot, ctx)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    assert page.header.stage.text().startswith("2 · Exploring")
    assert page.region_list.currentItem().text().endswith("2 · Exploring")
    assert column_texts(page.timeline.table, 2)[:2] == [
        "Informed → Exploring", "Not started → Informed"]
    page.actions_.change_stage()
    dialog = page.dialog
    assert isinstance(dialog, StageChangeDialog)
    assert dialog.stage.currentText() == "3 · Network leader found"
    dialog.reject()
    window.show_page(0)
    assert dashboard_cell(window, "Kempen", 1) == "2 · Exploring"
    dashboard = window.page("dashboard")
    assert "4 · Proposal being drafted" in [dashboard.stage.itemText(i)
                                            for i in range(dashboard.stage.count())]
    assert ("1 · Informed", 0) in dashboard.chart.counts


def test_in_dutch_and_after_a_rename_the_stored_name_shows(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    _moved(services)
    stages = services.progress.stages()
    services.progress.save_stages([(s.id, "Gesprekken" if s.key == "exploring" else s.name)
                                   for s in stages])
    window = open_window(qtbot, make_ctx(services, lang="en"))
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    assert page.header.stage.text().startswith("2 · Gesprekken")
    dutch = open_window(qtbot, make_ctx(services, lang="nl"))
    assert dashboard_cell(dutch, "Kempen", 1) == "2 · Gesprekken"
