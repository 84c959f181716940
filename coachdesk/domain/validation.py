"""Rules for the fields people type: e-mail addresses, phone numbers, required text."""

from __future__ import annotations

import re

from coachdesk.domain.errors import ValidationError

_EMAIL = re.compile(r"^[^@\s,;<>()\[\]]+@[^@\s,;<>()\[\]]+\.[^@\s,;<>()\[\]]{2,}$")
_PHONE = re.compile(r"^\+?[0-9 ./()-]{6,20}$")


def is_valid_email(text: str) -> bool:
    text = text.strip()
    if not _EMAIL.match(text):
        return False
    domain = text.rsplit("@", 1)[1]
    return ".." not in text and not domain.startswith(".") and not domain.endswith(".")


def check_email(text: str, field: str = "email") -> str:
    """The address, trimmed; empty is allowed; anything else must look like an address."""
    text = (text or "").strip()
    if text and not is_valid_email(text):
        raise ValidationError("validation.email", field=field, value=text)
    return text


def check_phone(text: str, field: str = "phone") -> str:
    text = (text or "").strip()
    if text and not _PHONE.match(text):
        raise ValidationError("validation.phone", field=field, value=text)
    return text


def check_required(text: str, field: str, what: str) -> str:
    """The text, trimmed; `what` is the code of its phrase ("name", "subject", ...)."""
    text = (text or "").strip()
    if not text:
        raise ValidationError("validation.required", field=field, what=what)
    return text
