"""Stable identifiers: random UUIDs for records, name-based UUIDs for reference data.

Reference records (regions, municipalities, stages, default criteria) get the same UUID in
every database, so workbooks from different coaches can be merged by ID.
"""

from __future__ import annotations

import uuid

_NAMESPACE = uuid.UUID("6d1f3a52-6a1e-4a8e-9a62-0c0ac0de5c01")


def new_id() -> str:
    return str(uuid.uuid4())


def reference_id(kind: str, key: str) -> str:
    """A UUID that is the same for the same reference record in every database."""
    return str(uuid.uuid5(_NAMESPACE, f"{kind}:{key}"))
