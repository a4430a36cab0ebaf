"""The ``dialoog`` command line, run as a user runs it: a separate process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import sha256
from dialoog_app.services.info_schema import ProjectInfo


def dialoog(*args: str, lang: str = "nl") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DIALOOG_LANG": lang}
    env.pop("QT_QPA_PLATFORM", None)  # headless commands must not need a display at all
    return subprocess.run(
        [sys.executable, "-m", "dialoog_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_new_then_info(tmp_path: Path) -> None:
    path = tmp_path / "Traject.dialoog"
    created = dialoog("new", str(path), "--name", "Meerjarenplan Samenleving")
    assert created.returncode == 0, created.stderr
    assert "Project aangemaakt" in created.stdout
    info = dialoog("info", str(path), "--json")
    assert info.returncode == 0, info.stderr
    parsed = ProjectInfo.model_validate_json(info.stdout)
    assert parsed.name == "Meerjarenplan Samenleving"
    assert parsed.meetings == [] and parsed.note_count == 0


def test_demo_is_realistic_and_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a.dialoog", tmp_path / "b.dialoog"
    for path in (a, b):
        result = dialoog("demo", str(path), "--notes", "300", "--seed", "7")
        assert result.returncode == 0, result.stderr
    info_a = ProjectInfo.model_validate_json(dialoog("info", str(a), "--json").stdout)
    info_b = ProjectInfo.model_validate_json(dialoog("info", str(b), "--json").stdout)
    assert info_a.model_dump(exclude={"path"}) == info_b.model_dump(exclude={"path"})
    [meeting] = info_a.meetings
    assert len(meeting.tables) == 4
    assert meeting.planned_minutes == 120
    assert [item.title for item in meeting.agenda][:3] == [
        "Welkom, doel en gespreksregels",
        "Kennismaken",
        "Ervaringen delen",
    ]
    assert info_a.note_count == 300
    kinds = {kind for table in meeting.tables for kind in table.notes_by_kind}
    assert kinds == {"statement", "idea", "concern", "question", "agreement", "quote"}
    assert 0 < info_a.unplaced_note_count < 300
    assert all(o.note_count > 0 for o in info_a.opgaven)


def test_demo_scales_to_ten_thousand_notes(tmp_path: Path) -> None:
    path = tmp_path / "groot.dialoog"
    result = dialoog("demo", str(path), "--notes", "10000", "--opgaven", "60", "--tables", "8")
    assert result.returncode == 0, result.stderr
    info = ProjectInfo.model_validate_json(dialoog("info", str(path), "--json").stdout)
    assert info.note_count == 10000
    assert len(info.opgaven) == 60
    assert sum(t.note_count for t in info.meetings[0].tables) == 10000


def test_info_as_text_is_dutch(tmp_path: Path) -> None:
    path = tmp_path / "demo.dialoog"
    dialoog("demo", str(path), "--notes", "50")
    result = dialoog("info", str(path))
    assert result.returncode == 0
    assert "Bijeenkomst: Dialoogtafels Samenleving" in result.stdout
    assert "Agenda (120 minuten):" in result.stdout


def test_english_is_available(tmp_path: Path) -> None:
    result = dialoog("info", str(tmp_path / "missing.dialoog"), lang="en")
    assert result.returncode == 2
    assert "does not exist" in result.stderr


def test_user_errors_are_plain_dutch_without_traceback(tmp_path: Path) -> None:
    text_file = tmp_path / "boodschappen.txt"
    text_file.write_text("melk, brood\n", encoding="utf-8")
    before = sha256(text_file)
    for args, expected in [
        (("info", str(text_file)), "is geen Dialoog-project"),
        (("info", str(tmp_path / "weg.dialoog")), "bestaat niet"),
        (("new", str(text_file)), "bestaat al"),
        (("demo", str(text_file)), "bestaat al"),
    ]:
        result = dialoog(*args)
        assert result.returncode == 2, args
        assert expected in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
    assert sha256(text_file) == before


def test_bad_arguments_exit_non_zero(tmp_path: Path) -> None:
    result = dialoog("demo", str(tmp_path / "x.dialoog"), "--notes", "-5")
    assert result.returncode != 0
    assert "moet 0 of meer zijn" in result.stderr


def test_schema_documents_info(tmp_path: Path) -> None:
    result = dialoog("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "ProjectInfo"
    assert "unplaced_note_count" in schema["properties"]


def test_selftest_starts_the_real_gui_offscreen() -> None:
    result = dialoog("selftest")
    assert result.returncode == 0, result.stderr
    assert "selftest: ok" in result.stdout


def test_the_command_table_is_what_the_parser_registers() -> None:
    """A command runs with only its own group's parser (main.COMMANDS): the table must
    name every command the modules register, in the order of the help."""
    import argparse

    from dialoog_app.cli.main import COMMANDS, build_parser, command_names

    full = build_parser()
    [commands] = [a for a in full._actions if isinstance(a, argparse._SubParsersAction)]
    assert list(commands.choices) == list(COMMANDS)
    for name in COMMANDS:
        assert name in command_names(build_parser(name))
