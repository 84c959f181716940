"""Half-written files of an export that was killed: found and removed (no heavy imports, so the
window can tidy up at start-up)."""

from __future__ import annotations

import time
from pathlib import Path

STALE_PARTIAL_S = 600.0  # a partial file older than this belongs to an export that was killed


def remove_stale_partials(folder: Path, older_than: float = STALE_PARTIAL_S) -> int:
    """Half-written workbooks left in `folder` by an export that was killed; how many went."""
    cutoff = time.time() - older_than
    removed = 0
    for leftover in Path(folder).glob(".*-*.partial") if Path(folder).is_dir() else []:
        try:
            if (leftover.is_file() and not leftover.is_symlink()
                    and leftover.stat().st_mtime <= cutoff
                    and leftover.read_bytes()[:2] in (b"", b"PK")):  # ours: empty or a zip
                leftover.unlink()
                removed += 1
        except OSError:
            continue
    return removed
