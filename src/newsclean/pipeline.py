"""The cleaner: segment, name the chrome, find the body, pick the title, assemble the record.

One *pass* names lines (line rules, metadata lines, repeats), finds the body span, the
headline and the lines outside the body. Passes repeat over the lines still kept until one
names nothing, so the body is a fixed point: cleaning the clean text removes nothing more.
A pass reads only the lines' text, never their input positions, so a pass over the kept lines
is exactly what a fresh ``clean()`` of the body would do.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from newsclean.article import Article, Author, Item, Removal
from newsclean.chrome import rules
from newsclean.chrome.patterns import TRUNCATED
from newsclean.chrome.region import (
    body_span,
    cut_at_end_marker,
    isolate,
    line_score,
    list_end,
    menu_runs,
    related_boxes,
)
from newsclean.chrome.rules import DocContext, iter_line_rules
from newsclean.config import CleanConfig
from newsclean.errors import ConfigError, InputTypeError
from newsclean.language import detect_language, script_of, stopwords
from newsclean.meta.authorbox import author_box_in_body, author_box_rest
from newsclean.meta.authors import (
    collect_authors,
    credit_in_text,
    find_byline,
    signature_line,
)
from newsclean.meta.bylines import parse_byline
from newsclean.meta.dates import find_dates, normalize_date
from newsclean.meta.lines import metadata_rule
from newsclean.meta.listing import Teaser, find_teasers
from newsclean.meta.published import choose_dates, find_dateline
from newsclean.meta.titles import headline_text, pick_title
from newsclean.provenance.identify import identify, with_declared_name
from newsclean.provenance.registry import Registry, registered_domain, squeeze
from newsclean.segment import Line, normalize, segment, split_lines

log = logging.getLogger(__name__)

MAX_PASSES = 8  # passes converge in two or three; the cap only guards against a cycle
# Off for text trafilatura extracted from HTML: it has found the body already, and the
# headline is the one the markup declares (see Cleaner.clean_html).
HTML_OFF = frozenset({rules.PREAMBLE, rules.TRAILER, rules.MENU, rules.HEADLINE})


@dataclass(slots=True)
class _Pass:
    named: dict[int, str] = field(default_factory=dict)  # line index -> rule id
    title: int | None = None
    teasers: list[Teaser] = field(default_factory=list)
    language: str | None = None


@dataclass(slots=True)
class _Memo:
    """What one document's passes share: the same text gets the same answers."""

    languages: dict[str, str | None] = field(default_factory=dict)


# A line's verdict depends only on its text and on what its document's language and script
# tell the rules, so verdicts are kept across documents: an outlet's menus, footers and
# share rows are judged once per batch. The cache is emptied when it holds this many lines,
# over all languages: a few tens of MB at most, whatever the batch.
_VERDICTS_KEPT = 50_000
_HEADER_RULES = frozenset({rules.BYLINE, rules.DATE, rules.DATELINE})  # between headline and lead
_CAPTION = "chrome.caption"
_CREDIT_WORDS = 5  # a caption line this short is a photo's credit alone: "(Foto: picture alliance/dpa)"


def _over_credit(lines: Sequence[Line], removed: dict[int, str], i: int) -> bool:
    """A paragraph over a photo's credit alone is the photo's caption, not the lead."""
    return removed.get(i + 1) == _CAPTION and lines[i + 1].words <= _CREDIT_WORDS


@dataclass(slots=True)
class _Judged:
    """The rules' context for one language and script, and the verdicts given in it."""

    context: DocContext
    verdicts: dict[str, str | None] = field(default_factory=dict)


_SAMPLE_LINE_MAX = 10_000  # langdetect reads no further than this


def _sample(lines: Sequence[Line], limit: int) -> str:
    """The longest lines, up to ``limit`` characters: what the language is read from."""
    picked, size = [], 0
    for line in sorted(lines, key=lambda ln: -ln.chars):
        if size >= limit:
            break
        picked.append(line.text[:_SAMPLE_LINE_MAX])
        size += line.chars
    return "\n".join(picked)


