"""Time on hostile or broken input, at two sizes: how the time grows tells linear from worse.

    python bench/pathological.py              # each case at n and 4n units
    python bench/pathological.py --n 20000

Each case is timed at ``n`` and ``4 n`` repetitions of its unit, and the ratio of the two times
is printed: near 4 is linear, near 16 quadratic. HTML cases are timed through
``newsclean.clean_html`` and, in the same run, through trafilatura's ``extract`` alone (the
peer a user would pick for a page), so that a cost of the page's own parsing shows in both.
Bytes that are not UTF-8 are timed through the encoding detection, and through
charset-normalizer's best guess.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from typing import Any

PARAGRAPH = ("The council voted on item {i} of the budget on Monday after a long debate about "
             "the schools and the roads in the city.")
TEASER = "Plague outbreak: China hit by highly contagious pneumonic plague"

TEXT_CASES: dict[str, Callable[[int], str]] = {
    "short lines": lambda n: "\n".join(f"Item {i}" for i in range(n)),
    "separators": lambda n: "Headline\n\n" + "\n".join(["-" * 10] * n) + "\n\n" + PARAGRAPH,
    "related boxes": lambda n: "Headline\n\n" + "".join(
        f"Related articles\n{TEASER} {i}\n{TEASER} x{i}\n\n{PARAGRAPH.format(i=i)}\n\n"
        f"{PARAGRAPH.format(i=-i)}\n\n" for i in range(n // 8)),
    "author boxes": lambda n: "Headline\n\n" + "\n\n".join(
        f"Über Anna Lenz{i}\n\n{PARAGRAPH.format(i=i)}" for i in range(n // 4)),
    "line of emoji": lambda n: "Headline\n\n" + "\U0001f642" * (4 * n) + "x\n\n" + PARAGRAPH,
    "list after the body": lambda n: "Headline\n\n" + PARAGRAPH.format(i=0) + "\n\n" + "\n".join(
        f"June {i % 28 + 1} – City {i}, FL @ Arena {i}" for i in range(n)),
    # a German paragraph crediting a thousand sources, each named once ("laut Quellex7")
    "sources named once": lambda n: "Überschrift\n\n" + " ".join(
        f"Die Preise sind laut Quellex{i} gestiegen, und die Stadt hat das bestätigt."
        for i in range(n // 4)),
}
# Bytes that are not UTF-8, through the legacy-encoding detection (``decoding.decode``) and,
# in the same run, charset-normalizer's ``from_bytes(...).best()``
BYTES_CASES: dict[str, Callable[[int], bytes]] = {
    "cp1251, no space": lambda n: ("Привет" * (50 * n)).encode("cp1251"),
    "high bytes": lambda n: bytes(range(0x80, 0x100)) * (n + n // 4),
    "ASCII, then one": lambda n: b"a" * (300 * n) + " caf\xe9".encode("latin-1"),
}
HTML_CASES: dict[str, Callable[[int], str]] = {
    "unclosed comments": lambda n: "<!--" * (n * 4),
    "unclosed CDATA": lambda n: "<![CDATA[" * (n * 4),
    "attribute flood": lambda n: "<p " + " ".join(f'a{i}="x"' for i in range(n)) + ">text</p>",
    "nested tags": lambda n: "<b><i><u>" * (n // 2),
}


def seconds(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="units of the smaller size")
    ap.add_argument("--repeat", type=int, default=1, help="timed runs; the median is quoted")
    args = ap.parse_args(argv)
    import charset_normalizer
    import trafilatura

    from newsclean import clean, clean_html
    from newsclean.decoding import decode

    clean("Warm up.\n\nThe first paragraph.")  # lazy tables loaded before any timing
    clean_html("<p>Warm up.</p>")
    runners: list[tuple[str, str, Callable[[Any], object], Callable[[int], Any]]] = [
        *(("text", name, clean, make) for name, make in TEXT_CASES.items()),
        *(("html", name, clean_html, make) for name, make in HTML_CASES.items()),
        *(("trafilatura", name, trafilatura.extract, make) for name, make in HTML_CASES.items()),
        *(("bytes", name, lambda data: decode(data, "page.txt"), make)
          for name, make in BYTES_CASES.items()),
        *(("charset-norm", name, lambda data: charset_normalizer.from_bytes(data).best(), make)
          for name, make in BYTES_CASES.items()),
    ]
    print(f"{'input':12s} {'case':20s} {'n':>9s} {'4n':>9s}  growth (4: linear, 16: quadratic)")
    for kind, name, run, make in runners:
        small, large = make(args.n), make(4 * args.n)
        first = seconds(lambda: run(small), args.repeat)  # noqa: B023 - run now, in the loop
        second = seconds(lambda: run(large), args.repeat)  # noqa: B023
        print(f"{kind:12s} {name:20s} {first:8.2f}s {second:8.2f}s  {second / max(first, 1e-3):5.1f}",
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
