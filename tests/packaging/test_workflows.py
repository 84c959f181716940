"""The GitHub workflows' promises that actionlint and zizmor (.ci/run) do not check themselves."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"
PINNED = re.compile(r"^\s*- uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")
SYSTEMS = ("windows-latest", "macos-latest", "ubuntu-22.04")


def test_every_action_is_pinned_by_commit_with_its_version_named() -> None:
    lines = [line for path in sorted(WORKFLOWS.glob("*.yml"))
             for line in path.read_text(encoding="utf-8").splitlines() if "uses:" in line]
    assert lines and all(PINNED.match(line) for line in lines), [
        line for line in lines if not PINNED.match(line)]


def test_tests_run_on_the_three_systems_and_a_release_is_only_drafted() -> None:
    ci = (WORKFLOWS / "ci.yml").read_text(encoding="utf-8")
    release = (WORKFLOWS / "release.yml").read_text(encoding="utf-8")
    for system in SYSTEMS:
        assert system in ci and f"os: {system}" in release
    assert "pull_request:" in ci and 'tags: ["v*"]' in release
    assert "--draft" in release and "python -m pytest -m packaging tests/packaging" in release
    assert "permissions: {}" in ci and "permissions: {}" in release
    assert release.count("contents: write") == 1  # the draft job alone
