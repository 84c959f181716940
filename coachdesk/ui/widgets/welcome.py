"""The banner a coach sees on a first start with an empty database."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class WelcomeBanner(QFrame):
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeBanner")
        layout = QHBoxLayout(self)
        text = QLabel(self.tr(
            "<b>Welcome to CoachDesk.</b> The 18 regions and their municipalities are ready. "
            "Start by logging a contact moment, or try CoachDesk on a demo database first. "
            "Everything stays on this computer."
        ))
        text.setWordWrap(True)
        layout.addWidget(text, 1)
        demo = QPushButton(self.tr("Try a &demo database…"))
        demo.clicked.connect(self.demo_requested)
        layout.addWidget(demo)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.hide)
        layout.addWidget(close)
