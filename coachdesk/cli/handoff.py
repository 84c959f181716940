"""Sub-commands `export`, `import` and `merge` of the handoff workbook (CONTRACTS.md)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """The handoff commands arrive with the handoff issue."""
