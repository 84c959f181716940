"""Use cases the window and the command line share; no Qt.

Each function composes services, file formats and the coach's settings once, so neither entry
assembles them by itself (docs/ARCHITECTURE.md).
"""