class Cleaner:
    """Cleans scrapes into :class:`~newsclean.Article` records with one configuration.

    >>> cleaner = Cleaner(disabled_rules={"chrome.repeat"})
    >>> cleaner.clean("Loading...").removed[0].rule
    'chrome.ui'

    A cleaner holds no state between documents: the same text always gives the same record.
    """

    def __init__(self, config: CleanConfig | None = None, **overrides: Any) -> None:
        if config is not None and not isinstance(config, CleanConfig):
            raise InputTypeError(
                f"config must be a CleanConfig, got {type(config).__name__}; "
                "pass keyword overrides instead, e.g. Cleaner(prose_min_words=8)"
            )
        try:
            self.config = replace(config or CleanConfig(), **overrides)
        except TypeError as exc:
            raise ConfigError(f"{exc}; see help(newsclean.CleanConfig) for the fields") from None
        unknown = self.config.disabled_rules - rules.rule_ids()
        if unknown:
            raise ConfigError(
                f"unknown rule id(s) {sorted(unknown)}; `newsclean rules` lists the ids"
            )
        # what _line_verdict tries, in order: each line rule's test and its id
        self._tests = tuple((rule.test, rule.id) for rule in iter_line_rules(self.config.disabled_rules)
                            if rule.test is not None)
        self._html: Cleaner | None = None
        self._judged: dict[tuple[str | None, str | None], _Judged] = {}

    def for_html(self) -> Cleaner:
        """This cleaner for text extracted from HTML: trafilatura has already found the main
        content, so the lines around it are not looked for (no preamble, trailer or menu),
        while every line rule, the headline and the metadata still apply."""
        if self._html is None:
            self._html = Cleaner(
                replace(self.config, disabled_rules=self.config.disabled_rules | HTML_OFF)
            )
            # HTML_OFF turns off structural rules only, so a line's verdict is the same for
            # both: the page's visible text, cleaned too, reuses the extracted lines' verdicts
            self._html._judged = self._judged
        return self._html

    def clean_html(
        self,
        html: str,
        *,
        id: str | None = None,
        url: str | None = None,
        source: str | None = None,
        fetched_at: str | datetime | date | None = None,
    ) -> Article:
        """Clean an HTML page: its main text (trafilatura, offline), then the line rules.

        Line numbers in ``removed`` count lines of the extracted text, not of the HTML.
        """
        if not isinstance(html, str):
            raise InputTypeError(f"clean_html() takes the page as str, got {type(html).__name__}")
        from newsclean.html import (
            MAX_DATE,
            html_metadata,
            html_to_text,
            visible_text,
            without_attribute_floods,
        )

        html = without_attribute_floods(html)
        text = html_to_text(html)
        record = self.for_html().clean(text, id=id, url=url, source=source, fetched_at=fetched_at)
        reference = _reference(fetched_at)
        max_date = reference.isoformat()[:10] if reference is not None else MAX_DATE
        meta = html_metadata(html, max_date=max_date)
        # The page as a reader sees it: extraction keeps the paragraphs and often drops the
        # headline's and the date's lines, which the markup's title and date are weighed against.
        page = visible_text(html)
        shown = self.clean(page, id=id, url=url, source=source, fetched_at=fetched_at)
        declared = _without_site_name(meta.title, meta.sitename, meta.hostname)
        title = _page_title(declared, shown.title if shown.kind == "article" else None,
                            meta.sitename)
        if title and rules.HEADLINE not in self.config.disabled_rules:
            record = _without_headline(record, text, title)
        if meta.sitename:
            registry = self.config.registry or Registry.shipped()
            record = replace(record, outlet=with_declared_name(record.outlet, meta.sitename, registry))
        printed = _Printed.of(record)
        if record.kind == "article" and (
            record.published is None or (meta.date or "")[:10] != record.published[:10]
        ):  # The extracted text is undated, or the markup disagrees with it.
            if shown.kind == "article" and shown.published is not None:
                printed = _Printed.of(shown)
            printed = replace(printed, days=_days_printed(page, reference))
        return _with_page_metadata(record, meta, printed, title,
                                   shown.authors if shown.kind == "article" else ())

    # ------------------------------------------------------------------ public
    def clean(
        self,
        text: str,
        *,
        id: str | None = None,
        url: str | None = None,
        source: str | None = None,
        fetched_at: str | datetime | date | None = None,
    ) -> Article:
        """Clean one document's text into a record. Never raises on a ``str``.

        ``id`` defaults to a hash of the text, ``source`` to the URL or the id.
        ``fetched_at`` (when the page was fetched, ISO 8601 or a datetime) dates relative
        dates ("2 hours ago") and gives year-less dates their year; nothing else does.
        """
        if not isinstance(text, str):
            hint = " (decode it first: data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
            raise InputTypeError(f"clean() takes text as str, got {type(text).__name__}{hint}")
        if id is None:
            id = "sha1:" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        lines = segment(text)
        kept = list(range(len(lines)))  # indices into `lines` still in the body
        removed: dict[int, str] = {}
        title: int | None = None
        teasers: list[Teaser] = []
        language: str | None = None
        memo = _Memo()
        for number in range(MAX_PASSES):
            view = [lines[i] for i in kept]
            result = self._pass(view, memo, want_title=title is None)
            language = result.language
            if number == 0:
                teasers = [Teaser(_at(kept, t.title), kept[t.text], t.truncated, _at(kept, t.date))
                           for t in result.teasers]
            if result.title is not None and title is None:
                title = kept[result.title]
            if not result.named:
                break
            for i, rule in result.named.items():
                removed[kept[i]] = rule
            kept = [i for j, i in enumerate(kept) if j not in result.named]
        else:
            log.warning("%s: cleaning did not settle in %d passes", id, MAX_PASSES)
        if title is not None and kept and title < kept[0]:
            kept, removed = self._with_lead(lines, kept, removed, title, memo)
        reference = _reference(fetched_at)
        record = self._record(
            lines, kept, removed, title, teasers, language,
            id=id, url=url, source=source, reference=reference,
        )
        if fetched_at is not None and reference is None:  # given, and not a date: say so
            record = replace(record, flags=tuple(sorted({*record.flags, "fetched_at_unread"})))
        return record

    # ---------------------------------------------------------------- internals
    def _with_lead(
        self, lines: Sequence[Line], kept: list[int], removed: dict[int, str], title: int,
        memo: _Memo,
    ) -> tuple[list[int], dict[int, str]]:
        """The paragraphs under the headline, above the body: its lead (standfirst), which
        the preamble rule named when chrome between it and the body (an author box, a
        caption) kept the body's span from reaching up to it. Only paragraphs directly under
        the headline and its byline, date and dateline; the first other line ends the lead."""
        ctx = self._context([lines[i] for i in kept], memo)[0].context
        lead = []
        for i in range(title + 1, kept[0]):
            rule = removed.get(i)
            if rule in _HEADER_RULES:
                continue
            if rule != rules.PREAMBLE or not ctx.is_prose(lines[i]) or _over_credit(lines, removed, i):
                break
            lead.append(i)
        if not lead:
            return kept, removed
        return sorted([*lead, *kept]), {i: r for i, r in removed.items() if i not in lead}

    def _context(self, lines: Sequence[Line], memo: _Memo) -> tuple[_Judged, str | None]:
        """The document's language and what rules know of it; shared by every document of
        the same language and script."""
        sample = _sample(lines, self.config.language_sample_chars)
        if sample not in memo.languages:
            memo.languages[sample] = detect_language(sample, seed=self.config.language_seed)
        language = memo.languages[sample]
        script = script_of(sample)
        if sum(len(kept.verdicts) for kept in self._judged.values()) >= _VERDICTS_KEPT:
            self._judged.clear()
        judged = self._judged.get((language, script))
        if judged is None:
            cfg = self.config
            judged = self._judged[language, script] = _Judged(DocContext(
                stopwords=stopwords(language),
                script=script,
                prose_min_words=cfg.prose_min_words,
                prose_min_stopword_share=cfg.prose_min_stopword_share,
                short_line_words=cfg.short_line_words,
            ))
        return judged, language

    def _line_verdict(self, line: Line, ctx: DocContext) -> str | None:
        """The rule that names ``line`` wherever it stands, or ``None``."""
        for test, named in self._tests:
            if test(line, ctx):
                return named
        if not ctx.is_prose(line):
            rule_id = metadata_rule(line)
            if rule_id is not None and rule_id not in self.config.disabled_rules:
                return rule_id
        return None

    def _pass(self, lines: Sequence[Line], memo: _Memo, *, want_title: bool = True) -> _Pass:
        result = _Pass()
        if not lines:
            return result
        judged, result.language = self._context(lines, memo)
        ctx, verdicts = judged.context, judged.verdicts
        disabled = self.config.disabled_rules
        named = result.named
        for i, line in enumerate(lines):
            if line.text not in verdicts:
                verdicts[line.text] = self._line_verdict(line, ctx)
            rule_id = verdicts[line.text]
            if rule_id is not None:
                named[i] = rule_id
        counts = Counter(line.key or line.text for line in lines)
        if rules.REPEAT not in disabled:
            seen: set[str] = set()
            for i, line in enumerate(lines):
                key = line.key or line.text
                if key in seen and i not in named:
                    named[i] = rules.REPEAT
                seen.add(key)

        scores = [line_score(line, ctx, named.get(i)) for i, line in enumerate(lines)]
        scores = isolate(scores, named)
        span = body_span(scores)
        if span:
            span = cut_at_end_marker(lines, span, named, ctx)
            span = span[0], list_end(lines, span[1], named, ctx)
        else:
            span = 0, len(lines)
        if rules.RELATED_BOX not in disabled:
            for i in related_boxes(lines, span, named, ctx):
                named[i] = rules.RELATED_BOX
        start, end = span
        teasers = find_teasers(lines, named, span, ctx)
        if teasers:
            result.teasers = teasers
            first = teasers[0].title
            if first is not None:
                start = min(start, first)
        elif want_title:
            result.title = pick_title(lines, named, start, counts, ctx, end)
            if result.title is not None and rules.HEADLINE not in disabled:
                named[result.title] = rules.HEADLINE

        self._name_outside(lines, named, range(start), rules.PREAMBLE, ctx)
        self._name_outside(lines, named, range(end, len(lines)), rules.TRAILER, ctx)
        return result

    def _name_outside(
        self, lines: Sequence[Line], named: dict[int, str], where: range, rule: str, ctx: DocContext
    ) -> None:
        disabled = self.config.disabled_rules
        free = [i for i in where if i not in named]
        if rules.MENU not in disabled:
            for i in menu_runs(lines, free, ctx, self.config.menu_run_length):
                named[i] = rules.MENU
        if rule not in disabled:
            for i in free:
                named.setdefault(i, rule)

    def _record(
        self,
        lines: Sequence[Line],
        kept: Sequence[int],
        removed: dict[int, str],
        title: int | None,
        teasers: Sequence[Teaser],
        language: str | None,
        *,
        id: str,
        url: str | None,
        source: str | None,
        reference: datetime | date | None,
    ) -> Article:
        flags: set[str] = set()
        named = find_byline(lines, removed, kept, title, stopwords(language))
        if rules.BYLINE not in self.config.disabled_rules:
            # a name line the body's rules kept ("Ronja Beck" above the date), or an author
            # box's, though the byline was read elsewhere: a byline, not prose
            box = author_box_in_body(lines, kept, stopwords(language))
            by = named[0] if named is not None else None
            if by is not None and credit_in_text(lines[by].text):
                by = None  # "(Reporting by ...)", "〔記者巫其倫／台北報導〕財政部...": the article's
            names = {i for i in (box, by) if i is not None}
            taken = names.intersection(kept)
            if taken:
                kept = [i for i in kept if i not in taken]
                removed = {**removed, **dict.fromkeys(taken, rules.BYLINE)}
            rest = {i: rule for i, rule in author_box_rest(lines, removed, kept).items()
                    if rule not in self.config.disabled_rules}  # "Autor*In", the bio below
            if rest:
                kept = [i for i in kept if i not in rest]
                removed = {**removed, **rest}
        body = [lines[i].text for i in kept]
        items: tuple[Item, ...] = ()
        kind = "article"
        if teasers:
            kind = "listing"
            flags.add("listing")
        elif body and _truncated(body[-1]):
            flags.add("truncated")
        if not body:
            flags.add("empty")
        if title is None and kind == "article":
            flags.add("untitled")
        signature = signature_line(lines, removed, kept)
        if signature is not None and rules.SIGNATURE not in self.config.disabled_rules:
            removed = {**removed, signature: rules.SIGNATURE}
        authors = collect_authors(lines, removed, named)
        top = kept[0] if kept else len(lines)
        provenance = identify(
            self.config.registry or Registry.shipped(),
            url=url,
            chrome=[(lines[i].text, i < top) for i, rule in sorted(removed.items())
                    if rule != rules.HEADLINE],
            first=lines[0].text if lines else None,
            body=body,
            authors=authors,
        )
        flags |= provenance.flags
        zone = provenance.timezone
        day_first = provenance.info.day_first if zone is not None and provenance.info else None
        dates = choose_dates(lines, removed, kept, title, listing=bool(teasers), tz=zone,
                             reference=reference, day_first=day_first)
        published = dates.published
        if teasers:
            items = tuple(
                Item(
                    title=lines[t.title].text if t.title is not None else None,
                    text=lines[t.text].text,
                    date=_item_date(lines, t.date, zone, reference, day_first),
                    truncated=t.truncated,
                )
                for t in teasers
            )
        if kind == "article":
            if published is None:
                flags.add("undated")
            elif published.ambiguous:
                flags.add("date_ambiguous")
            if dates.from_updated:
                flags.add("published_from_updated")
            if not authors:
                flags.add("no_byline")
        return Article(
            id=id,
            source=source or url or id,
            url=url,
            kind=kind,  # type: ignore[arg-type]
            title=headline_text(lines, title, language) if title is not None and kind == "article" else None,
            text="\n\n".join(body),
            published=published.value if published else None,
            published_raw=published.raw if published else None,
            published_tz=published.offset_source if published else None,
            page_date=dates.page_date.value if dates.page_date else None,
            dateline=find_dateline(lines, removed, kept),
            authors=authors,
            outlet=provenance.outlet,
            citations=provenance.citations,
            language=language,
            items=items,
            flags=tuple(sorted(flags)),
            removed=tuple(
                Removal(lines[i].number, lines[i].raw, rule) for i, rule in sorted(removed.items())
            ),
            updated=dates.updated.value if dates.updated else None,
        )


