"""House style: a municipality's own .docx/.dotx, a template lacking styles, bad templates."""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.shared import Cm, RGBColor

from chart_support import CHARTS
from dialoog_app.export import errors
from dialoog_app.export.template import TEMPLATE_MAIN, load_template
from dialoog_app.services import export_settings
from dialoog_app.services.demo import fill_demo
from dialoog_app.services.minutes import MinutesRequest, export_minutes
from dialoog_app.services.workspace import Workspace
from export_support import read_back, template_without_styles

NOW = dt.datetime(2023, 4, 12, 9, 0, tzinfo=dt.UTC)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def tiny_png() -> bytes:
    """A 4×2 blue PNG (the municipality's 'logo')."""
    raw = b"".join(b"\x00" + b"\x1f\x5f\x8b" * 4 for _ in range(2))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 4, 2, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def house_style(path: Path, *, as_template: bool = False) -> Path:
    """A municipality's template: its own heading font, a logo in the header, a footer."""
    document = docx.Document()
    heading = document.styles["Heading 1"]
    heading.font.name = "Georgia"
    heading.font.color.rgb = RGBColor(0x8B, 0x1F, 0x2F)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.add_run().add_picture(io.BytesIO(tiny_png()), width=Cm(3))
    header.add_run("Gemeente Putten")
    section.footer.paragraphs[0].text = "Gemeente Putten — vertrouwelijk"
    document.add_paragraph("Voorbeeldtekst van het sjabloon, niet voor het verslag.")
    if as_template:
        document.part._content_type = TEMPLATE_MAIN
    document.save(str(path))
    return path


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    fill_demo(workspace, notes=80, opgaven=3)
    return workspace


def test_the_municipalitys_template_is_used_by_name(demo: Workspace, tmp_path: Path) -> None:
    template = house_style(tmp_path / "huisstijl.docx")
    target = tmp_path / "verslag.docx"
    result = export_minutes(
        demo, MinutesRequest(), target, template=template, now=NOW, charts=CHARTS
    )
    assert result.warnings == ()
    document = docx.Document(str(target))
    h1 = [p for p in document.paragraphs if p.style is not None and p.style.name == "Heading 1"]
    assert h1 and h1[0].style.font.name == "Georgia"
    header = document.sections[0].header
    assert "Gemeente Putten" in header.paragraphs[0].text
    blips = header._element.findall(".//{*}blip")
    assert blips and all(
        header.part.related_parts[
            b.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed")
        ].content_type
        == "image/png"
        for b in blips
    )  # the logo came along
    footer = document.sections[0].footer._element
    assert "Gemeente Putten — vertrouwelijk" in "".join(t.text or "" for t in footer.iter(f"{W}t"))
    assert " PAGE " in "".join(t.text or "" for t in footer.iter(f"{W}instrText"))
    assert not any("Voorbeeldtekst" in p.text for p in document.paragraphs)
    assert export_settings.load(demo).template == template.absolute()


def test_a_dotx_template_opens_and_gives_a_docx(demo: Workspace, tmp_path: Path) -> None:
    template = house_style(tmp_path / "huisstijl.dotx", as_template=True)
    with pytest.raises(ValueError, match="not a Word file"):
        docx.Document(str(template))  # python-docx alone refuses it
    target = tmp_path / "verslag.docx"
    export_minutes(demo, MinutesRequest(), target, template=template, now=NOW, charts=CHARTS)
    with zipfile.ZipFile(target) as archive:
        types = archive.read("[Content_Types].xml").decode()
    assert "document.main+xml" in types and "template.main+xml" not in types
    assert read_back(target).bullets


def test_missing_styles_are_named_and_lent(demo: Workspace, tmp_path: Path) -> None:
    template = template_without_styles(
        tmp_path / "kaal.docx",
        {"list bullet", "heading 3", "table grid", "title"},
        drop_numbering=True,
    )
    target = tmp_path / "verslag.docx"
    result = export_minutes(
        demo, MinutesRequest(), target, template=template, now=NOW, charts=CHARTS
    )
    missing = sorted(str(w.args["style"]) for w in result.warnings)
    assert missing == ["Heading 3", "List Bullet", "Table Grid", "Title"]
    assert all("Dialoog" in w.english() for w in result.warnings)
    document = docx.Document(str(target))
    used = {p.style.name for p in document.paragraphs if p.style is not None}
    assert {"Title", "Heading 3", "List Bullet"} <= used
    # The lent List Bullet brought its bullet definition into a new numbering part.
    num_id = document.styles["List Bullet"].element.find(f".//{W}numId").get(f"{W}val")
    numbering = document.part.numbering_part.element
    assert [n for n in numbering.iterchildren(f"{W}num") if n.get(f"{W}numId") == num_id]
    assert all(t.style.name == "Table Grid" for t in document.tables)


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda p: p.write_text("Dit is geen Word-bestand."), errors.TemplateNotWordError),
        (lambda p: p.write_bytes(b""), errors.TemplateNotWordError),
        (lambda p: _zip(p, {"hallo.txt": b"hoi"}), errors.TemplateNotWordError),
        (lambda p: p.write_bytes(_real_docx()[:700]), errors.TemplateDamagedError),
        (
            lambda p: _zip(p, _parts(_real_docx(), {"word/styles.xml": b"<w:st"})),
            errors.TemplateDamagedError,
        ),
        (lambda p: p.mkdir(), errors.TemplateNotWordError),
    ],
    ids=["text", "empty", "other-zip", "truncated", "broken-styles", "folder"],
)
def test_a_bad_template_is_refused_and_nothing_is_written(
    demo: Workspace,
    tmp_path: Path,
    make: Callable[[Path], object],
    error: type[Exception],
) -> None:
    template = tmp_path / "sjabloon.docx"
    make(template)
    target = tmp_path / "verslag.docx"
    target.write_bytes(b"het vorige verslag")
    with pytest.raises(error) as raised:
        export_minutes(demo, MinutesRequest(), target, template=template, now=NOW, charts=CHARTS)
    assert str(template) in raised.value.text.english()
    assert target.read_bytes() == b"het vorige verslag"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".~")) == []


def test_a_missing_template_file(tmp_path: Path) -> None:
    with pytest.raises(errors.TemplateNotFoundError):
        load_template(tmp_path / "weg.dotx")


def _real_docx() -> bytes:
    stream = io.BytesIO()
    docx.Document().save(stream)
    return stream.getvalue()


def _parts(data: bytes, replace: dict[str, bytes]) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {n: replace.get(n, archive.read(n)) for n in archive.namelist()}


def _zip(path: Path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)


def test_the_builtin_template_is_opened_only_to_lend_a_style(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A house style with every style needs nothing lent: the built-in template is not
    opened a second time (issue 13); one that lacks a style opens it once."""
    from dialoog_app.export import template as template_module

    opened: list[int] = []
    builtin_document = template_module._builtin_document

    def counting() -> docx.document.Document:
        opened.append(1)
        return builtin_document()

    monkeypatch.setattr(template_module, "_builtin_document", counting)
    complete = tmp_path / "compleet.docx"
    load_template(None).document.save(str(complete))
    assert load_template(complete).warnings == [] and opened == []
    bare = template_without_styles(tmp_path / "kaal.docx", {"title"}, drop_numbering=False)
    assert [str(w.args["style"]) for w in load_template(bare).warnings] == ["Title"]
    assert opened == [1]
