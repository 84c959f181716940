"""The paragraphs and headings of a .docx, read from its XML with hard limits on size."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator

from coachdesk.domain.documents import Block
from coachdesk.domain.errors import FileFormatError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_PART = 32 * 1024 * 1024  # unpacked size of one XML part: stops zip bombs
MAX_ENTRIES = 5000
MAX_STYLES = 4 * 1024 * 1024  # styles.xml is parsed whole; Word's is well under 1 MB
MAX_BLOCKS = 200_000
MAX_ELEMENTS = 2_000_000  # a 100-page proposal has a few hundred thousand
BODY = "word/document.xml"


def _fail(name: str, reason: str, code: str = "") -> FileFormatError:
    """The error `document.<code>` (by default its reason), naming the file."""
    return FileFormatError(f"document.{code or reason}", file=name, reason=reason)


def read_part(name: str, archive: zipfile.ZipFile, part: str,
              limit: int = MAX_PART) -> bytes | None:
    """A part's bytes, read in chunks so a lying header cannot unpack more than MAX_PART."""
    try:
        info = archive.getinfo(part)
    except KeyError:
        return None
    if info.file_size > limit:
        raise _fail(name, "damaged", "part_too_large")
    chunks, total = [], 0
    with archive.open(info) as stream:
        while chunk := stream.read(1 << 20):
            total += len(chunk)
            if total > limit:
                raise _fail(name, "damaged", "part_too_large")
            chunks.append(chunk)
    return b"".join(chunks)


def parse_xml(name: str, data: bytes) -> ET.Element:
    """Word never writes a DTD; refusing one rules out entity expansion attacks."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise _fail(name, "damaged")
    return ET.fromstring(data)


def read_blocks(name: str, archive: zipfile.ZipFile) -> tuple[list[Block], int | None]:
    """The document's paragraphs in order with heading levels, and its page count if stored."""
    if len(archive.infolist()) > MAX_ENTRIES:
        raise _fail(name, "damaged")
    body = read_part(name, archive, BODY)
    if body is None:
        raise _fail(name, "not_docx")
    levels = _style_levels(name, archive)
    blocks: list[Block] = []
    for outer in _paragraphs(name, body):
        for paragraph in outer.iter(f"{W}p"):  # the paragraph, then those of its text boxes
            text = _paragraph_text(paragraph)
            if text:
                blocks.append(Block(text, _level(paragraph, levels)))
        if len(blocks) > MAX_BLOCKS:
            raise _fail(name, "damaged", "too_long")
        outer.clear()  # keeps memory to one paragraph, however long the document
    return blocks, None  # Word's stored page count is often stale: not shown


def _paragraphs(name: str, data: bytes) -> Iterator[ET.Element]:
    """Each outermost w:p as soon as it is complete."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise _fail(name, "damaged")
    depth = elements = 0
    for event, element in ET.iterparse(io.BytesIO(data), events=("start", "end")):
        if event == "end":
            elements += 1
            if elements > MAX_ELEMENTS:
                raise _fail(name, "damaged", "too_long")
        if element.tag != f"{W}p":
            if event == "end" and depth == 0:
                element.clear()  # outside paragraphs nothing is kept
            continue
        depth += 1 if event == "start" else -1
        if event == "end" and depth == 0:
            yield element


def _paragraph_text(paragraph: ET.Element) -> str:
    """The paragraph's own text; a text box inside it is a paragraph of its own."""
    parts: list[str] = []
    stack = list(reversed(paragraph))
    while stack:
        node = stack.pop()
        if node.tag in (f"{W}p", f"{W}txbxContent"):
            continue
        if node.tag == f"{W}t" and node.text:
            parts.append(node.text)
        elif node.tag in (f"{W}tab", f"{W}br", f"{W}cr"):
            parts.append(" ")
        stack.extend(reversed(node))
    return " ".join("".join(parts).split())


def _level(paragraph: ET.Element, levels: dict[str, int]) -> int:
    props = paragraph.find(f"{W}pPr")
    if props is None:
        return 0
    outline = props.find(f"{W}outlineLvl")
    if outline is not None:
        return _outline(outline.get(f"{W}val", ""))
    style = props.find(f"{W}pStyle")
    style_id = style.get(f"{W}val", "") if style is not None else ""
    if style_id in levels:
        return levels[style_id]
    match = re.fullmatch(r"(?i)(heading|kop)(\d)", style_id)
    return int(match.group(2)) if match else 0


def _outline(value: str) -> int:
    return int(value) + 1 if value.isdigit() and int(value) < 9 else 0


def _style_levels(name: str, archive: zipfile.ZipFile) -> dict[str, int]:
    """styleId -> heading level, from the style names ('heading 2') or outline levels."""
    data = read_part(name, archive, "word/styles.xml", MAX_STYLES)
    if data is None:
        return {}
    levels: dict[str, int] = {}
    for style in parse_xml(name, data).iter(f"{W}style"):
        style_id = style.get(f"{W}styleId", "")
        name_node = style.find(f"{W}name")
        label = (name_node.get(f"{W}val", "") if name_node is not None else "").lower()
        outline = style.find(f"{W}pPr/{W}outlineLvl")
        match = re.fullmatch(r"heading (\d)", label)
        if match:
            levels[style_id] = int(match.group(1))
        elif label == "title":
            levels[style_id] = 1
        elif outline is not None and _outline(outline.get(f"{W}val", "")):
            levels[style_id] = _outline(outline.get(f"{W}val", ""))
    return levels

