"""Speed of proposals: adding a 50-page PDF (background, with progress), opening a review."""

from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from coachdesk.exchange.documents import read_document
from coachdesk.services.container import Services
from coachdesk.ui.context import AppContext
from coachdesk.ui.pages.proposals.adding import add_file
from coachdesk.ui.pages.proposals.review import ReviewView, load_review
from coachdesk.ui.tasks import TaskRunner, show_progress
from tests.ui.conftest import make_ctx
from tests.proposal_files import docx_bytes, long_pdf

ADD_BUDGET_S = 2.0
OPEN_BUDGET_S = 0.5


@pytest.fixture
def ctx(services: Services) -> AppContext:
    return make_ctx(services)


def big_docx_sections(pages: int = 50) -> dict[str, list[str]]:
    line = "Het netwerk bouwt participatietrajecten uit met buddy's, vrijwilligers en stages."
    return {f"{n}. Hoofdstuk {n}": [f"{k}. {line}" for k in range(12)] for n in range(1, pages + 1)}


def qt_printed_pdf(pages: int = 50) -> bytes:
    """A PDF as an office suite exports it: embedded font subsets, real layout (Qt's writer)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    line = "Het netwerk bouwt participatietrajecten uit met buddy's, vrijwilligers en stages. "
    html = "".join(f"<h2>Hoofdstuk {n}</h2>" + f"<p>{line * 6}</p>" * 7
                   + "<p style='page-break-after:always'></p>" for n in range(1, pages + 1))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data)


@pytest.mark.benchmark
@pytest.mark.parametrize("source", ["hand-written", "qt-printed"])
def test_adding_a_fifty_page_pdf_in_the_background(qtbot, ctx: AppContext, tmp_path: Path,
                                                   source: str) -> None:  # type: ignore[no-untyped-def]
    services: Services = ctx.services
    region = services.proposals.overview()[0].region_id
    proposal = services.proposals.create(region)
    runner = TaskRunner(ctx.errors)
    figures = []
    parent = ctx_parent(qtbot)
    for attempt in range(3):
        path = tmp_path / f"voorstel_{attempt}.pdf"
        base = long_pdf(50) if source == "hand-written" else qt_printed_pdf(50)
        path.write_bytes(base + f"% {attempt}\n".encode())  # unique bytes per run
        reports: list[tuple[int, int]] = []
        started = time.perf_counter()
        task = runner.submit(add_file, services, proposal, path, date.today(), with_progress=True)
        dialog = show_progress(parent, task, "Lezen")
        dialog_seen: list[int] = []
        task.signals.progressed.connect(lambda d, _t, _x: dialog_seen.append(dialog.value()))
        task.signals.progressed.connect(lambda d, t, _x: reports.append((d, t)))
        with qtbot.waitSignal(task.signals.finished, timeout=20000) as blocker:
            pass
        figures.append(time.perf_counter() - started)
        pages = blocker.args[0].page_count
        assert pages >= 50
        assert reports and reports[-1] == (pages, pages) and dialog_seen
    runner.wait()
    print(f"\nadd a {pages}-page {source} PDF ({len(base) // 1024} kB): "
          f"median {statistics.median(figures) * 1000:.0f} ms, "
          f"max {max(figures) * 1000:.0f} ms over {len(figures)} runs; "
          f"{len(reports)} progress reports (budget {ADD_BUDGET_S:.0f} s)")
    assert max(figures) < ADD_BUDGET_S


def ctx_parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.benchmark
@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_opening_the_review_of_a_version(qtbot, ctx: AppContext, kind: str) -> None:  # type: ignore[no-untyped-def]
    services: Services = ctx.services
    region = services.proposals.overview()[1].region_id
    proposal = services.proposals.create(region)
    data = long_pdf(50) if kind == "pdf" else docx_bytes(big_docx_sections())
    name = f"voorstel.{kind}"
    version = services.proposals.add_version(proposal, name, data, date.today(),
                                             read_document(name, data))
    view = ReviewView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    figures = []
    for _ in range(5):
        started = time.perf_counter()
        view.show_data(load_review(services, version.id))
        QApplication.processEvents()  # layout and first paint requests included
        figures.append(time.perf_counter() - started)
    print(f"\nopen the review of a 50-page {kind.upper()} ({len(data) // 1024} kB): "
          f"median {statistics.median(figures) * 1000:.0f} ms, max {max(figures) * 1000:.0f} ms "
          f"(budget {OPEN_BUDGET_S * 1000:.0f} ms)")
    assert max(figures) < OPEN_BUDGET_S
