"""Reading a WARC file: newsclean's reader against warcio's, on the same file, same run.

    python bench/warc_read.py                  # the evaluation pages as a crawl, median of 5
    python bench/warc_read.py --copies 4 --repeat 7

The crawl is written here: for each evaluation page (``../shared/eval``, every set's
``.html.gz``), a request record, the response (plain, or gzip-encoded and chunked, every
other page), and an image response beside it; one gzip member per record, as crawlers write
them. Each reader goes through the whole file and hands over each HTML page's text:
newsclean's ``read_path`` (the documents ``newsclean clean`` cleans: records framed,
transfer and content encodings undone, bytes decoded), and warcio's ``ArchiveIterator``
(the reader a user would otherwise pick) with the same work done: each 2xx HTML response's
content read, decoded and decompressed, and decoded to text as UTF-8 or its declared charset.
newsclean's reader does more with each page: it detects the encoding of bytes that are
neither UTF-8 nor declared, and repairs mojibake (ftfy), which the pages that need it pay
for. Cleaning is not timed: it is the same after either reader, and takes ten times longer.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import statistics
import tempfile
from pathlib import Path

from eval_body import DEFAULT_EVAL
from turns import in_turns, speed_ratio

from newsclean.io import read_path


def record(kind: str, uri: str, content: bytes, content_type: str) -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2024-04-27T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:{abs(hash(uri))}>\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {len(content)}\r\n\r\n")
    return gzip.compress(head.encode() + content + b"\r\n\r\n", compresslevel=6)


def response(uri: str, headers: dict[str, str], body: bytes) -> bytes:
    head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    return record("response", uri, f"HTTP/1.1 200 OK\r\n{head}\r\n".encode() + body,
                  "application/http; msgtype=response")


def write_crawl(path: Path, pages: list[bytes], copies: int) -> int:
    """The crawl's file; the number of HTML pages in it."""
    count = 0
    with path.open("wb") as out:
        for copy in range(copies):
            for n, page in enumerate(pages):
                uri = f"https://example.com/{copy}/{n}"
                out.write(record("request", uri, f"GET /{n} HTTP/1.1\r\n\r\n".encode(),
                                 "application/http; msgtype=request"))
                if n % 2:
                    body = gzip.compress(page)
                    chunked = b"".join(f"{len(body[i:i + 8192]):x}\r\n".encode()
                                       + body[i:i + 8192] + b"\r\n"
                                       for i in range(0, len(body), 8192)) + b"0\r\n\r\n"
                    out.write(response(uri, {"Content-Type": "text/html; charset=utf-8",
                                             "Content-Encoding": "gzip",
                                             "Transfer-Encoding": "chunked"}, chunked))
                else:
                    out.write(response(uri, {"Content-Type": "text/html"}, page))
                out.write(response(f"{uri}.png", {"Content-Type": "image/png"},
                                   b"\x89PNG\r\n\x1a\n" + bytes(20000)))
                count += 1
    return count


def newsclean_pages(path: Path) -> int:
    return sum(1 for doc in read_path(path) if getattr(doc, "html", None))


def warcio_pages(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    with path.open("rb") as handle:
        for rec in ArchiveIterator(handle):
            if rec.rec_type != "response" or rec.http_headers is None:
                continue
            if not rec.http_headers.get_statuscode().startswith("2"):
                continue
            content_type = rec.http_headers.get_header("Content-Type", "")
            if not content_type.startswith("text/html"):
                continue
            data = rec.content_stream().read()  # chunks joined, gzip undone
            charset = content_type.partition("charset=")[2] or "utf-8"
            try:
                data.decode(charset)
            except (UnicodeDecodeError, LookupError):
                data.decode("utf-8", errors="replace")
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--copies", type=int, default=2, help="times the pages go into the crawl")
    ap.add_argument("--repeat", type=int, default=5, help="timed runs; the median is quoted")
    args = ap.parse_args(argv)
    pages = [gzip.decompress(p.read_bytes()) for p in sorted((args.eval / "data").glob("*/*.html.gz"))]
    has_warcio = importlib.util.find_spec("warcio") is not None
    with tempfile.TemporaryDirectory(prefix="newsclean-warc-") as work:
        path = Path(work) / "crawl.warc.gz"
        count = write_crawl(path, pages, args.copies)
        print(f"{count} pages, {count * 3} records, {path.stat().st_size >> 20} MB compressed")
        readers = {"newsclean": newsclean_pages}
        if has_warcio:
            readers["warcio"] = warcio_pages
        else:
            print("warcio is not installed (pip install warcio): newsclean alone")
        seconds, found = in_turns(readers, path, args.repeat)
        assert all(pages == count for pages in found.values()), (found, count)
        for name in readers:
            median = statistics.median(seconds[name])
            print(f"{name:10s} {median:6.2f} s  {count / median:7.1f} pages/s (median of {args.repeat})")
        if "warcio" in readers:
            print(f"speed ratio newsclean/warcio = {speed_ratio(seconds, 'warcio'):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
