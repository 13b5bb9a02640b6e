"""See what the parser did: the article's text coloured by label.

Two views of one :class:`~hindinews.Article`, both drawn from the colour
table :data:`LABEL_COLOURS` / :data:`KIND_COLOURS` below:

* :func:`article_html` -- an HTML fragment (or, with ``standalone=True``, a
  whole page).  ``Article._repr_html_`` uses it, so a notebook shows an
  article by displaying it, and ``Article.to_html(path)`` writes the page.
* :func:`render_terminal` -- the same view printed with ``rich`` (install
  the ``view`` extra); ``hindinews parse FILE --show`` calls it.

The HTML holds the article's text exactly, HTML-escaped, one ``<span>`` per
block in order, so selecting and copying the text gives the input back.
Boilerplate kinds, block offsets and the dateline's parts are attributes
(``data-kind``, ``data-start``, ``title``...), never extra text::

    >>> import hindinews
    >>> page = article_html(hindinews.parse("शीर्षक यहां है\\n\\nलखनऊ: आज बैठक हुई और सब आए।"))
    >>> 'data-label="headline"' in page and 'lang="hi"' in page
    True
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from hindinews.labels import Kind, Label
from hindinews.model import Article, Block

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

__all__ = [
    "BOILERPLATE_INK",
    "DATELINE_MARK",
    "FONT_STACK",
    "INK",
    "KIND_COLOURS",
    "LABEL_COLOURS",
    "article_html",
    "block_colour",
    "render_terminal",
    "terminal_text",
]

# ---------------------------------------------------------------------------
# The colour table: the one place both views take their colours from.

LABEL_COLOURS: Final[Mapping[Label, str]] = MappingProxyType(
    {
        Label.BLANK: "#eef0f3",
        Label.HEADLINE: "#ffc94d",
        Label.STANDFIRST: "#ffcba4",
        Label.DATELINE: "#ff9fc6",
        Label.BYLINE: "#dcc2ff",
        Label.META: "#b5e2ff",
        Label.BODY: "#d4f5cc",
        Label.SUBHEAD: "#7fd69a",
        Label.CAPTION: "#9fe8df",
        Label.EMBED: "#a9b3ff",
        Label.BOILERPLATE: "#d0d0d0",
    }
)
"""Background colour of each label.  Story labels get clear, distinct hues;
``boilerplate`` is a grey whose kinds (:data:`KIND_COLOURS`) are tints of it."""

KIND_COLOURS: Final[Mapping[Kind, str]] = MappingProxyType(
    {
        Kind.SHARE: "#dcc6c6",
        Kind.RELATED: "#dcd0c6",
        Kind.VIDEO: "#dcdac6",
        Kind.AD: "#d4dcc6",
        Kind.SOCIAL: "#c9dcc6",
        Kind.APP: "#c6dccd",
        Kind.NEWSLETTER: "#c6dcd7",
        Kind.TAGS: "#c6d7dc",
        Kind.NAVIGATION: "#c6cddc",
        Kind.COMMENTS: "#c9c6dc",
        Kind.COPYRIGHT: "#d4c6dc",
        Kind.DISCLAIMER: "#dcc6da",
        Kind.UI: "#dcc6d0",
    }
)
"""Background colour of each boilerplate kind: one family of greys, each with a
faint tint (the kind is also shown on the block as a small tag)."""

INK: Final = "#1b1b1b"
"""Text colour on the story labels' colours."""
BOILERPLATE_INK: Final = "#4d4d4d"
"""Text colour of boilerplate: greyed, like what a reader skips."""
DATELINE_MARK: Final = "#c2185b"
"""Underline and outline colour of the dateline inside the lede."""

FONT_STACK: Final = (
    '"Noto Sans Devanagari", "Noto Sans", "Nirmala UI", "Mangal", "Kohinoor Devanagari", '
    '"Devanagari Sans MN", "Lohit Devanagari", "Mukta", system-ui, sans-serif'
)
"""Fonts of the HTML view: Noto Sans Devanagari first, then the Devanagari
fonts that Windows, macOS and Linux ship."""


