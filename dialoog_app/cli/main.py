"""``dialoog [PATH]`` opens the app; ``dialoog new|demo|info|export|selftest …`` work headless.

User errors go to stderr in the user's language with exit code 2; never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from dialoog_app.domain.errors import UserError
from dialoog_app.store.fileformat import PROJECT_SUFFIX

from . import catalogue, safety_cmd  # encrypted projects: every command may need a passphrase
from .catalogue import translate

# Nothing of Qt, SQLAlchemy or pydantic is imported above: ``dialoog info`` and ``dialoog
# export`` read a file at the schema head through plain sqlite3 and translate through
# catalogue.py, so they never pay for those imports (tests/test_cli_imports.py guards it).
# The command below still goes through Qt's translators (it shows the merge dialog's
# summaries, ui/merge/texts.py); the GUI too.
QT_COMMANDS = {"merge"}
# Every command, in the order of the help, by the module that registers it (its
# ``register(sub)``; "main" and "selftest": this module's).
# A command run builds only its own group's parser: `dialoog info` pays neither for the
# other commands' imports nor for their sixty options (tests/test_cli.py checks that
# the full parser has exactly these commands).
COMMANDS = {
    "new": "main",
    "demo": "main",
    "info": "main",
    "schema": "main",
    "export": "export_cmd",
    "check": "safety_cmd",
    "backup": "safety_cmd",
    "restore": "safety_cmd",
    "merge": "merge_cmd",
    "prepare": "merge_cmd",
    "import": "import_cmd",
    "selftest": "selftest",
}
# Dialoog uses no pydantic plugins; without this, building the first model scans every
# installed distribution's entry points for one (importlib.metadata), a noticeable part of
# `dialoog info`. Documented by pydantic; a value the user set wins.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
EXIT_USER_ERROR = 2


def _cmd_new(args: argparse.Namespace) -> int:
    from dialoog_app.services.workspace import new_workspace

    if args.encrypt:
        safety_cmd.prepare_encryption(Path(args.path))
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
    from dialoog_app.services.info import project_info, to_json
    from dialoog_app.services.reading import open_for_reading

    from .info_text import render_info

    project = open_for_reading(Path(args.path))
    try:
        info = project_info(project)
    finally:
        project.close()
    if args.json:
        print(to_json(info))
    else:
        print(render_info(info))
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    import json

    from dialoog_app.services.info_schema import ProjectInfo

    print(json.dumps(ProjectInfo.model_json_schema(), indent=2, ensure_ascii=False))
    return 0


def _non_negative(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(translate("Cli", "must be 0 or more"))
    return number


class _VersionAction(argparse._VersionAction):
    """``--version``: the version is looked up only when asked (it reads pyproject.toml
    or the package metadata, a few milliseconds every command would pay)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        from dialoog_app import __version__

        self.version = f"dialoog {__version__}"
        super().__call__(parser, *args, **kwargs)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or only of ``command``'s group (to run it)."""
    group = COMMANDS.get(command or "")
    parser = argparse.ArgumentParser(
        prog="dialoog",
        usage="dialoog [PATH]\n       dialoog COMMAND [OPTIONS]",
        description=translate(
            "Cli",
            "Dialoog: dialogue tables, notes, opgaven and minutes — offline. "
            "'dialoog' opens the app on the last project; 'dialoog PATH' on that project file.",
        ),
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in dict.fromkeys(COMMANDS.values()):  # in order, once each
        if group is None or group == module:
            if module in _HERE:
                _HERE[module](sub)
            else:  # imported only here: running one command needs only its own module
                importlib.import_module(f"{__package__}.{module}").register(sub)
    return parser


def _register(sub: Any) -> None:
    """The commands of this module."""

    new = sub.add_parser("new", help=translate("Cli", "create an empty project file"))
    new.add_argument("path", help=translate("Cli", "the project file to create (.dialoog)"))
    new.add_argument("--name", help=translate("Cli", "the project's name (default: the file name)"))
    new.add_argument(
        "--encrypt",
        action="store_true",
        help=translate("Cli", "encrypt with a passphrase (DIALOOG_PASSPHRASE, or asked)"),
    )
    new.set_defaults(run=_cmd_new)

    demo = sub.add_parser("demo", help=translate("Cli", "create a realistic demo project"))
    demo.add_argument("path", help=translate("Cli", "the project file to create (.dialoog)"))
    demo.add_argument(
        "--tables", type=_non_negative, default=4, help=translate("Cli", "tables (default: 4)")
    )
    demo.add_argument(
        "--notes", type=_non_negative, default=200, help=translate("Cli", "notes (default: 200)")
    )
    demo.add_argument(
        "--opgaven", type=_non_negative, default=6, help=translate("Cli", "opgaven (default: 6)")
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        help=translate("Cli", "the same seed gives the same project (default: 1)"),
    )
    demo.set_defaults(run=_cmd_demo)

    info = sub.add_parser("info", help=translate("Cli", "show what is in a project"))
    info.add_argument("path", help=translate("Cli", "the project file (.dialoog)"))
    info.add_argument(
        "--json", action="store_true", help=translate("Cli", "as JSON (see 'dialoog schema')")
    )
    info.set_defaults(run=_cmd_info)

    schema = sub.add_parser(
        "schema", help=translate("Cli", "print the JSON schema of 'info --json'")
    )
    schema.set_defaults(run=_cmd_schema)


def _register_selftest(sub: Any) -> None:
    selftest = sub.add_parser(
        "selftest",
        help=translate("Cli", "start the app offscreen, exit once its window is painted"),
    )
    selftest.add_argument("path", nargs="?", help=translate("Cli", "the project to open"))


_HERE = {"main": _register, "selftest": _register_selftest}


def command_names(parser: argparse.ArgumentParser) -> set[str]:
    """The commands the parser knows (so one added by registering it is never mistaken
    for a project to open)."""
    names: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            names.update(action.choices)
    return names


def _opens_a_project(argument: str) -> bool:
    return argument.endswith(PROJECT_SUFFIX) or Path(argument).exists()


def _import_before_qt() -> None:
    """SQLAlchemy and pydantic before PySide6, on purpose: once PySide6 is loaded, its
    import hook reads the source of every module imported after it, looking for
    "PySide6" (PYSIDE-2029); for these two packages' hundreds of modules that was a tenth
    of the start-up. (Only the package: importing pydantic's BaseModel here ends in a
    circular import inside pydantic once the commands run.)"""
    import pydantic  # noqa: F401
    import sqlalchemy.dialects.sqlite
    import sqlalchemy.orm  # noqa: F401


def _start_core_app() -> None:
    """Qt's translators, for the commands that show ui/ texts (QT_COMMANDS)."""
    _import_before_qt()
    from PySide6.QtCore import QCoreApplication

    from dialoog_app.ui import i18n

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    app.setOrganizationName("Dialoog")
    app.setApplicationName("Dialoog")
    i18n.install_translators(app)


def _unknown_command(argument: str, commands: set[str]) -> int:
    import difflib

    message = translate("Cli", "dialoog: '{name}' is not a command, nor a project file.").format(
        name=argument
    )
    close = difflib.get_close_matches(argument, sorted(commands), n=1)
    if close:
        message += " " + translate("Cli", "Did you mean 'dialoog {command}'?").format(
            command=close[0]
        )
    print(message, file=sys.stderr)
    print(translate("Cli", "See 'dialoog --help'."), file=sys.stderr)
    return EXIT_USER_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = set(COMMANDS)
    if not argv or (argv[0] not in commands and not argv[0].startswith("-")):
        if argv and (len(argv) > 1 or not _opens_a_project(argv[0])):
            return _unknown_command(argv[0], commands)
        from dialoog_app.ui.app import run_gui  # paints before SQLAlchemy (ui/warm_up.py)

        return run_gui(Path(argv[0]) if argv else None)

    if argv[0] == "selftest":  # needs a QApplication, not the QCoreApplication below
        from dialoog_app.ui.selftest import selftest

        return selftest(Path(argv[1]) if len(argv) > 1 else None)
    if argv[0] in QT_COMMANDS:
        _start_core_app()
    args = build_parser(argv[0]).parse_args(argv)
    return _run_reporting_user_errors(args.run, args)


def _run_reporting_user_errors(
    run: Callable[[argparse.Namespace], int], args: argparse.Namespace
) -> int:
    try:
        code = safety_cmd.with_passphrase(run, args)  # encrypted projects
        sys.stdout.flush()  # a closed pipe is noticed here, not at exit
        return code
    except UserError as error:
        print(
            translate("Cli", "dialoog: {message}").format(message=catalogue.text(error.text)),
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``dialoog info --json | head -1``): stop quietly, and keep
        # Python from failing again when it flushes stdout on the way out.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, as a command killed by the closed pipe would


if __name__ == "__main__":
    sys.exit(main())