def _without_headline(record: Article, text: str, title: str) -> Article:
    """Move the body's first paragraph to ``removed`` when it is the declared headline."""
    paragraphs = record.text.split("\n\n") if record.text else []
    if not paragraphs or paragraphs[0].casefold() != " ".join(title.split()).casefold():
        return record
    gone = {r.line for r in record.removed}
    for number, raw in enumerate(split_lines(text), start=1):
        if number not in gone and normalize(raw):
            removal = Removal(number, raw, rules.HEADLINE)
            return replace(
                record,
                text="\n\n".join(paragraphs[1:]),
                removed=tuple(sorted((*record.removed, removal), key=lambda r: r.line)),
            )
    return record


_DATE_FLAGS = frozenset({"undated", "date_ambiguous", "published_from_updated"})
_FULL_YEAR = re.compile(r"(?:1[89]|20)\d\d(?!\d)")  # glued prints too: "Feb 182009"


@dataclass(frozen=True, slots=True)
class _Printed:
    """The date a page prints, with the record fields that carry it, and every day it prints."""

    published: str | None
    fields: dict[str, Any]
    flags: frozenset[str]
    days: frozenset[str] = frozenset()

    @classmethod
    def of(cls, record: Article) -> _Printed:
        fields = {"published": record.published, "published_raw": record.published_raw,
                  "published_tz": record.published_tz, "updated": record.updated}
        return cls(record.published, fields, frozenset(record.flags) & _DATE_FLAGS)


