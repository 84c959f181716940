"""The progress report as a PDF, painted with QtGui (no widgets, no database)."""
