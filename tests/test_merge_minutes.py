"""The verslag after a merge: concept notes marked, a note's laptop named where it tells
something; a project that was never merged reads as before."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path

from chart_support import CHARTS
from dialoog_app.exchange.merge import merge_files
from dialoog_app.export.model import Minutes, NoteLine
from dialoog_app.services import notes
from dialoog_app.services.minutes import build_minutes, export_minutes
from dialoog_app.services.minutes_read import MinutesRequest
from dialoog_app.services.workspace import open_workspace
from merge_helpers import LEAD, T0, fresh_target, prepared_evening, run_the_evening

NOW = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)


def _lines(minutes: Minutes) -> dict[str, NoteLine]:
    return {
        n.text: n for m in minutes.meetings for t in m.tables for r in t.rounds for n in r.notes
    }


def _document(path: Path) -> str:
    with zipfile.ZipFile(path) as docx:
        return docx.read("word/document.xml").decode("utf-8")


def test_minutes_mark_concepts_and_name_another_laptop(tmp_path: Path) -> None:
    evening = prepared_evening(tmp_path / "avond")
    run_the_evening(evening)
    # A plain copy of the file, not prepared for a table: a note typed at table "Wonen".
    anna = tmp_path / "avond" / "Anna.dialoog"
    shutil.copyfile(evening.project, anna)
    ws = open_workspace(anna, device_id="laptop-anna")
    notes.add_note(ws, evening.table_ids[1], "Op Anna's laptop getypt", at=T0)
    ws.close()
    target = fresh_target(evening, tmp_path / "bureau", "Samenleving")
    merge_files(target, [*evening.laptops, anna])

    ws = open_workspace(target, device_id=LEAD)
    lines = _lines(build_minutes(ws, MinutesRequest(), NOW))
    assert lines["Half getypt, nooit opgeslagen"].concept
    assert lines["Op Anna's laptop getypt"].origin == "Anna.dialoog"
    # On its own table's laptop: naming it would say nothing new.
    assert lines["Tafel 2 zegt 0"].origin == "" and not lines["Tafel 2 zegt 0"].concept
    assert lines["Eerdere uitspraak 2"].origin == "", "typed at the desk"
    anonymous = _lines(build_minutes(ws, MinutesRequest(anonymise=True), NOW))
    assert anonymous["Op Anna's laptop getypt"].origin == ""  # a file name may name someone
    assert anonymous["Half getypt, nooit opgeslagen"].concept

    docx = tmp_path / "verslag.docx"
    export_minutes(ws, MinutesRequest(), docx, now=NOW, charts=CHARTS)
    ws.close()
    xml = _document(docx)
    assert "Half getypt, nooit opgeslagen" in xml
    assert "(inwoner, concept)" in xml
    assert "(inwoner, laptop Anna.dialoog)" in xml
    assert "laptop Wonen" not in xml and "laptop Jeugd" not in xml


def test_minutes_of_a_project_never_merged_have_no_marks(tmp_path: Path) -> None:
    evening = prepared_evening(tmp_path / "avond")
    ws = open_workspace(evening.project, device_id=LEAD)
    lines = _lines(build_minutes(ws, MinutesRequest(), NOW))
    docx = tmp_path / "verslag.docx"
    export_minutes(ws, MinutesRequest(), docx, now=NOW, charts=CHARTS)
    ws.close()
    assert lines and all(not n.concept and n.origin == "" for n in lines.values())
    xml = _document(docx)
    assert "concept" not in xml and "laptop " not in xml
