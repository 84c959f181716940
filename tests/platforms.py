"""What a test may assume of the system it runs on (the suite runs on Windows, macOS, Linux)."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

# Windows keeps a coach's files private through the access list of her profile folder, not
# through mode bits: there, os.stat reports 0o666 or 0o444 whatever CoachDesk asked for.
POSIX_MODES = sys.platform != "win32"


def private(path: Path) -> bool:
    """Nobody but the owner may read `path` (always true on Windows: see POSIX_MODES)."""
    return not POSIX_MODES or path.stat().st_mode & 0o077 == 0


def mode_is(path: Path, mode: int) -> bool:
    """`path` has exactly the permission bits `mode` (not checked on Windows)."""
    return not POSIX_MODES or stat.S_IMODE(path.stat().st_mode) == mode
