"""Merges laptop files into a project and stops halfway, to be killed (merge kill test).

    python tests/merge_child.py TARGET SOURCE [SOURCE …]

Prints ``merging`` when the merge's transaction has written the first source's notes and
is about to write its opgaven, then waits there (until the test SIGKILLs it).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from dialoog_app.exchange.merge import merge_files


def main() -> None:
    target, *sources = (Path(a) for a in sys.argv[1:])

    def progress(_source: str, table: str) -> None:
        if table == "opgave":
            print("merging", flush=True)
            time.sleep(60)

    merge_files(target, sources, progress=progress)
    print("done", flush=True)


if __name__ == "__main__":
    main()
