"""Outlet identification on the evaluation corpus, and citations on a labelled set.

    python bench/eval_outlets.py               # all three sets, dev split
    python bench/eval_outlets.py --show wrong  # list the wrong identifications
    python bench/eval_outlets.py --html        # from the pages' HTML instead of the dumps

Outlets: each page's text dump is cleaned twice. Without its URL (the text alone), an
identification is right when the outlet's domain is the page's registered domain, or its
name, squeezed of spaces and punctuation, is the domain's first label (``Deutschlandfunk``
for deutschlandfunk.de); anything else is wrong. With the URL, the record's outlet domain
must be on the URL's registered domain on every page (the domain itself, or the outlet's host
under it: news.sky.com).

Citations: ``bench/data/citations.jsonl`` holds sentences with the sources a reader finds
in them (name and kind), written by hand; the patterns were tuned on it. A second set,
``citations_heldout.jsonl``, was written after the tuning and scored before any change; a
third and a fourth, ``citations_heldout_de_fr_es.jsonl`` (German, French, Spanish) and
``citations_heldout_it_pt.jsonl`` (Italian, Portuguese), were written before those languages'
patterns, and a fifth, ``citations_heldout_ru.jsonl``, before the Russian forms of quotes given
to an outlet (``заявил РБК``, ``рассказал «Интерфаксу»``). A sixth,
``citations_heldout_en_wire.jsonl`` (English in the American and British wires' style), was
written after the English patterns for ``according to a report by X``, ``spoke to X``, ``told
CNN Sunday`` and ``X first reported`` and scored once, with no change made after it.
Precision and recall count names (case, *the* and spacing ignored); kind accuracy is over
the names found.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from pathlib import Path

from eval_body import DEFAULT_EVAL, ROOT, dev_ids

CITATIONS = [ROOT / "bench" / "data" / "citations.jsonl",
             ROOT / "bench" / "data" / "citations_heldout.jsonl",
             ROOT / "bench" / "data" / "citations_heldout_de_fr_es.jsonl",
             ROOT / "bench" / "data" / "citations_heldout_it_pt.jsonl",
             ROOT / "bench" / "data" / "citations_heldout_ru.jsonl",
             ROOT / "bench" / "data" / "citations_heldout_en_wire.jsonl"]


def squeeze(text: str) -> str:
    text = text.casefold()
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, spelled)
    return re.sub(r"[^0-9a-z]", "", re.sub(r"^the\s+", "", text))


def right_outlet(outlet: dict, truth_domain: str) -> bool:
    """The outlet is the page's site: same domain; or the name, squeezed (no *the*, umlauts
    spelled out), is the domain's first label or holds it (The Irish Times, irishtimes.com),
    or its initials are the label (Neue Zürcher Zeitung, nzz.ch; Los Angeles Times,
    latimes.com)."""
    from newsclean.provenance.registry import registered_domain

    if outlet.get("domain") and registered_domain(outlet["domain"]) == truth_domain:
        return True  # the domain, or the outlet's host under it (news.sky.com)
    label = squeeze(truth_domain.split(".")[0])
    name = squeeze(outlet["name"])
    words = re.findall(r"\w+", outlet["name"].casefold())
    initials = "".join(w[0] for w in words)
    short = "".join(w[0] for w in words[:-1]) + (words[-1] if words else "")  # LA Times
    bare = re.sub(r"^the", "", label)
    return bool(name) and (name in {label, bare, squeeze(truth_domain)}
                           or label in {initials, short}
                           or (len(label) >= 5 and label in name)
                           or (len(name) >= 5 and name in label))


def page_url(url: str) -> str:
    """The page's own URL: unwrapped from a Wayback Machine or Google News link."""
    from newsclean.provenance.identify import original_url

    return original_url(url) or url


