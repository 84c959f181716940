"""The coach's language without Qt: a catalog read from the compiled `.qm` translation files.

The window uses Qt's own translators; the command line reads the same `.qm` files here, so it
speaks Dutch without loading Qt. Only what `lrelease` writes by default is read: per message
its context, source text and translation(s).
"""

from __future__ import annotations

import logging
import struct
from pathlib import Path

from coachdesk import paths
from coachdesk.domain.messages import Translate, english

log = logging.getLogger(__name__)

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
MESSAGES_SECTION = 0x69
TAG_END, TAG_TRANSLATION, TAG_HASH, TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT = 1, 3, 5, 6, 7, 8
TAG_OBSOLETE1 = 2


def read_qm(data: bytes) -> dict[tuple[str, str], list[str]]:
    """{(context, source): translations} of one .qm file (several forms for a plural)."""
    if not data.startswith(QM_MAGIC):
        raise ValueError("not a .qm file")
    pos, section = len(QM_MAGIC), b""
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        if tag == MESSAGES_SECTION:
            section = data[pos + 5:pos + 5 + length]
        pos += 5 + length
    found: dict[tuple[str, str], list[str]] = {}
    pos, context, source = 0, "", ""
    texts: list[str] = []
    while pos < len(section):
        tag = section[pos]
        pos += 1
        if tag == TAG_END:
            if source and texts:
                found[(context, source)] = texts
            context, source, texts = "", "", []
        elif tag == TAG_HASH:
            pos += 4
        elif tag == TAG_OBSOLETE1:
            continue
        elif tag in (TAG_TRANSLATION, TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT):
            length = struct.unpack(">I", section[pos:pos + 4])[0]
            pos += 4
            if length == 0xFFFFFFFF:
                continue
            raw = section[pos:pos + length]
            pos += length
            if tag == TAG_TRANSLATION:
                texts.append(raw.decode("utf-16-be"))
            elif tag == TAG_SOURCE:
                source = raw.decode("utf-8")
            elif tag == TAG_CONTEXT:
                context = raw.decode("utf-8")
        else:
            raise ValueError(f"unknown tag {tag} in a .qm file")
    return found


class Catalog:
    """Translations of one language from every `coachdesk_*_<lang>.qm`; English is the source."""

    def __init__(self, lang: str, folder: Path | None = None) -> None:
        self.lang = lang
        self.entries: dict[tuple[str, str], list[str]] = {}
        if lang == "en":
            return
        folder = folder or paths.resources_dir() / "translations"
        for qm in sorted(folder.glob(f"coachdesk_*_{lang}.qm")):
            try:
                self.entries.update(read_qm(qm.read_bytes()))
            except (OSError, ValueError, struct.error) as exc:
                log.warning("translations %s cannot be read: %s", qm, exc)

    def translate(self, context: str, source: str) -> str:
        """The translation of `source` in `context`, or the source itself."""
        found = self.entries.get((context, source))
        return found[0] if found else source


def translator(lang: str) -> Translate:
    """A `translate(context, source)` for the language; English needs none."""
    return english if lang == "en" else Catalog(lang).translate
