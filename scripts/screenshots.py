"""Open CoachDesk on a database and save a PNG of every page (and a few dialogs).

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py DB.sqlite OUT_DIR [--lang en]

Uses the real window with a synchronous task runner, so every page is filled when grabbed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COACHDESK_HOME", tempfile.mkdtemp(prefix="coachdesk-shots-"))

from PySide6.QtWidgets import QApplication  # noqa: E402

from coachdesk import paths  # noqa: E402
from coachdesk.app import apply_look, build_context  # noqa: E402
from coachdesk.application.database import open_services  # noqa: E402
from coachdesk.ui.errors import ErrorReporter  # noqa: E402
from coachdesk.ui.i18n import install_language  # noqa: E402
from coachdesk.ui.main_window import MainWindow  # noqa: E402
from coachdesk.ui.settings import Settings  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--size", default="1366x728")  # a 1366x768 laptop less its taskbar
    parser.add_argument("--dialogs", action="store_true", help="every dialog too")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_look(app)
    install_language(app, args.lang, paths.resources_dir() / "translations")
    settings = Settings(paths.config_dir() / "coachdesk.ini")
    ctx = build_context(open_services(args.db), settings, ErrorReporter(), args.lang, synchronous=True)
    window = MainWindow(ctx)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    for index, page in enumerate(window.pages):
        window.show_page(index)
        app.processEvents()
        target = args.out / f"{index + 1:02d}-{page.key}.png"
        window.grab().save(str(target))
        print(target)
    shoot_review(app, window, args.out)
    if args.dialogs:
        shoot_dialogs(app, window, ctx, args.out)
    return 0


def shoot_review(app: QApplication, window: MainWindow, out: Path) -> None:
    """The review of the newest version waiting, as the coach sees it on Wednesday."""
    page = window.page("proposals")
    window.show_page(window.pages.index(page))
    detail = page.detail.detail  # type: ignore[attr-defined]
    if detail is None or not detail.versions:
        return
    page.open_review(detail.versions[-1].id)  # type: ignore[attr-defined]
    app.processEvents()
    window.grab().save(str(out / "07-review.png"))
    page.show_list()  # type: ignore[attr-defined]


def shoot_dialogs(app: QApplication, window: MainWindow, ctx: object, out: Path) -> None:
    """Every dialog of tests/ui/gallery.py, filled from the database."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.ui.gallery import dialogs

    for name, build in sorted(dialogs().items()):
        dialog = build(ctx, window)  # type: ignore[arg-type]
        dialog.show()
        app.processEvents()
        target = out / f"dialog-{name}.png"
        dialog.grab().save(str(target))
        print(target)
        dialog.close()
        dialog.deleteLater()


if __name__ == "__main__":
    raise SystemExit(main())
