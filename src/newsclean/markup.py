"""What an HTML page's markup declares, weighed against what the page prints.

The markup (meta tags, JSON-LD, ``<title>``) declares a headline, authors, a date and the
site's name; the visible page prints its own. The extracted text's record is filled in from
both: the headline the page shows when the declared title holds it with a site name or a
kicker glued on, the authors as the byline prints them, the date whichever of the two
``_markup_date_wins`` says. Content systems' placeholders ("Admin") and the site's own name
in the author field name no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from newsclean.article import Article, Author, Removal
from newsclean.chrome import patterns as p
from newsclean.chrome import rules
from newsclean.meta.bylines import parse_byline
from newsclean.meta.dates import find_dates
from newsclean.meta.lines import is_date_line, metadata_rule
from newsclean.meta.names import opens_with_given_name
from newsclean.meta.titles import HEADLINE_MIN_WORDS
from newsclean.provenance.registry import registered_domain, squeeze
from newsclean.segment import key_words, make_line, normalize, split_lines


def without_headline(record: Article, text: str, *titles: str | None) -> Article:
    """Move the body's first paragraph to ``removed`` when it is the headline: the title
    chosen, or the one the markup declares when the page shows it reworded; and a kicker
    over it, a few words without a sentence's end ("Siemens und die Kohlemine Adani" over
    "Kaeser verarscht Neubauer")."""
    paragraphs = record.text.split("\n\n") if record.text else []
    headlines = {_casefolded(t) for t in titles if t}
    if paragraphs and _casefolded(paragraphs[0]) in headlines:
        lead = 1
    elif (len(paragraphs) > 1 and _casefolded(paragraphs[1]) in headlines
          and _words(paragraphs[0]) <= _KICKER_WORDS and not paragraphs[0].endswith(_SENTENCE_ENDS)):
        lead = 2
    else:
        return record
    gone = {r.line for r in record.removed}
    heading = [Removal(number, raw, rules.HEADLINE) for number, raw in enumerate(split_lines(text), start=1)
               if number not in gone and normalize(raw)][:lead]
    if len(heading) < lead:
        return record
    return replace(record, text="\n\n".join(paragraphs[lead:]),
                   removed=tuple(sorted((*record.removed, *heading), key=lambda r: r.line)))


_KICKER_WORDS = 8  # a kicker over the headline is a few words
_SENTENCE_ENDS = (".", "!", "?", ":", "…")


_DATE_FLAGS = frozenset({"undated", "date_ambiguous", "published_from_updated", "published_from_fetch"})
_FULL_YEAR = re.compile(r"(?:1[89]|20)\d\d(?!\d)")  # glued prints too: "Feb 182009"


@dataclass(frozen=True, slots=True)
class Printed:
    """The date a page prints, with the record fields that carry it, and every day it prints."""

    published: str | None
    fields: dict[str, Any]
    flags: frozenset[str]
    days: frozenset[str] = frozenset()

    @classmethod
    def of(cls, record: Article) -> Printed:
        fields = {"published": record.published, "published_raw": record.published_raw,
                  "published_tz": record.published_tz, "updated": record.updated}
        return cls(record.published, fields, frozenset(record.flags) & _DATE_FLAGS)


def days_printed(text: str, reference: datetime | date | None) -> frozenset[str]:
    return frozenset(found.value[:10] for line in text.splitlines()
                     for found in find_dates(line, reference=reference))


def page_title(markup: str | None, shown: str | None, site: str | None) -> str | None:
    """The headline: the one the page shows when the markup's title contains it (a site name
    or a kicker glued on), is contained in it (cut short), is only the site's name, or says
    the same in other words (``_rewords``); else the markup's."""
    if not markup or not shown:
        return markup or shown
    declared, printed = _casefolded(markup), _casefolded(shown)
    if declared == printed:
        return markup
    if (printed in declared and _words(shown) >= 2) or declared in printed:
        return shown  # a one-word headline inside the title is likely a section's label
    if site and declared == _casefolded(site):
        return shown
    return shown if _rewords(shown, markup) else markup


