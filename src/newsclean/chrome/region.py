"""Where the article body is: the densest run of prose, found as a maximum-sum span.

Each line gets a score: prose lines count for their length in words, short lines and link
lines against, headings that open related teasers or comments (``Related``, ``Comments``)
strongly against, lines already named by a rule nearly nothing. The body is the span with the
greatest total; ties go to the longer span, so a body whose every prefix and suffix scores at
least zero is its own best span, which is what makes cleaning idempotent. Where the best
span is too weak to be an article, the page may be a list of data (a calendar, results):
its rows then score as prose does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import islice, pairwise

from newsclean.chrome import patterns as p
from newsclean.chrome.rules import DATE, RELATED, REPEAT, DocContext
from newsclean.meta.dates import find_dates
from newsclean.segment import UNSPACED, Line

# Scores. Prose earns its word count; these are the costs of what is not prose.
NAMED_COST = -1.0  # a line a rule already named (share row, date line...)
SHORT_COST = -3.0  # a short line: menu item, label, caption credit
LINK_COST = -6.0  # a longer line that is not prose: a teaser headline, a list of links
END_MARKER_COST = -15.0  # "Related articles", "Comments": what follows is not this article
NEAR_PROSE_SCORE = 0.5  # a short sentence: neither for nor against
NEAR_PROSE_WORDS = 4  # ... of this many words, with a stop word
# ... or of three, where prose is told by its shape: a sentence of three words there says what
# one of five says in English ("Yangında yaralanan olmadı.", "no one was hurt in the fire")
NEAR_PROSE_WORDS_BY_SHAPE = 3


MIN_BODY_BEFORE_CUT = 30  # prose words the body must hold before an end marker cuts it


def line_score(line: Line, ctx: DocContext, rule: str | None = None) -> float:
    """How much a line speaks for being inside the body; ``rule`` is the rule that named it."""
    if rule is not None:
        if rule == RELATED:
            return END_MARKER_COST
        # "Haberin Devamı", "Story continues below": the article goes on below it
        return 0.0 if line.key in p.CONTINUES_BELOW else NAMED_COST
    if ctx.is_prose(line):
        return float(line.words)
    if p.COMMENT_AUTHOR.match(line.text):
        return LINK_COST
    if line.sentence_end and (
            (line.words >= NEAR_PROSE_WORDS and (ctx.by_shape or ctx.stopword_share(line) > 0))
            or (line.words >= NEAR_PROSE_WORDS_BY_SHAPE and ctx.by_shape
                and not line.text.endswith((":", ";")))):  # "Karanta wannan ma:", a label
        return NEAR_PROSE_SCORE
    if line.words <= ctx.short_line_words or _figures(line):
        return SHORT_COST
    return LINK_COST


FIGURES = 2  # numbers on a line of a table or a list of data ("gsoc-2018 3.3 GB/s 0.091 GB/s")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?!\w)")


def _figures(line: Line) -> bool:
    """A row of a table or of a list of data, which costs no more than a short line: two
    numbers or more, and neither a sentence nor a date (a teaser's credit: "Benjamin Triebe,
    London 18.10.2019, 19:33")."""
    return (not line.sentence_end and len(_NUMBER.findall(line.text)) >= FIGURES
            and not find_dates(line.text))


ISOLATED_SHARE = 0.3  # what a paragraph between two non-prose lines keeps of its score
_STEP = re.compile(r"\d{1,2}[.)]?$")  # a step's number over its paragraph: "1", "2.", "3)"
_STEP_CHARS = 3


def isolate(
    scores: Sequence[float], named: Mapping[int, str], lines: Sequence[Line] | None = None
) -> list[float]:
    """Discount prose that stands alone between headline-like lines.

    An article runs paragraph after paragraph; a list of teasers or comments runs headline,
    paragraph, headline, paragraph. A paragraph whose nearest unnamed neighbours on both
    sides are not prose is discounted, so such a list stops outweighing its headlines. A
    step's number (``lines`` given) is no such neighbour: a recipe's or a how-to's steps run
    number, paragraph, number, paragraph, and are the article.
    """
    free = [i for i in range(len(scores)) if i not in named
            and not (lines is not None and lines[i].chars <= _STEP_CHARS and _STEP.match(lines[i].text))]
    out = list(scores)
    for k, i in enumerate(free):
        if scores[i] <= NEAR_PROSE_SCORE:
            continue
        before = scores[free[k - 1]] if k > 0 else None
        after = scores[free[k + 1]] if k + 1 < len(free) else None
        if before is not None and after is not None and before < 0 and after < 0:
            out[i] = scores[i] * ISOLATED_SHARE
    return out


def body_span(scores: Sequence[float]) -> tuple[int, int] | None:
    """The ``[start, end)`` span of greatest total score, longest on ties; ``None`` if none is positive."""
    best: tuple[float, int, int, int] | None = None  # (total, length, -start, end)
    prefix = 0.0
    low, low_at = 0.0, 0  # lowest prefix sum so far and where (earliest on ties)
    for end, score in enumerate(scores, start=1):
        prefix += score
        total = prefix - low
        candidate = (total, end - low_at, -low_at, end)
        if total > 0 and (best is None or candidate[:2] > best[:2]):
            best = candidate
        if prefix < low:
            low, low_at = prefix, end
    if best is None:
        return None
    return -best[2], best[3]


def cut_at_end_marker(
    lines: Sequence[Line], span: tuple[int, int], named: Mapping[int, str], ctx: DocContext
) -> tuple[int, int]:
    """End the body at the first end marker that follows enough prose and opens a list.

    A maximum-sum span may run on through "Related" into a long list of teasers or comments,
    whose prose outweighs the marker. Teasers and comments come one paragraph at a time,
    between headlines and author lines; an article that goes on after a "Related" box goes on
    with paragraph after paragraph. So the marker ends the body unless the first prose after
    it is followed straight away by more prose.
    """
    start, end = span
    prose = 0
    headlines: _Headlines | None = None  # made when first needed
    for i in range(start, end):
        line = lines[i]
        rule = named.get(i)
        if (rule in _ENDS_ARTICLE or (rule in _READ_AS_OTHER and _comment_heading(lines, i))
                or (rule == "chrome.subscribe" and not line.sentence_end and p.APPEAL.match(line.lower))):
            if prose >= MIN_BODY_BEFORE_CUT:
                headlines = headlines or _Headlines(lines)
                comments = p.ABOUT_COMMENTS.search(line.text) is not None
                if not (_prose_continues(lines, i + 1, end, named, ctx, headlines, comments)
                        or _closes_after_box(lines, i, named, ctx) is not None):
                    return start, i
        elif i not in named and ctx.is_prose(line):
            prose += line.words
    return span


_READ_AS_OTHER = frozenset({"chrome.ui", "chrome.counter"})
# What ends an article: a "Related" heading, and the notice that it was published first
# elsewhere ("Read the original article on ...": the syndicating site's blurb follows)
_ENDS_ARTICLE = frozenset({RELATED, "chrome.syndication"})


COMMENT_BUTTON_REACH = 4  # lines after a comment heading where it printed again is a button


def _comment_heading(lines: Sequence[Line], i: int) -> bool:
    """A comment section's heading ("Comments", "12 Comments", "Kommentare ( 56 )"), which the
    line rules take for an interface string or a counter (``_READ_AS_OTHER``): below enough
    of the body, it opens what follows the article as "Related" does. (Above it, as a link
    by the byline, it is left to those rules.) Printed again a paragraph below, it is a
    button the page repeats between the article's parts, and opens nothing."""
    text = lines[i].text
    return (p.COMMENT_HEADING.match(text) is not None
            and all(line.text != text for line in lines[i + 1:i + 1 + COMMENT_BUTTON_REACH]))


class _Headlines:
    """The page's lines that can be headlines, to tell a teaser whose headline runs into its
    summary ("One of the witnesses confirmed it on TV This may be the biggest moment..."):
    a list of most-read stories prints them so, and the page prints the headline alone
    elsewhere, in another list."""

    OPENING_WORDS = 3  # lines are looked up by their first words
    WORDS = range(4, 26)  # a headline's length in words

    def __init__(self, lines: Sequence[Line]) -> None:
        self._by_opening: dict[tuple[str, ...], set[str]] = {}
        for line in lines:
            if line.words in self.WORDS:
                self._by_opening.setdefault(self._opening(line.text), set()).add(line.text)

    def _opening(self, text: str) -> tuple[str, ...]:
        return tuple(text.split(maxsplit=self.OPENING_WORDS)[:self.OPENING_WORDS])

    def open(self, line: Line) -> bool:
        """Whether ``line`` opens with a headline printed on a line of its own, and goes on."""
        text = line.text
        return any(len(text) > len(head) and text.startswith(head) and text[len(head)] == " "
                   for head in self._by_opening.get(self._opening(text), ()))


CONTINUATION_WINDOW = 10  # unnamed lines after a marker in which the article may resume
CONTINUATION_REACH = 200  # ... among this many lines after it, named ones included


def _prose_continues(
    lines: Sequence[Line], i: int, end: int, named: Mapping[int, str], ctx: DocContext,
    headlines: _Headlines, comments: bool = False,
) -> bool:
    """Whether two paragraphs in a row follow soon after ``i``: the article resuming.

    Teasers cut off with an ellipsis do not count: they are what a list of links is made of.
    Nor do teasers that open with a headline the page prints alone elsewhere. Nor do two
    paragraphs with a line printed again between them: a teaser's kicker or its headline,
    which a list repeats and an article does not ("Company Town", a question). Nor do any
    after a comment's author line ("Art Edwards says:"): readers' comments, some of them
    paragraph after paragraph; nor after a comment's author's name over its date. Under a
    heading of ``comments``, paragraphs that speak of comments are its notices, and do not
    count either.
    """
    # the window's lines, named ones skipped, within a bounded reach: a page of thousands of
    # markers must not have each of them look through all the others
    reach = range(i, min(end, i + CONTINUATION_REACH))
    free = list(islice((j for j in reach if j not in named), CONTINUATION_WINDOW + 1))
    signed = next((k for k, j in enumerate(free) if p.COMMENT_AUTHOR.match(lines[j].text)
                   or _over_date(lines, j, named)), None)
    free = free[:signed]  # from there on, readers' comments
    if comments:  # under a comment section's heading, its notices: its rules, how to take part
        free = [j for j in free if p.ABOUT_COMMENTS.search(lines[j].text) is None]
    return any(
        _paragraph(lines[a], ctx) and _paragraph(lines[b], ctx)
        and not headlines.open(lines[a]) and not headlines.open(lines[b])
        and REPEAT not in (named.get(k) for k in range(a + 1, b))
        for a, b in pairwise(free)
    )


SIGNATURE_WORDS = 4  # a comment's author's name over its date


def _over_date(lines: Sequence[Line], j: int, named: Mapping[int, str]) -> bool:
    """Whether line ``j`` is a comment's author, a name over the comment's date."""
    line = lines[j]
    return (named.get(j + 1) == DATE and line.words <= SIGNATURE_WORDS
            and not line.sentence_end)


RELATED_BOX_ITEMS = (2, 8)  # headlines a related-stories box inside an article lists
RELATED_BOX_REACH = 200  # lines after its heading, named ones included, that a box may span
CLOSING_ROW = 2  # share buttons in a row, right under a paragraph, that close the article
_CLOSING_RULES = frozenset({"chrome.social", "chrome.share"})


def _closes_after_box(lines: Sequence[Line], i: int, named: Mapping[int, str],
                      ctx: DocContext) -> int | None:
    """The article's last paragraph, when the related-stories heading at ``i`` opens a box
    inside the article that the paragraph follows: a list of headlines
    (``RELATED_BOX_ITEMS``), one paragraph, and right under it the row of share buttons that
    closes the article ("RELATED STORIES", four headlines, "The incident has occurred at a
    time when ...", "Twitter", "Facebook"). A teaser's summary follows its one headline,
    not a list of them."""
    items = 0
    for j in range(i + 1, min(len(lines), i + 1 + RELATED_BOX_REACH)):
        if j in named:
            continue
        if _paragraph(lines[j], ctx):
            low, high = RELATED_BOX_ITEMS
            row = [named.get(k) for k in range(j + 1, min(len(lines), j + 1 + CLOSING_ROW))]
            closes = (low <= items <= high and len(row) == CLOSING_ROW
                      and all(rule in _CLOSING_RULES for rule in row))
            return j if closes else None
        if lines[j].text.endswith(":"):
            return None
        items += 1
    return None


def past_related_box(lines: Sequence[Line], span: tuple[int, int], named: Mapping[int, str],
                     ctx: DocContext) -> tuple[int, int]:
    """The body's span, run on past a related-stories box that its end stops at when the
    article's last paragraph follows the box (``_closes_after_box``): the box's headlines
    weigh more than one paragraph, which the span would leave out."""
    start, end = span
    if named.get(end) != RELATED:
        return span
    last = _closes_after_box(lines, end, named, ctx)
    if last is None:
        resumed = _resumes_below_notice(lines, end, named, ctx)
        return span if resumed is None else (start, resumed)
    return start, last + 1


def _resumes_below_notice(lines: Sequence[Line], i: int, named: Mapping[int, str],
                          ctx: DocContext) -> int | None:
    """Where the article ends that resumes under the "continues below the ad" notice
    following the related-stories heading at ``i`` and its headlines ("Auch interessant",
    "Weiterlesen nach der Anzeige", "Die Feuerwehr ist ... im Einsatz."): the notice says the
    article goes on, though a sentence or two under it weigh less than the heading."""
    notice = next((j for j in range(i + 1, min(len(lines), i + 2 + RELATED_BOX_ITEMS[1]))
                   if lines[j].key in p.CONTINUES_BELOW), None)
    if notice is None or any(j not in named and _paragraph(lines[j], ctx) for j in range(i + 1, notice)):
        return None  # a teaser's summary: the box lists stories, and the notice is another's
    k = notice + 1
    while k < len(lines) and k not in named and (_paragraph(lines[k], ctx) or _closing_sentence(lines[k])):
        k += 1
    return k if k > notice + 1 else None


def related_boxes(
    lines: Sequence[Line], span: tuple[int, int], named: Mapping[int, str], ctx: DocContext
) -> list[int]:
    """The headlines listed under a related-stories heading inside the body, where the
    article goes on after them ("Related articles", two or three headlines, the next
    paragraph): from the heading to the first paragraph, every line that is not one.

    Only after a paragraph of the body, and only a list: one line under the heading may be
    the article's next subheading, and is left; but not under a label that introduces one
    link ("Read also", "Lire aussi": ``patterns.READ_ALSO``). A line that opens what follows
    ("Here are the highlights:") is the article's own: the heading closed a box above it,
    not one below.
    """
    start, end = span
    found: list[int] = []
    seen_prose = False
    headlines: _Headlines | None = None  # made when first needed
    for i in range(start, end):
        if i in named:
            one_link = p.READ_ALSO.match(lines[i].lower) is not None
            if not (named[i] == RELATED or one_link) or not seen_prose:
                continue
            box: list[int] = []
            for j in range(i + 1, min(end, i + 1 + RELATED_BOX_REACH)):
                if lines[j].key in p.CONTINUES_BELOW:
                    found.extend(box)  # the box's headlines, over "Weiterlesen nach der Anzeige"
                    break
                if j in named:
                    continue
                if _paragraph(lines[j], ctx):
                    low, high = RELATED_BOX_ITEMS
                    if one_link and len(box) == 1:
                        found.extend(box)  # the link's headline, the article's next paragraph
                    elif low <= len(box) <= high:
                        headlines = headlines or _Headlines(lines)
                        if (_prose_continues(lines, j, end, named, ctx, headlines)
                                or _closes_after_box(lines, i, named, ctx) is not None):
                            found.extend(box)
                    break
                if lines[j].text.endswith(":"):
                    break
                box.append(j)
        elif ctx.is_prose(lines[i]):
            seen_prose = True
    return found


LIST_ITEMS = 4  # lines a list that continues the article holds at least
LIST_ITEM_WORDS = 3  # ... and the words its lines hold on average
LIST_SHAPE_TOKENS = 4  # the opening tokens its lines share


def list_end(lines: Sequence[Line], end: int, named: Mapping[int, str], ctx: DocContext) -> int:
    """Where the body ends once a list that closes the article is counted in: ``end``, or
    past the run of data lines that follows it, under a heading of its own or none.

    Tour dates ("June 9 – Tampa, FL @ Amphitheatre"), a race calendar, numbered sources
    ("[1] http://..."): line after line of one shape, dates or numbers and the same marks
    between them, that no rule named. Teasers and menus do not share such a shape; an
    archive's months ("Juli 2020 (1)") do, but their rule names them first.
    """
    for first in (end, end + 1):  # the list right after the body, or under a heading
        if first >= len(lines) or first in named:
            return end
        after = _data_run(lines, first, named)
        if after > first:
            return after
        if ctx.is_prose(lines[first]) or lines[first].sentence_end:
            return end  # a paragraph, not a heading: no list of the article's follows
    return end


def in_data_list(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` is a row of a list of data: a number and a mark among its opening
    tokens, in the shape of the line before or after it, which is another line ("June 9 –
    Tampa, FL @ ..." over "June 10 – Miami, FL @ ..."; not a byline the page prints twice)."""
    text = lines[i].text
    shape = _shape(text)
    return ("0" in shape and any(token not in "a0" for token in shape)
            and any(0 <= j < len(lines) and lines[j].text != text and _shape(lines[j].text) == shape
                    for j in (i - 1, i + 1)))


def _data_run(lines: Sequence[Line], first: int, named: Mapping[int, str]) -> int:
    """Where the run of data lines that starts at ``first`` ends (past its last line), or
    ``first`` when none does: at least ``LIST_ITEMS`` unnamed lines of one shape, with a
    number and a mark among their opening tokens, holding enough words."""
    shape = _shape(lines[first].text)
    if "0" not in shape or all(token in "a0" for token in shape):
        return first
    last = first
    while (last + 1 < len(lines) and last + 1 not in named
           and _shape(lines[last + 1].text) == shape):
        last += 1
    items = last - first + 1
    words = sum(line.words for line in lines[first:last + 1])
    return last + 1 if items >= LIST_ITEMS and words >= LIST_ITEM_WORDS * items else first


WEAK_BODY = 30.0  # what a best span scores at most that holds no article prose worth the name


def _with_data_rows(
    lines: Sequence[Line], named: Mapping[int, str], scores: Sequence[float]
) -> list[float]:
    """``scores`` with every line of a run of data lines (of one shape, or of figures)
    scoring its words, as prose does: on a page whose best span is weak (``WEAK_BODY``), the
    article is a list of data (a race calendar, results), and the prose the span found is a
    sidebar's teaser."""
    out = list(scores)
    i = 0
    while i < len(lines):
        after = max(_data_run(lines, i, named), _figure_run(lines, i, named)) if i not in named else i
        for row in range(i, after):
            out[row] = float(lines[row].words)
        i = max(after, i + 1)
    return out


DATA_OUTWEIGHS = 10  # how many times over a list of data outweighs the prose to be the article


def with_data(
    lines: Sequence[Line], named: Mapping[int, str], scores: Sequence[float], span: tuple[int, int]
) -> tuple[int, int]:
    """The body's span once lists of data count as prose does, where the page's prose is too
    weak to be an article (``WEAK_BODY``) or the data outweighs it many times over
    (``DATA_OUTWEIGHS``: the article is a list, under a paragraph); else ``span``."""
    prose = sum(scores[span[0]:span[1]])
    if prose >= WEAK_BODY and sum(line.words for line in lines) <= DATA_OUTWEIGHS * prose:
        return span  # no list could outweigh it: most pages, told without reading their lines
    data_scores = _with_data_rows(lines, named, scores)
    data = body_span(data_scores)
    if data is None or data == span:
        return span
    if prose < WEAK_BODY or sum(data_scores[data[0]:data[1]]) > DATA_OUTWEIGHS * prose:
        return data
    return span


def _figure_run(lines: Sequence[Line], first: int, named: Mapping[int, str]) -> int:
    """Where the run of lines of figures that starts at ``first`` ends, or ``first`` when none
    does: at least ``LIST_ITEMS`` unnamed lines in a row with ``FIGURES`` numbers each, the
    rows of results whose shapes vary ("Palm Bay d. Rockledge 70-44", "Rockledge 14 11 6 15
    — 44", "Palm Bay (1-0): Tolivert 25 points.")."""
    last = first
    while (last < len(lines) and last not in named
           and len(_NUMBER.findall(lines[last].text)) >= FIGURES):
        last += 1
    return last if last - first >= LIST_ITEMS else first


EMBED_TEXT_LINES = 2  # lines an embedded post's text takes, over its signature


def embed_end(lines: Sequence[Line], end: int, named: Mapping[int, str]) -> int:
    """Where the body ends once a post the article closes with is counted in: ``end``, or
    past the signature of the post embedded right after the body ("Who are we as a nation
    if ...? pic.twitter.com/..." over "— Rep. Ilhan Omar (@Ilhan) November 19, 2019"). The
    post's text reads as no paragraph (it ends with a link), and the signature as a date
    line; together they are what the article quotes last."""
    for signature in range(end + 1, min(len(lines), end + 1 + EMBED_TEXT_LINES)):
        if any(k in named for k in range(end, signature)):
            return end  # the post's text, which no rule names, comes first
        if p.EMBED_SIGNATURE.match(lines[signature].text):
            return signature + 1
    return end


def closing_sentence_end(lines: Sequence[Line], end: int, named: Mapping[int, str]) -> int:
    """Where the body ends once the sentence that closes the article is counted in: ``end``,
    or past the line right after the body that is a sentence too bare of function words to
    score as prose ("Project cost reached 50 million lari, officials said."; a language that
    writes them as endings, such as Georgian, writes most sentences so). It must be a line
    no rule named, of ``CLOSING_SENTENCE_WORDS`` words or more, in a spaced script, that
    ends like a sentence and holds no link and no clock; and the line after it no such
    sentence: a run of them is a list of teasers' leads, or a block of text no reader reads
    (a paywall's scramble). An ad's label between the body and the sentence is passed over:
    the ad stood between the article's last paragraphs ("Annonse")."""
    at = end
    while at < len(lines) and at in named and lines[at].key in p.AD_LABELS:
        at += 1
    if at >= len(lines) or at in named or not _closing_sentence(lines[at]):
        return end
    if at + 1 < len(lines) and at + 1 not in named and _closing_sentence(lines[at + 1]):
        return end
    return at + 1


CLOSING_SENTENCE_WORDS = 6
# a link, or a clock ("Updated at 1:23 p.m.")
_NOT_THE_ARTICLES = re.compile(r"://|\bwww\.|pic\.twitter\.com|\d:\d\d")


def _closing_sentence(line: Line) -> bool:
    return (line.sentence_end and line.words >= CLOSING_SENTENCE_WORDS
            and _NOT_THE_ARTICLES.search(line.text) is None
            and (line.lower.isascii() or UNSPACED.search(line.text) is None))


def _shape(text: str) -> tuple[str, ...]:
    """A line's opening tokens: ``a`` for a run of words, ``0`` for a number, marks as they are."""
    tokens = islice(p.SHAPE_TOKEN.finditer(text), LIST_SHAPE_TOKENS)
    return tuple("a" if m[0][0].isalpha() else "0" if m[0][0].isdigit() else m[0] for m in tokens)


def _paragraph(line: Line, ctx: DocContext) -> bool:
    return ctx.is_prose(line) and not p.TRUNCATED.search(line.text)


def menu_runs(lines: Sequence[Line], indices: Sequence[int], ctx: DocContext, run: int) -> set[int]:
    """Of ``indices`` (lines on one side of the body, in order), those in runs of short lines."""
    found: set[int] = set()
    current: list[int] = []
    for i in indices:
        line = lines[i]
        if line.words <= 8 and not line.sentence_end and not ctx.is_prose(line):
            current.append(i)
            continue
        if len(current) >= run:
            found.update(current)
        current = []
    if len(current) >= run:
        found.update(current)
    return found
