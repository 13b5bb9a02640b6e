"""The ``hindinews`` command (also ``python -m hindinews``).

    hindinews parse FILE        # the article as JSON
    hindinews parse - --text    # stdin in, story text out
    hindinews parse FILE --show # the text coloured by label, in the terminal
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from hindinews.batch import add_batch_command
from hindinews.pipeline import parse


def _read(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    data = path.read_bytes()
    # A gold or example file in the labels.md format: parse its "text".
    if path.suffix == ".json":
        import json

        record = json.loads(data.decode("utf-8-sig"))
        if isinstance(record, dict) and isinstance(record.get("text"), str):
            return str(record["text"])
    from hindinews.encoding import decode_bytes

    return decode_bytes(data)


def _parse_command(args: argparse.Namespace) -> int:
    try:
        text = _read(args.file)
    except (OSError, ValueError) as error:
        print(f"hindinews: cannot read {args.file}: {error}", file=sys.stderr)
        return 2
    article = parse(text, repair=args.repair)
    if args.show:
        try:
            from hindinews.view import render_terminal

            render_terminal(article)
        except ImportError as error:
            print(f"hindinews: --show needs rich: pip install 'hindinews[view]' ({error})", file=sys.stderr)
            return 2
    elif args.text:
        sys.stdout.write(article.story_text + "\n")
    else:
        sys.stdout.write(article.to_json(indent=args.indent) + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hindinews", description="Parse raw Hindi news text.")
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("parse", help="parse one article and print it as JSON")
    one.add_argument("file", help="a text file, a gold/record .json with a 'text' field, or - for stdin")
    one.add_argument("--text", action="store_true", help="print only the clean story text")
    one.add_argument("--repair", action="store_true", help="repair mojibake (UTF-8 read as cp866/cp1252)")
    one.add_argument("--indent", type=int, default=2, help="JSON indent (default 2)")
    one.add_argument(
        "--show", action="store_true", help="print the text coloured by label (needs rich) instead of JSON"
    )
    one.set_defaults(handler=_parse_command)
    add_batch_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = args.handler
    result: int = handler(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
