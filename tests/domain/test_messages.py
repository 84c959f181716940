"""Every error code has one sentence in English and in Dutch that names the error's fields."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from coachdesk.application.translations import Catalog, read_qm
from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.messages import ERRORS, PHRASES, describe, english, render

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "coachdesk"
DUTCH = Catalog("nl")
AREAS = {code.split(".")[0] for code in ERRORS}
# Helpers that build a code from their argument: (function, argument index, prefix).
BUILDERS = {"fail": (1, ""), "_fail": (1, "document."), "FieldError": (0, "cell."),
            "_problem": (3, "cell.")}


def _sample(name: str) -> object:
    """A recognisable value for a field; a phrase field gets one of its codes."""
    if name == "problem":
        return "not_in_list"  # a phrase with a field of its own, `detail`
    if name in PHRASES:
        return sorted(PHRASES[name])[0]
    if name in ("row", "number", "count", "other", "pages"):
        return 4711
    return f"«{name}-7»"


def _fields(code: str) -> dict[str, object]:
    names = set(re.findall(r"\{(\w+)\}", ERRORS[code]))
    fields = {name: _sample(name) for name in names}
    if fields.get("problem") is not None:
        fields["detail"] = "«detail-7»"
    return fields


@pytest.mark.parametrize("code", sorted(ERRORS))
def test_every_code_reads_in_dutch_and_names_its_fields(code: str) -> None:
    fields = _fields(code)
    with pytest.raises(CoachDeskError) as raised:
        raise ValidationError(code, **fields) if code.startswith("validation.") else \
            CoachDeskError(code, **fields)
    error = raised.value
    english_text = describe(error, english)
    dutch_text = describe(error, DUTCH.translate)
    assert DUTCH.translate("errors", ERRORS[code]) != ERRORS[code], f"{code}: no Dutch text"
    assert dutch_text and dutch_text != english_text
    assert str(error) == english_text
    for name, value in fields.items():
        if name in PHRASES:
            phrase = PHRASES[name][str(value)]
            assert DUTCH.translate("errors", phrase) != phrase, f"{name}={value}: no Dutch"
            continue
        assert str(value) in dutch_text, f"{code}: the Dutch text does not name {name}"
        assert str(value) in english_text


def _raised_codes() -> set[str]:
    """The codes that services, file formats and the entries raise, read from the source."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts or path.name == "messages.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                area = node.value.split(".")[0]
                if area in AREAS and re.fullmatch(r"[a-z_]+\.[a-z_]+", node.value):
                    found.add(node.value)
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name not in BUILDERS:
                    continue
                index, prefix = BUILDERS[name]
                if len(node.args) > index and isinstance(node.args[index], ast.Constant):
                    if name == "fail":
                        prefix = "document." if path.name == "documents.py" else "workbook."
                    found.add(prefix + str(node.args[index].value))
    return found


def test_every_raised_code_is_in_the_registry() -> None:
    raised = _raised_codes()
    assert len(raised) > 100
    assert sorted(raised - set(ERRORS)) == [], "add these codes to domain/messages.py"


def test_nobody_raises_an_english_sentence() -> None:
    """A sentence (a space in the first argument) raised outside the interface is prose."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "").endswith("Error")
                    and node.args and isinstance(node.args[0], (ast.Constant, ast.JoinedStr))):
                first = node.args[0]
                text = first.value if isinstance(first, ast.Constant) else "".join(
                    str(part.value) for part in first.values if isinstance(part, ast.Constant))
                if isinstance(text, str) and " " in text and node.func.id not in (  # type: ignore[attr-defined]
                        "ValueError", "TypeError", "RuntimeError", "FileNotFoundError"):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("fail", "_fail"):
                code = node.args[1] if len(node.args) > 1 else None
                if not (isinstance(code, ast.Constant) and " " not in str(code.value)):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_the_qm_reader_agrees_with_qt() -> None:
    from PySide6.QtCore import QTranslator

    folder = ROOT / "resources" / "translations"
    for qm in sorted(folder.glob("coachdesk_*_nl.qm")):
        ours = read_qm(qm.read_bytes())
        assert ours, qm.name
        qt = QTranslator()
        assert qt.load(qm.name, str(folder))
        for (context, source), texts in ours.items():
            if "%n" not in source:
                assert qt.translate(context, source) == texts[0]


def test_an_unknown_code_is_shown_as_it_is() -> None:
    assert str(CoachDeskError("Something a newer part of the program says.")) == (
        "Something a newer part of the program says.")
