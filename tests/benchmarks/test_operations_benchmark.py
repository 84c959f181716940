"""A change through the operation primitive on the real database thread: how long from the
click to the announced change, and how long the window's thread is held meanwhile."""

from __future__ import annotations

import statistics
import time

import pytest
from PySide6.QtCore import QTimer

from coachdesk.services.logbook import ActionDraft
from coachdesk.ui import events
from coachdesk.ui.events import Changes
from coachdesk.ui.operations import ChangeOp
from tests.ui.conftest import make_ctx

pytestmark = pytest.mark.benchmark
RUNS = 20


def test_change_round_trip_and_gui_stall(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(demo_services, synchronous=False)
    actions = ctx.services.actions
    region = ctx.services.contacts.regions()[0].id
    ids = [actions.add(ActionDraft(f"Bellen {n}", "Lies", None), region) for n in range(200)]
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    round_trips: list[float] = []
    for run in range(RUNS):
        day = ctx.services.actions.action(ids[0]).due_on
        start = time.perf_counter()
        with qtbot.waitSignal(ctx.events.changed, timeout=10_000):
            ChangeOp(ctx, actions.reschedule, ids, day,
                     changes=Changes.of(events.ACTIONS, ids=ids)) \
                .undoable("Uitstellen", lambda before: (actions.restore, before)).run()
        round_trips.append((time.perf_counter() - start) * 1000)
        with qtbot.waitSignal(ctx.events.changed, timeout=10_000):
            ctx.undo_stack.undo()
    timer.stop()
    gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:])]
    print(f"\nreschedule 200 actions + undo, {RUNS} runs on the database thread:"
          f" click→announced median {statistics.median(round_trips):.1f} ms,"
          f" max {max(round_trips):.1f} ms; longest GUI-thread gap between 5 ms ticks"
          f" {max(gaps):.1f} ms (95th percentile {statistics.quantiles(gaps, n=20)[-1]:.1f} ms,"
          f" median {statistics.median(gaps):.1f} ms)")
    ctx.runner.shutdown()
