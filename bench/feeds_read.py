"""Reading a news feed: newsclean's reader against feedparser's, on the same file, same run.

    python bench/feeds_read.py                  # the evaluation dumps as one RSS feed, median of 5
    python bench/feeds_read.py --copies 4 --repeat 3

The feed is written here: each text dump of the evaluation corpus (``../shared/eval``, sets
``aeb`` and ``trafi``) is an item, its first line the title, its lines the paragraphs of its
``content:encoded`` (as WordPress writes it, in CDATA), with a link, a date, an author and
a teaser ``description``; every tenth item holds an ``&nbsp;`` outside CDATA, as many
feeds do though XML has no such entity. Each reader goes through the whole feed and hands
over each item's content: newsclean's ``read_path`` (the documents ``newsclean clean``
cleans: the item's page made, its title, date and authors in the page's head), and
feedparser's ``parse`` (the reader a user would otherwise pick), each entry's
``content[0].value``. Both are timed (median of ``--repeat``), their peak memory measured
(each in a fresh process, its peak RSS: lxml's memory is not Python's, which tracemalloc
would miss), and the items they find counted. Cleaning is not timed: it is the same after
either reader, and takes far longer.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from eval_body import DEFAULT_EVAL, dev_ids
from turns import in_turns, speed_ratio

from newsclean.io import Document, read_path


def write_feed(path: Path, dumps: list[str], copies: int) -> int:
    """The feed's file; the number of items in it."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                  'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
                  'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
                  "<title>The Bench Example</title><link>https://example.com/</link>\n")
        for copy in range(copies):
            for dump in dumps:
                lines = [line.strip() for line in dump.splitlines() if line.strip()]
                if not lines:
                    continue
                count += 1
                title = html.escape(lines[0])
                if count % 10 == 0:
                    title += "&nbsp;"
                body = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines[1:])
                out.write(
                    f"<item><title>{title}</title><link>https://example.com/{copy}/{count}</link>"
                    f"<dc:creator>Jane Smith</dc:creator>"
                    f"<pubDate>Thu, 03 Dec 2026 18:30:00 +0000</pubDate>"
                    f"<description>{html.escape(lines[-1][:200])}</description>"
                    f"<content:encoded><![CDATA[{body.replace(']]>', ']]&gt;')}]]>"
                    f"</content:encoded></item>\n")
        out.write("</channel>\n</rss>\n")
    return count


def newsclean_items(path: Path) -> int:
    return sum(1 for doc in read_path(path) if isinstance(doc, Document) and doc.html)


def feedparser_items(path: Path) -> int:
    import feedparser

    parsed = feedparser.parse(str(path))
    return sum(1 for entry in parsed.entries
               if entry.get("content") and entry.content[0].get("value"))


_PEAK = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import feeds_read
import {module}

def status(field):
    with open("/proc/self/status") as handle:
        return next(int(row.split()[1]) for row in handle if row.startswith(field))

with open("/proc/self/clear_refs", "w") as handle:  # the peak so far (and the parent's) reset
    handle.write("5")
before = status("VmRSS:")
feeds_read.{name}_items(Path(sys.argv[2]))
print(status("VmHWM:") - before)
"""


def peak_rss(name: str, path: Path) -> float:
    """How far, in bytes, reading the feed with ``name``'s reader raises the RSS of a fresh
    process that has loaded the reader's modules, at its peak (Linux: ``/proc``)."""
    module = "feedparser" if name == "feedparser" else "newsclean.feeds, lxml.etree"
    done = subprocess.run(
        [sys.executable, "-c", _PEAK.format(module=module, name=name),
         str(Path(__file__).parent), str(path)], capture_output=True, text=True, check=True)
    return int(done.stdout.split()[-1]) * 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--copies", type=int, default=2, help="times the dumps go into the feed")
    ap.add_argument("--repeat", type=int, default=5, help="timed runs; the median is quoted")
    args = ap.parse_args(argv)
    dumps = [(args.eval / "data" / s / f"{i}.txt").read_text("utf-8")
             for s in ("aeb", "trafi") for i in dev_ids(args.eval, s, "dev")]
    with tempfile.TemporaryDirectory(prefix="newsclean-feed-") as work:
        path = Path(work) / "news.rss"
        count = write_feed(path, dumps, args.copies)
        print(f"{count} items, {path.stat().st_size / 1e6:.1f} MB")
        readers: dict[str, Callable[[Path], int]] = {"newsclean": newsclean_items}
        if importlib.util.find_spec("feedparser") is not None:
            readers["feedparser"] = feedparser_items
        else:
            print("feedparser is not installed (pip install feedparser): newsclean alone")
        seconds, found = in_turns(readers, path, args.repeat)
        peaks = {name: peak_rss(name, path) for name in readers}
        for name in readers:
            median = statistics.median(seconds[name])
            print(f"{name:10s} {median:6.2f} s  {found[name] / median:8.1f} items/s  "
                  f"peak RSS +{peaks[name] / 1e6:6.1f} MB  {found[name]} of {count} items "
                  f"(median of {args.repeat})")
        if "feedparser" in readers:
            print(f"speed ratio newsclean/feedparser = {speed_ratio(seconds, 'feedparser'):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