def _days_printed(text: str, reference: datetime | date | None) -> frozenset[str]:
    return frozenset(found.value[:10] for line in text.splitlines()
                     for found in find_dates(line, reference=reference))


def _page_title(markup: str | None, shown: str | None, site: str | None) -> str | None:
    """The headline: the one the page shows when the markup's title contains it (a site name
    or a kicker glued on), is contained in it (cut short), or is only the site's name; else
    the markup's."""
    if not markup or not shown:
        return markup or shown
    declared, printed = _casefolded(markup), _casefolded(shown)
    if declared == printed:
        return markup
    if (printed in declared and len(printed.split()) >= 2) or declared in printed:
        return shown  # a one-word headline inside the title is likely a section's label
    return shown if site and declared == _casefolded(site) else markup


def _without_site_name(title: str | None, site: str | None, host: str | None) -> str | None:
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


_TITLE_SEPARATOR = re.compile(r"\s+(?:[|·•–—-]|::)\s+")
_SITE_NAME_WORDS = 6  # a site's name, added to a title, is at most this long


def _domain_key(host: str) -> str:
    """A host's registered name as a site's (``_site_key``): ``www.daheim-solar.de`` and
    ``news.daheim-solar.co.uk``: ``daheimsolar``."""
    return squeeze((registered_domain(host) or "").partition(".")[0])