def eval_outlets(eval_dir: Path, split: str, show: str | None, html: bool = False) -> None:
    from newsclean import Cleaner
    from newsclean.provenance.identify import original_url
    from newsclean.provenance.registry import registered_domain

    cleaner = Cleaner()
    totals: Counter[str] = Counter()
    by_signal: Counter[str] = Counter()
    started = time.perf_counter()
    for set_name in ("aeb", "trafi", "htmldate"):
        folder = eval_dir / "data" / set_name
        for page in dev_ids(eval_dir, set_name, split):
            truth = json.loads((folder / f"{page}.truth.json").read_text("utf-8"))
            domain = registered_domain(page_url(truth.get("url") or ""))
            if domain is None:
                totals["no truth domain"] += 1
                continue
            text = (folder / f"{page}.txt").read_text("utf-8")
            totals["pages"] += 1
            if html:
                markup = gzip.decompress((folder / f"{page}.html.gz").read_bytes())
                outlet = cleaner.clean_html(markup.decode("utf-8", "replace"), id=page).to_dict()["outlet"]
            else:
                outlet = cleaner.clean(text, id=page).to_dict()["outlet"]
            if outlet is not None:
                totals["identified"] += 1
                ok = right_outlet(outlet, domain)
                totals["right" if ok else "wrong"] += 1
                strongest = outlet["evidence"][0]["signal"] if outlet["evidence"] else "?"
                by_signal[strongest, ok] += 1
                if show == ("right" if ok else "wrong"):
                    print(f"  {set_name}/{page[:12]} {domain:28s} -> {outlet['name']!r} "
                          f"{outlet['confidence']} {strongest}: {outlet['evidence'][0]['text'][:70]!r}")
            # With the URL: the registered domain of the URL as given (a Wayback Machine URL
            # names the archived page; newsclean unwraps it too).
            given = registered_domain(original_url(truth["url"]) or "")
            with_url = cleaner.clean(text, id=page, url=truth["url"]).to_dict()["outlet"]
            totals["url right"] += bool(  # an outlet on a host of it (news.sky.com) too
                with_url and with_url["domain"] and registered_domain(with_url["domain"]) == given)
    seconds = time.perf_counter() - started
    pages = totals["pages"]
    print(f"outlets   {pages} pages with a truth URL ({totals['no truth domain']} without), "
          f"{seconds:.1f}s for both runs")
    print(f"  from the {'HTML' if html else 'text'} alone: identified {totals['identified'] / pages:.3f} "
          f"(right {totals['right']}, wrong {totals['wrong']}: "
          f"{totals['wrong'] / max(1, totals['identified']):.3f} of those identified)")
    for (signal, ok), count in sorted(by_signal.items()):
        print(f"    strongest signal {signal:16s} {'right' if ok else 'wrong'} {count}")
    print(f"  with the URL: registered domain right on {totals['url right']}/{pages}")


def eval_citations(path: Path, show: str | None) -> None:
    from newsclean.provenance.citations import find_citations
    from newsclean.provenance.registry import Registry, name_key

    registry = Registry.shipped()
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    tp = fp = fn = kinds = 0
    for row in rows:
        truth = {name_key(c["name"]): c["kind"] for c in row["citations"]}
        found = {name_key(c.name): c.kind for c in find_citations([row["sentence"]], registry)}
        hits = truth.keys() & found.keys()
        tp += len(hits)
        fp += len(found.keys() - truth.keys())
        fn += len(truth.keys() - found.keys())
        kinds += sum(truth[k] == found[k] for k in hits)
        if show == "citations" and (truth != found):
            print(f"  {row['sentence'][:90]!r}\n     truth {truth}\n     found {found}")
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    print(f"citations {path.name}: {len(rows)} sentences, {tp + fn} labelled sources")
    print(f"  precision {precision:.3f}  recall {recall:.3f}  "
          f"F1 {2 * precision * recall / max(1e-9, precision + recall):.3f}  "
          f"kind right {kinds}/{tp}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=["dev", "hidden", "all"])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="the eval folder")
    ap.add_argument("--citations", type=Path, nargs="+", default=CITATIONS)
    ap.add_argument("--show", choices=["right", "wrong", "citations"])
    ap.add_argument("--only", choices=["outlets", "citations"])
    ap.add_argument("--html", action="store_true",
                    help="identify from the pages' HTML (.html.gz) instead of the text dumps")
    args = ap.parse_args(argv)
    if args.only != "citations":
        eval_outlets(args.eval, args.split, args.show, html=args.html)
    if args.only != "outlets":
        for path in args.citations:
            eval_citations(path, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
