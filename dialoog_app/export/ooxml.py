"""Building WordprocessingML fast: paragraphs and tables as XML text, parsed once.

python-docx's ``add_paragraph(text, style="…")`` looks the style up by name on every call
and builds each element through its object layer; for a 10,000-paragraph verslag that is
most of the time. Here every style is resolved once (``StyleBook``), each paragraph is a
few string joins, and the whole body is parsed by lxml in one go.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from dialoog_app.domain.validate import clean_text

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A4_TEXT_WIDTH = 9071  # twips: A4 less 2.5 cm margins either side (the built-in template)

# What the text rules (domain/validate.py) make plain on input. Text stored before those
# rules, or a value that never passed them, is cleaned the same way here — the last line of
# defence, since XML 1.0 refuses these characters and Word then refuses the whole file.
_NOT_PLAIN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")

# Direct run formatting used by the minutes (colours chosen to read well in any template).
BOLD = "<w:rPr><w:b/><w:bCs/></w:rPr>"
ITALIC = "<w:rPr><w:i/><w:iCs/></w:rPr>"
BOLD_ITALIC = "<w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr>"
META = '<w:rPr><w:color w:val="5F6B76"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>'
STAR = '<w:rPr><w:b/><w:bCs/><w:color w:val="1F5F8B"/></w:rPr>'
ALERT = '<w:rPr><w:b/><w:bCs/><w:color w:val="A23B2A"/></w:rPr>'
MUTED = '<w:rPr><w:color w:val="5F6B76"/></w:rPr>'
HEADER_SHADE = (
    '<w:tcBorders><w:bottom w:val="single" w:sz="8" w:space="0" w:color="1F5F8B"/></w:tcBorders>'
    '<w:shd w:val="clear" w:color="auto" w:fill="E3EBF2"/>'
)


def plain(text: str) -> str:
    """Text XML can hold: line breaks made ``\\n``, control characters dropped."""
    # isprintable() is one fast C pass that is true for most texts (no control, separator,
    # surrogate or non-character at all); only the rest are searched.
    if not text.isprintable() and _NOT_PLAIN.search(text):
        return clean_text(text, broken="\ufffd")
    return text


def escape(text: str) -> str:
    return plain(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@lru_cache(maxsize=256)
def attr(value: object) -> str:
    """An attribute value, escaped for double quotes (a template's style id may hold any
    character, ``"`` and ``&`` included)."""
    return escape(str(value)).replace('"', "&quot;")


def run(text: str, props: str = "") -> str:
    """A run of text; line breaks and tabs in the text become Word's own."""
    body = escape(text)
    if "\n" in body:
        body = body.replace("\n", '</w:t><w:br/><w:t xml:space="preserve">')
    if "\t" in body:
        body = body.replace("\t", '</w:t><w:tab/><w:t xml:space="preserve">')
    return f'<w:r>{props}<w:t xml:space="preserve">{body}</w:t></w:r>'


FIELD_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def field_start(instruction: str, *, dirty: bool = False) -> str:
    """The start of a complex field (PAGE, TOC …); its result and ``FIELD_END`` follow."""
    mark = ' w:dirty="true"' if dirty else ""
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"{mark}/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )


def field_runs(instruction: str, cached: str = "") -> str:
    """A whole field with its last known result (Word recalculates it)."""
    return field_start(instruction) + (run(cached) if cached else "") + FIELD_END


TOC_INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\u'


class StyleBook(NamedTuple):
    """The style ids of one document, resolved once, by logical role."""

    body: str
    title: str
    subtitle: str
    heading1: str
    heading2: str
    heading3: str
    bullet: str
    table: str
    toc_heading: str
    toc1: str
    toc2: str

    def heading(self, level: int) -> str:
        return (self.heading1, self.heading2, self.heading3)[level - 1]


class Column(NamedTuple):
    title: str
    width: int  # twips (1/1440 inch); 9071 is the full text width of an A4 page
    align: str = ""  # "", "right", "center"


@dataclass
class Body:
    """The document body being built, as XML text."""

    styles: StyleBook
    direct_header: bool = False  # shade and embolden table headers directly (built-in style)
    text_width: int = A4_TEXT_WIDTH  # twips between the page margins
    parts: list[str] = field(default_factory=list)
    outline: list[tuple[int, str]] = field(default_factory=list)  # (level, text) for the TOC
    _toc_slot: int | None = None

    def paragraph(
        self,
        style: str,
        *runs: str,
        keep_next: bool = False,
        page_break_before: bool = False,
        align: str = "",
    ) -> None:
        extra = ""
        if keep_next:
            extra += "<w:keepNext/>"
        if page_break_before:
            extra += "<w:pageBreakBefore/>"
        if align:
            extra += f'<w:jc w:val="{attr(align)}"/>'
        self.parts.append(
            f'<w:p><w:pPr><w:pStyle w:val="{attr(style)}"/>{extra}</w:pPr>{"".join(runs)}</w:p>'
        )

    def text(self, text: str, props: str = "", **options: bool) -> None:
        self.paragraph(self.styles.body, run(text, props), **options)  # type: ignore[arg-type]

    def heading(self, level: int, text: str, *, new_page: bool = False) -> None:
        if level <= 2:
            self.outline.append((level, text))
        self.paragraph(self.styles.heading(level), run(text), page_break_before=new_page)

    def bullet(self, *runs: str) -> None:
        self.parts.append(
            f'<w:p><w:pPr><w:pStyle w:val="{attr(self.styles.bullet)}"/></w:pPr>'
            f"{''.join(runs)}</w:p>"
        )

    def bullets(self, items: Iterable[str]) -> None:
        """Many bullets of plain text at once (the hot path of a large verslag)."""
        head = f'<w:p><w:pPr><w:pStyle w:val="{attr(self.styles.bullet)}"/></w:pPr>'
        self.parts.extend(f"{head}{item}</w:p>" for item in items)

    def page_break(self) -> None:
        self.parts.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    def table(
        self,
        columns: Sequence[Column],
        rows: Iterable[Sequence[str]],
        *,
        header: bool = True,
        first_column: bool = False,
    ) -> None:
        """A real Word table in the template's table style; cells hold run XML."""
        # Widths are designed for A4 with 2.5 cm margins; a template's page may differ.
        scale = self.text_width / sum(c.width for c in columns)
        columns = [Column(c.title, int(c.width * scale), c.align) for c in columns]
        total = sum(c.width for c in columns)
        # The built-in widths are tuned for its 9 pt table text; a template's own table style
        # may use larger type, so there Word may widen a column rather than split a word.
        layout = '<w:tblLayout w:type="fixed"/>' if self.direct_header else ""
        look = (
            f'<w:tblLook w:val="0{"2" if header else "0"}{"8" if first_column else "0"}0" '
            f'w:firstRow="{int(header)}" w:lastRow="0" w:firstColumn="{int(first_column)}" '
            'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
        )
        out = [
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{attr(self.styles.table)}"/>'
            f'<w:tblW w:w="{attr(total)}" w:type="dxa"/>{layout}{look}</w:tblPr>'
            "<w:tblGrid>"
            + "".join(f'<w:gridCol w:w="{attr(c.width)}"/>' for c in columns)
            + "</w:tblGrid>"
        ]
        cells = [
            f'<w:tc><w:tcPr><w:tcW w:w="{attr(c.width)}" w:type="dxa"/></w:tcPr><w:p><w:pPr>'
            + (f'<w:jc w:val="{attr(c.align)}"/>' if c.align else "")
            + "</w:pPr>"
            for c in columns
        ]
        if header:
            # Word takes the header look from the table style; LibreOffice does not, so the
            # built-in house style also says it directly (a user's template keeps its own).
            shade = HEADER_SHADE if self.direct_header else ""
            props = BOLD if self.direct_header else ""
            out.append(
                "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
                + "".join(
                    cell.replace("</w:tcPr>", f"{shade}</w:tcPr>")
                    + f"{run(c.title, props)}</w:p></w:tc>"
                    for cell, c in zip(cells, columns, strict=True)
                )
                + "</w:tr>"
            )
        for row in rows:
            out.append(
                "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
                + "".join(
                    f"{cell}{value}</w:p></w:tc>" for cell, value in zip(cells, row, strict=True)
                )
                + "</w:tr>"
            )
        out.append("</w:tbl>")
        self.parts.append("".join(out))
        # Word needs a paragraph between two tables, and it reads better with air after one.
        self.parts.append(f'<w:p><w:pPr><w:pStyle w:val="{attr(self.styles.body)}"/></w:pPr></w:p>')

    def reserve_toc(self) -> None:
        """Mark where the table of contents goes; it is filled in once the headings are known."""
        self._toc_slot = len(self.parts)
        self.parts.append("")

    def xml(self) -> str:
        if self._toc_slot is not None:
            self.parts[self._toc_slot] = self._toc()
        return "".join(self.parts)

    def _toc(self) -> str:
        """A real TOC field, marked dirty so Word fills in the page numbers on opening;
        until then it shows the headings, so the page is never blank."""
        entries = self.outline or [(1, "")]
        paragraphs = []
        for i, (level, text) in enumerate(entries):
            style = self.styles.toc1 if level == 1 else self.styles.toc2
            start = field_start(TOC_INSTRUCTION, dirty=True) if i == 0 else ""
            end = FIELD_END if i == len(entries) - 1 else ""
            head = f'<w:p><w:pPr><w:pStyle w:val="{attr(style)}"/></w:pPr>'
            paragraphs.append(f"{head}{start}{run(text)}{end}</w:p>")
        return "".join(paragraphs)
