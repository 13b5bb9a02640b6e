"""The typed results: frozen ``attrs`` classes with JSON round trips.

Everything here is plain data.  An :class:`Article` holds the input text and
its :class:`Block` s; every other part (headline, lede, sections, ...) is
derived from the blocks, so the blocks are the single source of truth::

    >>> b = Block(Label.HEADLINE, None, 0, 6, "शीर्षक")
    >>> Block.from_dict(b.to_dict()) == b
    True
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from datetime import datetime
from functools import cached_property
from typing import Any

import attrs

from hindinews.collector import LARGE_TEXT_CHARS, paused
from hindinews.labels import STORY_LABELS, Kind, Label
from hindinews.normalize import normalize
from hindinews.sentences import sentence_spans

_WITH_SENTENCES = frozenset({Label.BODY, Label.STANDFIRST})


@attrs.frozen
class Sentence:
    """One sentence of a block; ``start``/``end`` index the article text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Sentence:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))


@attrs.frozen
class Block:
    """A labelled stretch of the input.

    ``text`` is exactly ``article.text[start:end]``.  ``normalized`` is the
    same text after :func:`hindinews.normalize` (a separate string: spans
    never move) and ``sentences`` the sentences of body and standfirst
    blocks; both are computed on first use, so a job that needs only the
    labels does not pay for them.
    """

    label: Label = attrs.field(converter=Label)
    kind: Kind | None = attrs.field(converter=attrs.converters.optional(Kind))
    start: int
    end: int
    text: str

    @cached_property
    def normalized(self) -> str:
        return normalize(self.text) if self.label is not Label.BLANK else ""

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        if self.label not in _WITH_SENTENCES:
            return ()
        return tuple(
            Sentence(self.start + s, self.start + e, self.text[s:e]) for s, e in sentence_spans(self.text)
        )

    @property
    def is_story(self) -> bool:
        """True for the labels a reader reads as the story."""
        return self.label in STORY_LABELS

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label.value,
            "kind": self.kind.value if self.kind is not None else None,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "normalized": self.normalized,
            "sentences": [s.to_dict() for s in self.sentences],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Block:
        """Read back :meth:`to_dict`; ``normalized`` and ``sentences`` are derived, not read."""
        return cls(
            label=Label(data["label"]),
            kind=Kind(data["kind"]) if data.get("kind") else None,
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
        )


@attrs.frozen
class Dateline:
    """The dateline that opens the story (labels.md, "The dateline").

    ``text`` is the exact prefix as written, separator included
    (``"लखनऊ:"``); ``place``, ``date`` and ``agency`` are its parts as
    written, or None.  ``start``/``end`` index the article text.
    """

    text: str
    place: str | None
    date: str | None
    agency: str | None
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dateline:
        return cls(
            text=str(data["text"]),
            place=data.get("place"),
            date=data.get("date"),
            agency=data.get("agency"),
            start=int(data["start"]),
            end=int(data["end"]),
        )


@attrs.frozen
class Repair:
    """One stretch of mojibake that was repaired before parsing.

    ``start``/``end`` index the repaired text (``Article.text``);
    ``original`` is the text as it stood; ``encoding`` names the codec it
    had been wrongly decoded with (``"cp866"``, ``"cp1252"``, ...).
    """

    start: int
    end: int
    original: str
    encoding: str

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Repair:
        return cls(int(data["start"]), int(data["end"]), str(data["original"]), str(data["encoding"]))