def weighed_title(meta: Any, page: str, shown: str | None, extraction: tuple[str, str | None] | None = None
                  ) -> tuple[str | None, str | None, str | None]:
    """The headline of a page whose markup (``meta``: ``html_metadata``) declares a title,
    weighed against the headline the page shows (``shown``, found in ``page``, its visible
    text or a dump of it): ``page_title``'s, unless the markup's title is a label, or the
    page's one <h1> prints another (``only_heading``). ``extraction`` is the text extracted
    from the page and the headline found in it, for ``labels_the_page``; without one (a dump
    cleaned beside its page), a short title the page prints nowhere is a label
    (``unprinted_label``). Returns the headline, the markup's title as the page prints it,
    and the line that joins it to its kicker (``without_kicker``)."""
    text = extraction[0] if extraction is not None else page
    declared = printed_part(without_site_name(meta.title, meta.sitename, meta.hostname), page)
    title, joined = without_kicker(declared, text, page)
    if joined is None:
        title = page_title(declared, shown, meta.sitename)
        if title and title == declared and (
            labels_the_page(declared, shown, extraction[1], page, text) if extraction is not None
            else unprinted_label(declared, shown, page)
        ):
            title = shown
        if title != shown and labels_elsewhere(title, meta.titles, shown, page,
                                               meta.sitename, meta.hostname):
            title = shown
        title = only_heading(meta.headings, page, meta.sitename, title, meta.title) or title
    return title, declared, joined


def labels_elsewhere(title: str | None, titles: Sequence[str], shown: str | None, page: str,
                     site: str | None, host: str | None) -> bool:
    """Whether the markup's ``title`` is a label (a word or two: "Aktuelles", a section's page
    name; or the page's first line, its logo: "Liebe geht durch den Magen", a blog's name)
    while another title it declares (og:title, <title>) is the headline the page shows, less
    the site's name or a section's (``without_site_name``, ``printed_part``): the markup and
    the page agree on that one."""
    if not title or not shown or (site and _casefolded(shown) == _casefolded(site)):
        return False
    first = next((line for line in page.splitlines() if line.strip()), "")
    if len(key_words(title)) > LABEL_WORDS and _casefolded(title) != _casefolded(first):
        return False
    headline = _casefolded(shown)
    return any(_casefolded(printed_part(without_site_name(other, site, host), page) or "") == headline
               for other in titles)


def only_heading(headings: Sequence[str], page: str, site: str | None, title: str | None,
                 declared: str | None) -> str | None:
    """The headline the page's markup marks as its one main heading, over a ``title`` chosen
    so far that the page does not print (one written for search engines): the text of its
    <h1> elements when they are all the same, printed on the page as a line of its own. Not
    a label of a word or two ("Autokredit"), the site's name or the page's first line (a
    logo in an <h1>), the markup's ``declared`` title (weighed against the page already),
    nor a heading that holds the title with a kicker or a date added ("Forderungsausfälle
    vermeiden Eigentumsvorbehalt: Das sollten ...", the title being the part after the
    kicker)."""
    texts = {_casefolded(text) for text in headings}
    if len(texts) != 1 or len(key_words(headings[0])) <= LABEL_WORDS:
        return None
    heading = texts.pop()
    lines = {_casefolded(line): line for line in page.splitlines()}
    first = next((line for line in page.splitlines() if line.strip()), "")
    if (heading not in lines or (title and _casefolded(title) in lines)
            or heading in (_casefolded(site or ""), _casefolded(first), _casefolded(declared or ""))
            or (title and _casefolded(title) in heading)):
        return None
    return " ".join(lines[heading].split())


LABEL_WORDS = 2  # a markup title this short is a section's or a site's label as often as not
_KICKER_REACH = 3  # lines above the headline where its short kicker or headline stands


def labels_the_page(declared: str, shown: str | None, extracted: str | None, page: str,
                    text: str) -> bool:
    """Whether the markup's short title is a section's or the site's label ("Themen",
    "Pressemitteilungen", "Gaspreise") rather than the headline: the page shows a headline
    that extraction took for the headline too, does not print the label just above it (a
    short headline over its standfirst: "Zeitphilosophie" over a quote), and extraction does
    not open with the label."""
    if not shown or not extracted or _casefolded(shown) != _casefolded(extracted):
        return False
    if len(key_words(declared)) > LABEL_WORDS:
        return False
    label = _casefolded(declared)
    if _casefolded(text.lstrip().partition("\n")[0]) == label:
        return False
    lines = [_casefolded(line) for line in page.splitlines()]
    headline = _casefolded(shown)
    at = next((k for k, line in enumerate(lines) if line == headline), None)
    return at is None or label not in lines[max(0, at - _KICKER_REACH):at]


