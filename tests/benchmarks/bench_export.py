"""Speed of the Word export, against a straightforward python-docx loop in the same run.

    python -m pytest tests/benchmarks/bench_export.py -s

Not collected by the default run (the file name does not start with ``test_``). The
project: ``create_demo(..., notes=5000, opgaven=60)``. Targets (issue 6): the whole export
(read + build + save) in at most 1 s, and at most a quarter of the time the same content
takes with python-docx's own API, styles looked up by name for every paragraph.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import docx
from docx.shared import Pt, RGBColor

from benchmark_support import Targets, scaled
from chart_support import CHARTS
from dialoog_app.export import dutch
from dialoog_app.export.chapters import FIELDS
from dialoog_app.export.lines import meta_at_table, note_text, source_of
from dialoog_app.export.model import Minutes
from dialoog_app.export.template import load_template
from dialoog_app.export.writer import write_docx
from dialoog_app.services.demo import create_demo
from dialoog_app.services.minutes import MinutesRequest, build_minutes, export_minutes
from dialoog_app.services.workspace import open_workspace
from export_support import read_back

NOW = dt.datetime(2023, 4, 12, 9, 0, tzinfo=dt.UTC)
GREY = RGBColor(0x5F, 0x6B, 0x76)


def _best(run: Callable[[], object], times: int = 3) -> tuple[float, float]:
    """(best, median) wall time in seconds over ``times`` runs."""
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return min(samples), statistics.median(samples)


def _bullet(document: object, text: str, meta: str, starred: bool) -> None:
    paragraph = document.add_paragraph(style="List Bullet")  # type: ignore[attr-defined]
    if starred:
        paragraph.add_run("★ ").bold = True
    body = paragraph.add_run(text)
    body.bold = starred
    details = paragraph.add_run(f"  ({meta})")
    details.font.size = Pt(8.5)
    details.font.color.rgb = GREY


def _table(document: object, header: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=1, cols=len(header), style="Table Grid")  # type: ignore[attr-defined]
    for cell, title in zip(table.rows[0].cells, header, strict=True):
        cell.text = title
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value


def naive_write(minutes: Minutes, template: Path, target: Path) -> None:
    """The same verslag the plain way: python-docx's API, a style name per paragraph."""
    document = docx.Document(str(template))
    document.add_paragraph(minutes.title, style="Title")
    document.add_paragraph(minutes.subtitle, style="Subtitle")
    document.add_paragraph("Inleiding", style="Heading 1")
    for meeting in minutes.meetings:
        document.add_paragraph(meeting.title, style="Heading 1")
        _table(
            document,
            ["Tafel", "Gespreksleider", "Inwoners", "Professionals", "Ambtenaren", "Overig"],
            [
                [t.name, t.facilitator, *map(str, (t.participants.residents,
                 t.participants.professionals, t.participants.civil_servants,
                 t.participants.others))]
                for t in meeting.tables
            ],
        )  # fmt: skip
        _table(
            document,
            ["Onderdeel", "Gepland", "Werkelijk"],
            [[a.title, str(a.planned_minutes), str(a.actual_minutes)] for a in meeting.agenda],
        )
        for table in meeting.tables:
            document.add_paragraph(table.name, style="Heading 2")
            for round_notes in table.rounds:
                document.add_paragraph(
                    round_notes.title or "Buiten de agenda om", style="Heading 3"
                )
                for note in round_notes.notes:
                    _bullet(document, note_text(note), meta_at_table(note), note.starred)
    document.add_paragraph("Opgaven", style="Heading 1")
    meta = source_of(minutes.several_meetings)
    for opgave in minutes.opgaven:
        document.add_paragraph(f"{opgave.number}. {opgave.title}", style="Heading 2")
        _table(document, ["Veld", "Inhoud"], [[label, getattr(opgave, a)] for a, label in FIELDS])
        document.add_paragraph("Uitspraken waarop deze opgave rust", style="Heading 3")
        for note in opgave.statements:
            _bullet(document, note_text(note), meta(note), note.starred)
    document.add_paragraph("Afspraken", style="Heading 1")
    _table(
        document,
        ["Nr", "Afspraak", "Tafel", "Ronde", "Ingebracht door"],
        [
            [str(i), note_text(n), n.table_name, n.round_title, dutch.ROLE[n.role]]
            for i, n in enumerate(minutes.agreements, start=1)
        ],
    )
    document.add_paragraph("Bijlage: notities buiten de opgaven", style="Heading 1")
    for note in minutes.unplaced:
        _bullet(document, note_text(note), meta_at_table(note), note.starred)
    document.core_properties.title = minutes.title
    document.save(str(target))


def test_export_speed(tmp_path: Path) -> None:
    targets = Targets()
    project = tmp_path / "groot.dialoog"
    summary = create_demo(project, notes=scaled(5000, 50), opgaven=scaled(60, 2))
    ws = open_workspace(project)
    request = MinutesRequest(author="Benchmark")
    ours_out, naive_out = tmp_path / "ours.docx", tmp_path / "naive.docx"
    try:
        whole, whole_median = _best(
            lambda: export_minutes(ws, request, ours_out, now=NOW, charts=CHARTS)
        )
        model_time, _ = _best(lambda: build_minutes(ws, request, NOW))
        minutes = build_minutes(ws, request, NOW)
        writer_time, _ = _best(
            lambda: write_docx(minutes, load_template(None), ours_out, charts=CHARTS)
        )
        # python-docx cannot open the built-in .dotx itself: give it the same styles as a .docx.
        base = tmp_path / "verslag-sjabloon.docx"
        load_template(None).document.save(str(base))
        naive_writer, _ = _best(lambda: naive_write(minutes, base, naive_out), times=2)
    finally:
        ws.close()
    naive_whole = model_time + naive_writer
    back = read_back(ours_out)
    print(
        f"\n{summary.notes} notes, {summary.opgaven} opgaven, {summary.placed_notes} placed;"
        f" {len(back.bullets)} bullets, {len(back.tables)} tables,"
        f" {ours_out.stat().st_size // 1024} KiB\n"
        f"  dialoog export (read + build + save): {whole:6.3f} s  (median {whole_median:.3f})\n"
        f"    of which reading the project:        {model_time:6.3f} s\n"
        f"    of which writing the .docx:          {writer_time:6.3f} s\n"
        f"  python-docx loop, same content:       {naive_writer:6.3f} s"
        f"  (+ reading = {naive_whole:.3f} s)\n"
        f"  ratio whole export / baseline:        {whole / naive_whole:6.3f}  (target ≤ 0.25)\n"
        f"  ratio writer / python-docx loop:      {writer_time / naive_writer:6.3f}"
    )
    assert len(back.bullets) >= summary.notes  # the content really is there
    targets.check("whole export", whole, 1.0, " s")
    targets.check("whole export / python-docx baseline", whole / naive_whole, 0.25, "×")
    targets.verdict()
