"""A QPainter that speaks in points on an A4 page: text boxes that wrap, boxes and lines."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintDevice, QPen

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
MARGIN = 48.0
WIDTH = PAGE_W - 2 * MARGIN
INK = QColor("#1f2a33")
MUTED = QColor("#5d6b78")
RULE = QColor("#c9d2da")
ACCENT = QColor("#1f5d8c")
FAMILY = "DejaVu Sans"  # shipped with the Qt libraries' font packages on Linux; any sans works

WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(
    Qt.AlignmentFlag.AlignTop)


def font(size: float, bold: bool = False) -> QFont:
    f = QFont(FAMILY)
    f.setStyleHint(QFont.StyleHint.SansSerif)
    f.setPointSizeF(size)
    f.setBold(bold)
    return f


class Canvas:
    """Draws on `device` with coordinates in points from the page's top left corner."""

    def __init__(self, painter: QPainter, device: QPaintDevice) -> None:
        self.p = painter
        self.unit = device.logicalDpiX() / 72.0

    def _r(self, x: float, y: float, w: float, h: float) -> QRectF:
        u = self.unit
        return QRectF(x * u, y * u, w * u, h * u)

    def height(self, text: str, f: QFont, w: float) -> float:
        """How tall `text` is when wrapped into `w` points."""
        if not text:
            return 0.0
        metrics = QFontMetricsF(f, self.p.device())
        box = metrics.boundingRect(self._r(0, 0, w, 10_000), WRAP, text)
        return box.height() / self.unit

    def width(self, text: str, f: QFont) -> float:
        return QFontMetricsF(f, self.p.device()).horizontalAdvance(text) / self.unit

    def text(self, x: float, y: float, w: float, text: str, f: QFont,
             color: QColor = INK, align: int = WRAP, height: float | None = None) -> float:
        """Draw wrapped text; returns its height in points (measured unless given)."""
        if not text:
            return 0.0
        self.p.setFont(f)
        self.p.setPen(color)
        if height is None:
            height = self.p.boundingRect(self._r(x, y, w, 10_000), align, text).height() / self.unit
        self.p.drawText(self._r(x, y, w, height + 1), align, text)
        return height

    def line_text(self, x: float, y: float, w: float, text: str, f: QFont,
                  color: QColor = INK, right: bool = False) -> None:
        """One line, cut with an ellipsis when it does not fit."""
        metrics = QFontMetricsF(f, self.p.device())
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, w * self.unit)
        align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
        self.p.setFont(f)
        self.p.setPen(color)
        self.p.drawText(self._r(x, y, w, metrics.height() / self.unit + 2),
                        int(align | Qt.AlignmentFlag.AlignTop), shown)

    def box(self, x: float, y: float, w: float, h: float, fill: QColor | None,
            border: QColor | None = None, radius: float = 0.0) -> None:
        self.p.setPen(QPen(border, 0.6 * self.unit) if border is not None else Qt.PenStyle.NoPen)
        self.p.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
        if radius:
            self.p.drawRoundedRect(self._r(x, y, w, h), radius * self.unit, radius * self.unit)
        else:
            self.p.drawRect(self._r(x, y, w, h))

    def hline(self, x: float, y: float, w: float, color: QColor = RULE,
              thick: float = 0.6) -> None:
        self.p.setPen(QPen(color, thick * self.unit))
        u = self.unit
        self.p.drawLine(QLineF(x * u, y * u, (x + w) * u, y * u))