def block_colour(block: Block) -> str:
    """The background colour of ``block``: its kind's for boilerplate with a
    kind, else its label's."""
    if block.label is Label.BOILERPLATE and block.kind is not None:
        return KIND_COLOURS[block.kind]
    return LABEL_COLOURS[block.label]


def _ink(label: Label) -> str:
    return BOILERPLATE_INK if label is Label.BOILERPLATE else INK


# ---------------------------------------------------------------------------
# Cutting the text into coloured pieces.

# Lone surrogates cannot be written as UTF-8; show them as U+FFFD.
_SURROGATES = re.compile("[\ud800-\udfff]")


def _pieces(article: Article) -> list[tuple[Block | None, int, int]]:
    """The text cut into (block, start, end) pieces that cover it once.

    Blocks are clipped to the text and to each other, so a hand-made Article
    whose blocks leave gaps or overlap still shows every character once;
    gaps get ``None``.
    """
    size = len(article.text)
    pieces: list[tuple[Block | None, int, int]] = []
    pos = 0
    for block in sorted(article.blocks, key=lambda b: (b.start, b.end)):
        start, end = max(block.start, pos), min(block.end, size)
        if end <= start:
            continue
        if start > pos:
            pieces.append((None, pos, start))
        pieces.append((block, start, end))
        pos = end
    if pos < size:
        pieces.append((None, pos, size))
    return pieces


def _dateline_span(article: Article) -> tuple[int, int] | None:
    dateline = article.dateline
    if dateline is None:
        return None
    start, end = max(0, dateline.start), min(len(article.text), dateline.end)
    return (start, end) if start < end else None


def _split(start: int, end: int, mark: tuple[int, int] | None) -> list[tuple[int, int, bool]]:
    """[start, end) cut at the dateline span: (start, end, is_dateline) parts."""
    if mark is None or mark[1] <= start or mark[0] >= end:
        return [(start, end, False)]
    cuts = sorted({start, end, max(start, mark[0]), min(end, mark[1])})
    return [(a, b, mark[0] <= a and b <= mark[1]) for a, b in itertools.pairwise(cuts)]


# ---------------------------------------------------------------------------
# HTML.


def _esc(text: str) -> str:
    return html.escape(_SURROGATES.sub("\ufffd", text), quote=True)


def _legend_key(css_class: str, name: str, colour: str, ink: str, title: str) -> str:
    return (
        f'<span class="hn-key {css_class}" title="{_esc(title)}" '
        f'style="background-color:{colour};color:{ink}">{_esc(name)}</span>'
    )


def _legend() -> str:
    labels = "".join(
        _legend_key(f"hn-l-{label.value}", label.value, LABEL_COLOURS[label], _ink(label), f"label: {label.value}")
        for label in Label
    )
    kinds = "".join(
        _legend_key(f"hn-k-{kind.value}", kind.value, KIND_COLOURS[kind], BOILERPLATE_INK, f"boilerplate: {kind.value}")
        for kind in Kind
    )
    mark = (
        f'<span class="hn-key hn-dateline" title="the dateline that opens the story" '
        f'style="background-color:{LABEL_COLOURS[Label.DATELINE]};color:{INK};'
        f'text-decoration:underline 2px {DATELINE_MARK};outline:2px solid {DATELINE_MARK}">'
        f"dateline in the lede</span>"
    )
    return (
        '<div class="hn-legend" lang="en" aria-label="legend">'
        f'<div class="hn-legend-row"><span class="hn-legend-title">labels</span>{labels}</div>'
        f'<div class="hn-legend-row"><span class="hn-legend-title">boilerplate kinds</span>{kinds}</div>'
        f'<div class="hn-legend-row"><span class="hn-legend-title">marks</span>{mark}</div>'
        "</div>"
    )


