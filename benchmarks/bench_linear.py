"""Is ``hindinews.parse`` linear on hostile input?  Seconds per megabyte by size.

For realistic text (the dev articles of ``tests/fixtures`` concatenated) and
for each pathological shape (one long line, many short lines, only
punctuation, repeated markers, one long video list, blank lines, control
characters, mixed scripts, combining marks, HTML remnants, lone surrogates),
the text is built at each size (1, 4 and 16 MB of UTF-8 by default) and
timed twice:

* ``parse``: ``hindinews.parse(text)``;
* ``to_dict``: ``article.to_dict()`` on the result, which computes every
  block's normalised text and sentences (the lazy parts).

Each measurement runs in a fresh process (so one shape's garbage and memory
do not tax the next), after a warm-up on 20 kB of the same shape (which
loads indic-nlp and pays every other first-call cost).  Time is the
process's CPU time (``time.process_time``): on a shared machine wall time
also counts the other processes.  The sizes are measured in ``--rounds``
rounds (default 3), interleaved, a smaller size several times a round (up
to 5, in proportion), and the best run counts: the least disturbed run is
the one that measures the code.

``real`` repeats the dev articles; as the parser reads each distinct line
once per page, more copies make it cheaper per MB.  ``real_distinct`` ends
every line of copy k with an invisible tag of k, so that every copy costs
what fresh articles cost.

    python benchmarks/bench_linear.py [--sizes 1 4 16] [--rounds 3] [--shapes real one_line ...]

The whole run takes about 45 minutes: a 16 MB run of the many-lines shapes
takes a minute or two and a few GB of memory (millions of line objects);
``--sizes 0.25 1 4 --rounds 1`` is a quick check.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
MB = 1_000_000


def _fixture_texts() -> list[str]:
    return [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(FIXTURES.glob("*.json"))]


def _nbytes(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def _repeat_to(unit: str, size: int) -> str:
    """``unit`` repeated and cut to about ``size`` UTF-8 bytes."""
    per_char = _nbytes(unit) / len(unit)
    chars = int(size / per_char)
    return (unit * (chars // len(unit) + 1))[:chars]


def _from_pieces(make: Callable[[int], str], size: int) -> str:
    """Concatenate ``make(0), make(1), ...`` until ``size`` bytes."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        piece = make(i)
        parts.append(piece)
        total += _nbytes(piece)
        i += 1
    return "".join(parts)


def _real(size: int) -> str:
    return _repeat_to("\n\n".join(_fixture_texts()) + "\n\n", size)


def _tag(number: int) -> str:
    """``number`` in binary as invisible characters (which ``fold`` drops)."""
    return "".join("\u200b" if bit == "0" else "\u2060" for bit in f"{number:b}")


def _real_distinct(size: int) -> str:
    # The parser reads each distinct line once per page (furniture repeats),
    # so the plain concatenation gets cheaper per MB the more copies it holds.
    # Here every line of copy k ends with an invisible tag of k: each copy
    # costs what fresh articles cost.
    corpus = "\n\n".join(_fixture_texts()) + "\n\n"
    return _from_pieces(
        lambda k: "\n".join(line + _tag(k) if line.strip() else line for line in corpus.split("\n")), size
    )


def _one_line(size: int) -> str:
    prose = " ".join(" ".join(_fixture_texts()).split())
    return _repeat_to(prose + " ", size)


def _short_lines(size: int) -> str:
    # 200,000 short lines are 2 MB; every line differs (a repeated line is
    # read once), which is the worst case.
    return _from_pieces(lambda i: f"खबर {i}\n", size)


def _punctuation(size: int) -> str:
    rng = random.Random(1)
    alphabet = "।॥.,:;!?-–—()[]{}|/\\\"'“”‘’…*#@%&+=<>~^_ \u00a0"
    return "".join(rng.choice(alphabet) for _ in range(size))


def _markers_lines(size: int) -> str:
    return _repeat_to("ये भी पढ़ें\n", size)


def _markers_one_line(size: int) -> str:
    return _repeat_to("बैठक में सभी नेता आए। ये भी पढ़ें: मुंबई में बारिश। ", size)


def _video_list(size: int) -> str:
    return "Latest Videos\n" + _from_pieces(lambda i: f"वीडियो: शहर में बारिश के बाद जलभराव, देखें हालात {i}\n", size)


def _blank_lines(size: int) -> str:
    return _repeat_to("\n \n\t\n\r\n\u00a0\n\u2028", size)


def _controls(size: int) -> str:
    controls = "".join(chr(c) for c in [*range(0, 32), *range(127, 160)])
    return _repeat_to(controls + "खबर बैठक\u200b\ufeff\u00ad ", size)


def _mixed_scripts(size: int) -> str:
    line = (
        "लखनऊ: बैठक हुई। خبریں اردو میں বাংলা সংবাদ ਪੰਜਾਬੀ ਖ਼ਬਰਾਂ Latin text 😀🇮🇳👍🏽 "
        "\u200f\u202eمرحبا\u202c\u200e हिंदी।\n"
    )
    return _repeat_to(line, size)


