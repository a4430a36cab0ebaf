"""What changed since a date (one rule for the voortgang document and the Voortgang view),
the date the view starts from, and the indicator charts in the voortgang document: one
image per measured indicator in its opgave's section, with a Dutch alt text, the same
bytes every time."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn
from sqlalchemy import update

from chart_support import CHARTS
from dialoog_app.domain.plan import ActionStatus
from dialoog_app.export.indicator_chart import line_chart
from dialoog_app.export.plan_model import IndicatorLine
from dialoog_app.services import opgaven, plan, progress
from dialoog_app.services.opgaven import OpgavePatch
from dialoog_app.services.progress import ChangeKind
from dialoog_app.services.progress_document import export_progress
from dialoog_app.services.workspace import Workspace
from dialoog_app.store.plan_models import PlanAction

NOW = dt.datetime(2027, 5, 3, 10, 0, tzinfo=dt.UTC)
ENTERED = dt.datetime(2027, 1, 10, 12, 0, tzinfo=dt.UTC)  # when the plan was typed in


def entered_on(ws: Workspace, moment: dt.datetime, action_id: str | None = None) -> None:
    """Date the actions' creation (the real clock stamps it; tests must not depend on it)."""
    with ws.unit_of_work() as uow:
        query = update(PlanAction).values(created_at=moment)
        if action_id:
            query = query.where(PlanAction.id == action_id)
        uow.session.execute(query)


def project(ws: Workspace) -> dict[str, str]:
    ids = {t: opgaven.add_opgave(ws, t).created or "" for t in ("Verkeer", "Groen")}
    opgaven.update_opgave(ws, ids["Groen"], OpgavePatch(priority=3))
    trees = plan.add_indicator(ws, ids["Groen"], "Bomen", unit="stuks", baseline=100,
                               target=200, target_date=dt.date(2028, 12, 31))  # fmt: skip
    plan.add_measurement(ws, trees.id, dt.date(2026, 12, 1), 120)
    plan.add_indicator(ws, ids["Groen"], "Hittestress", unit="%", baseline=40, target=20)
    buses = plan.add_indicator(ws, ids["Verkeer"], "Reizigers", baseline=50, target=80)
    plan.add_measurement(ws, buses.id, dt.date(2027, 2, 1), 55.5)
    plan.add_action(ws, ids["Groen"], "Bomen planten", owner="Team Groen")
    plan.add_action(ws, ids["Groen"], "Tegels eruit", owner="Team Groen")
    plan.add_action(ws, ids["Verkeer"], "Buurtbus", owner="Vervoerregio")
    entered_on(ws, ENTERED)
    return ids


def test_changes_since_a_date_the_day_itself_included(workspace: Workspace) -> None:
    ids = project(workspace)
    [planting, tiles] = plan.get_plan(workspace, ids["Groen"]).actions
    plan.set_action_status(workspace, planting.id, ActionStatus.RUNNING, dt.date(2027, 2, 28))
    plan.set_action_status(workspace, planting.id, ActionStatus.DONE, dt.date(2027, 3, 1))
    plan.set_action_status(workspace, tiles.id, ActionStatus.DROPPED, dt.date(2027, 4, 2))
    [trees, _heat] = plan.get_plan(workspace, ids["Groen"]).indicators
    plan.add_measurement(workspace, trees.id, dt.date(2027, 3, 1), 150)
    late = plan.add_action(workspace, ids["Groen"], "Geveltuinen")
    entered_on(workspace, dt.datetime(2027, 3, 1, 23, 30, tzinfo=dt.UTC), late.id)
    views = {o.title: o for o in progress.progress_since(workspace, dt.date(2027, 3, 1))}
    assert list(views) == ["Groen", "Verkeer"]  # priority order
    changes = views["Groen"].changes
    assert [(c.on, c.kind, c.subject) for c in changes] == [
        (dt.date(2027, 3, 1), ChangeKind.NEW_ACTION, "Geveltuinen"),
        (dt.date(2027, 3, 1), ChangeKind.STATUS, "Bomen planten"),
        (dt.date(2027, 3, 1), ChangeKind.MEASUREMENT, "Bomen"),
        (dt.date(2027, 4, 2), ChangeKind.STATUS, "Tegels eruit"),
    ]  # not the start on 28 Feb, not the measurement of 2026, not the actions of January
    # 23:30 UTC is 1 March here only west of Greenwich: the day is the local one.
    assert changes[0].on == late_day(dt.datetime(2027, 3, 1, 23, 30, tzinfo=dt.UTC))
    assert [c.status for c in changes if c.kind is ChangeKind.STATUS] == [
        ActionStatus.DONE, ActionStatus.DROPPED
    ]  # fmt: skip
    assert changes[2].value == 150 and changes[2].unit == "stuks"
    assert views["Verkeer"].changes == ()
    everything = progress.progress_since(workspace, dt.date(2027, 1, 10))
    assert [len(o.changes) for o in everything] == [
        7,
        2,
    ]  # 3 new, 3 statuses, 1 measured; bus, 1 measured
    assert progress.progress_since(workspace, dt.date(2027, 4, 3))[0].changes == ()


