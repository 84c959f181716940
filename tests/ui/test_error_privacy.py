"""An unexpected database error shows and logs no personal data (issue 18)."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import text

from coachdesk.services.container import Services
from coachdesk.services.contacts import PersonRow
from coachdesk.ui import errors as error_ui

SECRETS = ("Griet Vanhoutte", "griet.vanhoutte@geel.be", "0477 11 22 33", "Slechte rug")


def test_a_database_error_keeps_its_values_to_itself(
        services: Services, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    with services.db.engine.begin() as con:  # any failure the database may report
        con.execute(text("CREATE TRIGGER boom BEFORE INSERT ON person "
                         "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"))
    shown: list[str] = []
    monkeypatch.setattr(error_ui.ErrorDialog, "ask",
                        classmethod(lambda cls, details, log_path, parent=None:
                                    shown.append(details)))
    name, email, phone, notes = SECRETS
    with pytest.raises(Exception) as caught:
        services.contacts.save_person(PersonRow(None, name, email=email, phone=phone,
                                                notes=notes))
    caplog.set_level(logging.DEBUG)
    error_ui.ErrorReporter()(caught.value)
    assert shown and "disk trouble" in shown[0]  # the dialog shows what went wrong...
    assert "INSERT INTO person" in shown[0]
    logged = caplog.text
    assert "disk trouble" in logged
    for secret in SECRETS:  # ...but none of the values it was storing
        assert secret not in shown[0] and secret not in logged, secret


def test_the_window_tidies_up_at_start(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A killed export's half-written workbook and a killed scrub's copy go at the next start."""
    import os
    import time

    from coachdesk.ui import settings as s
    from coachdesk.ui.features.backups.menu import start_backups

    exports = tmp_path / "exports"
    exports.mkdir()
    ctx.settings.set(s.LAST_EXPORT_DIR, str(exports))
    leftover = exports / ".overdracht-k1ll3d00.partial"
    leftover.write_bytes(b"PK\x03\x04 the contacts sheet, half written")
    folder = ctx.services.backups.folder
    folder.mkdir(parents=True, exist_ok=True)
    scrub = folder / ".coach-20261101-090000-daily.sqlite.abcd1234.scrub.partial"
    scrub.write_bytes(b"SQLite format 3\x00")
    for path in (leftover, scrub):
        os.utime(path, (time.time() - 3600, time.time() - 3600))
    start_backups(ctx)
    assert not leftover.exists() and not scrub.exists()