def unprinted_label(declared: str, shown: str | None, page: str) -> bool:
    """Whether the markup's short title is a section's or a topic's label ("Gaspreise",
    "Magic Cleaning") rather than the headline, where no extraction tells (a dump cleaned
    beside its page): the page shows a headline and prints the label nowhere as a line of
    its own. A short headline is printed ("Impressum", "Bienenstich-Muffins")."""
    if not shown or len(key_words(declared)) > LABEL_WORDS:
        return False
    label = _casefolded(declared)
    return all(_casefolded(line) != label for line in page.splitlines())


REWORDED_SHARE = 0.6  # of the declared title's words that a printed rewording of it keeps
REWORDED_MIN_WORDS = 3  # fewer, and a label's words are in many a line


def _rewords(shown: str, declared: str) -> bool:
    """Whether the headline shown says what the declared title says, reworded ("Der
    Nervenkrieg um den Brexit geht in die nächste Runde" for "Brexit: Nervenkrieg geht in
    nächste Runde"): most of the declared title's words are in it. A headline cut short
    ("... für die Doktrin...") is not taken for the whole one."""
    words = set(key_words(declared))
    return (len(words) >= REWORDED_MIN_WORDS and not shown.endswith(("...", "…"))
            and len(words & set(key_words(shown))) >= REWORDED_SHARE * len(words))


def without_site_name(title: str | None, site: str | None, host: str | None) -> str | None:
    """The markup's title without the site's name sites add before or after the headline,
    set off by a bar or a dash ("Batteriespeicher - daheim Solar", "X | heizung.de"): a
    part at either end that is the site's declared name or its domain's."""
    if not title:
        return title
    names = {key for key in (_site_key(site or ""), _domain_key(host or "")) if key}
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not names or not separators:
        return title
    for rest, end in ((title[:separators[-1].start()], title[separators[-1].end():]),
                      (title[separators[0].end():], title[:separators[0].start()])):
        if (len(end.split()) <= _SITE_NAME_WORDS and _site_key(end) in names
                and any(ch.isalnum() for ch in rest)):
            return rest.strip()
    return title


def printed_part(title: str | None, page: str) -> str | None:
    """The part of the markup's title that the page prints as a line of its own, when the
    whole title is printed nowhere: the headline, without a section's or a kicker's name set
    off by a bar or a dash ("LVMH mit ordentlichem Wachstum | Weinwirtschaft", "NWX Magazin |
    Vertrauen und ..."). Parts are dropped from either end, fewest first, and the part kept
    must be longer than what is dropped: a short part printed alone is as often the site's
    logo line as the headline."""
    if not title:
        return title
    printed = {_casefolded(line) for line in page.splitlines()}
    if _casefolded(title) in printed:
        return title
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return _before_metadata(title, page) or title
    cuts = [(title[:m.start()], title[m.end():]) for m in separators]
    # the longest part first: dropping one part before dropping two
    candidates = sorted({part for cut in cuts for part in cut}, key=lambda part: (-len(part), part))
    whole = _words(title)
    for part in candidates:
        words = _words(part)
        if (_casefolded(part) in printed and words >= 2
                and whole - words <= min(words - 1, _SITE_NAME_WORDS)):
            return part.strip()
    return _before_metadata(title, page) or title


_METADATA_TAIL_TRIM = " ()（）[]|｜·•–—-"


def _before_metadata(title: str, page: str) -> str | None:
    """The headline a page prints as a line of its own when the markup's title goes on with
    the date or the byline a theme printed in the same element ("»Haltet unsere Gewässer
    sauber!« Veröffentlicht von SeglerBlog am 23. Februar 2020", "...「一枚」（2020年2月15日）");
    ``None`` when no printed line opens the title so.

    >>> _before_metadata("Budget passes after a long night (27 July 2017)",
    ...                  "Home\\nBudget passes after a long night\\nText")
    'Budget passes after a long night'
    """
    for line in sorted({" ".join(line.split()) for line in page.splitlines()}, key=len, reverse=True):
        if len(line) >= len(title) or not title.startswith(line) or _words(line) < 2:
            continue
        rest = make_line(0, title[len(line):].strip(_METADATA_TAIL_TRIM))
        if rest is not None and (is_date_line(rest) or metadata_rule(rest) in _METADATA_RULES
                                 or _all_date(rest.text)):
            return line
    return None