def late_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone().date()


def test_the_view_starts_from_the_chosen_date_the_last_export_or_three_months_ago(
    workspace: Workspace, tmp_path: Path
) -> None:
    project(workspace)
    assert progress.chosen_since(workspace, dt.date(2027, 5, 31)) == dt.date(2027, 2, 28)
    assert progress.chosen_since(workspace, dt.date(2028, 5, 31)) == dt.date(2028, 2, 29)
    assert progress.chosen_since(workspace, dt.date(2027, 2, 15)) == dt.date(2026, 11, 15)
    export_progress(workspace, tmp_path / "v.docx", dt.date(2027, 1, 1), now=NOW, charts=CHARTS)
    assert progress.chosen_since(workspace, dt.date(2027, 6, 1)) == late_day(NOW)
    progress.remember_since(workspace, dt.date(2027, 4, 1))
    assert progress.chosen_since(workspace, dt.date(2027, 6, 1)) == dt.date(2027, 4, 1)


def _sections(path: Path) -> dict[str, list[tuple[str, list[str]]]]:
    """Per opgave (its Heading 1) the paragraphs: text and the alt texts of its images."""
    sections: dict[str, list[tuple[str, list[str]]]] = {}
    current: list[tuple[str, list[str]]] = []
    for paragraph in docx.Document(str(path)).paragraphs:
        if paragraph.style.name == "Heading 1":
            current = sections.setdefault(paragraph.text, [])
            continue
        inline = paragraph._p.findall(".//" + qn("wp:inline"))
        descr = [i.find(qn("wp:docPr")).get("descr") for i in inline]
        current.append((paragraph.text, descr))
    return sections


def _media(path: Path) -> list[bytes]:
    with zipfile.ZipFile(path) as package:
        return [package.read(n) for n in sorted(package.namelist()) if "/media/" in n]


def test_voortgang_has_one_chart_per_measured_indicator_with_its_alt_text(
    workspace: Workspace, tmp_path: Path
) -> None:
    project(workspace)
    out = tmp_path / "voortgang.docx"
    export_progress(workspace, out, dt.date(2027, 1, 1), now=NOW, charts=CHARTS)
    sections = _sections(out)
    assert list(sections) == ["1. Groen", "2. Verkeer", "Wat we met uw inbreng deden"]
    groen = sections["1. Groen"]
    images = [d for _text, descr in groen for d in descr]
    assert images == [
        "Grafiek van Bomen (stuks), nulmeting 100, streefwaarde 200 op 31 december 2028. "
        "Metingen: 1 december 2026: 120."
    ]
    texts = [text for text, _descr in groen]
    heat = texts.index("Hittestress (%)")
    assert texts[heat + 1] == "Voor deze indicator is nog niets gemeten, dus er is geen grafiek."
    trees = texts.index("Bomen (stuks)")
    assert groen[trees + 1][1] == images  # the chart right under its indicator's name
    verkeer = [d for _text, descr in sections["2. Verkeer"] for d in descr]
    assert verkeer == ["Grafiek van Reizigers, nulmeting 50, streefwaarde 80. Metingen: "
                       "1 februari 2027: 55,5."]  # fmt: skip
    assert not [d for _t, descr in sections["Wat we met uw inbreng deden"] for d in descr]
    again = tmp_path / "again.docx"
    export_progress(workspace, again, dt.date(2027, 1, 1), now=NOW, charts=CHARTS)
    first = _media(out)
    assert len(first) == 2 and first == _media(again)  # reproducible: no stamps in the PNGs
    assert all(png.startswith(b"\x89PNG") and b"tEXt" not in png for png in first)


def test_a_chart_is_the_same_drawn_alone_or_after_others() -> None:
    """Nothing of one chart (a palette, a painter's state) leaks into the next."""
    a = IndicatorLine("A", "", 10.0, 20.0, dt.date(2027, 12, 31), None, None,
                      ((dt.date(2026, 1, 1), 12.0), (dt.date(2026, 6, 1), 15.0)))  # fmt: skip
    b = IndicatorLine("B", "", None, None, None, None, None, ((dt.date(2025, 3, 1), 3.5),))
    [alone] = CHARTS.render([line_chart(a)])
    together = CHARTS.render([line_chart(b), line_chart(a), line_chart(b)])
    assert together[1] == alone and together[0] == together[2] != alone
