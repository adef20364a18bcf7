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
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from newsclean.article import Article, Item, Removal
from newsclean.chrome import rules
from newsclean.chrome.patterns import TRUNCATED
from newsclean.chrome.region import (
    body_span,
    closing_sentence_end,
    cut_at_end_marker,
    embed_end,
    isolate,
    line_score,
    list_end,
    menu_runs,
    past_related_box,
    related_boxes,
    with_data,
)
from newsclean.chrome.rules import DocContext, iter_line_rules, signs_off
from newsclean.config import CleanConfig
from newsclean.errors import ConfigError, InputTypeError
from newsclean.fetched import read_fetch_time
from newsclean.language import detect_language, prose_by_shape, script_of, stopwords
from newsclean.markup import (
    Printed,
    days_printed,
    weighed_title,
    with_page_metadata,
    without_headline,
)
from newsclean.meta.authorbox import author_box_in_body, author_box_rest
from newsclean.meta.authors import (
    collect_authors,
    credit_in_text,
    find_byline,
    holds_the_byline,
    role_under,
    signature_line,
    wire_under,
)
from newsclean.meta.dates import normalize_date
from newsclean.meta.lines import metadata_rule
from newsclean.meta.listing import Teaser, find_teasers
from newsclean.meta.published import agency_tag_line, choose_dates, find_dateline
from newsclean.meta.section import find_section
from newsclean.meta.titles import headline_text, pick_title, without_outlet_rubric
from newsclean.provenance.citations import signed_off
from newsclean.provenance.identify import identify, outlets_signing
from newsclean.provenance.registry import Registry
from newsclean.segment import UNSPACED, Line, segment

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
# between the headline and the lead: the byline, the date, the dateline, the reading time
_HEADER_RULES = frozenset({rules.BYLINE, rules.DATE, rules.DATELINE, "chrome.counter"})
_NAME_ALONE_RULES = frozenset({rules.PREAMBLE, rules.MENU, rules.TRAILER})
_CAPTION = "chrome.caption"
_SEPARATOR = "chrome.separator"
# Where prose is told by its shape (DocContext.by_shape), a lead is one sentence at least
# this long: Finnish's and Estonian's run to fewer words than prose's ten ("Muutokset
# koskisivat erityisesti nuoria työnhakijoita."). Elsewhere a sentence this short under the
# headline is as often a photo's caption, unless it stands straight under the headline, over
# the byline or the date (_standfirst).
_LEAD_MIN_WORDS = 5
_STANDFIRST_REACH = 3  # lines under a standfirst in which the byline's or the date's line stands
# ... and its fewest words: "Remontas truks tris mėnesius." (the repairs will last three months)
_STANDFIRST_MIN_WORDS = 4
_CREDIT_WORDS = 5  # a caption line this short is a photo's credit alone: "(Foto: picture alliance/dpa)"


def _standfirst(lines: Sequence[Line], removed: dict[int, str], title: int, i: int, ctx: DocContext) -> bool:
    """A short sentence straight under the headline, with a stop word where prose is not
    told by its shape, that the date or the byline follows (the byline's name may still be a
    preamble line here, and a word may follow it: "Jón Jónsson" / "skrifar"): the standfirst
    ("Onsdag blir den dyreste dagen på flere uker."). A photo's caption stands under the
    byline and the date, by the photo."""
    if i != title + 1 or not (ctx.by_shape or ctx.stopword_share(lines[i]) > 0):
        return False
    for j in range(i + 1, min(i + 1 + _STANDFIRST_REACH, len(lines))):
        if removed.get(j) in _HEADER_RULES:
            return True
        if removed.get(j) != rules.PREAMBLE or lines[j].sentence_end or lines[j].words > ctx.short_line_words:
            return False
    return False


def _over_credit(lines: Sequence[Line], removed: dict[int, str], i: int) -> bool:
    """A paragraph over a photo's credit alone is the photo's caption, not the lead."""
    return removed.get(i + 1) == _CAPTION and lines[i + 1].words <= _CREDIT_WORDS


@dataclass(slots=True)
class _Judged:
    """The rules' context for one language and script, and the verdicts given in it."""

    context: DocContext
    verdicts: dict[str, str | None] = field(default_factory=dict)


