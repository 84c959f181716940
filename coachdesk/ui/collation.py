"""Names in the order a Flemish reader expects (Aïcha before Ayoub, de Smet among the D's):
Qt's QCollator for nl_BE, used wherever the window sorts what it shows."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCollator,
    QCollatorSortKey,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


@lru_cache(maxsize=1)
def collator() -> QCollator:
    """One collator for the whole window: Dutch (Belgium) rules, case and accents second."""
    found = QCollator(QLocale("nl_BE"))
    found.setNumericMode(True)  # "Regio 2" before "Regio 10"
    return found


def sort_key(text: str) -> QCollatorSortKey:
    return collator().sortKey(text)


def collated(items: Iterable[T], key: Callable[[T], str] | None = None) -> list[T]:
    """`items` sorted by Dutch rules on `key(item)` (the item itself when it is text)."""
    if key is None:
        return sorted(items, key=lambda item: sort_key(str(item)))
    named = key
    return sorted(items, key=lambda item: sort_key(named(item)))


def compare(left: Any, right: Any) -> int:
    """-1, 0 or 1: text by Dutch rules, other values as Python orders them, mixed as text."""
    if isinstance(left, str) and isinstance(right, str):
        return collator().compare(left, right)
    try:
        return (left > right) - (left < right)
    except TypeError:
        return collator().compare(str(left), str(right))


class CollatingProxy(QSortFilterProxyModel):
    """A sort/filter proxy whose text columns sort by Dutch rules instead of code points."""

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 (Qt's name)
        role = self.sortRole()
        return compare(left.data(role), right.data(role)) < 0