def _casefolded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _with_page_metadata(
    record: Article, meta: Any, printed: _Printed, title: str | None,
    shown_authors: tuple[Author, ...] = (),
) -> Article:
    """What the markup declares fills in what the extracted text lacks: the markup keeps the
    byline and date lines that extraction leaves out. The headline is ``_page_title``'s; the
    date goes to whichever of the markup and the page's print ``_markup_date_wins`` says."""
    flags = {*record.flags, "html"}
    changes: dict[str, Any] = {}
    if title and record.kind == "article":  # a listing has no headline of its own
        changes["title"] = title
        flags.discard("untitled")
    authors = _declared_authors(meta.author, meta.sitename)
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
        if meta.date and _markup_date_wins(meta.date, printed):
            changes.update(published=meta.date, published_raw=meta.date, published_tz="none")
            flags -= _DATE_FLAGS
        else:
            changes.update(printed.fields)
            flags = (flags - _DATE_FLAGS) | printed.flags
    return replace(record, **changes, flags=tuple(sorted(flags)))


def _as_printed(declared: tuple[Author, ...], printed: Sequence[Author]) -> tuple[Author, ...]:
    """The authors the markup declares, named as the page's byline prints them when it
    prints them: spaced and dotted ("Arian Schlichenmayer" for "Arianschlichenmayer",
    "Logan C. Ritchie"), without a label the content system kept ("Interview Julia
    Lauter"), whole where the markup gives one word ("Nils Pickert" for "Nils"); and the
    other people that byline names beside them. A longer printed name for a declared name
    of two words or more is not taken: what follows it on the line is as often a site's
    ("Sarah Schnieder Reiterrevue International")."""
    named: list[Author] = []
    matched: set[int] = set()
    for author in declared:
        same = next((k for k, p in enumerate(printed) if _same_name(author.name, p.name)), None)
        if same is None:
            named.append(author)
            continue
        matched.add(same)
        words, printed_words = len(author.name.split()), len(printed[same].name.split())
        as_printed = (squeeze(author.name) == squeeze(printed[same].name)
                      or printed_words < words or words == 1)
        named.append(printed[same] if as_printed else author)
    if matched:
        named += [p for k, p in enumerate(printed) if k not in matched and p.kind == "person"]
    return tuple(dict.fromkeys(named))


