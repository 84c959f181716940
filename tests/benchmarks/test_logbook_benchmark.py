"""Logboek on the large demo database: first rows, search per keystroke, scrolling, memory."""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db
from coachdesk.ui.pages.logbook.model import WINDOW
from coachdesk.ui.pages.logbook.page import LogbookPage
from tests.ui.conftest import make_ctx

BIG = Path("/tmp/big.sqlite")
pytestmark = pytest.mark.benchmark


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@pytest.fixture(scope="module")
def big_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    if not BIG.exists():  # a colleague may have made it already
        from coachdesk.services.demo import create_demo_database

        create_demo_database(BIG, size="large", seed=1)
    # Our own copy: opening migrates it, and colleagues on an older branch share BIG.
    folder = tmp_path_factory.mktemp("big")
    shutil.copyfile(BIG, folder / "big.sqlite")
    services = Services(open_coachdesk_db(folder / "big.sqlite", backup_dir=folder / "backups"))
    yield services
    services.close()


def _timed_count(services: Services, page: LogbookPage) -> float:
    start = time.perf_counter()
    services.logbook.count(page.filter())
    return _ms(start)


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def test_logbook_on_100000_moments(qtbot, big_services: Services) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(big_services)
    start = time.perf_counter()
    page = LogbookPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.activate()
    QApplication.processEvents()
    first_ms = _ms(start)
    total = big_services.logbook.count(page.filter())
    assert 0 < page.model.rowCount() <= WINDOW and total >= 100_000

    keystrokes: list[float] = []
    shown: list[float] = []
    # The database thread's CPU time per search: what a busy machine does not inflate.
    cpu: list[float] = []
    window = big_services.logbook.window

    def timed_window(*args: object, **kwargs: object) -> object:
        start = time.thread_time()
        try:
            return window(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            cpu.append((time.thread_time() - start) * 1000)

    big_services.logbook.window = timed_window  # type: ignore[method-assign]
    page.model.modelReset.connect(lambda: shown.append(time.perf_counter()))
    word = "vrijwilligers"
    for n in range(1, len(word) + 1):
        page.search.setText(word[:n])
        start = time.perf_counter()
        page.reload()  # what the keystroke's timer triggers
        keystrokes.append((shown[-1] - start) * 1000)
        QApplication.processEvents()
    found = page.model.rowCount()
    keystroke_cpu = list(cpu)
    big_services.logbook.window = window  # type: ignore[method-assign]
    others = {}
    for text in ("de", "gem", "kempen", "zzzz", "buddy vrijwilligers"):
        page.search.setText(text)
        start = time.perf_counter()
        page.reload()
        others[text] = ((shown[-1] - start) * 1000, _timed_count(big_services, page))
    page.search.clear()
    page.reload()

    fetch_sizes, fetch_ms = [], []
    fetch_more = page.model.fetchMore

    def measured_fetch(*args: object) -> None:
        before, start = page.model.rowCount(), time.perf_counter()
        fetch_more(*args)  # type: ignore[arg-type]
        fetch_ms.append(_ms(start))
        fetch_sizes.append(page.model.rowCount() - before)

    page.model.fetchMore = measured_fetch  # type: ignore[method-assign]
    for _ in range(100):  # scroll to the end, again and again, as someone holding End does
        page.table.scrollToBottom()
        QApplication.processEvents()
    loaded = page.model.rowCount()
    rss = rss_mb()
    print(f"\nLogboek, {total:,} moments")
    print(f"  first rows shown:        {first_ms:7.1f} ms (limit 300)")
    print(f"  search per keystroke:    median {statistics.median(keystrokes):.1f} ms, "
          f"max {max(keystrokes):.1f} ms (limit 50); '{word}': {found} rows shown")
    print("    " + ", ".join(f"{word[:n + 1]} {ms:.0f}" for n, ms in enumerate(keystrokes)))
    print(f"    CPU time of the search on the database thread: median "
          f"{statistics.median(keystroke_cpu):.1f} ms, max {max(keystroke_cpu):.1f} ms; at half "
          f"the speed ~{2 * statistics.median(keystroke_cpu):.0f} / {2 * max(keystroke_cpu):.0f} ms")
    print("    other searches (rows shown in ms; count, which follows the rows, in ms): " + ", ".join(
        f"'{t}' {ms:.0f} (count {c:.0f})" for t, (ms, c) in others.items()))
    print(f"  scrolling to the end x100: {len(fetch_sizes)} fetches of at most {max(fetch_sizes)} rows, "
          f"max {max(fetch_ms):.1f} ms; {loaded:,} of {total:,} rows loaded")
    print(f"  process RSS:             {rss:7.1f} MB (limit 300)")
    assert max(fetch_sizes) <= WINDOW and loaded < total
    assert rss < 300


def test_logbook_search_keeps_the_window_responsive(qtbot, big_services: Services) -> None:  # type: ignore[no-untyped-def]
    """The search as the window runs it: on the database thread, the newest keystroke wins.

    Per keystroke: the time the GUI thread is busy (the key's handling, and showing the rows
    when they come), and the time from the last keystroke of a word to its rows.
    """
    ctx = make_ctx(big_services, synchronous=False)
    page = LogbookPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20_000)
    busy: list[float] = []
    show = page._show

    def timed_show(*args: object) -> None:
        start = time.perf_counter()
        show(*args)  # type: ignore[arg-type]
        busy.append(_ms(start))

    page._show = timed_show  # type: ignore[method-assign]
    latencies, keys = {}, []
    for word in ("vri", "vrijwilligers", "de", "gem", "kempen"):
        page.search.clear()
        ctx.runner.wait()
        QApplication.processEvents()
        shown = len(busy)
        for char in word:  # typed at ~12 keys a second
            start = time.perf_counter()
            qtbot.keyClicks(page.search, char)
            keys.append(_ms(start))
            qtbot.wait(80)
        start = time.perf_counter()
        qtbot.waitUntil(lambda n=shown: len(busy) > n and page.search.text() == word,
                        timeout=20_000)
        ctx.runner.wait()
        QApplication.processEvents()
        latencies[word] = _ms(start) + 80
    gui = keys + busy
    print("\nLogboek search as the window runs it (database thread, newest keystroke wins)")
    print(f"  GUI thread busy per keystroke or result: median {statistics.median(gui):.1f} ms, "
          f"max {max(gui):.1f} ms (limit 30 / 50)")
    print("  last keystroke to its rows: " + ", ".join(
        f"'{w}' {ms:.0f} ms" for w, ms in latencies.items()))
    print(f"  at half the speed: median ~{2 * statistics.median(gui):.0f} ms, "
          f"max ~{2 * max(gui):.0f} ms")
