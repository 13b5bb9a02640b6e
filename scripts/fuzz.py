"""Fuzz ``hindinews.parse`` with hypothesis for as long as you like.

    python scripts/fuzz.py --minutes 10 [--examples 500] [--seed N] [--save DIR]

Runs rounds of hypothesis over five targets until the time is up, each
round with a fresh seed (printed, so any round can be replayed with
``--seed``):

``any``
    arbitrary text from every plane: lone surrogates, controls, format
    characters, line separators, combining marks, Devanagari, astral.
``news``
    text built from Hindi news parts (prose, titles, datelines, widget
    markers, time stamps, glued furniture) joined by every line break.
``mojibake``
    news-like text with random lines damaged as UTF-8 read through cp866,
    cp1252, cp1251, koi8-r, mac_cyrillic or latin-1.
``fixtures``
    the dev articles of ``tests/fixtures`` with hostile snippets inserted at
    random places and random stretches deleted.
``scaling``
    a small generated text (often one to four characters, so that runs of
    one kind of character form) repeated to about 10 k and 100 k characters:
    parse plus ``to_dict`` must cost about the same per character at both
    sizes (hypothesis is steered towards the worst ratio with ``target``).

Every example must keep the invariants of ``tests/test_hostile.py``
(:func:`assert_sound`): no exception, blocks that tile the input in order,
lazy parts that compute, ``to_dict``/``from_dict`` and JSON round trips; and
also determinism (the same ``Article`` twice), ``repair=True`` sound with
every repair undoable and the repair idempotent, and ``parse(story_text)``
sound.  At the end, a sample of the inputs is parsed again in two child
processes with other ``PYTHONHASHSEED`` s: the JSON must be the same bytes.

A failure is shrunk by hypothesis, printed (input ``repr``, target, seed,
traceback) and, with ``--save DIR``, written there as JSON.  The exit status
is 1 if anything failed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from hypothesis import HealthCheck, Phase, given, settings, target  # noqa: E402
from hypothesis import seed as hypothesis_seed  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import test_hostile as hostile  # noqa: E402
from hindinews import Article, parse  # noqa: E402
from hindinews.encoding import repair_encoding  # noqa: E402

# ---------------------------------------------------------------- checks


def undo_repairs(article: Article) -> str:
    """The text as it was before ``repair=True`` (each repair's ``original`` put back)."""
    parts: list[str] = []
    position = 0
    for repair in article.repairs:
        assert position <= repair.start <= repair.end <= len(article.text)
        parts.append(article.text[position : repair.start])
        parts.append(repair.original)
        position = repair.end
    parts.append(article.text[position:])
    return "".join(parts)


def check_text(text: str) -> None:
    """Everything that must hold for any input."""
    article = hostile.parse_soundly(text)
    again = parse(text)
    assert again == article, "parse is not deterministic"
    assert again.to_dict() == article.to_dict(), "to_dict is not deterministic"

    repaired = parse(text, repair=True)
    hostile.assert_sound(repaired.text, repaired)
    assert undo_repairs(repaired) == text, "a repair cannot be undone"
    assert not repaired.repairs or repaired.text != text
    assert repair_encoding(repaired.text)[0] == repaired.text, "repair is not idempotent"

    story = article.story_text
    hostile.parse_soundly(story)


def fixture_texts() -> list[str]:
    return [text for _, text in hostile.fixture_texts()]


# ---------------------------------------------------------------- strategies

_CODECS = ["cp866", "cp1252", "cp1251", "koi8_r", "mac_cyrillic", "latin-1"]


def _damage(text: str, codec: str, chosen: int) -> str:
    """Read some lines (bit i of ``chosen``) as UTF-8 decoded with ``codec``."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        if chosen >> (i % 32) & 1:
            raw = line.encode("utf-8", "surrogatepass")
            line = "".join(bytes([b]).decode(codec, "replace") if b >= 0x80 else chr(b) for b in raw)
        out.append(line)
    return "\n".join(out)


MOJIBAKE = st.builds(_damage, hostile.NEWS_TEXT, st.sampled_from(_CODECS), st.integers(0, 2**32 - 1))

_SNIPPETS = st.one_of(
    st.text(alphabet=hostile.ANY_CHAR, max_size=20),
    st.sampled_from(
        [
            "\n", "\n\n", "\r\n", "\r", "\u2028", "\x85", "\x00", "\x0c", "\ufeff", "\u200d", "\u200f\u202e",
            "\ud800", "\udfff", "\u093c" * 40, "\u0301" * 40, "।" * 50, "." * 50, "ये भी पढ़ें: ", "Latest Videos\n",
            "Advertisement", "<p>", "&nbsp;", "&#2325;", "लखनऊ: ", "Updated: 09 Apr, 2018 11:26 AM\n", " " * 200,
            "\t" * 50, "😀" * 20, "क" * 500,
        ]
    ),
)


def _mutate(text: str, edits: list[tuple[float, float, str]]) -> str:
    for where, span, snippet in edits:
        at = int(where * len(text))
        cut = int(span * min(200, len(text) - at)) if span < 0.3 else 0  # delete sometimes
        text = text[:at] + snippet + text[at + cut :]
    return text


def fixtures_strategy() -> st.SearchStrategy[str]:
    edit = st.tuples(st.floats(0, 1), st.floats(0, 1), _SNIPPETS)
    return st.builds(_mutate, st.sampled_from(fixture_texts()), st.lists(edit, max_size=12))


# ---------------------------------------------------------------- scaling


def _cost_per_char(text: str) -> float:
    start = time.perf_counter()
    parse(text).to_dict()
    return (time.perf_counter() - start) / len(text)


SMALL, LARGE = 10_000, 100_000
MAX_RATIO = 3.0  # generous: the machine is shared and a 10 k text has fixed costs


def check_scaling(text: str) -> None:
    if not text.strip():
        return
    small = text * max(1, SMALL // len(text))
    large = text * max(1, LARGE // len(text))
    ratio = _cost_per_char(large) / max(_cost_per_char(small), 1e-9)
    target(ratio, label="cost per char, 100k / 10k")
    if ratio > MAX_RATIO:
        # Measure again before crying wolf: another process may have run.
        ratio = min(ratio, _cost_per_char(large) / max(_cost_per_char(small), 1e-9))
    assert ratio <= MAX_RATIO, f"super-linear: {ratio:.1f}x the cost per character at 10x the size"


# ---------------------------------------------------------------- driver

TARGETS: dict[str, tuple[Callable[[], st.SearchStrategy[str]], Callable[[str], None], float]] = {
    # name: (strategy, check, share of --examples per round)
    "any": (lambda: st.text(alphabet=hostile.ANY_CHAR, max_size=1000), check_text, 1.0),
    "news": (lambda: hostile.NEWS_TEXT, check_text, 1.0),
    "mojibake": (lambda: MOJIBAKE, check_text, 0.5),
    "fixtures": (fixtures_strategy, check_text, 0.2),
    # Short units repeated make the long runs of one kind of character
    # (marks, dots, breaks, spaces) where quadratic costs hide.
    "scaling": (lambda: st.one_of(st.text(alphabet=hostile.ANY_CHAR, min_size=1, max_size=4), hostile.NEWS_TEXT,
                                  st.text(alphabet=hostile.ANY_CHAR, max_size=200)), check_scaling, 0.03),
}


class Run:
    def __init__(self) -> None:
        self.examples = 0
        self.by_target: dict[str, int] = {}
        self.failures: list[dict[str, Any]] = []
        self.sample: list[str] = []


def run_round(run: Run, name: str, examples: int, seed: int) -> None:
    make, check, _ = TARGETS[name]
    failing: dict[str, str] = {}
    rng = random.Random(seed)

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate, Phase.target, Phase.shrink],
        report_multiple_bugs=False,
    )
    @hypothesis_seed(seed)
    @given(make())
    def prop(text: str) -> None:
        run.examples += 1
        run.by_target[name] = run.by_target.get(name, 0) + 1
        if name != "scaling" and len(run.sample) < 400 and rng.random() < 0.05:
            run.sample.append(text)
        try:
            check(text)
        except BaseException:
            failing["text"] = text  # the last one is the shrunk one
            raise

    try:
        prop()
    except Exception as exc:  # a finding
        finding = {
            "target": name,
            "seed": seed,
            "input": failing.get("text"),
            "error": f"{type(exc).__name__}: {exc}",
            "traceback": traceback.format_exc(),
        }
        run.failures.append(finding)
        print(f"\nFAILED target={name} seed={seed}\n  input: {finding['input']!r}\n{finding['traceback']}", flush=True)


def digests(texts: list[str]) -> list[str]:
    return [
        hashlib.sha256(json.dumps(parse(t).to_dict(), ensure_ascii=True, sort_keys=True).encode()).hexdigest()
        for t in texts
    ]


def check_hash_seeds(texts: list[str]) -> list[str]:
    """Parse ``texts`` in children with other hash seeds; return what differed."""
    problems: list[str] = []
    mine = digests(texts)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "texts.json"
        # As code points: JSON would join a high and a low surrogate into one character.
        path.write_text(json.dumps([[ord(c) for c in t] for t in texts]), encoding="ascii")
        for hash_seed in ("0", "12345"):
            env = {**os.environ, "PYTHONHASHSEED": hash_seed}
            done = subprocess.run(
                [sys.executable, __file__, "--digests", str(path)], env=env, capture_output=True, text=True, check=True
            )
            theirs = json.loads(done.stdout)
            for text, a, b in zip(texts, mine, theirs, strict=True):
                if a != b:
                    problems.append(f"PYTHONHASHSEED={hash_seed} gives another article for {text!r}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10.0, help="how long to fuzz (default 10)")
    parser.add_argument("--examples", type=int, default=500, help="examples per target per round (default 500)")
    parser.add_argument("--seed", type=int, default=None, help="seed of the first round (default: random)")
    parser.add_argument("--targets", nargs="+", choices=sorted(TARGETS), default=list(TARGETS))
    parser.add_argument("--save", type=Path, default=None, help="write each failure there as JSON")
    parser.add_argument("--digests", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.digests:
        texts = ["".join(map(chr, t)) for t in json.loads(args.digests.read_text(encoding="ascii"))]
        print(json.dumps(digests(texts)))
        return 0

    run = Run()
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    print(f"fuzzing for {args.minutes:g} min, {', '.join(args.targets)}; first seed {seed}", flush=True)
    started = time.monotonic()
    deadline = started + args.minutes * 60
    rounds = 0
    while time.monotonic() < deadline:
        for name in args.targets:
            if time.monotonic() >= deadline:
                break
            examples = max(1, int(args.examples * TARGETS[name][2]))
            run_round(run, name, examples, seed)
            seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**32
        rounds += 1
        elapsed = time.monotonic() - started
        print(f"round {rounds}: {run.examples} examples in {elapsed:.0f} s, {len(run.failures)} failures", flush=True)

    problems = check_hash_seeds(run.sample) if run.sample else []
    for problem in problems:
        print(problem)
        run.failures.append({"target": "hash-seed", "seed": None, "input": None, "error": problem, "traceback": ""})
    elapsed = time.monotonic() - started
    print(
        f"\n{run.examples} examples in {elapsed / 60:.1f} min ({rounds} rounds; "
        + ", ".join(f"{k} {v}" for k, v in run.by_target.items())
        + f"); {len(run.sample)} inputs re-parsed under two other hash seeds; {len(run.failures)} failures"
    )
    if args.save and run.failures:
        args.save.mkdir(parents=True, exist_ok=True)
        for i, finding in enumerate(run.failures):
            path = args.save / f"finding-{int(time.time())}-{i}.json"
            path.write_text(json.dumps(finding, ensure_ascii=True, indent=1), encoding="ascii")
    return 1 if run.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