_METADATA_RULES = frozenset({rules.BYLINE, rules.DATE})


def _all_date(text: str) -> bool:
    """Whether ``text`` is one date and nothing else ("2020年2月15日")."""
    found = find_dates(text)
    return len(found) == 1 and found[0].end - found[0].start >= len(text) - 1


def without_kicker(title: str | None, *pages: str) -> tuple[str | None, str | None]:
    """The headline without the kicker the markup's title sets off by a bar or a dash, when
    the page prints the two as elements of their own: a line joins them otherwise, without a
    space ("Die Zukunft der Arbeit"Wir dekorieren ..."", "Coronavirus und andere
    ZoonosenWie ...") or with one ("Patch Notes Patchnotes 4.47.4 - ..."). Returns the
    headline and that line (``None`` and the title unchanged without one). A headline left
    shorter than three words keeps its kicker.

    >>> without_kicker("Zoonosen – Wie Umweltzerstörung Epidemien begünstigt",
    ...                "Menü\\nZoonosenWie Umweltzerstörung Epidemien begünstigt")
    ('Wie Umweltzerstörung Epidemien begünstigt', 'ZoonosenWie Umweltzerstörung Epidemien begünstigt')
    """
    if not title:
        return title, None
    printed = {_casefolded(line): line for page in pages for line in page.splitlines()}
    for separator in _TITLE_SEPARATOR.finditer(title):
        kicker, headline = title[:separator.start()].strip(), title[separator.end():].strip()
        if not kicker or _words(headline) < HEADLINE_MIN_WORDS:
            continue
        for glue in ("", " "):
            line = printed.get(_casefolded(kicker + glue + headline))
            if line is not None:
                return headline, line
    return title, None


def _words(text: str) -> int:
    line = make_line(0, text)
    return line.words if line else 0


# a bar or a dash set off by spaces; a full-width bar with or without them ("...「一枚」｜BIGLOBEニュース")
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|·•–—-]|::)\s+|\s*｜\s*")
_SITE_NAME_WORDS = 6  # a site's name, added to a title, is at most this long


def _domain_key(host: str) -> str:
    """A host's registered name as a site's (``_site_key``): ``www.daheim-solar.de`` and
    ``news.daheim-solar.co.uk``: ``daheimsolar``."""
    return squeeze((registered_domain(host) or "").partition(".")[0])


def _casefolded(text: str) -> str:
    return " ".join(text.split()).casefold()


def with_page_metadata(
    record: Article, meta: Any, printed: Printed, title: str | None,
    shown_authors: tuple[Author, ...] = (), shown_section: str | None = None,
) -> Article:
    """What the markup declares fills in what the extracted text lacks: the markup keeps the
    byline and date lines that extraction leaves out. The headline is ``page_title``'s; the
    date goes to whichever of the markup and the page's print ``_markup_date_wins`` says;
    the section is the markup's, else the one the extracted text or the page shows."""
    flags = {*record.flags, "html"}
    changes: dict[str, Any] = {}
    if title and record.kind == "article":  # a listing has no headline of its own
        changes["title"] = title
        flags.discard("untitled")
    section = meta.section or record.section or shown_section
    if section is not None and record.kind == "article":
        changes["section"] = section
    authors = declared_authors(meta.author, meta.sitename)
    shown = shown_authors  # the byline extraction dropped, read as a text dump's is
    if (authors and all(a.kind == "organization" for a in authors)
            and any(a.kind == "person" for a in (*record.authors, *shown))):
        # the publisher a content system puts in the author field ("Muster-Stiftung e. V."),
        # not the reporter the byline names
        authors = ()
    if not authors and not record.authors:
        authors = shown
    if authors:
        authors = _as_printed(authors, record.authors or shown)
    if authors:
        changes["authors"] = authors
        flags.discard("no_byline")
    if record.kind == "article":
        wins = meta.date is not None and (_markup_date_wins(meta.date, printed)
                                          or _print_shows_the_change(meta.date, meta.modified, printed))
        if meta.date is not None and (wins or _markup_time_adds(meta.date, printed)):
            zone = "explicit" if _OFFSET_GIVEN.search(meta.date) else "none"
            changes.update(published=meta.date, published_raw=meta.date, published_tz=zone)
            if not wins:  # the day the page prints, its time the markup's: the print's update stands
                changes["updated"] = printed.fields["updated"]
            flags -= _DATE_FLAGS
            if meta.dated_by_update:  # the page's change, where it declares no publication
                flags.add("published_from_updated")
        else:
            changes.update(printed.fields)
            flags = (flags - _DATE_FLAGS) | printed.flags
        if changes.get("updated", record.updated) is None:
            changes["updated"] = declared_update(changes.get("published", record.published),
                                                 meta.modified)
    return replace(record, **changes, flags=tuple(sorted(flags)))


