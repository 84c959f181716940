"""The report's pages: the overview with the chart, half a page per region, the changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from coachdesk import __version__
from coachdesk.domain import report as r
from coachdesk.reporting.canvas import (
    ACCENT,
    INK,
    MARGIN,
    MUTED,
    PAGE_H,
    PAGE_W,
    RULE,
    WIDTH,
    Canvas,
    font,
)
from coachdesk.reporting.chart import draw_chart, stage_colors
from coachdesk.reporting.texts import Words

RATING_COLORS = {"missing": "#d7301f", "weak": "#fc8d59", "sufficient": "#91cf60",
                 "strong": "#1a9850"}
RATING_ORDER = ("missing", "weak", "sufficient", "strong")
FOOTER_Y = PAGE_H - 34
BODY_BOTTOM = FOOTER_Y - 8
HALF = (BODY_BOTTOM - MARGIN) / 2
STALLED = QColor("#b3541e")
COLUMNS = (58.0, 104.0, 140.0)  # date, region, what; the note takes the rest
CENTERED = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)


def section(c: Canvas, y: float, title: str) -> float:
    c.text(MARGIN, y, WIDTH, title, font(11.5, bold=True), ACCENT)
    return y + 20


def footer(c: Canvas, data: r.ReportData, words: Words, number: int, total: int) -> None:
    c.hline(MARGIN, FOOTER_Y, WIDTH)
    small = font(7)
    c.line_text(MARGIN, FOOTER_Y + 5, WIDTH - 90,
                f"{words('title')} · {words('state_on', day=words.day(data.end))}", small, MUTED)
    c.line_text(PAGE_W - MARGIN - 90, FOOTER_Y + 5, 90, words("page", n=number, total=total),
                small, MUTED, right=True)


def overview(c: Canvas, data: r.ReportData, words: Words) -> None:
    """Page 1: who made it, where the regions stand, the road so far, who stalled."""
    y = MARGIN
    c.text(MARGIN, y, WIDTH, words("title"), font(21, bold=True), INK)
    y += 30
    y += c.text(MARGIN, y, WIDTH, words("subtitle"), font(10.5), MUTED) + 6
    y += c.text(MARGIN, y, WIDTH, " · ".join(_facts(data, words)), font(8), MUTED) + 8
    c.hline(MARGIN, y, WIDTH, ACCENT, 1.2)
    y = section(c, y + 12, words("today"))
    y = _stage_table(c, y, data, words) + 10
    y = section(c, y, words("road"))
    draw_chart(c, MARGIN, y, WIDTH, 220, data.months, data.stages, words)
    y += 226
    y += c.text(MARGIN, y, WIDTH, words("road_note"), font(7), MUTED) + 12
    y = section(c, y, words("stalled"))
    y = _stalled(c, y, data, words)


def guide(c: Canvas, data: r.ReportData, words: Words, region_pages: int,
          change_pages: int) -> None:
    """At the foot of page 1: where the reader finds what."""
    first = 2 + region_pages
    lines = []
    if region_pages:
        lines.append(words("guide_regions", last=1 + region_pages) if region_pages > 1
                     else words("guide_region_page"))
    period = dict(start=words.day(data.start), end=words.day(data.end))
    lines.append(words("guide_changes", first=first, **period) if change_pages == 1 else
                 words("guide_changes_n", first=first, last=first + change_pages - 1, **period))
    f = font(8)
    height = sum(c.height(line, f, WIDTH) + 3 for line in lines) + 18
    y = FOOTER_Y - height - 6
    c.hline(MARGIN, y - 6, WIDTH)
    c.text(MARGIN, y, WIDTH, words("guide"), font(8.5, bold=True), INK)
    y += 14
    for line in lines:
        y += c.text(MARGIN, y, WIDTH, line, f, MUTED) + 3


def _facts(data: r.ReportData, words: Words) -> list[str]:
    facts = [words("state_on", day=words.day(data.end))]
    names = [p.name for p in data.regions]
    facts.append(words("scope_all", n=len(names)) if data.all_regions
                 else words("scope_some", n=len(names), names=", ".join(names)))
    facts.append(words("made_by", coach=data.coach, version=__version__) if data.coach
                 else words("made_by_nobody", version=__version__))
    if not data.options.personal_data:
        facts.append(words("no_personal"))
    return facts


def _stage_table(c: Canvas, y: float, data: r.ReportData, words: Words) -> float:
    colors = stage_colors(len(data.stages))
    by_stage: dict[int, list[str]] = {}
    for part in data.regions:
        by_stage.setdefault(part.stage_position, []).append(part.name)
    f, bold, small = font(8.5), font(8.5, bold=True), font(8)
    for position, name in enumerate(data.stages):
        names = by_stage.get(position, [])
        text = ", ".join(names) or "–"
        height = max(13.0, c.height(text, small, WIDTH - 200) + 3)
        c.box(MARGIN, y + 1.5, 9, 9, colors[position])
        c.line_text(MARGIN + 15, y, 150, name, bold if names else f, INK if names else MUTED)
        c.line_text(MARGIN + 165, y, 26, str(len(names)), bold if names else f,
                    INK if names else MUTED, right=True)
        c.text(MARGIN + 200, y + 0.5, WIDTH - 200, text, small, INK if names else MUTED)
        y += height
        c.hline(MARGIN, y - 1.5, WIDTH, QColor("#e6ebef"), 0.4)
    return y


def _stalled(c: Canvas, y: float, data: r.ReportData, words: Words) -> float:
    days = data.options.stalled_days
    if not data.stalled:
        return y + c.text(MARGIN, y, WIDTH, words("stalled_none", days=days), font(8.5), INK)
    for item in data.stalled:
        contact = (words("no_contact_ever") if item.days_without_contact is None
                   else words("no_contact_days", n=item.days_without_contact))
        in_stage = words("in_stage_days", n=item.days_in_stage or 0)
        c.line_text(MARGIN, y, 115, item.name, font(8.5, bold=True), STALLED)
        y += c.text(MARGIN + 120, y, WIDTH - 120, words(
            "stalled_line", stage=item.stage, contact=contact, in_stage=in_stage),
            font(8.5), INK) + 3
        if y > BODY_BOTTOM - 120:
            break
    return y + 4 + c.text(MARGIN, y + 4, WIDTH, words("stalled_rule", days=days), font(7), MUTED)


def region_half(c: Canvas, top: float, part: r.RegionPart, data: r.ReportData,
                words: Words) -> None:
    """Half a page: the region's header, then its facts left and its recent work right."""
    c.text(MARGIN, top, WIDTH, part.name, font(14, bold=True), INK)
    c.line_text(MARGIN + c.width(part.name, font(14, bold=True)) + 8, top + 5, 220,
                part.province, font(8.5), MUTED)
    y = top + 24
    _stage_bar(c, y, part, data, words)
    y += 17
    if part.steps:
        road = "  →  ".join(f"{words.day(on)} {stage}" for on, stage in part.steps)
        y += c.text(MARGIN, y, WIDTH, f"{words('road_short')}: {road}", font(7), MUTED)
    y += 9
    col = (WIDTH - 18) / 2
    left, right = MARGIN, MARGIN + col + 18
    ly = _field(c, left, y, col, words("leader"), part.leader or words("leader_none"))
    joined = (words("joined_of", joined=len(part.joined), total=part.municipalities)
              + (": " + ", ".join(part.joined) if part.joined else "")) if part.joined else \
        words("joined_none", total=part.municipalities)
    ly = _field(c, left, ly, col, words("municipalities"), joined, small=True)
    ly = _field(c, left, ly, col, words("proposal"), _proposal(part, words))
    _ratings(c, left, ly, col, part, words)
    ry = _moments(c, right, y, col, part, words)
    ry = _actions(c, right, ry, col, part, words)
    step = part.next_step or words("next_step_none")
    if part.next_step and part.next_step_date:
        step += f" ({words('on_day', day=words.day(part.next_step_date))})"
    _field(c, right, ry, col, words("next_step"), step)


