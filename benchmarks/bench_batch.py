"""Throughput and memory of ``hindinews batch``, as a user runs it.

Builds JSONL corpora from the dev texts (each record made unique by its
number), runs the real command in a subprocess for every corpus size and
``--jobs`` value, and prints records/s and peak memory:

* ``max RSS``: the largest single process (parent or a worker), from
  ``os.wait4`` of that run alone;
* ``tree RSS``: parent and workers together, sampled from ``/proc``;
* ``CPU s``: CPU time of the whole run, ``parent CPU s`` of the parent
  alone (reading, dispatching, writing): the parent must stay a small share
  or it caps the speed-up;
* ``other CPU s``: what the rest of the machine used meanwhile.  With a
  busy neighbour the wall-clock speed-up says little (Linux shares CPU per
  session, so the whole run gets one core of two); compare CPU seconds.

Targets: memory does not grow with the corpus (same figures at 20,000 and
100,000 records), and ``--jobs 2`` runs at least 1.6 times ``--jobs 1`` on
two cores.

    python benchmarks/bench_batch.py                       # 20k and 100k records, jobs 1 and 2
    python benchmarks/bench_batch.py --sizes 2000 --jobs 1 2   # a quick look
    python benchmarks/bench_batch.py --huge-mb 100 --sizes     # only the 100 MB single line
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DEV = Path("/work/shared/dev")
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def load_texts(folder: Path) -> list[str]:
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(folder.glob("*.json"))]
    if not texts:
        sys.exit(f"no *.json texts in {folder}")
    return texts


def write_corpus(path: Path, texts: list[str], records: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(records):
            text = texts[i % len(texts)] + f"\n\nरिकॉर्ड संख्या {i}"
            out.write(json.dumps({"id": i, "url": f"https://example.com/{i}", "text": text}, ensure_ascii=False))
            out.write("\n")


def write_huge_line(path: Path, texts: list[str], megabytes: int) -> None:
    """One JSONL record whose text is ``megabytes`` MB of real article lines."""
    block = "\n\n".join(texts)
    with path.open("w", encoding="utf-8") as out:
        out.write('{"id": "huge", "text": "')
        written = 0
        while written < megabytes << 20:
            piece = json.dumps(block, ensure_ascii=False)[1:-1] + "\\n\\n"
            out.write(piece)
            written += len(piece.encode("utf-8"))
        out.write('"}\n')


def tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/statm") as statm:
                rss[int(entry)] = int(statm.read().split()[1]) * PAGE
            parents[int(entry)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(child for child, parent in parents.items() if parent == pid)
    return total


def machine_busy_seconds() -> float:
    """CPU seconds all processes on the machine have used since boot, from /proc/stat."""
    with open("/proc/stat") as stat:
        user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, stat.readline().split()[1:9])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def own_cpu_seconds(pid: int) -> float | None:
    """User + system CPU of ``pid`` itself (not its children), from /proc."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def run(corpus: Path, out: Path, jobs: int, extra: list[str]) -> dict[str, float]:
    path = os.pathsep.join(p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH")) if p)
    env = {**os.environ, "PYTHONPATH": path}
    command = [sys.executable, "-m", "hindinews", "batch", str(corpus), "-o", str(out), "--jobs", str(jobs), "--quiet"]
    start = time.perf_counter()
    busy_before = machine_busy_seconds()
    process = subprocess.Popen(command + extra, env=env, stderr=subprocess.PIPE, text=True)
    peak_tree = 0
    parent_cpu = 0.0
    finished = threading.Event()

    def sample() -> None:
        nonlocal peak_tree, parent_cpu
        while not finished.wait(0.25):
            peak_tree = max(peak_tree, tree_rss(process.pid))
            parent_cpu = own_cpu_seconds(process.pid) or parent_cpu

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    assert process.stderr is not None
    err = process.stderr.read()
    # wait4, not getrusage(RUSAGE_CHILDREN): the peak of this run only, not
    # of every run so far.
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    busy = machine_busy_seconds() - busy_before
    finished.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({process.returncode}):\n{err}")
    summary = err.strip().splitlines()[-1]
    return {
        "records": float(summary.split()[0]),
        "seconds": seconds,
        "max_rss_mb": usage.ru_maxrss / 1024,  # KiB on Linux
        "tree_rss_mb": peak_tree / 2**20,
        "out_mb": out.stat().st_size / 2**20,
        # CPU of the whole run (parent and workers) and of the parent alone:
        # if the parent is busy most of the wall time, it is the bottleneck.
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "parent_cpu_s": parent_cpu,
        # What other processes used meanwhile: on a shared machine (and with
        # the kernel's per-session "autogroup" fair share) a busy neighbour
        # leaves this run one core, whatever --jobs says.
        "other_cpu_s": max(busy - (usage.ru_utime + usage.ru_stime), 0.0),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV, help="folder of dev *.json texts")
    parser.add_argument("--sizes", type=int, nargs="*", default=[20_000, 100_000], help="corpus sizes (records)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="--jobs values to compare")
    parser.add_argument("--format", choices=("article", "story"), default="article")
    parser.add_argument("--parquet", action="store_true", help="write Parquet instead of JSONL")
    parser.add_argument("--huge-mb", type=int, default=0, help="also run one record of this many MB on one line")
    parser.add_argument("--workdir", type=Path, default=None, help="where corpora go (default: a temp dir)")
    args = parser.parse_args()

    texts = load_texts(args.dev)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="hindinews-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    suffix = ".parquet" if args.parquet else ".jsonl"
    extra = ["--format", args.format]
    print(f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, {len(texts)} dev texts, work in {workdir}")
    print(f"{'records':>8} {'jobs':>4} {'seconds':>8} {'records/s':>10} {'max RSS MB':>10} {'tree RSS MB':>11} "
          f"{'output MB':>9} {'CPU s':>7} {'parent CPU s':>12} {'other CPU s':>11}")  # fmt: skip

    rates: dict[tuple[int, int], float] = {}
    for size in args.sizes:
        corpus = workdir / f"corpus-{size}.jsonl"
        if not corpus.exists():
            write_corpus(corpus, texts, size)
        for jobs in args.jobs:
            out = workdir / f"out-{size}-{jobs}{suffix}"
            result = run(corpus, out, jobs, extra)
            out.unlink()
            rate = result["records"] / result["seconds"]
            rates[size, jobs] = rate
            print(f"{int(result['records']):>8} {jobs:>4} {result['seconds']:>8.1f} {rate:>10.1f} "
                  f"{result['max_rss_mb']:>10.0f} {result['tree_rss_mb']:>11.0f} {result['out_mb']:>9.0f} "
                  f"{result['cpu_s']:>7.1f} {result['parent_cpu_s']:>12.1f} {result['other_cpu_s']:>11.1f}",
                  flush=True)  # fmt: skip
    if args.huge_mb:
        corpus = workdir / f"huge-{args.huge_mb}mb.jsonl"
        write_huge_line(corpus, texts, args.huge_mb)
        out = workdir / f"out-huge{suffix}"
        result = run(corpus, out, max(args.jobs), extra)
        out.unlink()
        print(f"{'1 line of':>8} {args.huge_mb} MB: {result['seconds']:.1f} s, max RSS {result['max_rss_mb']:.0f} MB, "
              f"tree RSS {result['tree_rss_mb']:.0f} MB, output {result['out_mb']:.0f} MB")  # fmt: skip

    for size in args.sizes:
        if (size, 1) in rates and (size, 2) in rates:
            print(f"speed-up --jobs 2 / --jobs 1 at {size} records: {rates[size, 2] / rates[size, 1]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
