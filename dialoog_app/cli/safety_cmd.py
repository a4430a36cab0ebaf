"""``dialoog check|backup|restore``: the safety net from the command line.

dialoog check project.dialoog [--json]     exit 0 healthy, 1 damaged, 2 not a project
dialoog backup project.dialoog             a copy now, in the backups folder
dialoog restore project.dialoog BACKUP     the backup in place of the project
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dialoog_app.domain.i18n import english_plural

from . import dates
from .catalogue import translate

EXIT_HEALTHY, EXIT_DAMAGED = 0, 1


# The counted words of ui/plurals (context "Plurals"), looked up by their source text: a
# variable, so lupdate does not extract them a second time as texts without plural forms.
_COUNTED = ("%Ln meeting(s)", "%Ln note(s)", "%Ln opgave(n)")


def when(moment: dt.datetime) -> str:
    """A UTC moment as the user reads it: local time, in the UI's language."""
    return dates.moment(moment)


def holds(info: Any) -> str:
    counts = (info.meetings, info.notes, info.opgaven)
    return ", ".join(
        english_plural(translate("Plurals", source, "", n), n)
        for source, n in zip(_COUNTED, counts, strict=True)
    )


def _cmd_check(args: argparse.Namespace) -> int:
    from dialoog_app.services.health import check_project

    report = check_project(Path(args.path))
    if args.json:
        print(report.model_dump_json(indent=2))
    else:
        print(_check_text(report))
    return EXIT_HEALTHY if report.healthy else EXIT_DAMAGED


def _check_text(report: Any) -> str:
    state = translate("Cli", "healthy") if report.healthy else translate("Cli", "DAMAGED")
    lines = [f"{report.path}: {state}"]
    if report.healthy:
        lines.append(translate("Cli", "Integrity and references: in order"))
        lines.append(translate("Cli", "Schema revision: {rev}").format(rev=report.schema_revision))
        lines.append(translate("Cli", "Contents: {holds}").format(holds=holds(report)))
    else:
        lines.append(translate("Cli", "Problems found:"))
        lines.extend(f"  {problem}" for problem in report.problems[:10])
    if report.backups:
        newest = report.backups[0]
        lines.append(
            translate("Cli", "Backups: {count}, the newest of {when} ({holds})").format(
                count=len(report.backups), when=when(newest.taken_at), holds=holds(newest)
            )
        )
        if not report.healthy:
            lines.append(
                translate("Cli", "Put a backup back with: dialoog restore {path} BACKUP").format(
                    path=report.path
                )
            )
            lines.extend(f"  {b.path}" for b in report.backups[:5] if b.healthy)
    else:
        lines.append(translate("Cli", "Backups: none"))
    return "\n".join(lines)


def _cmd_backup(args: argparse.Namespace) -> int:
    from dialoog_app.services import backups
    from dialoog_app.services.workspace import open_workspace

    ws = open_workspace(Path(args.path))
    try:
        info = backups.backup_now(ws, "manual")
    finally:
        ws.close()
    print(
        translate("Cli", "Backup made: {path} ({holds})").format(path=info.path, holds=holds(info))
    )
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from dialoog_app.services import backups

    project = backups.restore_file(Path(args.path), Path(args.backup))
    print(
        translate("Cli", "Backup put back: {path} (the previous state was backed up first)").format(
            path=project
        ),
        file=sys.stdout,
    )
    return 0


def _ask(prompt: str) -> str:
    import getpass

    return getpass.getpass(prompt)


def with_passphrase(run: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command; an encrypted project takes DIALOOG_PASSPHRASE, or asks at a terminal."""
    from dialoog_app.domain.errors import PassphraseRequiredError
    from dialoog_app.store import cipher

    cipher.use_passphrase_from_environment()
    try:
        return run(args)
    except PassphraseRequiredError:
        if not sys.stdin.isatty():
            raise
    cipher.use_session_passphrase(_ask(translate("Cli", "Passphrase: ")))
    return run(args)


def prepare_encryption(path: Path) -> None:
    """``dialoog new PATH --encrypt``: the passphrase from the environment, or asked twice."""
    from dialoog_app.domain.errors import ValidationError
    from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP
    from dialoog_app.services import encryption
    from dialoog_app.store.cipher import PASSPHRASE_ENV

    print(lost_passphrase_warning(), file=sys.stderr)
    passphrase = os.environ.get(PASSPHRASE_ENV, "")
    if not passphrase and sys.stdin.isatty():
        passphrase = _ask(translate("Cli", "New passphrase: "))
        if _ask(translate("Cli", "The same passphrase again: ")) != passphrase:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The two passphrases differ; nothing was made.")
            )
    encryption.prepare_new(path, passphrase)


def lost_passphrase_warning() -> str:
    return translate(
        "Cli",
        "Mind: whoever loses the passphrase loses the project. Nobody, not even the makers "
        "of Dialoog, can open it without.",
    )


def register(sub: Any) -> None:
    check = sub.add_parser(
        "check",
        help=translate("Cli", "check a project file (exit 0 healthy, 1 damaged, 2 not a project)"),
    )
    check.add_argument("path", help=translate("Cli", "the project file to check"))
    check.add_argument("--json", action="store_true", help=translate("Cli", "as JSON"))
    check.set_defaults(run=_cmd_check)

    backup = sub.add_parser("backup", help=translate("Cli", "make a backup of a project now"))
    backup.add_argument("path", help=translate("Cli", "the project file to back up"))
    backup.set_defaults(run=_cmd_backup)

    restore = sub.add_parser(
        "restore", help=translate("Cli", "put a backup back in place of a project")
    )
    restore.add_argument(
        "path", help=translate("Cli", "the project file to put the backup in place of")
    )
    restore.add_argument("backup", help=translate("Cli", "the backup file (see 'dialoog check')"))
    restore.set_defaults(run=_cmd_restore)


COMMANDS = {"check", "backup", "restore"}
