"""A search box's queries: the newest keystroke wins, the ones it made useless never run."""

from __future__ import annotations

import threading

from coachdesk.ui.tasks import TaskRunner


def test_a_newer_task_of_a_lane_skips_the_waiting_ones(qtbot) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    runner = TaskRunner(errors.append)
    gate = threading.Event()
    ran: list[str] = []
    shown: list[str] = []
    runner.submit(gate.wait, 10)  # the database thread is busy with an earlier query
    for text in ("v", "vr", "vri"):
        runner.submit(lambda t=text: ran.append(t) or t, latest="search", on_done=shown.append)
    other: list[str] = []
    runner.submit(lambda: "count", latest="count", on_done=other.append)
    gate.set()
    qtbot.waitUntil(lambda: shown == ["vri"] and other == ["count"], timeout=5000)
    runner.wait()
    qtbot.wait(50)
    assert ran == ["vri"] and shown == ["vri"] and not errors
    runner.shutdown()
