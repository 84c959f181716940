"""Completion of a person's name in a free-text field such as an action's *Wie*."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QWidget

from coachdesk.ui.collation import collated

if TYPE_CHECKING:
    from coachdesk.services.contacts import Choice


def owner_suggestions(choices: Sequence[Choice], owners: Sequence[str], region_id: int | None,
                      first: Sequence[str] = ()) -> list[str]:
    """Who may own an action: `first` (a moment's participants), the region's people, the
    other known people, and whoever owned an action before; each name once."""
    people = collated((c for c in choices if c.kind == "person"), lambda c: c.label)
    people.sort(key=lambda c: region_id is None or c.region_id != region_id)
    names = [*first, *(c.label for c in people), *collated(owners)]
    return list(dict.fromkeys(n for n in names if n))


def name_completer(names: Sequence[str], parent: QWidget) -> QCompleter:
    """Suggests `names` in their order (put the likeliest first) for any part typed."""
    completer = QCompleter(QStringListModel(list(names), parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setMaxVisibleItems(10)
    return completer


def set_names(completer: QCompleter, names: Sequence[str]) -> None:
    model = completer.model()
    if isinstance(model, QStringListModel):
        model.setStringList(list(dict.fromkeys(names)))
