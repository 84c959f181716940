"""What an export contained (a compact snapshot) and what changed since the previous one."""

from __future__ import annotations

import base64
import hashlib
import json
import zlib
from datetime import date, datetime
from operator import attrgetter
from typing import Any

from coachdesk.domain import handoff as h

SNAPSHOT_VERSION = 2
LONG_TEXT = 40  # longer text is kept as a prefix and a hash: enough to show and to compare
PREFIX = 30
PACK_BATCH = 5000
SEP = "\x1f"  # between a row's values; never in workbook text (not allowed in XML)
HASHED = "~#"  # between the prefix and the hash of a long text

Snapshot = dict[str, dict[str, str]]  # sheet -> row key -> the row's encoded values


def encode(value: Any) -> str:
    """A value as the snapshot keeps it; two equal values always encode alike."""
    if value is None or value == "":
        return ""
    if isinstance(value, (datetime, date)):
        return value.isoformat()[:10]
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return repr(round(value, 6))
    if isinstance(value, int):
        return str(value)
    text = str(value).replace(SEP, " ").replace("\r\n", "\n")
    if len(text) <= LONG_TEXT:
        return text
    digest = hashlib.blake2b(text.encode(), digest_size=6).hexdigest()
    return f"{text[:PREFIX]}{HASHED}{digest}"


def shown(encoded: str) -> str:
    """An encoded value as a person reads it in `Wijzigingen`."""
    if HASHED in encoded:
        return encoded.split(HASHED, 1)[0] + "\u2026"
    if len(encoded) == 10 and encoded[4] == "-" and encoded[7] == "-":
        try:
            return date.fromisoformat(encoded).strftime("%d/%m/%Y")
        except ValueError:
            return encoded
    return encoded


def take(sheets: dict[str, list[h.Row]]) -> Snapshot:
    """Every row of every data sheet, keyed by its ID, its non-key values encoded."""
    snap: Snapshot = {}
    for name, rows in sheets.items():
        sheet = h.BY_NAME[name]
        if name == h.CHANGES:
            continue
        attrs = [c.attr for c in sheet.columns if c.attr not in sheet.key]
        getter = attrgetter(*attrs)
        snap[name] = {sheet.key_of(r): SEP.join(map(encode, getter(r))) for r in rows}
    return snap


def pack(snapshot: Snapshot) -> str:
    """Compressed JSON, written in batches so a large database needs little extra memory."""
    comp = zlib.compressobj(1)
    chunks = [comp.compress(b'{"v":%d,"sheets":{' % SNAPSHOT_VERSION)]
    for number, (name, rows) in enumerate(snapshot.items()):
        chunks.append(comp.compress(((", " if number else "") + json.dumps(name) + ":{").encode()))
        items = list(rows.items())
        for start in range(0, len(items), PACK_BATCH):
            text = json.dumps(dict(items[start:start + PACK_BATCH]), separators=(",", ":"))
            chunks.append(comp.compress(((", " if start else "") + text[1:-1]).encode("ascii")))
        chunks.append(comp.compress(b"}"))
    chunks.append(comp.compress(b"}}"))
    chunks.append(comp.flush())
    return base64.b64encode(b"".join(chunks)).decode("ascii")


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
        for key, row in rows.items():
            old = old_rows.get(key)
            if old == row:
                continue
            values = row.split(SEP)
            region = _region(sheet, key, values, region_at)
            if old is None:
                result.append(h.ChangeRow(name, key, region, h.ADDED, "", "", _title(values)))
                continue
            for header, was, now in zip(headers, old.split(SEP), values):
                if was != now:
                    result.append(h.ChangeRow(name, key, region, h.CHANGED, header, shown(was),
                                              shown(now)))
        for key, row in old_rows.items():
            if key in rows:
                continue
            values = row.split(SEP)
            region = _region(sheet, key, values, region_at)
            if not regions or region in regions:
                result.append(h.ChangeRow(name, key, region, h.REMOVED, "", _title(values), ""))
    return result


def _region_index(sheet: h.Sheet) -> int | None:
    attrs = [c.attr for c in sheet.columns if c.attr not in sheet.key]
    for wanted in ("region", "name"):
        if wanted in attrs and (wanted == "region" or sheet.name == h.REGIONS):
            return attrs.index(wanted)
    return None


def _region(sheet: h.Sheet, key: str, values: list[str], index: int | None) -> str:
    if index is None or index >= len(values):
        return ""
    return shown(values[index])


def _title(values: list[str]) -> str:
    """A short description of a row: its first few non-empty values."""
    parts = [shown(v) for v in values if v][:3]
    return " · ".join(parts)[:120]
