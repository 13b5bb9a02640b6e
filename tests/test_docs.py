"""The docs site, the notebook and the recipe scripts: they build, run and
say what the code does."""

from __future__ import annotations

import ast
import doctest
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hindinews import Kind, Label
from hindinews.view import KIND_COLOURS, LABEL_COLOURS

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DOCS = ROOT / "docs"
FIXTURES = ROOT / "tests" / "fixtures"


def run_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    env.setdefault("HF_DATASETS_OFFLINE", "1")
    env.setdefault("HF_HUB_OFFLINE", "1")
    return env


def run_recipe(name: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        capture_output=True,
        text=True,
        env=run_env(),
        timeout=timeout,
        cwd=ROOT,
        check=False,
    )


# ---------------------------------------------------------------- notebook


def test_notebook_runs_and_shows_the_html_view(monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    for key, value in run_env().items():
        monkeypatch.setenv(key, value)  # the kernel inherits them
    notebook = nbformat.read(EXAMPLES / "notebook.ipynb", as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(EXAMPLES)}}
    )
    client.execute()  # raises CellExecutionError if a cell fails
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    views = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert len(views) >= 3
    for view in views:
        assert 'class="hn-view"' in view and 'lang="hi"' in view and 'class="hn-legend"' in view
    assert any('data-label="headline"' in v and 'class="hn-dateline"' in v for v in views)
    assert any('data-kind="navigation"' in v or 'data-kind="share"' in v for v in views)


# ---------------------------------------------------------------- recipes


def recipe_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_only_the_spark_recipe_imports_pyspark() -> None:
    recipes = sorted(EXAMPLES.glob("recipe_*.py"))
    assert {p.name for p in recipes} >= {
        "recipe_jsonl.py",
        "recipe_pandas.py",
        "recipe_datasets.py",
        "recipe_lexicon.py",
        "recipe_spark.py",
    }
    for path in recipes:
        if path.name != "recipe_spark.py":
            assert "pyspark" not in recipe_imports(path), path.name


def test_recipe_jsonl_cleans_a_corpus(tmp_path: Path) -> None:
    raw = tmp_path / "raw.jsonl"
    clean = tmp_path / "clean.jsonl"
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("seed-*.json"))]
    golds += [json.loads((FIXTURES / "zeenews-0001.json").read_text(encoding="utf-8"))]
    raw.write_text(
        "".join(json.dumps({"id": g["id"], "url": "u", "text": g["text"]}, ensure_ascii=False) + "\n" for g in golds),
        encoding="utf-8",
    )
    done = run_recipe("recipe_jsonl.py", str(raw), str(clean))
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in clean.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [g["id"] for g in golds]
    for row in rows:
        assert "text" not in row and row["url"] == "u" and row["story_text"]
    assert rows[0]["dateline"]["place"] == "लखनऊ"
    assert "Latest Videos" not in rows[0]["story_text"]
    demo = run_recipe("recipe_jsonl.py")
    assert demo.returncode == 0 and "cleaned 21 dev articles" in demo.stdout, demo.stderr


def test_recipe_pandas_runs() -> None:
    pytest.importorskip("pandas")
    done = run_recipe("recipe_pandas.py")
    assert done.returncode == 0, done.stderr
    assert "characters per label" in done.stdout and "boilerplate kinds" in done.stdout
    assert re.search(r"^body\s+\d+", done.stdout, re.M)


def test_recipe_datasets_runs() -> None:
    pytest.importorskip("datasets", reason="Hugging Face datasets is not installed")
    done = run_recipe("recipe_datasets.py")
    assert done.returncode == 0, done.stderr
    assert "story_text" in done.stdout and "21 of 21 rows have story text" in done.stdout


def test_recipe_lexicon_changes_the_label() -> None:
    done = run_recipe("recipe_lexicon.py")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "body -> boilerplate:social" in done.stdout


# ---------------------------------------------------------------- docs pages


def test_labels_page_shows_the_view_colours() -> None:
    page = (DOCS / "labels.md").read_text(encoding="utf-8")
    for label, colour in LABEL_COLOURS.items():
        assert re.search(rf"background(-color)?:\s*{colour}\b[^|]*\|\s*`{label.value}`", page), label
    for kind, colour in KIND_COLOURS.items():
        assert re.search(rf"background(-color)?:\s*{colour}\b[^|]*\|\s*`{kind.value}`", page), kind
    assert {f"`{k.value}`" for k in Kind} | {f"`{lb.value}`" for lb in Label} <= set(re.findall(r"`[a-z]+`", page))


def test_api_reference_covers_the_public_modules() -> None:
    api = "".join(p.read_text(encoding="utf-8") for p in sorted((DOCS / "api").glob("*.md")))
    for module in (
        "hindinews",
        "hindinews.model",
        "hindinews.labels",
        "hindinews.lexicon",
        "hindinews.pipeline",
        "hindinews.dateline",
        "hindinews.normalize",
        "hindinews.sentences",
        "hindinews.times",
        "hindinews.encoding",
        "hindinews.view",
        "hindinews.batch",
        "hindinews.spark",
    ):
        assert re.search(rf"^::: {re.escape(module)}$", api, re.M), module


PYCON = re.compile(r"^```pycon\n(.*?)^```", re.S | re.M)


@pytest.mark.parametrize("page", ["getting-started.md", "view.md"])
def test_the_examples_in_the_docs_run_as_shown(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (DOCS / page).read_text(encoding="utf-8")
    blocks = PYCON.findall(text)
    assert blocks, page
    monkeypatch.chdir(ROOT)  # the examples read files relative to the repository
    test = doctest.DocTestParser().get_doctest("\n".join(blocks), {}, page, str(DOCS / page), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    reports: list[str] = []
    result = runner.run(test, out=reports.append)
    assert result.attempted >= 4 and result.failed == 0, "".join(reports)


def test_mkdocs_build_strict(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs")
    pytest.importorskip("mkdocstrings")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        capture_output=True,
        text=True,
        env=run_env(),
        cwd=ROOT,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "hindinews" in index
    reference = (tmp_path / "site" / "api" / "view" / "index.html").read_text(encoding="utf-8")
    assert "article_html" in reference and "render_terminal" in reference