_SIGNOFF_LINES = 3  # lines under the body where agencies sign it off: "(dpa)", "(sda/mas)"


def _closing(lines: Sequence[Line], kept: Sequence[int]) -> list[str]:
    """The body's last paragraph and the lines right under it, where agencies sign a story off."""
    if not kept:
        return []
    return [line.text for line in lines[kept[-1]: kept[-1] + 1 + _SIGNOFF_LINES]]


_SAMPLE_LINE_MAX = 10_000  # langdetect reads no further than this


def _day_first_in(language: str | None) -> bool | None:
    """Whether a page's slashed dates put the day first, told by its language where no outlet
    tells: of the languages news is written in, only English puts the month first too (in the
    United States, in the Philippines), so only its dates stay ambiguous."""
    return None if language in (None, "en") else True


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
            html_metadata,
            html_to_text,
            visible_text,
            without_attribute_floods,
        )

        html = without_attribute_floods(html)
        reference = _reference(fetched_at)
        meta = html_metadata(html, reference=reference)
        text = html_to_text(html)
        record = self.for_html()._clean(text, id=id, url=url, source=source, fetched_at=fetched_at,
                                        site_name=meta.sitename)
        # The page as a reader sees it: extraction keeps the paragraphs and often drops the
        # headline's and the date's lines, which the markup's title and date are weighed against.
        page = visible_text(html)
        shown = self._clean(page, id=id, url=url, source=source, fetched_at=fetched_at,
                            site_name=meta.sitename)
        shown_title = shown.title if shown.kind == "article" else None
        title, declared, joined = weighed_title(meta, page, shown_title, (text, record.title))
        if title and rules.HEADLINE not in self.config.disabled_rules:
            record = without_headline(record, text, title, declared, meta.title, joined)
        printed = Printed.of(record)
        if record.kind == "article" and (
            record.published is None or (meta.date or "")[:10] != record.published[:10]
        ):  # The extracted text is undated, or the markup disagrees with it.
            if shown.kind == "article" and shown.published is not None:
                printed = Printed.of(shown)
            printed = replace(printed, days=days_printed(page, reference))
        shown_article = shown.kind == "article"
        return with_page_metadata(record, meta, printed, title,
                                   shown.authors if shown_article else (),
                                   shown.section if shown_article else None)

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
        ``fetched_at`` (when the page was fetched: a datetime, ISO 8601, an HTTP date, a
        WARC timestamp or Unix time, as :mod:`newsclean.fetched` reads them) dates relative
        dates ("2 hours ago") and gives year-less dates their year; nothing else does.
        """
        if not isinstance(text, str):
            hint = " (decode it first: data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
            raise InputTypeError(f"clean() takes text as str, got {type(text).__name__}{hint}")
        return self._clean(text, id=id, url=url, source=source, fetched_at=fetched_at)

    def _clean(
        self,
        text: str,
        *,
        id: str | None,
        url: str | None,
        source: str | None,
        fetched_at: str | datetime | date | None,
        site_name: str | None = None,
    ) -> Article:
        """:meth:`clean`, weighing in the site name an HTML page declares (``site_name``)."""
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
                teasers = [Teaser(_at(kept, t.title), _at(kept, t.text), t.truncated, _at(kept, t.date))
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
        body_start = kept[0] if kept else None  # the body's first line before its lead joins it
        if title is not None and kept and title < kept[0]:
            kept, removed = self._with_lead(lines, kept, removed, title, memo)
        if kept:
            kept, removed = self._with_signoff(lines, kept, removed, language)
        reference = _reference(fetched_at)
        record = self._record(
            lines, kept, removed, title, teasers, language,
            id=id, url=url, source=source, reference=reference, site_name=site_name,
            body_start=body_start,
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
            if rule in _HEADER_RULES or rule == _SEPARATOR:  # "|" between the dates' lines
                continue
            line = lines[i]
            if (rule != rules.PREAMBLE or _over_credit(lines, removed, i)
                    or not (ctx.is_prose(line)
                            or (line.sentence_end and line.words >= _LEAD_MIN_WORDS and ctx.by_shape)
                            or (line.sentence_end and line.words >= _STANDFIRST_MIN_WORDS
                                and _standfirst(lines, removed, title, i, ctx)))):
                break
            lead.append(i)
        if not lead:
            return kept, removed
        return sorted([*lead, *kept]), {i: r for i, r in removed.items() if i not in lead}

    def _with_signoff(
        self, lines: Sequence[Line], kept: list[int], removed: dict[int, str], language: str | None,
    ) -> tuple[list[int], dict[int, str]]:
        """The body with its last paragraph, which the agencies sign off in brackets ("...
        beginnen. (dpa)"): ending in no sentence's mark, and in a credit's, it was taken for a
        caption, or for the trailer's first line."""
        below = kept[-1] + 1
        if below >= len(lines) or removed.get(below) not in (_CAPTION, rules.TRAILER):
            return kept, removed
        if not signs_off(lines[below], language):
            return kept, removed
        registry = self.config.registry or Registry.shipped()
        if not signed_off([lines[below].text], registry, language):
            return kept, removed
        return [*kept, below], {i: r for i, r in removed.items() if i != below}

    def _without_short_tail(
        self, lines: Sequence[Line], kept: list[int], removed: dict[int, str]
    ) -> tuple[list[int], dict[int, str]]:
        """The body without the short lines that end it once the author box's bio below
        them has left (share buttons: "twittern", "pocket"): the bio held them in the body's
        span, and cleaning the body again would find them its trailer."""
        end = len(kept)
        while end > 1 and (lines[kept[end - 1]].words <= self.config.short_line_words
                           and not lines[kept[end - 1]].sentence_end):
            end -= 1
        tail = dict.fromkeys(kept[end:], rules.TRAILER)
        return kept[:end], {**removed, **tail}

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
                # no list fit to tell it (language.prose_by_shape), and not one of the
                # scripts without spaces, whose prose is told by its clause marks
                # (rules.DocContext.is_prose)
                by_shape=prose_by_shape(language, script) and UNSPACED.search(sample) is None,
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
        scores = isolate(scores, named, lines)
        span = body_span(scores)
        if span:
            span = with_data(lines, named, scores, span)
        # A page with no prose at all is kept from its headline on, the headline sought above
        # its first date or byline, where a page's header prints them (without, it is kept whole).
        header = 0
        if span:
            span = past_related_box(lines, cut_at_end_marker(lines, span, named, ctx), named, ctx)
            end = embed_end(lines, list_end(lines, span[1], named, ctx), named)
            span = span[0], closing_sentence_end(lines, end, named)
        else:
            span = 0, len(lines)
            header = min((i for i, rule in named.items() if rule in (rules.DATE, rules.BYLINE)),
                         default=0)
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
            last = teasers[-1]
            if first is not None and last.date is not None and all(t.text is None for t in teasers):
                start, end = first, last.date + 1  # a headline index: its headlines and dates
        elif want_title:
            result.title = pick_title(lines, named, max(start, header), counts, ctx, end)
            if result.title is not None and rules.HEADLINE not in disabled:
                named[result.title] = rules.HEADLINE
            if header and result.title is not None:
                start = result.title + 1  # what stands above the headline is the page's, too

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
        site_name: str | None = None,
        body_start: int | None = None,
    ) -> Article:
        flags: set[str] = set()
        named = find_byline(lines, removed, kept, title, stopwords(language), label_start=body_start)
        if rules.BYLINE not in self.config.disabled_rules:
            # a name line the body's rules kept ("Ronja Beck" above the date), or an author
            # box's, though the byline was read elsewhere: a byline, not prose
            box = author_box_in_body(lines, kept, stopwords(language))
            by = named[0] if named is not None else None
            if by is not None and credit_in_text(lines[by].text):
                by = None  # "(Reporting by ...)", "〔記者巫其倫／台北報導〕財政部...": the article's
            names = {i for i in (box, by, wire_under(lines, kept, by) if by is not None else None)
                     if i is not None}
            taken = names.intersection(kept)
            if by is not None and removed.get(by) in _NAME_ALONE_RULES and named is not None \
                    and holds_the_byline(lines[by].text, named[1]):
                # a name the structural rules cut ("Gad Lior" above the date, "إدلب - أحمد
                # السعدي"): the byline's line
                removed = {**removed, by: rules.BYLINE}
            if by is not None and removed.get(by) == rules.BYLINE \
                    and removed.get(by + 1) in _NAME_ALONE_RULES and role_under(lines, by):
                removed = {**removed, by + 1: rules.BYLINE}  # "Staff Writer" under the name
            if taken:
                kept = [i for i in kept if i not in taken]
                removed = {**removed, **dict.fromkeys(taken, rules.BYLINE)}
            rest = {i: rule for i, rule in author_box_rest(lines, removed, kept).items()
                    if rule not in self.config.disabled_rules}  # "Autor*In", the bio below
            if rest:
                last = kept[-1]
                kept = [i for i in kept if i not in rest]
                removed = {**removed, **rest}
                if last in rest and rules.TRAILER not in self.config.disabled_rules:
                    kept, removed = self._without_short_tail(lines, kept, removed)
        if (len(kept) > 1 and kept[-1] + 1 < len(lines) and lines[kept[-1]].text.endswith(":")
                and lines[kept[-1]].words <= self.config.short_line_words
                and rules.TRAILER not in self.config.disabled_rules):
            # a heading that ends the body, what it announced removed ("Note from the author:"
            # over a plea for support)
            removed = {**removed, kept[-1]: rules.TRAILER}
            kept = kept[:-1]
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
        registry = self.config.registry or Registry.shipped()
        authors = outlets_signing(collect_authors(lines, removed, named), registry, language)
        top = kept[0] if kept else len(lines)
        provenance = identify(
            registry,
            url=url,
            chrome=[(lines[i].text, i < top) for i, rule in sorted(removed.items())
                    if rule != rules.HEADLINE],
            first=lines[0].text if lines else None,
            body=body,
            authors=authors,
            language=language,
            site_name=site_name,
            closing=_closing(lines, kept),
        )
        flags |= provenance.flags
        outlet_names = ([n for n in (provenance.outlet.name, provenance.outlet.domain) if n]
                        if provenance.outlet else [])
        section = find_section(lines, removed, kept, title if kind == "article" else None,
                               outlet_names=outlet_names)
        headline = None
        if title is not None and kind == "article":  # "... Experts’ opinions on Caliber.Az"
            headline = without_outlet_rubric(headline_text(lines, title, language), outlet_names)
        zone = provenance.timezone
        day_first = (provenance.info.day_first if zone is not None and provenance.info
                     else _day_first_in(language))
        dates = choose_dates(lines, removed, kept, title, listing=bool(teasers), tz=zone,
                             reference=reference, day_first=day_first)
        published = dates.published
        dateline = find_dateline(lines, removed, kept, provenance.citations, language)
        tagged = agency_tag_line(lines, kept, provenance.citations)
        if tagged is not None and removed.get(tagged[0]) in _NAME_ALONE_RULES:
            # an Arab agency's dateline line the structural rules cut with the menu ("دمشق-سانا")
            removed = {**removed, tagged[0]: rules.DATELINE}
        if teasers:
            items = tuple(
                Item(
                    title=lines[t.title].text if t.title is not None else None,
                    text=lines[t.text].text if t.text is not None else "",
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
            if published is not None and published.from_reference:
                flags.add("published_from_fetch")
            if dates.from_updated:
                flags.add("published_from_updated")
            if not authors:
                flags.add("no_byline")
        return Article(
            id=id,
            source=source or url or id,
            url=url,
            kind=kind,  # type: ignore[arg-type]
            title=headline,
            text="\n\n".join(body),
            published=published.value if published else None,
            published_raw=published.raw if published else None,
            published_tz=published.offset_source if published else None,
            page_date=dates.page_date.value if dates.page_date else None,
            dateline=dateline,
            authors=authors,
            section=section,
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


def _reference(value: str | datetime | date | None) -> datetime | date | None:
    """``fetched_at`` as a datetime (or date), in any form :mod:`newsclean.fetched` reads; an
    unreadable value is ignored (and the record flagged ``fetched_at_unread``)."""
    return None if value is None else read_fetch_time(value)


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
