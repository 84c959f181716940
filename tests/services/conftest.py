"""The services run on both engines: the laptop's SQLite and the team's PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db, open_team_db

# What only exists on the laptop: backup files, and the bytes of the SQLite file itself.
LAPTOP_ONLY = ("test_backups.py::", "test_erasure_leaves_no_trace_in_the_database_file")

# Not yet portable (issue 14, step 2 removes each line as it is fixed); strict, so a fix that
# makes one pass fails the run until its line is gone.
POSTGRESQL_TO_DO = {
    "test_every_region_is_listed_and_a_new_proposal_waits_for_its_first_draft": "func.iif",
    "test_adding_versions_stores_file_text_and_marks_the_proposal_in_review": "func.iif",
    "test_the_same_file_twice_is_refused_naming_the_earlier_version": "func.iif",
    "test_a_pdf_without_text_is_kept_as_text_unavailable": "func.iif",
    "test_a_future_date_received_stores_nothing": "func.iif",
    "test_review_of_the_second_version_carries_the_open_comments_of_the_first": "func.iif",
    "test_renaming_or_deactivating_a_criterion_keeps_past_assessments": "func.iif",
    "test_comparison_shows_the_known_changes_and_the_ratings_matrix": "func.iif",
    "test_proposal_details_can_be_edited": "func.iif",
    "test_a_wrongly_added_latest_version_can_be_deleted_with_its_review": "func.iif",
    "test_another_coachs_workbook_is_refused": "INDEXED BY",
    "test_a_merged_workbook_brings_back_only_this_databases_rows": "INDEXED BY",
    "test_a_merged_workbook_knows_what_the_coach_changed_since_her_export": "INDEXED BY",
    "test_search_finds_words_by_prefix_and_marks_them": "FTS5 MATCH",
    "test_search_input_is_escaped_safely": "FTS5 MATCH (some inputs never reach it)",
    "test_a_moment_can_be_corrected": "FTS5 MATCH",
    "test_erasure_leaves_other_words_alone": "FTS5 rebuild",
    "test_membership_changes_persist_across_a_restart": "INDEXED BY",
    "test_the_overview_aggregates_each_region": "INDEXED BY",
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    laptop_only = [i for i in items if "[postgresql" in i.nodeid
                   and any(part in i.nodeid for part in LAPTOP_ONLY)]
    if laptop_only:
        config.hook.pytest_deselected(items=laptop_only)
        items[:] = [i for i in items if i not in laptop_only]
    for item in items:
        name = getattr(item, "originalname", item.name)
        if "[postgresql" in item.nodeid and name in POSTGRESQL_TO_DO:
            reason = POSTGRESQL_TO_DO[name]
            item.add_marker(pytest.mark.xfail(reason=f"not portable yet: {reason}",
                                              strict="never reach" not in reason))


@pytest.fixture(params=["sqlite", "postgresql"])
def services(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Services]:
    """A new database built through the migrations and seeded, on each engine."""
    if request.param == "sqlite":
        svc = Services(open_coachdesk_db(db_path, backup_dir=db_path.parent / "backups"))
    else:
        svc = Services(open_team_db(request.getfixturevalue("pg_url")))
    yield svc
    svc.close()
