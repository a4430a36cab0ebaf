"""A smaller ICU data library for the bundle: Dutch and English only.

The PyPI Qt links ICU, whose data library (``libicudata.so.NN``, 31 MB) holds every
locale's names, currencies, units, time zones and collation, 160 character-set
converters and the word dictionaries for Chinese, Japanese, Thai, Lao, Khmer and
Burmese. The app speaks Dutch and English and Qt asks ICU only for collation, case
mapping and the odd converter (Qt's own tables do the rest), so the build keeps:

- every item that is not a locale's (root, the structural tables, collation's
  ``ucadata.icu``, normalisation, break rules, ``cnvalias.icu`` …);
- the locale items of ``root``, ``nl*`` and ``en*`` in every tree;

and drops the other locales, the converters (``*.cnv``; UTF-8 and Latin-1 need none),
the dictionaries (``*.dict``), the transliterators, the spelled-out numbers (``rbnf``),
the character names and the spoof checker's table. The result is linked as a
library with the same name and symbol (``icudtNN_dat``) with the C compiler; without
one the build keeps ICU as it was.

ICU's common data format ("CmnD"): a header (its size in the first two bytes), then a
table of contents — a count and per item the offsets of its name and its data, relative
to the table — then the names, then the items, each 16-byte aligned, sorted by name.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

LANGUAGES = ("nl", "en")
_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*")
STRUCTURE = ("root", "res_index")  # named like locales, needed by all (the index of a tree)
# Character names, the spoof checker's confusables (Qt asks for neither).
UNUSED = ("unames.icu", "confusables.cfu")


def keep(item: str) -> bool:
    """Whether the bundle needs an item, named as inside the package (``coll/nl.res``)."""
    tree, _, base = item.rpartition("/")
    stem, _, kind = base.rpartition(".")
    if kind in ("cnv", "dict") or tree in ("translit", "rbnf") or base in UNUSED:
        return False
    if kind == "res" and _LOCALE.fullmatch(stem) and stem not in STRUCTURE:
        return stem.split("_", 1)[0] in LANGUAGES
    return True


def items(package: bytes) -> dict[str, bytes]:
    """The items of a common data package by their full names (``icudt73l/nl.res``)."""
    header = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    count = struct.unpack_from("<I", package, header)[0]
    offsets = [struct.unpack_from("<II", package, header + 4 + 8 * i) for i in range(count)]
    ends = [data for _, data in offsets[1:]] + [len(package) - header]
    found = {}
    for (name, data), end in zip(offsets, ends, strict=True):
        start = header + name
        found[package[start : package.index(b"\0", start)].decode("ascii")] = package[
            header + data : header + end
        ]
    return found


def package(header: bytes, kept: dict[str, bytes]) -> bytes:
    """A common data package of ``kept`` (names sorted as ICU searches them)."""
    names = sorted(kept)
    table = 4 + 8 * len(names)
    name_offsets, text = [], b""
    for name in names:
        name_offsets.append(table + len(text))
        text += name.encode("ascii") + b"\0"
    body, data_offsets = b"", []
    start = table + len(text)
    start += -start % 16
    for name in names:
        data_offsets.append(start + len(body))
        body += kept[name] + b"\0" * (-len(kept[name]) % 16)
    contents = struct.pack("<I", len(names)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    contents += text + b"\0" * (-(table + len(text)) % 16)
    return header + contents + body


def slim(library: Path) -> tuple[int, int] | None:
    """Replace ``library`` (``libicudata.so.NN``) by one with the kept items only.
    Returns its size before and after, or None when no C compiler is at hand."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        return None
    original = library.read_bytes()
    data = _rodata(original)
    header = data[: struct.unpack_from("<H", data, 0)[0]]
    smaller = package(header, {n: d for n, d in items(data).items() if keep(n.split("/", 1)[1])})
    version = library.name.split(".so.", 1)[1].split(".", 1)[0]
    with tempfile.TemporaryDirectory() as folder:
        blob = Path(folder) / "icudt.dat"
        blob.write_bytes(smaller)
        source = Path(folder) / "icudt.S"
        source.write_text(
            f"\t.section .rodata\n\t.balign 16\n\t.globl icudt{version}_dat\n"
            f"\t.type icudt{version}_dat, @object\nicudt{version}_dat:\n"
            f'\t.incbin "{blob}"\n\t.size icudt{version}_dat, . - icudt{version}_dat\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            "ascii",
        )
        built = Path(folder) / library.name
        subprocess.run(
            [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(built),
             str(source)],
            check=True,
        )  # fmt: skip
        shutil.copy(built, library)
    return len(original), library.stat().st_size


def _rodata(elf: bytes) -> bytes:
    """The .rodata section of a 64-bit little-endian ELF file: ICU's data, all of it."""
    shoff = struct.unpack_from("<Q", elf, 0x28)[0]
    entsize, count, names_index = struct.unpack_from("<HHH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQ", elf, shoff + i * entsize) for i in range(count)]
    names_at = sections[names_index][4]
    for name, _type, _flags, _addr, offset, size in sections:
        start = names_at + name
        if elf[start : elf.index(b"\0", start)] == b".rodata":
            return elf[offset : offset + size]
    raise ValueError("no .rodata section: not ICU's data library")