def declared_update(published: str | None, modified: str | None) -> str | None:
    """The markup's modification time (``PageMetadata.modified``) as a record's ``updated``,
    when it comes after the publication: a later minute than the publication's time (a time
    printed to the minute covers the seconds the markup adds), never the publication's own
    time again. Where the two cannot be set on one clock (a day without a time, one time
    with an offset and the other without), only a change later by more than any offset can
    move a time (``_ANY_OFFSET``): a modification time in UTC is often the publication's own."""
    if published is None or modified is None or not published[:4].isdigit():
        return None
    try:
        then, now = datetime.fromisoformat(published), datetime.fromisoformat(modified)
    except ValueError:  # a value no ISO 8601 reader of this Python takes: no update said
        return None
    if len(published) > 10 and len(modified) > 10 and (then.tzinfo is None) == (now.tzinfo is None):
        later = now.replace(second=0, microsecond=0) > then.replace(second=0, microsecond=0)
        return modified if later else None
    if len(published) == 10:
        then += timedelta(days=1)  # the end of the day published
    delta = now.replace(tzinfo=None) - then.replace(tzinfo=None)
    if then.tzinfo is not None or now.tzinfo is not None:
        return modified if delta > _ANY_OFFSET else None
    return modified if delta >= timedelta(0) else None  # on the page's clock: from the day's end


_ANY_OFFSET = timedelta(hours=14)  # the most a UTC offset moves a time (UTC+14:00)


def _as_printed(declared: tuple[Author, ...], printed: Sequence[Author]) -> tuple[Author, ...]:
    """The authors the markup declares, named as the page's byline prints them when it
    prints them: spaced and dotted ("Arian Schlichenmayer" for "Arianschlichenmayer",
    "Logan C. Ritchie"), without a label the content system kept ("Interview Julia
    Lauter"), whole where the markup gives one word ("Nils Pickert" for "Nils"); and the
    other people that byline names beside them, but not a declared name beside them that
    opens with no given name. A longer printed name for a declared name
    of two words or more is not taken: what follows it on the line is as often a site's
    ("Sarah Schnieder Reiterrevue International")."""
    named: list[tuple[Author, bool]] = []  # each author, and whether the byline prints it
    matched: set[int] = set()
    for author in declared:
        same = next((k for k, shown in enumerate(printed) if _same_name(author.name, shown.name)), None)
        if same is None:
            named.append((author, False))
            continue
        matched.add(same)
        words, printed_words = len(author.name.split()), len(printed[same].name.split())
        as_printed = (squeeze(author.name) == squeeze(printed[same].name)
                      or printed_words < words or words == 1)
        named.append((printed[same] if as_printed else author, True))
    # beside people the byline names, a declared "person" whose name opens with no given name
    # is a programme's or a desk's ("SWR Sport; Julius Richter")
    kept = [author for author, shown in named
            if shown or not matched or author.kind != "person" or opens_with_given_name(author.name)]
    if matched:
        kept += [shown for k, shown in enumerate(printed) if k not in matched and shown.kind == "person"]
    return tuple(dict.fromkeys(kept))


def _same_name(one: str, other: str) -> bool:
    """The same letters, or the words of one inside the other's ("Nils", "Nils Pickert")."""
    if squeeze(one) == squeeze(other):
        return True
    a, b = one.casefold().split(), other.casefold().split()
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return any(longer[k:k + len(shorter)] == shorter for k in range(len(longer) - len(shorter) + 1))


