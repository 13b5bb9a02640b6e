"""A griffe extension for the API pages: the package's docstrings are
written for ``help()`` and doctest (reST style), the site renders Markdown.

* a doctest run (``>>>`` lines and the output under them, up to a blank
  line) that is not already indented as a literal block becomes a fenced
  ``pycon`` block, so its ``[...]`` output is not read as a Markdown link;
* a line-final ``::`` (reST's "a literal block follows") becomes ``:``;
* reST roles (``:func:`x```, ``:class:`~a.B```) become plain code spans.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:func|class|mod|meth|attr|data|exc|obj|const|term):`(~?)([^`<]+?)`")


def _role(match: re.Match[str]) -> str:
    target = match.group(2).strip()
    if match.group(1):
        target = target.rsplit(".", 1)[-1]
    return f"`{target}`"


def markdown_docstring(text: str) -> str:
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    fenced = False
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith("```"):
            fenced = not fenced
        if not fenced and line.startswith(">>>"):
            out.append("```pycon")
            while i < len(lines) and lines[i].strip():
                out.append(lines[i])
                i += 1
            out.append("```")
            continue
        if not fenced and not line.startswith("    "):
            line = _ROLE.sub(_role, line)
            if line.rstrip().endswith("::"):
                line = line.rstrip()[:-1]
        out.append(line)
        i += 1
    return "\n".join(out)


class RestDocstrings(griffe.Extension):
    def on_instance(self, *, node: Any, obj: griffe.Object, agent: Any, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdown_docstring(obj.docstring.value)
