"""Recipe: teach hindinews a new publisher's widget phrase.

The phrases the rules look for are plain data in :mod:`hindinews.lexicon`,
keyed by boilerplate kind.  The rules fold them into lookup tables when
hindinews is imported, so a phrase added afterwards counts once
:func:`hindinews.reload_lexicon` has rebuilt them (in every process that
parses)::

    python examples/recipe_lexicon.py
"""

from __future__ import annotations

import sys

import hindinews
from hindinews import lexicon

# A sign-off that a (made-up) publisher puts under every story.  It reads like
# a sentence, so out of the box it is taken for the story's last paragraph.
PROMO = "ताजा खबरों के लिए हमारे साथ जुड़े रहें।"

TEXT = f"""भारी बारिश से शहर के कई इलाकों में पानी भरा

लखनऊ: गुरुवार को हुई भारी बारिश से शहर के कई इलाकों में पानी भर गया। नगर निगम ने राहत के लिए टीमें भेजी हैं।

मौसम विभाग ने अगले दो दिनों तक बारिश जारी रहने का अनुमान जताया है और लोगों से सावधानी बरतने को कहा है।

{PROMO}
"""


def label_of(text: str, line: str) -> str:
    """The label (``boilerplate:kind`` for boilerplate) of the block holding ``line``."""
    article = hindinews.parse(text)
    start = text.index(line)
    block = next(b for b in article.blocks if b.start <= start < b.end)
    return f"{block.label.value}:{block.kind.value}" if block.kind else block.label.value


def add_widget_line(kind: str, phrase: str) -> None:
    """Add ``phrase`` as a widget line of boilerplate ``kind`` and rebuild
    the lookup tables."""
    lexicon.WIDGET_LINES[kind] = (*lexicon.WIDGET_LINES[kind], phrase)
    hindinews.reload_lexicon()


def main() -> int:
    before = label_of(TEXT, PROMO)
    add_widget_line("social", PROMO)
    after = label_of(TEXT, PROMO)
    print(f"{PROMO!r}: {before} -> {after}")
    print("story text now ends:", hindinews.parse(TEXT).story_text[-40:])
    return 0 if (before, after) == ("body", "boilerplate:social") else 1


if __name__ == "__main__":
    sys.exit(main())
