"""Reading pages saved as MHTML: newsclean's reader against the standard library's email
parser, on the same files, same run.

    python bench/saved_pages.py                    # the evaluation pages, median of 5
    python bench/saved_pages.py --images 40 --repeat 3

Each evaluation page (``../shared/eval``, every set's ``.html.gz``) is written here as Chrome
saves a page whole: a MIME header, the page quoted-printable, then ``--images`` images of
100 KB in base64 and an ad's frame. Each reader goes through every file and hands over the
page's text: newsclean's ``read_path`` (the documents ``newsclean clean`` cleans: the page
part found, its transfer encoding undone, its bytes decoded), and what a user would
otherwise write: ``email.message_from_binary_file`` and the first ``text/html`` part's
decoded payload, read as UTF-8 or its declared charset. Both are timed (median of
``--repeat`` passes) and their peak memory traced (tracemalloc) on the largest file; and the
pages they give are compared. Cleaning is not timed: it is the same after either reader.
"""

from __future__ import annotations

import argparse
import base64
import email
import gzip
import random
import statistics
import tempfile
import tracemalloc
from collections.abc import Callable
from email.policy import compat32
from pathlib import Path

from eval_body import DEFAULT_EVAL
from turns import in_turns, speed_ratio

from newsclean.io import Document, read_path

BOUNDARY = "----MultipartBoundary--bench0000000000000000000000000----"
FRAME = b"<html><body><p>An advertisement in its own frame.</p></body></html>"


def qp(data: bytes, width: int = 76) -> bytes:
    """Quoted-printable as Chrome writes it: the page's line feeds as the lines' CRLF, any
    other byte but printable ASCII as ``=XX`` (its carriage returns too), and lines wrapped
    at ``width`` by a soft break (``=`` at the end)."""
    lines = []
    for line in data.split(b"\n"):
        out, length = [], 0
        for byte in line:
            code = chr(byte) if 32 <= byte < 127 and byte != 61 else f"={byte:02X}"
            if length + len(code) > width - 1:
                out.append("=\r\n")
                length = 0
            out.append(code)
            length += len(code)
        if out and out[-1] == " ":  # a space ending a line would be lost: encoded
            out[-1] = "=20"
        lines.append("".join(out))
    return "\r\n".join(lines).encode("ascii")


def saved(page: bytes, url: str, images: list[bytes]) -> bytes:
    """A page as Chrome saves it whole."""
    def part(head: str, body: bytes) -> bytes:
        return f"--{BOUNDARY}\r\n{head}\r\n\r\n".encode() + body + b"\r\n"

    out = [("From: <Saved by Blink>\r\nSnapshot-Content-Location: " + url + "\r\n"
            "Date: Sat, 5 Dec 2026 10:12:33 -0000\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n'
            f'\tboundary="{BOUNDARY}"\r\n\r\n\r\n').encode()]
    out.append(part("Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable"
                    f"\r\nContent-Location: {url}",
                    qp(page)))
    for n, image in enumerate(images):
        out.append(part(f"Content-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
                        f"Content-Location: https://cdn.example.com/{n}.jpg", image))
    out.append(part("Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                    "Content-Location: https://ads.example.net/frame", FRAME))
    out.append(f"--{BOUNDARY}--\r\n".encode())
    return b"".join(out)


def newsclean_page(path: Path) -> str | None:
    (found,) = read_path(path)
    return found.html if isinstance(found, Document) else None


def email_page(path: Path) -> str | None:
    with path.open("rb") as handle:
        message = email.message_from_binary_file(handle, policy=compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            data = part.get_payload(decode=True)
            if not isinstance(data, bytes):
                return None
            try:
                return data.decode(part.get_content_charset() or "utf-8")
            except (LookupError, UnicodeDecodeError):
                return data.decode("utf-8", "replace")
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--images", type=int, default=10, help="images of 100 KB in each file")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    rng = random.Random(0)
    image = b"\r\n".join(base64.encodebytes(rng.randbytes(100_000)).splitlines())
    pages = sorted((args.eval / "data").glob("*/*.html.gz"))
    with tempfile.TemporaryDirectory(prefix="newsclean-saved-") as work:
        files = []
        for n, page in enumerate(pages):
            path = Path(work) / f"{n}.mhtml"
            path.write_bytes(saved(gzip.decompress(page.read_bytes()),
                                   f"https://example.com/{n}", [image] * args.images))
            files.append(path)
        size = sum(p.stat().st_size for p in files)
        print(f"{len(files)} files, {size / 1e6:.0f} MB ({args.images} images of 100 KB each)")
        readers: dict[str, Callable[[Path], str | None]] = {
            "newsclean": newsclean_page, "email": email_page}
        seconds, found = in_turns(
            {name: lambda paths, read=read: [read(path) for path in paths]
             for name, read in readers.items()}, files, args.repeat)
        largest = max(files, key=lambda p: p.stat().st_size)
        peaks = {}
        for name, read in readers.items():
            tracemalloc.start()
            read(largest)
            peaks[name] = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        for name in readers:
            median = statistics.median(seconds[name])
            print(f"{name:10s} {len(files) / median:7.1f} files/s, {size / 1e6 / median:6.1f} MB/s"
                  f"  peak {peaks[name] / 1e6:6.1f} MB on a {largest.stat().st_size / 1e6:.1f} MB"
                  f" file  (median of {args.repeat})")
        ratio = speed_ratio(seconds, "email")
        print(f"ratio newsclean/email = {ratio:.2f} (files/s); peak memory email/newsclean = "
              f"{peaks['email'] / peaks['newsclean']:.1f}")
        same = sum(a is not None and a == b
                   for a, b in zip(found["newsclean"], found["email"], strict=True))
        # where they differ, newsclean's decoding read the bytes otherwise: mojibake
        # repaired, a legacy encoding detected where the page declares none
        print(f"the same page from both: {same} of {len(files)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
