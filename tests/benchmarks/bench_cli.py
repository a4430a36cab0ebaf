"""The headless commands as a user runs them: whole processes, start to exit.

    python -m pytest tests/benchmarks/bench_cli.py -s

Targets (issue 13), on a 5,000-note, 60-opgave project: ``dialoog export … --out x.docx``
in ≤ 1.0 s and ≤ 0.15× a plain python-docx loop writing the same content (measured in
this run, in this process: bench_export.naive_write); ``dialoog info`` in ≤ 0.5 s. The
children run with compiled bytecode, as after an install; the median of a few runs.
Printed beside them, measured in the same run as whole processes too: a bare interpreter,
so a figure taken on a busy machine can be read against what any process pays there, and
one that only imports pydantic (what ``info`` and the verslag no longer pay: they write
the documented models' JSON without it, see services/json_text.py).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from bench_export import naive_write
from benchmark_support import Run, Targets, child_env, dialoog_args, median, run_process, scaled
from dialoog_app.export.template import load_template
from dialoog_app.services.demo import create_demo
from dialoog_app.services.minutes import MinutesRequest, build_minutes
from dialoog_app.services.workspace import open_workspace

ROUNDS = 5


def test_export_and_info_as_whole_processes(tmp_path: Path) -> None:
    targets = Targets()
    project = tmp_path / "Putten.dialoog"
    summary = create_demo(project, notes=scaled(5000, 50), opgaven=scaled(60, 2))
    env = child_env(tmp_path / "pycache")
    env["DIALOOG_DATA_DIR"] = str(tmp_path / "userdata")
    export_args = dialoog_args("export", str(project), "--out", str(tmp_path / "verslag.docx"))
    json_args = dialoog_args(
        "export", str(project), "--format", "json", "--out", str(tmp_path / "archief.json")
    )
    info_args = dialoog_args("info", str(project))
    for args in (export_args, info_args):
        run_process(args, env)  # warm-up: bytecode compiled, files in the page cache
    rounds = ROUNDS if summary.notes > 100 else 1
    exports: list[Run] = []
    infos: list[Run] = []
    jsons: list[Run] = []
    bare: list[Run] = []
    pydantic_only: list[Run] = []
    for _ in range(rounds):
        exports.append(run_process(export_args, env))
        infos.append(run_process(info_args, env))
        jsons.append(run_process(json_args, env))
        bare.append(run_process([sys.executable, "-c", "pass"], env))
        pydantic_only.append(
            run_process([sys.executable, "-c", "from pydantic import BaseModel"], env)
        )

    # The baseline: the same content written with python-docx's own API, in this process.
    ws = open_workspace(project)
    try:
        minutes = build_minutes(ws, MinutesRequest(author="Benchmark"), dt.datetime.now(dt.UTC))
    finally:
        ws.close()
    base = tmp_path / "sjabloon.docx"
    load_template(None).document.save(str(base))
    started = time.perf_counter()
    naive_write(minutes, base, tmp_path / "naief.docx")
    naive = time.perf_counter() - started

    print(
        f"\n{summary.notes} notes, {summary.opgaven} opgaven; whole processes, median of"
        f" {rounds}:\n"
        f"  dialoog export --out .docx:    {median(exports):6.3f} s"
        f"   peak {max(r.peak_mb for r in exports):4.0f} MB\n"
        f"  dialoog export --format json:  {median(jsons):6.3f} s\n"
        f"  dialoog info:                  {median(infos):6.3f} s"
        f"   peak {max(r.peak_mb for r in infos):4.0f} MB\n"
        f"  python-docx loop, same content (in-process, baseline): {naive:6.3f} s\n"
        f"  bare python -c pass (baseline):  {median(bare):6.3f} s\n"
        f"  python importing pydantic only:  {median(pydantic_only):6.3f} s"
    )
    targets.check("dialoog export", median(exports), 1.0, " s")
    targets.check("dialoog export / python-docx loop", median(exports) / naive, 0.15, "×")
    targets.check("dialoog info", median(infos), 0.5, " s")
    targets.verdict()
