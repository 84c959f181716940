"""The road so far: regions per stage, month by month, as a stacked area painted with QPainter.

QtCharts would draw this too, but its charts are QGraphicsWidgets: it needs QtWidgets and a
QApplication, which the command line must not load. A stacked area is a few polygons.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF
from PySide6.QtGui import QColor, QPainterPath, QPen

from coachdesk.domain.report import Month
from coachdesk.reporting.canvas import INK, MUTED, RULE, Canvas, font
from coachdesk.reporting.texts import Words

# From "not started" (grey) through blues to "network started" (green).
PALETTE = ("#d5dbe1", "#c6dbef", "#9ecae1", "#6baed6", "#3f8fc9", "#1f5d8c", "#8fd18b", "#2e9b4f")


def stage_colors(count: int) -> list[QColor]:
    """One colour per stage; a longer stage list repeats the blues before the greens."""
    if count <= len(PALETTE):
        picks = list(PALETTE[:count - 2]) + list(PALETTE[-2:]) if count > 2 else list(
            PALETTE[:count])
        return [QColor(c) for c in picks]
    middle = [PALETTE[1 + i % 5] for i in range(count - 3)]
    return [QColor(c) for c in (PALETTE[0], *middle, *PALETTE[-2:])]


def draw_chart(c: Canvas, x: float, y: float, w: float, h: float, months: list[Month],
               stages: list[str], words: Words) -> None:
    """The chart with its axes in the box (x, y, w, h) and its legend to the right."""
    legend_w = 150.0
    left, bottom = 22.0, 16.0
    px, py, pw, ph = x + left, y, w - legend_w - left - 10, h - bottom
    total = max((sum(m.counts) for m in months), default=0) or 1
    colors = stage_colors(len(stages))
    _grid(c, px, py, pw, ph, total)
    if months:
        _bands(c, px, py, pw, ph, months, total, colors)
        _months_axis(c, px, py + ph, pw, months, words)
    _legend(c, x + w - legend_w, y, legend_w, months[-1].counts if months else (), stages,
            colors)


def _x(px: float, pw: float, index: int, count: int) -> float:
    return px + (pw * index / (count - 1) if count > 1 else pw / 2)


def _grid(c: Canvas, px: float, py: float, pw: float, ph: float, total: int) -> None:
    step = 3 if total > 9 else 1
    small = font(6.5)
    for value in range(0, total + 1, step):
        yy = py + ph - ph * value / total
        c.hline(px, yy, pw, RULE if value else MUTED, 0.4 if value else 0.8)
        c.line_text(px - 20, yy - 4.5, 16, str(value), small, MUTED, right=True)


def _bands(c: Canvas, px: float, py: float, pw: float, ph: float, months: list[Month],
           total: int, colors: list[QColor]) -> None:
    """Stacked from the furthest stage at the bottom to 'not started' at the top."""
    u = c.unit
    count = len(months)
    below = [0.0] * count
    order = range(len(colors) - 1, -1, -1)
    for stage in order:
        above = [below[i] + (months[i].counts[stage] if stage < len(months[i].counts) else 0)
                 for i in range(count)]
        if any(a != b for a, b in zip(above, below)):
            path = QPainterPath()
            top = [QPointF(_x(px, pw, i, count) * u, (py + ph - ph * above[i] / total) * u)
                   for i in range(count)]
            base = [QPointF(_x(px, pw, i, count) * u, (py + ph - ph * below[i] / total) * u)
                    for i in range(count)]
            if count == 1:  # one month: a bar rather than a line
                half = pw / 2 * u
                top = [QPointF(top[0].x() - half, top[0].y()),
                       QPointF(top[0].x() + half, top[0].y())]
                base = [QPointF(base[0].x() - half, base[0].y()),
                        QPointF(base[0].x() + half, base[0].y())]
            path.moveTo(top[0])
            for point in top[1:]:
                path.lineTo(point)
            for point in reversed(base):
                path.lineTo(point)
            path.closeSubpath()
            c.p.setPen(QPen(QColor("#ffffff"), 0.5 * u))
            c.p.setBrush(colors[stage])
            c.p.drawPath(path)
        below = above


def _months_axis(c: Canvas, px: float, y: float, pw: float, months: list[Month],
                 words: Words) -> None:
    count = len(months)
    every = max(1, -(-count // 8))
    small = font(6.5)
    c.p.setPen(QPen(MUTED, 0.6 * c.unit))
    for index in range(0, count, every):
        xx = _x(px, pw, index, count)
        c.p.drawLine(QLineF(xx * c.unit, y * c.unit, xx * c.unit, (y + 3) * c.unit))
        c.line_text(xx - 20, y + 4, 40, words.month(months[index].month), small, MUTED)


def _legend(c: Canvas, x: float, y: float, w: float, counts: tuple[int, ...],
            stages: list[str], colors: list[QColor]) -> None:
    """Top to bottom as the bands are stacked, each with today's number of regions."""
    f, bold = font(7.5), font(7.5, bold=True)
    yy = y
    for stage in range(len(stages)):
        c.box(x, yy + 1.5, 9, 9, colors[stage], QColor("#ffffff"))
        c.line_text(x + 14, yy + 1, w - 40, stages[stage], f, INK)
        number = counts[stage] if stage < len(counts) else 0
        c.line_text(x + w - 24, yy + 1, 22, str(number), bold if number else f,
                    INK if number else MUTED, right=True)
        yy += 14
