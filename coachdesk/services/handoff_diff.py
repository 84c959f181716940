"""What an export contained (a compact snapshot) and what changed since the previous one."""

from __future__ import annotations

import base64
import hashlib
import json
import zlib
from datetime import date, datetime
from typing import Any

from coachdesk.domain import handoff as h

SNAPSHOT_VERSION = 1
LONG_TEXT = 80  # longer text is kept as a prefix and a hash: enough to show and to compare
PREFIX = 60

Encoded = Any  # a JSON value: None, a number, a string, or [prefix, hash] for long text
Snapshot = dict[str, dict[str, list[Encoded]]]


def encode(value: Any) -> Encoded:
    """A value as the snapshot keeps it; two equal values always encode alike."""
    if value is None or value == "":
        return None
    if isinstance(value, (datetime, date)):
        return value.isoformat()[:10]
    if isinstance(value, float):
        return round(value, 1)
    if isinstance(value, int):
        return value
    text = str(value)
    if len(text) <= LONG_TEXT:
        return text
    return [text[:PREFIX], hashlib.blake2b(text.encode(), digest_size=8).hexdigest()]


def shown(encoded: Encoded) -> str:
    """An encoded value as a person reads it in `Wijzigingen`."""
    if encoded is None:
        return ""
    if isinstance(encoded, list):
        return encoded[0] + "…"
    if isinstance(encoded, str) and len(encoded) == 10 and encoded[4] == "-" and encoded[7] == "-":
        try:
            return date.fromisoformat(encoded).strftime("%d/%m/%Y")
        except ValueError:
            return encoded
    if isinstance(encoded, float):
        return f"{encoded:.1f}".replace(".", ",")
    return str(encoded)


def take(sheets: dict[str, list[h.Row]]) -> Snapshot:
    """Every row of every data sheet, keyed by its ID, its non-key values encoded."""
    snap: Snapshot = {}
    for name, rows in sheets.items():
        sheet = h.BY_NAME[name]
        if name == h.CHANGES:
            continue
        attrs = [c.attr for c in sheet.columns if c.attr not in sheet.key]
        snap[name] = {sheet.key_of(r): [encode(getattr(r, a)) for a in attrs] for r in rows}
    return snap


def pack(snapshot: Snapshot) -> str:
    raw = json.dumps({"v": SNAPSHOT_VERSION, "sheets": snapshot}, separators=(",", ":"),
                     ensure_ascii=False).encode()
    return base64.b64encode(zlib.compress(raw, 1)).decode("ascii")


def unpack(text: str) -> Snapshot:
    """The snapshot stored with an export; empty when there is none or it cannot be read."""
    if not text:
        return {}
    try:
        data = json.loads(zlib.decompress(base64.b64decode(text)))
    except (ValueError, zlib.error):
        return {}
    if not isinstance(data, dict) or data.get("v") != SNAPSHOT_VERSION:
        return {}
    sheets = data.get("sheets")
    return sheets if isinstance(sheets, dict) else {}


def changes(before: Snapshot, after: Snapshot, regions: set[str]) -> list[h.ChangeRow]:
    """Rows added, fields changed and rows removed between two snapshots.

    A row that is gone counts as removed only when its region is among the exported ones, so
    exporting fewer regions does not look like deleting the others.
    """
    result: list[h.ChangeRow] = []
    for name, rows in after.items():
        sheet = h.BY_NAME[name]
        headers = [c.header for c in sheet.columns if c.attr not in sheet.key]
        region_at = _region_index(sheet)
        old_rows = before.get(name, {})
        for key, values in rows.items():
            old = old_rows.get(key)
            region = _region(sheet, key, values, region_at)
            if old is None:
                result.append(h.ChangeRow(name, key, region, h.ADDED, "", "", _title(values)))
                continue
            for header, was, now in zip(headers, old, values):
                if was != now:
                    result.append(h.ChangeRow(name, key, region, h.CHANGED, header, shown(was),
                                              shown(now)))
        for key, values in old_rows.items():
            region = _region(sheet, key, values, region_at)
            if key not in rows and (not regions or region in regions):
                result.append(h.ChangeRow(name, key, region, h.REMOVED, "", _title(values), ""))
    return result


def _region_index(sheet: h.Sheet) -> int | None:
    attrs = [c.attr for c in sheet.columns if c.attr not in sheet.key]
    for wanted in ("region", "name"):
        if wanted in attrs and (wanted == "region" or sheet.name == h.REGIONS):
            return attrs.index(wanted)
    return None


def _region(sheet: h.Sheet, key: str, values: list[Encoded], index: int | None) -> str:
    if index is None or index >= len(values):
        return ""
    return shown(values[index])


def _title(values: list[Encoded]) -> str:
    """A short description of a row: its first few non-empty values."""
    parts = [shown(v) for v in values if v not in (None, "")][:3]
    return " · ".join(parts)[:120]