def _combining(size: int) -> str:
    return _repeat_to("\u093c\u0301\u200d\u200c", size)


def _html(size: int) -> str:
    return _repeat_to("<p>बैठक&nbsp;में &#2325;&#x915; नेता आए।</p><br/><div class=\"ad\">विज्ञापन</div>\n", size)


def _surrogates(size: int) -> str:
    return _repeat_to("खबर \ud800\udfff\udc80 बैठक।\ud83d ", size)


SHAPES: dict[str, Callable[[int], str]] = {
    "real": _real,
    "real_distinct": _real_distinct,
    "one_line": _one_line,
    "short_lines": _short_lines,
    "punctuation": _punctuation,
    "markers_lines": _markers_lines,
    "markers_one_line": _markers_one_line,
    "video_list": _video_list,
    "blank_lines": _blank_lines,
    "controls": _controls,
    "mixed_scripts": _mixed_scripts,
    "combining": _combining,
    "html": _html,
    "surrogates": _surrogates,
}


def measure(shape: str, megabytes: float, repeat: int) -> dict[str, float]:
    """Time one shape at one size in this process: the best of ``repeat`` runs."""
    import hindinews

    # Warm up on 20 kB of the same shape: loads indic-nlp and whatever else
    # a first call pays for once.
    hindinews.parse(SHAPES[shape](20_000)).to_dict()
    text = SHAPES[shape](int(megabytes * MB))
    size = _nbytes(text) / MB
    parsed, materialised, blocks = [], [], 0
    from hindinews.features import forget_line_features

    for _ in range(repeat):
        gc.collect()
        forget_line_features()  # each run reads the page cold, not from the run before
        start = time.process_time()
        article = hindinews.parse(text)
        parsed.append(time.process_time() - start)
        start = time.process_time()
        article.to_dict()
        materialised.append(time.process_time() - start)
        blocks = len(article.blocks)
        del article
    return {"mb": size, "parse": min(parsed) / size, "to_dict": min(materialised) / size, "blocks": blocks}


def _in_child(shape: str, megabytes: float, repeat: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--one", shape, str(megabytes), "--repeat", str(repeat)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


# Below this many seconds per MB a timing is mostly noise (a shape with a
# few blocks has almost nothing to materialise): no ratio is given.
_FLOOR = 0.01


def _ratio(values: list[float]) -> float | None:
    if max(values) < _FLOOR:
        return None
    return max(values) / max(min(values), 1e-9)


def _show(ratio: float | None) -> str:
    return f"{ratio:5.2f}" if ratio is not None else f"{'-':>5}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 4, 16], help="sizes in MB (default 1 4 16)")
    parser.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=list(SHAPES))
    parser.add_argument("--rounds", type=int, default=3, help="rounds over the sizes; the best run counts (default 3)")
    parser.add_argument("--repeat", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--one", nargs=2, metavar=("SHAPE", "MB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], float(args.one[1]), args.repeat)))
        return 0

    sizes = args.sizes
    heads = [f"{s:g} MB" for s in sizes]
    print(
        "CPU seconds per MB (UTF-8) of hindinews.parse and of Article.to_dict, best run of "
        f"{args.rounds} rounds; ratio = largest / smallest s/MB"
    )
    print()
    header = f"{'shape':<17} | " + " ".join(f"{h:>8}" for h in heads) + f" | {'ratio':>5} || "
    header += " ".join(f"{h:>8}" for h in heads) + f" | {'ratio':>5}"
    print(f"{'':<17} | {'parse s/MB':^{9 * len(sizes) - 1}} | {'':>5} || {'to_dict s/MB':^{9 * len(sizes) - 1}} |")
    print(header)
    print("-" * len(header))
    worst = 0.0
    for shape in args.shapes:
        # Rounds interleave the sizes, so that each size gets its best run
        # out of the same stretches of machine time; small sizes run more
        # often within a round, as they are over sooner.
        parse = [float("inf")] * len(sizes)
        full = [float("inf")] * len(sizes)
        for _ in range(args.rounds):
            for i, size in enumerate(sizes):
                runs = max(1, min(5, round(max(sizes) / size)))
                row = _in_child(shape, size, runs)
                parse[i] = min(parse[i], row["parse"])
                full[i] = min(full[i], row["to_dict"])
        ratios = [r for r in (_ratio(parse), _ratio(full)) if r is not None]
        worst = max([worst, *ratios])
        print(
            f"{shape:<17} | "
            + " ".join(f"{v:8.3f}" for v in parse)
            + f" | {_show(_ratio(parse))} || "
            + " ".join(f"{v:8.3f}" for v in full)
            + f" | {_show(_ratio(full))}",
            flush=True,
        )
    print()
    print(f"worst ratio: {worst:.2f} (target <= 1.5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