def _block_span(article: Article, block: Block | None, start: int, end: int, mark: tuple[int, int] | None) -> str:
    if block is None:
        return f'<span class="hn-b hn-gap" data-start="{start}" data-end="{end}">{_esc(article.text[start:end])}</span>'
    label = block.label.value
    attrs = [f'class="hn-b hn-l-{label}"', f'data-label="{label}"']
    title = label
    if block.label is Label.BOILERPLATE and block.kind is not None:
        attrs.append(f'data-kind="{block.kind.value}"')
        title = f"boilerplate: {block.kind.value}"
    attrs += [
        f'data-start="{block.start}"',
        f'data-end="{block.end}"',
        f'title="{_esc(title)} [{block.start}:{block.end}]"',
        f'style="background-color:{block_colour(block)};color:{_ink(block.label)}"',
    ]
    inner = []
    for a, b, is_dateline in _split(start, end, mark):
        piece = _esc(article.text[a:b])
        if is_dateline:
            inner.append(_dateline_mark(article, piece))
        else:
            inner.append(piece)
    return f"<span {' '.join(attrs)}>{''.join(inner)}</span>"


def _dateline_mark(article: Article, piece: str) -> str:
    dateline = article.dateline
    assert dateline is not None
    parts = [
        f"{name}={value}"
        for name, value in (("place", dateline.place), ("date", dateline.date), ("agency", dateline.agency))
        if value
    ]
    title = "dateline" + (": " + ", ".join(parts) if parts else "")
    return (
        f'<span class="hn-dateline" title="{_esc(title)}" '
        f'style="background-color:{LABEL_COLOURS[Label.DATELINE]};'
        f'text-decoration:underline 2px {DATELINE_MARK};outline:2px solid {DATELINE_MARK}">{piece}</span>'
    )


# Layout only; every colour is an inline style, so a notebook that strips
# <style> still shows the colours.  Kind tags are ::before content: not text.
_CSS = f"""
.hn-view {{ box-sizing: border-box; max-width: 100%; margin: 0; padding: 0.75rem 1rem;
  background: #ffffff; color: {INK}; border: 1px solid #d8d8d8; border-radius: 6px;
  font-family: {FONT_STACK}; font-size: 16px; line-height: 1.9; }}
.hn-view * {{ box-sizing: border-box; }}
.hn-legend {{ margin: 0 0 0.75rem; padding: 0 0 0.5rem; border-bottom: 1px solid #e2e2e2;
  font-size: 12px; line-height: 1.6; }}
.hn-legend-row {{ display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px; margin: 2px 0; }}
.hn-legend-title {{ color: #666; font-weight: 600; min-width: 9.5em; }}
.hn-key {{ display: inline-block; padding: 0 6px; border-radius: 3px; white-space: nowrap; }}
.hn-text {{ white-space: pre-wrap; overflow-wrap: anywhere; word-break: normal; margin: 0; }}
.hn-b {{ border-radius: 2px; }}
.hn-l-headline {{ font-weight: 700; }}
.hn-l-subhead {{ font-weight: 600; }}
.hn-b[data-kind]::before {{ content: attr(data-kind); font-size: 10px; line-height: 1; vertical-align: 0.35em;
  margin: 0 4px 0 0; padding: 1px 4px; border-radius: 3px; background: #6b6b6b; color: #ffffff;
  font-family: system-ui, sans-serif; }}
.hn-dateline {{ border-radius: 2px; outline-offset: 0; }}
.hn-empty {{ color: #777; font-style: italic; }}
"""


def _fragment(article: Article) -> str:
    mark = _dateline_span(article)
    spans = "".join(_block_span(article, block, start, end, mark) for block, start, end in _pieces(article))
    empty = '<div class="hn-empty" lang="en">(empty article: no text)</div>' if not article.text else ""
    return (
        f'<div class="hn-view" lang="hi" style="font-family:{_esc(FONT_STACK)};'
        'max-width:100%;overflow-wrap:anywhere">'
        f"<style>{_CSS}</style>"
        f"{_legend()}{empty}"
        f'<div class="hn-text" style="white-space:pre-wrap;overflow-wrap:anywhere">{spans}</div>'
        "</div>"
    )


