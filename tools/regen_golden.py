"""Regenerate the expected records of the fixtures and show what changed, for review.

    python tools/regen_golden.py          # rewrite fixtures/expected/*.json, print the diff
    python tools/regen_golden.py --check  # only print the diff; exit 1 if anything differs

Read the diff line by line before committing it: the expected records are the hand-checked
truth the tests hold the cleaner to.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
EXPECTED = FIXTURES / "expected"


def expected_record(path: Path) -> dict:
    from newsclean import Cleaner

    text = path.read_text(encoding="utf-8")
    record = Cleaner().clean(text, id=path.stem, source=f"fixtures/{path.name}")
    return record.to_dict()


def render(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="show the diff, write nothing")
    args = ap.parse_args(argv)
    EXPECTED.mkdir(exist_ok=True)
    changed = 0
    for path in sorted(FIXTURES.glob("*.txt")):
        target = EXPECTED / f"{path.stem}.json"
        new = render(expected_record(path))
        old = target.read_text(encoding="utf-8") if target.exists() else ""
        if new == old:
            continue
        changed += 1
        sys.stdout.writelines(difflib.unified_diff(
            old.splitlines(keepends=True), new.splitlines(keepends=True),
            fromfile=f"{target.relative_to(ROOT)} (committed)", tofile=f"{target.name} (now)",
        ))
        if not args.check:
            target.write_text(new, encoding="utf-8")
    print(f"{changed} expected record(s) {'differ' if args.check else 'rewritten'}", file=sys.stderr)
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
