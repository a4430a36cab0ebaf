"""The plan of action in Word: every opgave in priority order, its statements counted and
quoted, its votes, goal, indicators and every action in its table; written by the CLI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest

from chart_support import CHARTS
from dialoog_app.domain.errors import UserError
from dialoog_app.domain.kinds import Role
from dialoog_app.domain.plan import ActionStatus, CountedPer
from dialoog_app.services import board, meetings, notes, opgaven, plan, votes
from dialoog_app.services.opgaven import OpgavePatch
from dialoog_app.services.plan import PlanPatch
from dialoog_app.services.plan_document import export_plan
from dialoog_app.services.progress_document import export_progress
from dialoog_app.services.workspace import Workspace
from test_cli import dialoog
from test_progress import entered_on

NOW = dt.datetime(2027, 5, 3, 10, 0, tzinfo=dt.UTC)


def _project(ws: Workspace) -> dict[str, str]:
    meeting = meetings.add_meeting(ws, "Avond")
    table = meetings.add_table(ws, meeting.id, "Noord")
    said = [
        notes.add_note(ws, table.id, text, at=NOW, role=Role(role)).id
        for text, role in (
            ("Er is te weinig groen in de wijk.", "resident"),
            ("Bomen geven schaduw in de zomer.", "professional"),
            ("De bus rijdt te weinig.", "resident"),
        )
    ]
    ids = {t: opgaven.add_opgave(ws, t).created or "" for t in ("Verkeer", "Groen", "Wonen")}
    board.move_notes(ws, said[:2], ids["Groen"], 0)
    board.move_notes(ws, said[2:], ids["Verkeer"], 0)
    opgaven.update_opgave(ws, ids["Groen"], OpgavePatch(priority=3, problem="Hitte & stenen"))
    opgaven.update_opgave(ws, ids["Wonen"], OpgavePatch(priority=2))
    rnd = votes.add_round(ws, "april", counted_per=CountedPer.ROLE, held_on=dt.date(2027, 4, 1))
    votes.set_votes(ws, rnd.id, ids["Groen"], 9, role="resident")
    votes.set_votes(ws, rnd.id, ids["Verkeer"], 9, role="resident")
    numbered = votes.add_round(ws, "plenair", counted_per=CountedPer.PARTICIPANT,
                               held_on=dt.date(2027, 4, 2), participants=3)  # fmt: skip
    for number, count in ((1, 3), (3, 1)):
        votes.set_votes(ws, numbered.id, ids["Groen"], count, participant=number)
    plan.update_plan(ws, ids["Groen"], PlanPatch(goal="Een groene wijk <3", years="2027–2030"))
    plan.add_indicator(ws, ids["Groen"], "Bomen", unit="stuks", baseline=100, target=1500.5)
    for what in ("Bomen planten", "Tegels eruit"):
        action = plan.add_action(ws, ids["Groen"], what, owner="Team Groen",
                                 starts_on=dt.date(2027, 3, 1))  # fmt: skip
    plan.set_action_status(ws, action.id, ActionStatus.RUNNING, dt.date(2027, 4, 2))
    plan.add_action(ws, ids["Verkeer"], "Buurtbus proef", owner="Vervoerregio")
    plan.add_expert(ws, ids["Groen"], "IVN", role="natuur", contact_name="J. de Vries")
    return ids


def test_plan_document_in_priority_order_with_every_action(
    workspace: Workspace, tmp_path: Path
) -> None:
    _project(workspace)
    out = tmp_path / "plan.docx"
    result = export_plan(workspace, out, author="Beleid", now=NOW)
    assert (result.opgaven, result.actions) == (3, 3)
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["1. Groen", "2. Wonen", "3. Verkeer"]  # priority 3, 2, 0
    texts = [p.text for p in document.paragraphs]
    assert "Aanleiding en vraagstuk: Hitte & stenen" in texts
    assert "2 uitspraken van 1 tafel, van 1 inwoner en 1 professional. Enkele citaten:" in texts
    assert "“Er is te weinig groen in de wijk.”" in texts
    assert "Doel: Een groene wijk <3" in texts
    assert not any("Vries" in t for t in texts)  # the contact name is personal data
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]
    assert ["april", "1 april 2027", "9", "1 (gedeeld)"] in tables[0]
    assert ["plenair", "2 april 2027", "4", "1"] in tables[0]  # counted per participant
    assert tables[1][1] == ["Bomen", "stuks", "100", "1 500,5", "—", "—"]
    assert [row[0] for row in tables[2][1:]] == ["Bomen planten", "Tegels eruit"]
    assert [row[5] for row in tables[2][1:]] == ["gepland", "lopend"]
    action_tables = [t for t in tables if t[0][0] == "Actie"]
    assert sorted(row[0] for t in action_tables for row in t[1:]) == [
        "Bomen planten", "Buurtbus proef", "Tegels eruit"
    ]  # fmt: skip


def test_plan_document_refuses_a_folder_it_cannot_write(
    workspace: Workspace, tmp_path: Path
) -> None:
    with pytest.raises(UserError):
        export_plan(workspace, tmp_path / "no-such-folder" / "plan.docx")
    assert not (tmp_path / "no-such-folder").exists()


def test_cli_writes_the_plan(tmp_path: Path) -> None:
    path = tmp_path / "demo.dialoog"
    assert dialoog("demo", str(path)).returncode == 0
    out = tmp_path / "plan.docx"
    result = dialoog("export", str(path), "--document", "plan", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Plan van aanpak geschreven" in result.stdout
    assert docx.Document(str(out)).paragraphs[0].text == "Plan van aanpak"


def test_progress_report_since_a_date_and_what_each_table_input_became(
    workspace: Workspace, tmp_path: Path
) -> None:
    ids = _project(workspace)
    entered_on(workspace, dt.datetime(2026, 11, 1, tzinfo=dt.UTC))  # not "new" since 2027
    [old, new] = plan.get_plan(workspace, ids["Groen"]).actions
    plan.set_action_status(workspace, old.id, ActionStatus.DONE, dt.date(2026, 12, 1))  # before
    plan.set_action_status(workspace, old.id, ActionStatus.DONE, dt.date(2027, 5, 1))
    [trees] = plan.get_plan(workspace, ids["Groen"]).indicators
    plan.add_measurement(workspace, trees.id, dt.date(2027, 4, 20), 180.5)
    out = tmp_path / "voortgang.docx"
    result = export_progress(workspace, out, dt.date(2027, 1, 1), now=NOW, charts=CHARTS)
    assert (result.opgaven, result.changes) == (3, 3)  # done, started (2 Apr), measured
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert texts[1].endswith("sinds 1 januari 2027")
    assert "Afgerond op 1 mei 2027: Bomen planten" in texts
    assert "Gestart op 2 april 2027: Tegels eruit" in texts
    assert "Gemeten op 20 april 2027: Bomen 180,5" in texts
    assert "Afgerond op 1 december 2026: Bomen planten" not in texts  # before the date
    start = texts.index("Wat we met uw inbreng deden")
    assert texts[start + 1] == "Noord (Avond)"
    assert "Groen: 2 uitspraken van deze tafel kwamen in deze opgave." in texts[start:]
    assert "Verkeer: 1 uitspraak van deze tafel kwam in deze opgave." in texts[start:]
    assert "Buurtbus proef" in texts[start:]
    assert not any("groen in de wijk" in t for t in texts)  # no quotes: anonymous


def test_cli_refuses_a_wrong_date_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "leeg.dialoog"
    assert dialoog("new", str(path)).returncode == 0
    out = tmp_path / "v.docx"
    result = dialoog("export", str(path), "--document", "voortgang", "--since", "30-4-2027",
                     "--out", str(out))  # fmt: skip
    assert result.returncode == 2 and "is geen datum" in result.stderr
    assert not out.exists()
