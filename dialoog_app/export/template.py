"""Opening a Word template (built-in, or the municipality's .docx/.dotx) as the verslag's base.

The template's body is emptied; its styles, numbering, headers and footers (logo included),
page set-up and theme are kept. A template that is not a Word file, or is damaged, is
refused with a clear message; one that lacks a style gets Dialoog's (see ``styles.py``).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import cast

import docx
from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.oxml import serialize_part_xml
from docx.oxml import parse_xml
from docx.parts.document import DocumentPart
from lxml import etree

from dialoog_app import paths
from dialoog_app.domain.i18n import Text

from .errors import TemplateDamagedError, TemplateNotFoundError, TemplateNotWordError
from .ooxml import A4_TEXT_WIDTH, W_NS, StyleBook, field_runs, run
from .styles import StyleResolver

W = f"{{{W_NS}}}"
TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
CONTENT_TYPES = "[Content_Types].xml"
ZIP_MAGIC = b"PK\x03\x04"


def builtin_template_path() -> Path:
    return paths.resource("templates", "verslag.dotx")


@dataclass
class Template:
    """An opened template, its body emptied, ready to receive the minutes."""

    document: Document
    styles: StyleBook
    builtin: bool
    warnings: list[Text] = field(default_factory=list)

    @property
    def text_width(self) -> int:
        """The width between the margins of the last section, in twips."""
        section = self.document.sections[-1]
        width, left, right = section.page_width, section.left_margin, section.right_margin
        if width is None or left is None or right is None:
            return A4_TEXT_WIDTH
        return max(2000, int((width - left - right) / 635))  # 635 EMU to a twip

    def fill(self, body_xml: str, *, title_page: bool) -> None:
        """Put the built body in place (before the final section properties).

        The body is spliced in as text when the part is saved (``_BodyAsText``): parsing
        5,000 notes' XML and moving it into the template's tree cost a third of a second,
        and the text is well-formed by construction (ooxml.py escapes every value). A
        template whose document does not name WordprocessingML ``w`` gets it parsed.
        """
        body = self.document.element.body
        section = body.find(f"{W}sectPr")
        if section is not None:
            body.remove(section)
        part = self.document.part
        if body.nsmap.get("w") == W_NS and type(part) is DocumentPart:
            body.append(etree.ProcessingInstruction(_BODY_MARK))
            part.__class__ = _BodyAsText
            cast(_BodyAsText, part).body_text = body_xml.encode("utf-8")
        else:
            body.extend(list(parse_xml(f'<w:body xmlns:w="{W_NS}">{body_xml}</w:body>')))
        if section is not None:
            body.append(section)
            if self.builtin and not title_page:
                # The built-in template keeps page 1 free of a footer for the title page.
                for flag in section.findall(f"{W}titlePg"):
                    section.remove(flag)


_BODY_MARK = "dialoog-body"
_MARK_XML = etree.tostring(etree.ProcessingInstruction(_BODY_MARK))  # as lxml writes it


class _BodyAsText(DocumentPart):
    """The document part whose body text is put in at the mark when it is serialized."""

    body_text = b""

    @property
    def blob(self) -> bytes:
        before, mark, after = serialize_part_xml(self._element).partition(_MARK_XML)
        if not mark:
            raise RuntimeError("the document lost the body's mark")  # never half a verslag
        return before + self.body_text + after


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise TemplateNotFoundError(path) from None
    except IsADirectoryError:
        raise TemplateNotWordError(path) from None
    except OSError as error:
        raise TemplateDamagedError(path, error.strerror or str(error)) from None


def _as_document_package(path: Path, data: bytes) -> bytes:
    """A .dotx differs from a .docx only in its main part's content type: patch it."""
    if not data.startswith(ZIP_MAGIC):
        raise TemplateNotWordError(path)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if CONTENT_TYPES not in names:
                raise TemplateNotWordError(path)
            types = archive.read(CONTENT_TYPES)
            if TEMPLATE_MAIN.encode() not in types:
                return data
            patched = io.BytesIO()
            with zipfile.ZipFile(patched, "w", zipfile.ZIP_DEFLATED) as out:
                for info in archive.infolist():
                    content = archive.read(info.filename)
                    if info.filename == CONTENT_TYPES:
                        content = content.replace(
                            TEMPLATE_MAIN.encode(), CT.WML_DOCUMENT_MAIN.encode()
                        )
                    out.writestr(info, content)
            return patched.getvalue()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as error:
        raise TemplateDamagedError(path, str(error)) from None


def _open(path: Path, data: bytes) -> Document:
    package = _as_document_package(path, data)
    try:
        return docx.Document(io.BytesIO(package))
    except ValueError as error:  # python-docx: "… is not a Word file, content type is …"
        if "not a Word file" in str(error):
            raise TemplateNotWordError(path) from None
        raise TemplateDamagedError(path, str(error)) from None
    except (KeyError, PackageNotFoundError):  # a zip without a Word document inside
        raise TemplateNotWordError(path) from None
    except (etree.XMLSyntaxError, zipfile.BadZipFile, EOFError) as error:
        raise TemplateDamagedError(path, str(error)) from None


@lru_cache(maxsize=1)
def _builtin_bytes() -> bytes:
    return _read(builtin_template_path())


def _builtin_document() -> Document:
    return _open(builtin_template_path(), _builtin_bytes())


def load_template(path: Path | None = None) -> Template:
    """The built-in template (``path`` None) or a user's .docx/.dotx, body emptied."""
    builtin = path is None
    source = builtin_template_path() if path is None else Path(path)
    data = _builtin_bytes() if builtin else _read(source)
    document = _open(source, data)
    try:
        resolver = StyleResolver(document, None if builtin else _builtin_document)
        styles = resolver.resolve()
        _empty_body(document)
        _ensure_page_numbers(document, styles)
    except (etree.XMLSyntaxError, KeyError, AttributeError, ValueError) as error:
        raise TemplateDamagedError(source, str(error)) from None
    return Template(document, styles, builtin, resolver.warnings)


def _empty_body(document: Document) -> None:
    """Sample text in a template is not part of the verslag; its last section is."""
    body = document.element.body
    for child in list(body):
        if child.tag != f"{W}sectPr":
            body.remove(child)


def _ensure_page_numbers(document: Document, styles: StyleBook) -> None:
    """Page numbers in the footer: the template's own if it has them, else ours."""
    section = document.sections[-1]
    footer = section.footer
    element = footer._element
    if not footer.is_linked_to_previous:
        instructions = " ".join(t.text or "" for t in element.iter(f"{W}instrText"))
        simple = [f.get(f"{W}instr") or "" for f in element.iter(f"{W}fldSimple")]
        if "PAGE" in (instructions + " ".join(simple)).upper():
            return
    else:
        footer.is_linked_to_previous = False
        element = footer._element
    element.append(
        parse_xml(
            f'<w:p xmlns:w="{W_NS}"><w:pPr><w:jc w:val="right"/></w:pPr>'
            + run("Pagina ")
            + field_runs("PAGE", "1")
            + run(" van ")
            + field_runs("NUMPAGES", "1")
            + "</w:p>"
        )
    )
