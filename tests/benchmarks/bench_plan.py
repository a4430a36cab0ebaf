"""Speed of the plan screens and the plan document on 60 opgaven × 10 actions.

    python -m pytest tests/benchmarks/bench_plan.py -s

``run(scale)`` builds the project (``scale`` 1.0: 60 opgaven, 10 actions each, the demo's
votes, indicators and measurements), then times, best of three:
- opening the Prioriteren screen (votes grid + ranking) and the Plan screen (timeline of
  600 actions, the first opgave's plan), target ≤ 300 ms each;
- opening the Voortgang tab (what changed since a date, per opgave), target ≤ 300 ms;
- ``export_plan`` (read + build + save), target ≤ 1 s;
- ``export_progress`` (the voortgang, with a chart for each of the 120 measured
  indicators, painted by Qt: ``ui/document_charts.py``), target ≤ 1 s; printed beside it,
  not targeted: the first export of the run and every indicator defined apart (each chart
  its own reference lines; with matplotlib these two cost 1–2 s more, its import and no
  shared layers);
- baseline, same run, same file: the verslag (``export_minutes``) of that project.
Targets apply at full size; ``DIALOOG_BENCH_SCALE`` (a quick run in the normal suite)
only checks that the figures come out.
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert, select, update

from benchmark_support import SCALE, Targets
from chart_support import CHARTS
from dialoog_app.services.demo import create_demo
from dialoog_app.services.minutes import MinutesRequest, export_minutes
from dialoog_app.services.plan_document import export_plan
from dialoog_app.services.progress_document import export_progress
from dialoog_app.services.workspace import Workspace, open_workspace
from dialoog_app.store.models import Opgave, new_id, utcnow
from dialoog_app.store.plan_models import Indicator, PlanAction

NOW = dt.datetime(2027, 4, 12, 9, 0, tzinfo=dt.UTC)
PAGE_TARGET = 0.300
DOCUMENT_TARGET = 1.0
SINCE = dt.date(2025, 1, 1)


def _best(action: Callable[[], object], times: int = 3) -> tuple[float, float]:
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return min(samples), statistics.median(samples)


def _ten_actions_each(ws: Workspace) -> None:
    """The demo gives 3 actions per opgave; add 7 more in one transaction."""
    now = utcnow()
    with ws.unit_of_work() as uow:
        ids = list(uow.session.scalars(select(Opgave.id)))
        rows = [
            {"id": new_id(), "created_at": now, "updated_at": now,
             "device_id": ws.store.device_id, "deleted_at": None, "opgave_id": o,
             "position": 3 + i, "what": f"Actie {i + 4}", "owner": "Gemeente",
             "partners": "", "starts_on": dt.date(2025 + i % 3, 1 + i, 1),
             "ends_on": dt.date(2026 + i % 3, 12, 31), "status": "planned"}
            for o in ids
            for i in range(7)
        ]  # fmt: skip
        uow.session.execute(insert(PlanAction), rows)


def _open_page(ws: Workspace, kind: str = "prioritise") -> None:
    from PySide6.QtGui import QUndoStack

    from dialoog_app.ui.context import UiContext
    from dialoog_app.ui.event_bus import EventBus
    from dialoog_app.ui.plan.page import PrioritisePage
    from dialoog_app.ui.plan.plan_page import PlanPage
    from dialoog_app.ui.plan.progress_view import ProgressView

    bus = EventBus()
    screen = {"plan": PlanPage, "progress": ProgressView}.get(kind, PrioritisePage)
    page = screen(UiContext(ws, bus, QUndoStack()))
    page.resize(1300, 800)
    page.show()
    page.grab()  # painted once, as the user sees it
    page.close()
    page.deleteLater()
    bus.deleteLater()


def _every_indicator_apart(ws: Workspace) -> None:
    """The worst case for the charts: no two indicators share baseline and target."""
    with ws.unit_of_work() as uow:
        for number, indicator_id in enumerate(uow.session.scalars(select(Indicator.id))):
            uow.session.execute(
                update(Indicator)
                .where(Indicator.id == indicator_id)
                .values(baseline=Indicator.baseline + number, target=Indicator.target + number)
            )


def run(scale: float = 1.0) -> dict[str, float]:
    opgaven = max(3, round(60 * scale))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.dialoog"
        create_demo(path, notes=max(100, round(3000 * scale)), opgaven=opgaven, seed=3)
        ws = open_workspace(path)
        try:
            _ten_actions_each(ws)
            page, _ = _best(lambda: _open_page(ws))
            plan_page, _ = _best(lambda: _open_page(ws, "plan"))
            progress_page, _ = _best(lambda: _open_page(ws, "progress"))
            plan, _ = _best(lambda: export_plan(ws, Path(folder) / "plan.docx", now=NOW))
            out = Path(folder) / "voortgang.docx"
            start = time.perf_counter()
            export_progress(ws, out, SINCE, now=NOW, charts=CHARTS)
            first = time.perf_counter() - start
            voortgang, _ = _best(lambda: export_progress(ws, out, SINCE, now=NOW, charts=CHARTS))
            _every_indicator_apart(ws)
            apart, _ = _best(
                lambda: export_progress(ws, out, SINCE, now=NOW, charts=CHARTS), times=1
            )
            verslag, _ = _best(
                lambda: export_minutes(
                    ws, MinutesRequest(), Path(folder) / "v.docx", now=NOW, charts=CHARTS
                )
            )
        finally:
            ws.close()
    charts = 2 * opgaven  # the demo: two measured indicators per opgave
    figures = {
        "opgaven": opgaven,
        "page_s": page,
        "plan_page_s": plan_page,
        "plan_s": plan,
        "progress_page_s": progress_page,
        "voortgang_s": voortgang,
        "voortgang_first_s": first,
        "voortgang_apart_s": apart,
        "verslag_s": verslag,
    }
    print(
        f"\nPlan benchmark: {opgaven} opgaven × 10 actions\n"
        f"  Prioriteren screen opens   {page * 1000:7.1f} ms (target {PAGE_TARGET * 1000:.0f})\n"
        f"  Plan screen opens          {plan_page * 1000:7.1f} ms"
        f" (target {PAGE_TARGET * 1000:.0f})\n"
        f"  Voortgang tab opens        {progress_page * 1000:7.1f} ms"
        f" (target {PAGE_TARGET * 1000:.0f})\n"
        f"  plan document              {plan * 1000:7.1f} ms"
        f" (target {DOCUMENT_TARGET * 1000:.0f})\n"
        f"  voortgang, {charts:3d} charts     {voortgang * 1000:7.1f} ms"
        f" (target {DOCUMENT_TARGET * 1000:.0f})\n"
        f"    first of the run         {first * 1000:7.1f} ms (not targeted)\n"
        f"    indicators all apart     {apart * 1000:7.1f} ms (not targeted)\n"
        f"  baseline: verslag export   {verslag * 1000:7.1f} ms (same project, same run)"
    )
    return figures


def test_plan_speed(qapp: object) -> None:
    figures = run(SCALE)
    targets = Targets()
    targets.check("Prioriteren screen", figures["page_s"], PAGE_TARGET, " s")
    targets.check("Plan screen", figures["plan_page_s"], PAGE_TARGET, " s")
    targets.check("Voortgang tab", figures["progress_page_s"], PAGE_TARGET, " s")
    targets.check("plan document", figures["plan_s"], DOCUMENT_TARGET, " s")
    targets.check("voortgang document", figures["voortgang_s"], DOCUMENT_TARGET, " s")
    targets.verdict()