@attrs.frozen
class Section:
    """A stretch of the body under one subhead (``heading`` None before the first)."""

    heading: Block | None
    paragraphs: tuple[Block, ...]

    @property
    def text(self) -> str:
        parts = [self.heading.text] if self.heading else []
        return "\n\n".join(parts + [p.text for p in self.paragraphs])


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _from_iso(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@attrs.frozen
class Article:
    """A parsed article: the input ``text`` and its labelled ``blocks``.

    The blocks tile the input: they are ordered, never overlap, and
    ``"".join(b.text for b in blocks) == text``.  Stretches of white space
    between parts are blocks labelled ``blank``, so every character belongs
    to exactly one block.  Use :attr:`parts` for the non-blank blocks.
    """

    text: str
    blocks: tuple[Block, ...]
    dateline: Dateline | None = None
    published: datetime | None = None
    updated: datetime | None = None
    repairs: tuple[Repair, ...] = ()

    # ------------------------------------------------------------ derived parts

    @cached_property
    def parts(self) -> tuple[Block, ...]:
        """Every non-blank block, in order."""
        return tuple(b for b in self.blocks if b.label is not Label.BLANK)

    def _with(self, label: Label) -> tuple[Block, ...]:
        return tuple(b for b in self.parts if b.label is label)

    @property
    def headline(self) -> Block | None:
        found = self._with(Label.HEADLINE)
        return found[0] if found else None

    @property
    def standfirst(self) -> tuple[Block, ...]:
        return self._with(Label.STANDFIRST)

    @property
    def body(self) -> tuple[Block, ...]:
        return self._with(Label.BODY)

    @property
    def lede(self) -> Block | None:
        """The first body block."""
        body = self.body
        return body[0] if body else None

    @property
    def subheads(self) -> tuple[Block, ...]:
        return self._with(Label.SUBHEAD)

    @property
    def bylines(self) -> tuple[Block, ...]:
        return self._with(Label.BYLINE)

    @property
    def meta(self) -> tuple[Block, ...]:
        return self._with(Label.META)

    @property
    def captions(self) -> tuple[Block, ...]:
        return self._with(Label.CAPTION)

    @property
    def embeds(self) -> tuple[Block, ...]:
        return self._with(Label.EMBED)

    @property
    def boilerplate(self) -> tuple[Block, ...]:
        return self._with(Label.BOILERPLATE)

    @cached_property
    def sections(self) -> tuple[Section, ...]:
        """The body split at each subhead (labels.md, "Derived parts")."""
        sections: list[Section] = []
        heading: Block | None = None
        paragraphs: list[Block] = []
        for block in self.parts:
            if block.label is Label.SUBHEAD:
                if heading is not None or paragraphs:
                    sections.append(Section(heading, tuple(paragraphs)))
                heading, paragraphs = block, []
            elif block.label is Label.BODY:
                paragraphs.append(block)
        if heading is not None or paragraphs:
            sections.append(Section(heading, tuple(paragraphs)))
        return tuple(sections)

    @cached_property
    def story_text(self) -> str:
        """Headline, standfirst, dateline, subheads and body, one part a paragraph."""
        return "\n\n".join(b.text for b in self.parts if b.is_story)

    def line_labels(self) -> list[str]:
        """One label per ``"\\n"``-separated line, in the gold format of labels.md
        (``"body"``, ``"boilerplate:video"``, ``"blank"``): the label of the block
        that holds the line's first visible character."""
        labels: list[str] = []
        position = 0
        parts = self.parts
        k = 0
        for line in self.text.split("\n"):
            stripped = len(line) - len(line.lstrip())
            first = position + stripped
            label = "blank"
            if line.strip():
                while k < len(parts) and parts[k].end <= first:
                    k += 1
                if k < len(parts) and parts[k].start <= first:
                    block = parts[k]
                    label = block.label.value
                    if block.label is Label.BOILERPLATE:
                        label += f":{block.kind.value if block.kind else 'other'}"
                else:
                    label = "unlabelled"
            labels.append(label)
            position += len(line) + 1
        return labels

    # ------------------------------------------------------------ serialisation

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; :meth:`from_dict` reads it back.

        Besides the fields it carries the derived ``headline`` and
        ``story_text`` for readers of the JSON; ``from_dict`` ignores them.
        """
        with paused(len(self.text) >= LARGE_TEXT_CHARS):
            return self._as_dict()

    def _as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "blocks": [b.to_dict() for b in self.blocks],
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "published": _iso(self.published),
            "updated": _iso(self.updated),
            "repairs": [r.to_dict() for r in self.repairs],
            "headline": self.headline.text if self.headline else None,
            "story_text": self.story_text,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        dateline = data.get("dateline")
        return cls(
            text=str(data["text"]),
            blocks=tuple(Block.from_dict(b) for b in data.get("blocks") or ()),
            dateline=Dateline.from_dict(dateline) if dateline else None,
            published=_from_iso(data.get("published")),
            updated=_from_iso(data.get("updated")),
            repairs=tuple(Repair.from_dict(r) for r in data.get("repairs") or ()),
        )

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict())`` with Devanagari kept readable."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_json(cls, text: str) -> Article:
        return cls.from_dict(json.loads(text))

    # ------------------------------------------------------------ views

    def _repr_html_(self) -> str:
        """The coloured HTML view; Jupyter shows it when an Article is displayed."""
        from hindinews.view import article_html

        return article_html(self)

    def to_html(self, path: str | os.PathLike[str] | None = None) -> str:
        """The coloured view as a whole HTML page (:func:`hindinews.view.article_html`).

        Returns the page; with ``path`` also writes it there as UTF-8.
        """
        from hindinews.view import article_html

        page = article_html(self, standalone=True)
        if path is not None:
            with open(path, "w", encoding="utf-8", newline="") as handle:
                handle.write(page)
        return page