def _stage_bar(c: Canvas, y: float, part: r.RegionPart, data: r.ReportData,
               words: Words) -> None:
    colors = stage_colors(len(data.stages))
    segment = 14.0
    for position in range(len(data.stages)):
        reached = position <= part.stage_position
        c.box(MARGIN + position * (segment + 2), y + 2, segment, 7,
              colors[position] if reached else QColor("#f1f4f6"), RULE if not reached else None)
    x = MARGIN + len(data.stages) * (segment + 2) + 8
    text = f"{part.stage}  "
    c.line_text(x, y, 200, text, font(9, bold=True), INK)
    since = ""
    if part.stage_since:
        days = (data.end - part.stage_since).days
        since = words("stage_since", day=words.day(part.stage_since), n=max(days, 0))
    c.line_text(x + c.width(text, font(9, bold=True)), y + 0.5, 230, since, font(8.5), MUTED)
    if part.stalled:
        c.line_text(PAGE_W - MARGIN - 100, y + 0.5, 100, words("stalled"), font(8, bold=True),
                    STALLED, right=True)


def _field(c: Canvas, x: float, y: float, w: float, label: str, value: str,
           small: bool = False) -> float:
    c.line_text(x, y, w, label.upper(), font(6.5, bold=True), MUTED)
    height = c.text(x, y + 10, w, value, font(7.5 if small else 8.5), INK)
    return y + 10 + height + 8


