"""``dialoog [PATH]`` opens the app; ``dialoog new|demo|info|export|selftest …`` work headless.

User errors go to stderr in the user's language with exit code 2; never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

# Imported before PySide6 on purpose: once PySide6 is loaded, its import hook reads the
# source of every module imported after it, looking for "PySide6" (PYSIDE-2029). For the
# hundreds of modules of SQLAlchemy and pydantic, which every command and the GUI need,
# that was a tenth of the start-up. (Only the package: importing pydantic's BaseModel
# here ends in a circular import inside pydantic once the CLI's commands run.)
import pydantic  # noqa: F401
import sqlalchemy.dialects.sqlite  # noqa: F401
import sqlalchemy.orm  # noqa: F401
from PySide6.QtCore import QCoreApplication

from dialoog_app import __version__
from dialoog_app.domain.errors import UserError
from dialoog_app.ui import i18n

EXIT_USER_ERROR = 2
translate = QCoreApplication.translate


def _cmd_new(args: argparse.Namespace) -> int:
    from dialoog_app.services.workspace import new_workspace

    ws = new_workspace(Path(args.path), name=args.name)
    ws.close()
    print(translate("Cli", "Project created: {path}").format(path=ws.path))
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from dialoog_app.services.demo import create_demo

    summary = create_demo(
        Path(args.path),
        tables=args.tables,
        notes=args.notes,
        opgaven=args.opgaven,
        seed=args.seed,
    )
    print(
        translate(
            "Cli",
            "Demo project created: {path} ({tables} tables, {notes} notes, {opgaven} opgaven)",
        ).format(
            path=summary.path, tables=summary.tables, notes=summary.notes, opgaven=summary.opgaven
        )
    )
    return 0


def _cmd_info(args: argparse.Namespace) -> int:
    from dialoog_app.services.info import project_info
    from dialoog_app.services.workspace import open_workspace

    from .info_text import render_info

    ws = open_workspace(Path(args.path))
    try:
        info = project_info(ws)
    finally:
        ws.close()
    if args.json:
        print(info.model_dump_json(indent=2))
    else:
        print(render_info(info))
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from dialoog_app.services.info import ProjectInfo

    print(json.dumps(ProjectInfo.model_json_schema(), indent=2, ensure_ascii=False))
    return 0


def _non_negative(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(translate("Cli", "must be 0 or more"))
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dialoog",
        description=translate(
            "Cli", "Dialoog: dialogue tables, notes, opgaven and minutes — offline."
        ),
    )
    parser.add_argument("--version", action="version", version=f"dialoog {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    new = sub.add_parser("new", help=translate("Cli", "create an empty project file"))
    new.add_argument("path")
    new.add_argument("--name", help=translate("Cli", "the project's name (default: the file name)"))
    new.set_defaults(run=_cmd_new)

    demo = sub.add_parser("demo", help=translate("Cli", "create a realistic demo project"))
    demo.add_argument("path")
    demo.add_argument("--tables", type=_non_negative, default=4)
    demo.add_argument("--notes", type=_non_negative, default=200)
    demo.add_argument("--opgaven", type=_non_negative, default=6)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(run=_cmd_demo)

    info = sub.add_parser("info", help=translate("Cli", "show what is in a project"))
    info.add_argument("path")
    info.add_argument(
        "--json", action="store_true", help=translate("Cli", "as JSON (see 'dialoog schema')")
    )
    info.set_defaults(run=_cmd_info)

    schema = sub.add_parser(
        "schema", help=translate("Cli", "print the JSON schema of 'info --json'")
    )
    schema.set_defaults(run=_cmd_schema)

    from . import export_cmd  # only when a command is parsed: the GUI start skips it

    export_cmd.register(sub)

    selftest = sub.add_parser(
        "selftest",
        help=translate("Cli", "start the app offscreen, exit once its window is painted"),
    )
    selftest.add_argument("path", nargs="?", help=translate("Cli", "the project to open"))
    return parser


SUBCOMMANDS = {"new", "demo", "info", "schema", "export", "selftest", "-h", "--help", "--version"}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in SUBCOMMANDS:
        from dialoog_app.ui.app import run_gui

        return run_gui(Path(argv[0]) if argv else None)

    if argv[0] == "selftest":  # needs a QApplication, not the QCoreApplication below
        from dialoog_app.ui.selftest import selftest

        return selftest(Path(argv[1]) if len(argv) > 1 else None)
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    app.setOrganizationName("Dialoog")
    app.setApplicationName("Dialoog")
    i18n.install_translators(app)
    args = build_parser().parse_args(argv)
    return _run_reporting_user_errors(args.run, args)


def _run_reporting_user_errors(
    run: Callable[[argparse.Namespace], int], args: argparse.Namespace
) -> int:
    try:
        return run(args)
    except UserError as error:
        print(
            translate("Cli", "dialoog: {message}").format(message=i18n.text(error.text)),
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
