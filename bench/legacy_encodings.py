"""Legacy encodings: newsclean's decoding against charset-normalizer alone, same bytes, same run.

    python bench/legacy_encodings.py                   # the aeb and trafi dumps (the tuning part)
    python bench/legacy_encodings.py --sets htmldate   # the htmldate pages not in those (held out)
    python bench/legacy_encodings.py --show            # also each dump read wrong, and how
    python bench/legacy_encodings.py --unit line       # each line of 60 characters or more

Each text dump of the evaluation corpus is written in each legacy encoding that can hold it
and read back from its bytes alone, as a scrape saved in that encoding would be. A dump is
read right when the text read is the text written, character for character. A page in an
encoding that lacks typographic marks (KOI8-R and cp866 have no curly quotes, no guillemets,
no long dash) would have printed them plainly: they are written as ASCII (``"``, ``'``,
``-``, ``...``) before the text is encoded; a text the encoding still cannot hold, or that is
all ASCII (every reading of it is right), is left out.

Short texts are where detection errs: ``--unit line`` reads each line of a dump that has
``LINE_MIN`` characters or more on its own, as a scraper's record of a teaser or a heading.

The peer is what a user without newsclean would write: charset-normalizer's best guess,
``from_bytes(data).best()``, over all the encodings it knows. newsclean restricts detection
to the region's legacy encodings (``decoding.LEGACY_ENCODINGS``) and checks the readings it
is offered (see ``decoding.decode``). Dumps read as UTF-8 never reach detection, so the bench
starts where it does: at bytes that are not UTF-8.

Then mojibake: each dump's UTF-8 read as cp1252, Latin-1 or cp1251 and saved as UTF-8, as a
scraper that guessed the encoding wrong leaves it, is given to newsclean's decoding, which
repairs it with ftfy where it shows the marks, and to ftfy's ``fix_encoding`` alone; a dump
is repaired when the text comes back as written. The dumps as written are given too: a
repair there is a change to good text.

Last, declared charsets: each encoded dump with its true encoding declared (as a page's meta
or a server's header), which newsclean should believe; the cp1251 and KOI8-R ones with
the other declared (a server that recoded the page and kept the old declaration); and each
with ISO-8859-1 declared (a server's default for every page, Apache's for years). newsclean
overrules a declaration where its reading carries marks no writer makes.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from eval_body import DEFAULT_EVAL, dev_ids

ENCODINGS = ("cp1251", "koi8_r", "cp866", "iso8859_5", "cp1252", "cp1250", "cp1254", "cp1257")
# What a page in an encoding without them printed for the typographic marks.
PLAIN = str.maketrans({
    "\u00ab": '"', "\u00bb": '"', "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'",
    "\u2019": "'", "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u00a0": " ", "\u2116": "No.",
})


LINE_MIN = 60


def dumps(eval_dir: Path, sets: list[str], leave_out: list[str], unit: str) -> dict[str, str]:
    """The text of each dump of ``sets`` (by id), but those of ``leave_out``; or, with
    ``unit`` "line", of each of their lines of ``LINE_MIN`` characters or more (by id:line)."""
    skip = {i for name in leave_out for i in dev_ids(eval_dir, name, "all")}
    found = {}
    for name in sets:
        for i in dev_ids(eval_dir, name, "all"):
            if i in skip:
                continue
            text = (eval_dir / "data" / name / f"{i}.txt").read_text("utf-8")
            if not text.strip():  # an empty dump is an input error, in any encoding
                continue
            if unit == "dump":
                found[i] = text
                continue
            for number, line in enumerate(text.splitlines(), 1):
                if len(line.strip()) >= LINE_MIN:
                    found[f"{i}:{number}"] = line.strip()
    return found


def written(text: str, encoding: str) -> tuple[str, bytes] | None:
    """The text as a page in ``encoding`` holds it, and its bytes; ``None`` if it cannot."""
    for form in (text, text.translate(PLAIN)):
        try:
            data = form.encode(encoding)
        except UnicodeEncodeError:
            continue
        return None if data.isascii() else (form, data)
    return None


def newsclean_reads(data: bytes) -> tuple[str, str]:
    from newsclean.decoding import decode
    decoded = decode(data, "dump.txt")
    return decoded.text, decoded.encoding


def peer_reads(data: bytes) -> tuple[str, str]:
    import charset_normalizer
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return data.decode("utf-8", errors="replace"), "none"
    return str(best), best.encoding


def wrong_letters(truth: str, read: str) -> str:
    """The characters read wrong, as ``truth>read`` pairs, most frequent first."""
    if len(truth) != len(read):
        return f"length {len(truth)} > {len(read)}"
    pairs = Counter((a, b) for a, b in zip(truth, read, strict=True) if a != b)
    return " ".join(f"{a}>{b}x{n}" for (a, b), n in pairs.most_common(4))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--sets", default="aeb,trafi", help="comma-separated eval sets")
    ap.add_argument("--leave-out", default=None,
                    help="sets whose dumps are left out (default: for htmldate, aeb and trafi)")
    ap.add_argument("--unit", default="dump", choices=["dump", "line"])
    ap.add_argument("--show", action="store_true", help="list each dump read wrong")
    args = ap.parse_args(argv)
    sets = args.sets.split(",")
    leave_out = (args.leave_out.split(",") if args.leave_out is not None
                 else [] if "htmldate" not in sets else ["aeb", "trafi"])
    texts = dumps(args.eval, sets, leave_out, args.unit)
    readers = {"newsclean": newsclean_reads, "charset-normalizer": peer_reads}
    print(f"{len(texts)} {args.unit}s of {', '.join(sets)}"
          + (f" (without those of {', '.join(leave_out)})" if leave_out else ""))
    print(f"{'encoding':10s} {'cases':>5s}  " + "  ".join(f"{name:>18s}" for name in readers))
    totals = {name: 0 for name in readers}
    seconds = {name: 0.0 for name in readers}
    count = 0
    for encoding in ENCODINGS:
        right = {name: 0 for name in readers}
        cases = 0
        for i, text in texts.items():
            form = written(text, encoding)
            if form is None:
                continue
            truth, data = form
            cases += 1
            for name, read in readers.items():
                start = time.perf_counter()
                text_read, read_as = read(data)
                seconds[name] += time.perf_counter() - start
                if text_read == truth:
                    right[name] += 1
                elif args.show:
                    dump, _, line = i.partition(":")
                    where = f"{dump[:12]}:{line}" if line else dump[:12]
                    print(f"  {encoding:9s} {name:18s} {where} read as {read_as}: "
                          f"{wrong_letters(truth, text_read)}")
        count += cases
        for name in readers:
            totals[name] += right[name]
        print(f"{encoding:10s} {cases:5d}  " + "  ".join(
            f"{right[name]:5d} ({right[name] / cases if cases else 0:6.1%})" for name in readers))
    print(f"{'all':10s} {count:5d}  " + "  ".join(
        f"{totals[name]:5d} ({totals[name] / count if count else 0:6.1%})" for name in readers))
    ratio = seconds["charset-normalizer"] / seconds["newsclean"]
    print("seconds   " + "  ".join(f"{name} {seconds[name]:.1f}" for name in readers)
          + f"  (ratio charset-normalizer/newsclean {ratio:.2f})")
    mojibake(texts)
    declared(texts)
    return 0


SWAPPED = {"cp1251": "koi8-r", "koi8_r": "windows-1251"}  # what a recoding server declared
DEFAULTED = "iso-8859-1"  # what a server declares for every page unless told (Apache's default)


def declared(texts: dict[str, str]) -> None:
    """A charset declared with the bytes (a page's meta, a server's header): when it is the
    one they were written in, how many readings newsclean overrules (it should not); when a
    server recoded the page between KOI8-R and cp1251 and kept the old declaration, or
    declared its default ISO-8859-1 for a page in another code page, how many it reads right
    all the same. Without the check, none of those would be."""
    from newsclean.decoding import decode
    print(f"\n{'declared':10s} {'cases':>5s}  {'right, kept':>18s}  {'swapped, read right':>20s}"
          f"  {'ISO-8859-1, read right':>22s}")
    for encoding in ENCODINGS:
        kept = swapped = right = cases = right_defaulted = 0
        for text in texts.values():
            form = written(text, encoding)
            if form is None:
                continue
            truth, data = form
            cases += 1
            kept += "encoding_misdeclared" not in decode(data, "dump.txt", charset=encoding).flags
            if encoding in SWAPPED:
                swapped += 1
                right += decode(data, "dump.txt", charset=SWAPPED[encoding]).text == truth
            right_defaulted += decode(data, "dump.txt", charset=DEFAULTED).text == truth
        share = f"{right:5d} ({right / swapped:6.1%})" if swapped else f"{'-':>14s}"
        defaulted = (f"{right_defaulted:5d} ({right_defaulted / cases:6.1%})"
                     if cases and encoding != "cp1252" else f"{'-':>14s}")
        print(f"{encoding:10s} {cases:5d}  {kept:5d} ({kept / cases if cases else 0:6.1%})"
              f"        {share}          {defaulted}")


MISREAD_AS = ("cp1252", "latin-1", "cp1251")
AS_LATIN = ("cp1252", "cp1251", "koi8_r", "cp1250", "cp1257")  # read as Latin-1 by a scraper


def mojibake(texts: dict[str, str]) -> None:
    """UTF-8 once read in a single-byte encoding and saved as UTF-8 ("Ã©", "вЂ™"), and a legacy
    code page's bytes read as Latin-1 ("Ïðèâåò"): repaired exactly by newsclean's decoding,
    and by ftfy's ``fix_encoding`` on its own (the peer); and the dumps as written, which
    neither should change."""
    import ftfy

    from newsclean.decoding import decode
    fixers = {"newsclean": lambda data: decode(data, "dump.txt").text,
              "ftfy": lambda data: ftfy.fix_encoding(data.decode("utf-8"))}
    print(f"\n{'mojibake':10s} {'cases':>5s}  " + "  ".join(f"{name:>18s}" for name in fixers))
    for misread in ("none", *MISREAD_AS):
        right = {name: 0 for name in fixers}
        cases = 0
        for text in texts.values():
            if text.isascii() and misread != "none":
                continue
            try:
                mangled = text if misread == "none" else text.encode("utf-8").decode(misread)
            except UnicodeDecodeError:  # a byte the code page lacks: no one reads it so
                continue
            cases += 1
            for name, fix in fixers.items():
                right[name] += fix(mangled.encode("utf-8")) == text
        label = "as written" if misread == "none" else f"via {misread}"
        print(f"{label:10s} {cases:5d}  " + "  ".join(
            f"{right[name]:5d} ({right[name] / cases if cases else 0:6.1%})" for name in fixers))
    # A page in a legacy code page that a scraper read as Latin-1 ("Ïðèâåò"): what Python's
    # requests does with a page whose server sent no charset.
    for encoding in AS_LATIN:
        right = {name: 0 for name in fixers}
        cases = 0
        for text in texts.values():
            form = written(text, encoding)
            if form is None or form[1].decode("latin-1") == form[0]:
                continue  # nothing to repair: its bytes beyond ASCII read alike in Latin-1
            truth, data = form
            cases += 1
            for name, fix in fixers.items():
                right[name] += fix(data.decode("latin-1").encode("utf-8")) == truth
        print(f"{encoding + ' as l1':10s} {cases:5d}  " + "  ".join(
            f"{right[name]:5d} ({right[name] / cases if cases else 0:6.1%})" for name in fixers))


if __name__ == "__main__":
    raise SystemExit(main())