def _same_name(one: str, other: str) -> bool:
    """The same letters, or the words of one inside the other's ("Nils", "Nils Pickert")."""
    if squeeze(one) == squeeze(other):
        return True
    a, b = one.casefold().split(), other.casefold().split()
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return any(longer[k:k + len(shorter)] == shorter for k in range(len(longer) - len(shorter) + 1))


# What content systems put in the author field when no one is named.
_PLACEHOLDER_AUTHORS = frozenset({"no author", "admin", "administrator", "unknown", "author",
                                  "anonymous", "guest", "webmaster", "user", "none", "null"})


def _declared_authors(declared: str | None, sitename: str | None) -> tuple[Author, ...]:
    """The authors the markup declares, without a content system's placeholder ("No Author",
    "Admin") or the site's own name ("Makronom", "Jungefreiheit De" on a site that calls
    itself "JUNGE FREIHEIT", "Jobs; Hire" on "Jobs & Hire"): those name no one."""
    if not declared:
        return ()
    site = _site_key(sitename or "")
    if site and _site_key(declared) == site:
        return ()
    return tuple(a for a in parse_byline(declared)
                 if a.name.casefold() not in _PLACEHOLDER_AUTHORS
                 and not (site and _site_key(a.name) == site))


# A domain's ending, as a domain ("digitalcourage.de") or as a name made of one ("Hessenschau De").
_DOMAIN_ENDING = re.compile(r"[\s.](?:com|net|org|info|de|at|ch|fr|es|it|nl|uk|eu|ru|az|kz)$",
                            re.IGNORECASE)


