"""Reusable dialogs."""
