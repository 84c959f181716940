"""The application's one change signal, carrying a typed `Changes`, and navigation requests."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType

from PySide6.QtCore import QObject, Signal


class Kind(Enum):
    """What a change can touch; pages list the kinds they show in `Page.watches`."""

    REGIONS = "regions"
    STAGES = "stages"
    MUNICIPALITIES = "municipalities"
    CANDIDACIES = "candidacies"
    CONTACTS = "contacts"
    MOMENTS = "moments"
    ACTIONS = "actions"
    PROPOSALS = "proposals"
    SETTINGS = "settings"


REGIONS = Kind.REGIONS
STAGES = Kind.STAGES
MUNICIPALITIES = Kind.MUNICIPALITIES
CANDIDACIES = Kind.CANDIDACIES
CONTACTS = Kind.CONTACTS
MOMENTS = Kind.MOMENTS
ACTIONS = Kind.ACTIONS
PROPOSALS = Kind.PROPOSALS
SETTINGS = Kind.SETTINGS

@dataclass(frozen=True)
class Changes:
    """What one operation changed: the kinds, and per kind the ids it knows (maybe none).

    Values combine with `|`, so an operation that touches several kinds still announces
    one value, and a page reloads once.
    """

    ids: Mapping[Kind, frozenset[int]] = field(default_factory=lambda: MappingProxyType({}))
    everything: bool = False

    @classmethod
    def of(cls, *kinds: Kind, ids: Iterable[int | None] = ()) -> Changes:
        """`kinds` changed; `ids` (of every kind named) tell which rows, when known."""
        known = frozenset(i for i in ids if i is not None)
        return cls(MappingProxyType({kind: known for kind in kinds}))

    @property
    def kinds(self) -> frozenset[Kind]:
        return frozenset(Kind) if self.everything else frozenset(self.ids)

    def ids_of(self, kind: Kind) -> frozenset[int]:
        return self.ids.get(kind, frozenset())

    def touches(self, watched: Iterable[Kind]) -> bool:
        return self.everything or any(kind in self.ids for kind in watched)

    def __or__(self, other: Changes) -> Changes:
        merged = dict(self.ids)
        for kind, ids in other.ids.items():
            merged[kind] = merged.get(kind, frozenset()) | ids
        return Changes(MappingProxyType(merged), self.everything or other.everything)

    def __bool__(self) -> bool:
        return self.everything or bool(self.ids)


ALL = Changes(everything=True)  # everything may have changed (an import, a refresh)
NOTHING = Changes()


class AppEvents(QObject):
    """`changed(Changes)` once after every operation; `open_requested(page, id)` to navigate."""

    changed = Signal(object)
    open_requested = Signal(str, object)

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