def _site_key(text: str) -> str:
    """A site's name squeezed (``registry.squeeze``) without a domain's ending: "JUNGE
    FREIHEIT", "Jungefreiheit De" and "junge-freiheit.de" compare equal."""
    return squeeze(_DOMAIN_ENDING.sub("", text.strip()))


def _markup_date_wins(markup: str, printed: _Printed) -> bool:
    """Whether the day the markup declares beats the date the page prints.

    The print wins when it is the same day (it may add the time and offset). The markup wins
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
    if day == shown[:10]:
        return False
    if not _FULL_YEAR.search(printed.fields["published_raw"] or ""):
        return True
    swapped = day[:4] == shown[:4] and day[5:7] == shown[8:10] and day[8:10] == shown[5:7]
    return not (day[4:] == "-01-01" or swapped) and day in printed.days


def _reference(value: str | datetime | date | None) -> datetime | date | None:
    """``fetched_at`` as a datetime (or date); an unreadable value is ignored (and the record
    flagged ``fetched_at_unread``)."""
    if value is None or isinstance(value, (datetime, date)):
        return value
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


def _item_date(
    lines: Sequence[Line], index: int | None, zone: str | None,
    reference: datetime | date | None, day_first: bool | None,
) -> str | None:
    """A teaser's date, read like the article's (the outlet's zone, the reference year)."""
    if index is None:
        return None
    found = normalize_date(lines[index].text, tz=zone, reference=reference, day_first=day_first)
    return found.value if found is not None else None


def _at(kept: Sequence[int], index: int | None) -> int | None:
    return None if index is None else kept[index]


def _truncated(text: str) -> bool:
    return bool(TRUNCATED.search(text))


_DEFAULT: Cleaner | None = None


def _default() -> Cleaner:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Cleaner()
    return _DEFAULT


def clean_html(
    html: str,
    *,
    id: str | None = None,
    url: str | None = None,
    fetched_at: str | datetime | date | None = None,
) -> Article:
    """Clean an HTML page with the default settings (see :meth:`Cleaner.clean_html`)."""
    return _default().clean_html(html, id=id, url=url, fetched_at=fetched_at)


def clean(
    text: str,
    *,
    id: str | None = None,
    url: str | None = None,
    fetched_at: str | datetime | date | None = None,
) -> Article:
    """Clean one scrape's text into an :class:`~newsclean.Article` with the default settings.

    >>> record = clean("Site Name\\n\\nThe headline of the story\\n\\nThe first paragraph of "
    ...                "the story is long enough to be read as the article's own prose.\\n\\n"
    ...                "Loading...")
    >>> record.title, record.text[:24]
    ('The headline of the story', 'The first paragraph of t')
    """
    return _default().clean(text, id=id, url=url, fetched_at=fetched_at)
