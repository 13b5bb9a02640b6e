"""How fast is ``hindinews.parse``, against indic-nlp alone, in one run.

The reference is what any Hindi pipeline pays anyway: indic-nlp-library's
Hindi normaliser plus its sentence splitter over the same texts.  Both
``parse`` (labels, spans, dateline, times) and ``parse(...).to_dict()``
(which also computes every block's normalised text and sentences, done
lazily on first use) are timed.  The
figure that matters is the ratio (target: parse costs at most 3 times the
reference), because both are measured on the same machine in the same run,
taking turns within each round, in CPU time.

    python benchmarks/bench_parse.py [GOLD_DIR] [--rounds N] [--stages]

With ``--stages`` it also prints what each stage of ``parse`` costs,
against the same reference: splitting into lines, reading each line's
features, labelling in context, assembling the article.  That shows where
the time goes, and how far a speed-up of one stage alone can go.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT / "tests" / "fixtures"


def load_texts(folder: Path) -> list[str]:
    return [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(folder.glob("*.json"))]


def best_rates(works: list[Callable[[str], object]], texts: list[str], rounds: int) -> list[float]:
    """Articles per second of each of ``works``, best of ``rounds`` passes.

    The works take turns within each round, so that a change in the load of
    the machine falls on all of them alike, and each pass is timed in CPU
    time of this process (``time.process_time``), which other processes do
    not add to; the best pass is the least disturbed one.  Every pass starts
    with the memo of line features empty, so that no pass reads lines an
    earlier one left behind.
    """
    from hindinews.features import forget_line_features

    timings: list[list[float]] = [[] for _ in works]
    for _ in range(rounds):
        for work, times in zip(works, timings, strict=True):
            forget_line_features()
            start = time.process_time()
            for text in texts:
                work(text)
            times.append(time.process_time() - start)
    return [len(texts) / min(times) for times in timings]


def import_seconds() -> float:
    code = "import time; t = time.perf_counter(); import hindinews; print(time.perf_counter() - t)"
    runs = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
        for _ in range(5)
    ]
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--stages", action="store_true", help="also time each stage of parse")
    args = parser.parse_args()

    from indicnlp.normalize.indic_normalize import IndicNormalizerFactory
    from indicnlp.tokenize import sentence_tokenize

    import hindinews

    texts = load_texts(args.gold)
    normalizer = IndicNormalizerFactory().get_normalizer("hi")

    def reference(text: str) -> object:
        return sentence_tokenize.sentence_split(normalizer.normalize(text), lang="hi")

    from hindinews.features import forget_line_features

    def parse_alone(text: str) -> hindinews.Article:
        forget_line_features()  # as if no page of the site had been read before
        return hindinews.parse(text)

    hindinews.parse(texts[0])  # pay the lazy imports before timing
    reference(texts[0])
    # Normalised text and sentences are computed on first use; to_dict() asks
    # for every one of them, so the third is the cost of the whole article.
    # The fourth reads the texts one after another as a crawl job does, the
    # memo of line features kept from one page to the next.
    ref, ours, full, crawl = best_rates(
        [reference, parse_alone, lambda text: parse_alone(text).to_dict(), hindinews.parse], texts, args.rounds
    )
    chars = sum(map(len, texts))
    print(f"texts: {len(texts)} articles, {chars} characters, best of {args.rounds} rounds")
    print(f"indic-nlp normalise + split : {ref:10.1f} articles/s")
    print(f"hindinews.parse             : {ours:10.1f} articles/s  (each page as the first of its site)")
    print(f"hindinews.parse + to_dict() : {full:10.1f} articles/s  (normalised text and sentences too)")
    print(f"hindinews.parse, in a row   : {crawl:10.1f} articles/s  (a site's furniture remembered across pages)")
    print(f"parse cost / reference cost : {ref / ours:10.2f}x  (target <= 3)")
    print(f"full cost / reference cost  : {ref / full:10.2f}x")
    print(f"in a row / reference cost   : {ref / crawl:10.2f}x")
    print(f"import hindinews            : {import_seconds():10.3f} s  (target < 0.2)")
    if args.stages:
        print_stages(texts, reference, ref, args.rounds)
    return 0


def print_stages(texts: list[str], reference: Callable[[str], object], ref: float, rounds: int) -> None:
    """Each stage's cost as a multiple of the reference's, the stages fed
    with what the stage before them gave (computed once, outside the timing)."""
    from hindinews.article import build_article
    from hindinews.classify import classify_lines
    from hindinews.features import line_features
    from hindinews.lines import cut_glued_furniture, split_lines

    lines = {text: cut_glued_furniture(split_lines(text)) for text in texts}
    labels = {text: classify_lines(lines[text]) for text in texts}
    # classify_lines reads each distinct non-blank line of a page once.
    distinct = {text: list(dict.fromkeys(line.content for line in lines[text] if not line.is_blank)) for text in texts}

    def features_only(text: str) -> object:
        return [line_features(content) for content in distinct[text]]

    works: list[tuple[str, Callable[[str], object]]] = [
        ("reference", reference),
        ("split lines", lambda text: cut_glued_furniture(split_lines(text))),
        ("line features", features_only),
        ("classify (features included)", lambda text: classify_lines(lines[text])),
        ("assemble article", lambda text: build_article(text, labels[text])),
    ]
    rates = dict(zip([name for name, _ in works], best_rates([w for _, w in works], texts, rounds), strict=True))
    ref = rates.pop("reference")
    print("stage cost / reference cost (each stage alone):")
    for name, rate in rates.items():
        print(f"  {name:30s}: {ref / rate:6.2f}x")
    rest = ref / rates["classify (features included)"] - ref / rates["line features"]
    print(f"  {'classify without features':30s}: {rest:6.2f}x  (the difference of the two above)")


if __name__ == "__main__":
    sys.exit(main())