def article_html(article: Article, standalone: bool = False) -> str:
    """The article's text as HTML, each block coloured by its label.

    Boilerplate is coloured by its kind and tagged with it; the dateline is
    underlined and outlined inside the lede; a legend above the text shows
    every label and kind with its colour.  White space and line breaks are
    kept (``white-space: pre-wrap``) and long lines wrap.

    With ``standalone=False`` (the default) the result is a ``<div>`` to embed
    in a page or a notebook; with ``standalone=True`` a whole UTF-8 HTML page.
    Works for any Article: empty, all boilerplate, or hand-made.
    """
    fragment = _fragment(article)
    if not standalone:
        return fragment
    headline = article.headline
    title = headline.text.strip() if headline is not None and headline.text.strip() else "hindinews article"
    return (
        '<!DOCTYPE html>\n<html lang="hi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(title)}</title>\n"
        "<style>html, body { margin: 0; padding: 0; background: #f7f7f7; } "
        "body { padding: 16px; }</style>\n"
        f"</head>\n<body>\n{fragment}\n</body>\n</html>\n"
    )


# ---------------------------------------------------------------------------
# Terminal.


def _style(background: str, ink: str, extra: str = "") -> str:
    return f"{extra} {ink} on {background}".strip()


def _terminal_legend() -> Text:
    from rich.text import Text

    legend = Text()
    legend.append("labels: ", style="bold")
    for label in Label:
        legend.append(f" {label.value} ", style=_style(LABEL_COLOURS[label], _ink(label)))
        legend.append(" ")
    legend.append("\nboilerplate kinds: ", style="bold")
    for kind in Kind:
        legend.append(f" {kind.value} ", style=_style(KIND_COLOURS[kind], BOILERPLATE_INK))
        legend.append(" ")
    legend.append("\nmarks: ", style="bold")
    legend.append(" dateline in the lede ", style=_style(LABEL_COLOURS[Label.DATELINE], INK, "bold underline"))
    return legend


def terminal_text(article: Article) -> Text:
    """The article as a ``rich`` :class:`~rich.text.Text`: the text with a
    style per block, boilerplate preceded by a dim ``[kind]`` tag."""
    from rich.text import Text

    out = Text()
    mark = _dateline_span(article)
    for block, start, end in _pieces(article):
        if block is None or block.label is Label.BLANK:
            out.append(article.text[start:end])
            continue
        style = _style(block_colour(block), _ink(block.label))
        if block.label is Label.BOILERPLATE:
            out.append(f"[{block.kind.value if block.kind is not None else 'boilerplate'}]", style="dim italic")
            out.append(" ")
        for a, b, is_dateline in _split(start, end, mark):
            piece = article.text[a:b]
            if is_dateline:
                out.append(piece, style=_style(LABEL_COLOURS[Label.DATELINE], INK, "bold underline"))
            else:
                out.append(piece, style=style)
    return out


def render_terminal(article: Article, console: Console | None = None) -> None:
    """Print the coloured view of ``article`` to ``console`` (a new
    ``rich.console.Console`` on stdout if None): the legend, then the text.

    Needs ``rich`` (``pip install 'hindinews[view]'``).  Where the output
    cannot show colour (a pipe, ``NO_COLOR``) rich prints plain text; the
    ``[kind]`` tags still mark the boilerplate.
    """
    try:
        from rich.console import Console
        from rich.rule import Rule
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError("the terminal view needs rich: pip install 'hindinews[view]'") from error
    if console is None:
        console = Console()
    console.print(_terminal_legend(), highlight=False)
    console.print(Rule(style="dim"))
    if not article.text:
        console.print("(empty article: no text)", style="dim italic", highlight=False)
        return
    # soft_wrap: the terminal wraps long lines itself.  Terminals disagree
    # with rich (and with each other) on the width of Devanagari vowel signs,
    # so rich's own word wrapping would break lines twice.
    console.print(terminal_text(article), highlight=False, soft_wrap=True)