def _proposal(part: r.RegionPart, words: Words) -> str:
    if part.version is None:
        return words("proposal_none")
    text = words("version_line", n=part.version, day=words.day(part.version_received),
                 status=part.version_status)
    if part.proposal_status:
        text += "; " + words("proposal_status", status=part.proposal_status)
    return text


def _ratings(c: Canvas, x: float, y: float, w: float, part: r.RegionPart, words: Words) -> None:
    if not part.ratings:
        return
    c.line_text(x, y, w, words("criteria").upper(), font(6.5, bold=True), MUTED)
    size = min(20.0, (w - 2) / len(part.ratings) - 3)
    for number, rating in enumerate(part.ratings, start=1):
        color = RATING_COLORS.get(rating.code)
        xx = x + (number - 1) * (size + 3)
        c.box(xx, y + 11, size, size, QColor(color) if color else QColor("#ffffff"),
              None if color else RULE, radius=2)
        ink = QColor("#ffffff") if rating.code in ("missing", "strong") else INK
        c.text(xx, y + 11 + size / 2 - 5, size, str(number), font(7, bold=True), ink,
               align=CENTERED)


def _moments(c: Canvas, x: float, y: float, w: float, part: r.RegionPart, words: Words) -> float:
    c.line_text(x, y, w, words("contacts").upper(), font(6.5, bold=True), MUTED)
    y += 10
    if not part.moments:
        return y + c.text(x, y, w, words("contacts_none"), font(8.5), MUTED) + 8
    for moment in part.moments:
        c.line_text(x, y, w, f"{words.day(moment.on)} · {moment.kind}", font(7, bold=True), MUTED)
        y += 9
        y += min(c.text(x, y, w, moment.subject, font(8.5), INK), 22) + 3
    return y + 5


def _actions(c: Canvas, x: float, y: float, w: float, part: r.RegionPart, words: Words) -> float:
    c.line_text(x, y, w, words("actions").upper(), font(6.5, bold=True), MUTED)
    y += 10
    summary = words("actions_none")
    if part.open_actions:
        summary = words("actions_line" if part.late_actions else "actions_line_ok",
                        open=part.open_actions, late=part.late_actions)
    y += c.text(x, y, w, summary, font(8.5, bold=bool(part.late_actions)),
                STALLED if part.late_actions else INK) + 2
    for action in part.late:
        owner = f" ({action.owner})" if action.owner else ""
        c.line_text(x, y, w, f"{words('due', day=words.day(action.due_on))}: "
                    f"{action.description}{owner}", font(7.5), INK)
        y += 11
    return y + 8


def criteria_key(c: Canvas, data: r.ReportData, words: Words) -> None:
    """Above the footer of a region page: what the numbered squares and their colours mean."""
    ratings = next((p.ratings for p in data.regions if p.ratings), ())
    if not ratings:
        return
    names = " · ".join(f"{n} {rating.criterion}" for n, rating in enumerate(ratings, start=1))
    small = font(6.5)
    height = c.height(f"{words('criteria_key')}: {names}", small, WIDTH)
    y = FOOTER_Y - height - 16
    c.text(MARGIN, y, WIDTH, f"{words('criteria_key')}: {names}", small, MUTED)
    x = MARGIN
    y += height + 2
    c.line_text(x, y, 60, f"{words('ratings_key')}:", small, MUTED)
    x += c.width(f"{words('ratings_key')}: ", small) + 2
    labels = _rating_labels(data)
    for code in (*RATING_ORDER, ""):
        c.box(x, y + 1.5, 7, 7, QColor(RATING_COLORS[code]) if code else QColor("#ffffff"),
              None if code else RULE, radius=1)
        text = labels.get(code, words("not_rated")) if code else words("not_rated")
        c.line_text(x + 10, y, 90, text, small, MUTED)
        x += 14 + c.width(text, small) + 8


