"""``dialoog prepare`` and ``dialoog merge``, run as a user runs them; ``info`` shows the log."""

from __future__ import annotations

from pathlib import Path

from conftest import sha256
from dialoog_app.services.info_schema import ProjectInfo
from merge_helpers import fresh_target, other_project, prepared_evening, run_the_evening
from test_cli import dialoog


def test_prepare_then_merge_then_info(tmp_path: Path) -> None:
    evening = prepared_evening(tmp_path / "avond")
    run_the_evening(evening)
    usb = tmp_path / "usb"
    prepared = dialoog("prepare", str(evening.project), "--out", str(usb), "--table", "Wonen")
    assert prepared.returncode == 0, prepared.stderr
    assert [p.name for p in usb.iterdir()] == ["Tafel 2 – Wonen.dialoog"]
    assert "Wonen: " in prepared.stdout

    target = fresh_target(evening, tmp_path / "bureau", "Samenleving")
    merged = dialoog("merge", str(target), *map(str, evening.laptops))
    assert merged.returncode == 0, merged.stderr
    out = merged.stdout
    assert "Tafel 1 – Zorg en welzijn.dialoog (tafel Zorg en welzijn)" in out
    assert "  notities: 5 nieuw, 0 bijgewerkt" in out
    assert "niet-opgeslagen tekst bewaard als conceptnotitie: 1" in out
    assert "Conflicten om op te lossen: 2." in out

    info = dialoog("info", str(target), "--json")
    parsed = ProjectInfo.model_validate_json(info.stdout)
    assert [m.table_name for m in parsed.merges] == ["Zorg en welzijn", "Wonen", "Jeugd", "Ouderen"]
    assert parsed.open_conflicts == 2
    text = dialoog("info", str(target))
    assert "Samengevoegde laptopbestanden:" in text.stdout
    assert "Conflicten om op te lossen: 2" in text.stdout


def test_a_refused_source_exits_2_and_changes_nothing(tmp_path: Path) -> None:
    evening = prepared_evening(tmp_path / "avond")
    target = fresh_target(evening, tmp_path / "bureau", "Samenleving")
    other = tmp_path / "ander.dialoog"
    assert dialoog("new", str(other), "--name", "Ander traject").returncode == 0
    before = sha256(target)
    refused = dialoog("merge", str(target), str(evening.laptops[0]), str(other))
    assert refused.returncode == 2
    assert "hoort bij een ander project (“Ander traject”)" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert sha256(target) == before
    assert (
        dialoog(
            "prepare", str(evening.project), "--out", str(tmp_path / "x"), "--table", "Tafel 9"
        ).returncode
        == 2
    )


def test_merge_as_meeting_adds_another_projects_meetings_once(tmp_path: Path) -> None:
    evening = prepared_evening(tmp_path / "avond")
    target = fresh_target(evening, tmp_path / "bureau", "Samenleving")
    other = other_project(tmp_path / "ander")
    before = sha256(other)
    refused = dialoog("merge", str(target), str(other))
    assert refused.returncode == 2
    assert "als aparte bijeenkomsten" in refused.stderr and "--as-meeting" in refused.stderr
    added = dialoog("merge", str(target), str(other), "--as-meeting")
    assert added.returncode == 0, added.stderr
    assert "Wijkavond Noord.dialoog (project “Wijkavond Noord”)" in added.stdout
    assert "bijeenkomst toegevoegd: Wijkavond 12 maart" in added.stdout
    assert "  notities: 2 nieuw" in added.stdout
    assert "opgaven niet gekopieerd" in added.stdout
    again = dialoog("merge", str(target), str(other), "--as-meeting")
    assert again.returncode == 0, again.stderr
    assert "al toegevoegd: niets nieuws" in again.stdout
    assert "  notities: 0 nieuw" in again.stdout
    assert sha256(other) == before
    info = dialoog("info", str(target), "--json")
    assert "Wijkavond 12 maart" in info.stdout
