"""File formats: the handoff workbook (write, read, merge). No Qt, no database."""
