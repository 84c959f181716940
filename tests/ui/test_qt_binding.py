"""Guards against a Qt binding that corrupts reference counts (PySide6 6.12.0's Signal.emit)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(int)


def test_emitting_signals_keeps_reference_counts_stable(qapp) -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True)
    for value in range(200):
        emitter.fired.emit(value)
    assert len(received) == 200
    # Each leaked reference would bring the app closer to 'deallocating True' and a crash.
    assert sys.getrefcount(True) >= before - 50
