"""``dialoog export``, run as a user runs it; and the JSON archive it writes."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import docx
import pytest

from dialoog_app.services import archive
from dialoog_app.services.archive import ProjectArchive
from dialoog_app.services.demo import create_demo, fill_demo
from dialoog_app.services.workspace import Workspace
from export_support import read_back, run_meeting_clock, template_without_styles
from test_cli import dialoog


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "Putten.dialoog"
    create_demo(path, notes=150, opgaven=4, seed=5)
    return path


def test_export_one_table_anonymised(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "tafel.docx"
    result = dialoog(
        "export", str(demo_file), "--out", str(out),
        "--meeting", "dialoogtafels samenleving", "--table", "Tafel Oost", "--anonymize",
        "--without", "unplaced",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Verslag geschreven" in result.stdout
    back = read_back(out)
    db = sqlite3.connect(demo_file)
    count, speakers = db.execute(
        "SELECT count(*), group_concat(DISTINCT speaker) FROM note n"
        " JOIN dialogue_table t ON t.id = n.table_id WHERE t.name = 'Tafel Oost'"
    ).fetchone()
    db.close()
    at_table = [b for b in back.bullets if b.h2 == "Tafel Oost"]
    assert len(at_table) == count
    assert not any(s in b.details for b in at_table for s in speakers.split(",") if s)
    assert not [h for h in back.headings if h[1].startswith("Bijlage")]


def test_export_errors_are_plain_dutch(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "verslag.docx"
    unknown = dialoog("export", str(demo_file), "--out", str(out), "--table", "Tafel Nergens")
    assert unknown.returncode == 2
    assert "Tafel Nergens" in unknown.stderr and "Kies uit: Tafel Noord" in unknown.stderr
    text = tmp_path / "sjabloon.docx"
    text.write_text("geen Word")
    bad = dialoog("export", str(demo_file), "--out", str(out), "--template", str(text))
    assert bad.returncode == 2
    assert "is geen Word-document" in bad.stderr
    nowhere = dialoog("export", str(demo_file), "--out", str(tmp_path / "weg" / "v.docx"))
    assert nowhere.returncode == 2 and "bestaat niet" in nowhere.stderr
    for result in (unknown, bad, nowhere):
        assert "Traceback" not in result.stderr
    assert not out.exists()


def test_a_template_missing_a_style_warns_in_dutch(demo_file: Path, tmp_path: Path) -> None:
    template = template_without_styles(tmp_path / "kaal.docx", {"heading 2"})
    out = tmp_path / "verslag.docx"
    result = dialoog("export", str(demo_file), "--out", str(out), "--template", str(template))
    assert result.returncode == 0, result.stderr
    assert "stijl “Heading 2”" in result.stderr
    assert "Heading 2" in {p.style.name for p in docx.Document(str(out)).paragraphs}


def test_json_archive_is_complete(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "archief.json"
    result = dialoog("export", str(demo_file), "--format", "json", "--out", str(out))
    assert result.returncode == 0, result.stderr
    data = ProjectArchive.model_validate_json(out.read_text(encoding="utf-8"))
    db = sqlite3.connect(demo_file)
    note_ids = {r[0] for r in db.execute("SELECT id FROM note WHERE deleted_at IS NULL")}
    placements = db.execute(
        "SELECT opgave_id, note_id FROM opgave_note WHERE deleted_at IS NULL"
        " ORDER BY opgave_id, position"
    ).fetchall()
    db.close()
    [meeting] = data.meetings
    assert {n.id for t in meeting.tables for n in t.notes} == note_ids
    assert [(o.id, n) for o in sorted(data.opgaven, key=lambda o: o.id) for n in o.note_ids] == [
        tuple(p) for p in placements
    ]
    assert [a.title for a in meeting.agenda][0] == "Welkom, doel en gespreksregels"
    assert data.format == "dialoog-archive" and data.project.name.startswith("Meerjarenplan")
    # The votes and the plans of action are part of the project: in the archive too.
    db = sqlite3.connect(demo_file)
    rounds = db.execute("SELECT count(*) FROM vote_round WHERE deleted_at IS NULL").fetchone()
    actions = db.execute("SELECT count(*) FROM plan_action WHERE deleted_at IS NULL").fetchone()
    db.close()
    assert len(data.vote_rounds) == rounds[0] > 0
    assert all(len(r.ranking) == len(data.opgaven) for r in data.vote_rounds)
    assert sum(len(plan.actions) for plan in data.plans) == actions[0] > 0


def test_archive_carries_actual_times_and_can_be_anonymised(
    workspace: Workspace, tmp_path: Path
) -> None:
    fill_demo(workspace, notes=40, opgaven=2)
    now = dt.datetime.now(dt.UTC)
    [meeting_id] = [m.id for m in archive.build_archive(workspace, now).meetings]
    run_meeting_clock(workspace, meeting_id)
    out = tmp_path / "archief.json"
    archive.export_archive(workspace, out, anonymise=True)
    data = json.loads(out.read_text(encoding="utf-8"))
    agenda = data["meetings"][0]["agenda"]
    assert [a["actual_minutes"] for a in agenda] == [12, 15, 34, None, 32, 25, 9]
    assert agenda[3]["skipped"] is True and agenda[4]["extended_minutes"] == 5
    assert len(data["meetings"][0]["clock"]) == 9  # start, 6× next, skip, extend
    notes = [n for t in data["meetings"][0]["tables"] for n in t["notes"]]
    assert notes and all(n["speaker"] == "" for n in notes) and data["anonymised"] is True
    schema = archive.archive_schema()
    assert "dialoog-archive" in json.dumps(schema)
    assert schema["$defs"]["ArchiveOpgave"]["properties"]["problem"]["description"]
