"""``dialoog merge TARGET SOURCE …`` and ``dialoog prepare PROJECT --out FOLDER``.

dialoog prepare avond.dialoog --out /media/usb --table "Tafel 3"
dialoog merge avond.dialoog "Tafel 1 – Zorg en welzijn.dialoog" "Tafel 2 – Wonen.dialoog"
dialoog merge avond.dialoog "Andere avond.dialoog" --as-meeting
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .catalogue import translate


def _cmd_merge(args: argparse.Namespace) -> int:
    from dialoog_app.services import merging
    from dialoog_app.services.workspace import open_workspace
    from dialoog_app.ui.merge.texts import duplicate_text, meeting_import_lines, summary_lines

    ws = open_workspace(Path(args.target))
    if args.as_meeting:
        try:
            for source in args.sources:
                print("\n".join(meeting_import_lines(merging.import_as_meetings(ws, Path(source)))))
        finally:
            ws.close()
        return 0
    try:
        summaries = merging.merge_laptops(ws, [Path(s) for s in args.sources])
        conflicts = merging.open_conflicts(ws)
        twice = merging.duplicates(ws)
    finally:
        ws.close()
    for summary in summaries:
        print("\n".join(summary_lines(summary)))
    if conflicts:
        print(
            translate(
                "Cli",
                "Conflicts to resolve: {count}. Open the project: File → Merge with laptop files.",
            ).format(count=len(conflicts))
        )
    for group in twice:
        print(
            translate("Cli", "{what}: combine them in the app.").format(what=duplicate_text(group))
        )
    return 0


def _cmd_prepare(args: argparse.Namespace) -> int:
    from dialoog_app.services import merging
    from dialoog_app.services.workspace import open_workspace

    ws = open_workspace(Path(args.project))  # refuses what is not a project, or is open
    try:
        copies = merging.prepare_laptops(ws, Path(args.out), args.table or (), meeting=args.meeting)
    finally:
        ws.close()
    for copy in copies:
        print(translate("Cli", "{table}: {path}").format(table=copy.table_name, path=copy.path))
    return 0


def register(sub: Any) -> None:
    merge = sub.add_parser(
        "merge", help=translate("Cli", "merge the table laptops' files into a project")
    )
    merge.add_argument(
        "target", metavar="TARGET", help=translate("Cli", "the project that receives the notes")
    )
    merge.add_argument(
        "sources",
        metavar="SOURCE",
        nargs="+",
        help=translate("Cli", "a table laptop's project file"),
    )
    merge.add_argument(
        "--as-meeting",
        action="store_true",
        help=translate(
            "Cli",
            "the files are other projects: add their meetings as separate meetings "
            "(opgaven are not copied)",
        ),
    )
    merge.set_defaults(run=_cmd_merge)

    prepare = sub.add_parser(
        "prepare", help=translate("Cli", "write one copy of a project per table laptop")
    )
    prepare.add_argument(
        "project", metavar="PROJECT", help=translate("Cli", "the prepared project to copy")
    )
    prepare.add_argument(
        "--out", required=True, metavar="FOLDER", help=translate("Cli", "the folder for the copies")
    )
    prepare.add_argument(
        "--table",
        action="append",
        metavar="NAME",
        help=translate("Cli", "only this table (repeat for more); default: every table"),
    )
    prepare.add_argument(
        "--meeting",
        metavar="TITLE_OR_ID",
        help=translate("Cli", "the meeting (default: the first)"),
    )
    prepare.set_defaults(run=_cmd_prepare)
