"""CoachDesk: the desktop workbench of Flanders' regional network coaches."""

__version__ = "0.1.0"
APP_NAME = "CoachDesk"
