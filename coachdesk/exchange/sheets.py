"""The handoff workbook's sheets and the names of its extra columns (CONTRACTS.md section 2)."""

from __future__ import annotations

from coachdesk.domain.handoff import BY_NAME, SHEETS, Column, Kind, Sheet

__all__ = ["ALSO_WITH_HEADER", "BY_NAME", "COACH_HEADER", "META_KEYS", "SHEETS", "SOURCE_KEY",
           "Column", "Kind", "Sheet"]

COACH_HEADER = "Coach"
ALSO_WITH_HEADER = "Ook bij coach"
META_KEYS = ("format", "format_version", "export_id", "exported_at", "app_version",
             "database_id", "coach")
SOURCE_KEY = "source"