def declared_authors(declared: str | None, sitename: str | None) -> tuple[Author, ...]:
    """The authors the markup declares, without a content system's placeholder ("No Author",
    "Admin": ``parse_byline`` reads no one there) or the site's own name ("Makronom",
    "Jungefreiheit De" on a site that calls itself "JUNGE FREIHEIT", "Jobs; Hire" on "Jobs &
    Hire"): those name no one. Nor does a domain named beside others ("Frank Bueltge; Bueltge
    De"), nor a reader's comment's signature that a page's author element held
    ("Stephangoeldi Said; On August 3")."""
    if not declared:
        return ()
    site = _site_key(sitename or "")
    if site and _site_key(declared) == site:
        return ()
    named = [a for a in parse_byline(declared) if not (site and _site_key(a.name) == site)
             and not p.COMMENT_AUTHOR.match(a.name)]  # "Stephangoeldi Said": a reader's comment
    if len(named) > 1:  # "Frank Bueltge; Bueltge De": a domain beside a person is a site's
        named = [a for a in named if not _DOMAIN_ENDING.search(a.name)] or named
    return tuple(named)


# A domain's ending, as a domain ("digitalcourage.de") or as a name made of one ("Hessenschau De").
_DOMAIN_ENDING = re.compile(r"[\s.](?:com|net|org|info|de|at|ch|fr|es|it|nl|uk|eu|ru|az|kz)$",
                            re.IGNORECASE)


def _site_key(text: str) -> str:
    """A site's name squeezed (``registry.squeeze``) without a domain's ending: "JUNGE
    FREIHEIT", "Jungefreiheit De" and "junge-freiheit.de" compare equal."""
    return squeeze(_DOMAIN_ENDING.sub("", text.strip()))


_OFFSET_GIVEN = re.compile(r"(?:Z|[+-]\d\d:\d\d)$")


def _markup_time_adds(markup: str, printed: Printed) -> bool:
    """Whether the markup gives the time of the day the page prints without one: the
    markup's time is the content system's, the print's day the same."""
    shown = printed.published
    return (shown is not None and len(shown) == 10 and len(markup) > 10
            and markup[:10] == shown and "published_from_updated" not in printed.flags)


def _days_apart(one: str, other: str) -> int | None:
    """The days between two ISO 8601 days; ``None`` when one has no year ("--12-30")."""
    try:
        return abs((date.fromisoformat(one) - date.fromisoformat(other)).days)
    except ValueError:
        return None


def _print_shows_the_change(markup: str, modified: str | None, printed: Printed) -> bool:
    """Whether the page prints the time the markup declares it changed, and the markup
    declares an earlier publication: "Stand: 04.06.2024, 09:40 Uhr" (as of), the content
    system's ``dateModified`` 09:40, its ``datePublished`` 08:15. The print's time is the
    change's, and the publication the markup's."""
    shown = printed.published
    if shown is None or modified is None or len(shown) <= 10 or len(markup) <= 10:
        return False
    try:
        at, changed, published = (datetime.fromisoformat(value).replace(second=0, microsecond=0)
                                  for value in (shown, modified, markup))
    except ValueError:
        return False
    if len({(value.tzinfo is None) for value in (at, changed, published)}) > 1:
        return False  # one clock without an offset: no telling them apart
    return at == changed and published < changed


def _markup_date_wins(markup: str, printed: Printed) -> bool:
    """Whether the day the markup declares beats the date the page prints.

    The markup wins over a date the fetch time completed ("2 hours ago", a day without its
    year) when the two are a day apart or less: it is the page's own moment, where the print
    is counted back from the fetch. The print wins when it is the same day (it may add the
    time and offset). The markup wins
    when the page prints no date, and when the printed date gives no full year (``2.6.29``,
    ``Oct 2``): the year is then a guess. The print wins when the markup's day is a January 1st
    (htmldate's answer when it found only a year), when the markup's day is the printed one
    with day and month swapped (the page prints its own order; the markup's reader guessed),
    and when the page never prints the markup's day at all: a date declared in the markup
    that the page shows nowhere is a creation or modification date more often than the
    publication day the page shows its readers."""
    shown = printed.published
    if shown is None:
        return True
    day = markup[:10]
    apart = _days_apart(day, shown[:10]) if "published_from_fetch" in printed.flags else None
    if apart is not None and apart <= 1:
        return True  # "2 hours ago", "Dec 30": the fetch's reckoning, the markup's own moment
    if day == shown[:10]:
        return False
    if not _FULL_YEAR.search(printed.fields["published_raw"] or ""):
        return True
    swapped = day[:4] == shown[:4] and day[5:7] == shown[8:10] and day[8:10] == shown[5:7]
    return not (day[4:] == "-01-01" or swapped) and day in printed.days