def _rating_labels(data: r.ReportData) -> dict[str, str]:
    return {rating.code: rating.label for part in data.regions for rating in part.ratings
            if rating.code}


Row = tuple[list[str], list[float], float]  # cells, their heights, the row's height


def change_rows(c: Canvas, data: r.ReportData, words: Words) -> list[Row]:
    """Each change as its four cells and their heights, measured before anything is drawn."""
    rows: list[Row] = []
    widths = [w - 6 for w in (*COLUMNS, WIDTH - sum(COLUMNS))]
    f = font(8)
    single = c.height("Mg", f, 200)
    for change in data.changes:
        what, note = _change_text(change, words)
        cells = [words.day(change.on), change.region, what, note]
        heights = [single, c.height(change.region, f, widths[1]), c.height(what, f, widths[2]),
                   c.height(note, f, widths[3])]
        rows.append((cells, heights, max(*heights, 10) + 5))
    return rows


def _change_text(change: r.Change, words: Words) -> tuple[str, str]:
    if change.kind == "versions":
        first, last = change.text.split("-", 1)
        return (f"{words('kind_version')}: "
                f"{words('versions_n', first=first, last=last, n=change.count)}",
                words("versions_since", day=words.day(change.since), status=change.detail))
    if change.kind == "version":
        return (f"{words('kind_version')}: {words('version_n', n=change.text)}",
                words("version_now", status=change.detail) if change.detail else "")
    if change.kind == "leader":
        before = words("leader_before", name=change.detail) if change.detail else ""
        return f"{words('kind_leader')}: {change.text}", before
    return f"{words('kind_stage')}: {change.text}", change.detail


def paginate(rows: list[Row], first_top: float) -> list[list[int]]:
    """Row indexes per page: the first page starts lower, under the title."""
    pages: list[list[int]] = [[]]
    y = first_top
    for index, (_cells, _heights, height) in enumerate(rows):
        if y + height > BODY_BOTTOM and pages[-1]:
            pages.append([])
            y = MARGIN + 34
        pages[-1].append(index)
        y += height
    return pages


def changes_page(c: Canvas, data: r.ReportData, words: Words, rows: list[Row],
                 indexes: list[int], first: bool) -> None:
    y = MARGIN
    if first:
        title = words("changes", start=words.day(data.start), end=words.day(data.end))
        c.text(MARGIN, y, WIDTH, title, font(14, bold=True), INK)
        y += 24
        y += c.text(MARGIN, y, WIDTH, words("changes_note"), font(8), MUTED) + 4
        kinds = [ch.kind for ch in data.changes]
        y += c.text(MARGIN, y, WIDTH, words(
            "changes_count", stages=kinds.count("stage"),
            leaders=kinds.count("leader"),
            versions=sum(ch.count for ch in data.changes if ch.kind.startswith("version"))),
            font(8.5, bold=True), INK) + 10
        if not rows:
            c.text(MARGIN, y, WIDTH, words("changes_none"), font(9), INK)
            return
    else:
        c.text(MARGIN, y, WIDTH, words("changes_more"), font(11, bold=True), INK)
        y += 20
    y = _table_head(c, y, words)
    f = font(8)
    widths = [*COLUMNS, WIDTH - sum(COLUMNS)]
    for number, index in enumerate(indexes):
        cells, heights, height = rows[index]
        if number % 2:
            c.box(MARGIN, y - 2, WIDTH, height, QColor("#f4f7f9"))
        x = MARGIN
        for cell, width, cell_height in zip(cells, widths, heights):
            c.text(x + 2, y, width - 6, cell, f, INK, height=cell_height)
            x += width
        y += height


def _table_head(c: Canvas, y: float, words: Words) -> float:
    x = MARGIN
    bold = font(7.5, bold=True)
    widths = [*COLUMNS, WIDTH - sum(COLUMNS)]
    for key, width in zip(("col_date", "col_region", "col_what", "col_note"), widths):
        c.line_text(x + 2, y, width - 4, words(key), bold, MUTED)
        x += width
    c.hline(MARGIN, y + 12, WIDTH, MUTED, 0.8)
    return y + 17
