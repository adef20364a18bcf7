"""The headline: which line before the body is the title.

Candidates are the headline-shaped lines up to ``LOOKBACK`` unnamed lines before the body,
those that open the body's span above its first paragraph, and those beside a byline or a
date near the span's top (where the headline stands when chrome that reads as prose opened
the span). Each is described by named
FEATURES of what a headline is: it speaks of what the body speaks of (its content words
recur in the first paragraphs), sites print it twice (page title and heading) or repeat it
in a share text, it has a headline's length, and it stands close to the body; menu labels,
breadcrumb trails and interface strings look otherwise. A linear ranker (``WEIGHTS``, fitted
by ``bench/fit_title.py``) scores them and the best is the headline. A blog that quotes the
post's title over its comments ("5 thoughts on “X”") names the headline outright, and so does
a breadcrumb trail whose last crumb the page prints again just above the body. A kicker
joined to the headline on its line is cut where the page shows it to be one
(:func:`headline_text`).
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from newsclean.chrome import patterns as p
from newsclean.chrome.rules import BYLINE, DATE, RELATED, REPEAT, DocContext
from newsclean.language import is_lower
from newsclean.provenance.cues import DOMAIN_TOKEN
from newsclean.provenance.registry import registered_domain
from newsclean.segment import MARKS, Line

LOOKBACK = 60  # unnamed lines before the body that may hold the headline
HEAD_LINES = 3  # lines at the top of the body's span that may hold it
BYLINE_REACH = 8  # lines at the top of the span where a byline or date marks where it stands
_OPENING = -1  # the "distance" of a candidate that opens the body's span (in_body)
_BESIDE_BYLINE = -2  # ... of one beside a byline in the span, not opening it (not in_body)
_REPRINT_REACH = 3  # lines above the body where the headline may stand printed a second time
BODY_SAMPLE_WORDS = 400  # words at the start of the body that a headline is compared with
_CRUMB_SEPARATOR = re.compile(r"\s[»›>|/]\s")  # between a trail's crumbs: "home / News / X"
# the same separators, and an arrow spaced on its left only: a trail, as a feature
_BREADCRUMB = re.compile(_CRUMB_SEPARATOR.pattern + r"|\s[»›]")
_MAX_WORDS = 30
_MAX_CHARS = 250
# What sites print around a headline (›, [>, |, •), never what belongs to it: quotes,
# brackets, "#Hashtag", "{orga your life}", "C++", "100%".
# (a vowel sign ending a word of Hindi is no decoration: ``MARKS``)
_DECORATION = re.compile(r"^[^\w\"'„“”‘’«»¿¡(\[{#@$€£「『（]+"
                         rf"|[^\w{MARKS}\"'„“”‘’«»?!.…)\]}}+%°？！。」』）]+$")

_OPENER = re.compile(r"^[(\[{][^\w\"'„“”‘’«»]*")
_CLOSERS = {"(": ")", "[": "]", "{": "}"}


def headline_shaped(line: Line, ctx: DocContext) -> bool:
    """A line that could be a headline: a few words, not a sentence-long paragraph, a label
    (``Fotos:``) or a salutation (``Dear readers,``)."""
    if not 2 <= line.words <= _MAX_WORDS or line.chars > _MAX_CHARS:
        return False
    text = line.text
    # "Redaktion Haus.de": a newsroom's signature; "von besserwisser eG": a byline
    if (text.endswith((":", ",")) or p.CAPTION_LABEL.match(text) or p.URL_LINE.match(text)
            or p.NEWSROOM.match(text) or p.LOWER_BYLINE.match(text)
            or (":" in text and p.SOURCE_CREDIT.match(text))):  # "Źródło: PAP, TVN24"
        return False
    if line.words >= 20 and ctx.is_prose(line) and text.endswith("."):
        return False  # a lead paragraph, not a headline
    return any(map(str.isupper, text)) or not any(map(is_lower, text))


def clean_title(text: str) -> str:
    """The headline without the decoration sites put around it (``›``, ``[>``, ``|``) and
    without the breadcrumb trail printed on its line (``Home » News » Headline``)."""
    trail = p.TRAIL_ARROW.split(text)
    if len(trail) >= 3 and len(trail[-1].split()) >= 2:
        text = trail[-1]
    cleaned = _DECORATION.sub("", text).strip()
    opener = _OPENER.match(cleaned)
    if opener and _CLOSERS[cleaned[0]] not in cleaned:  # "[> Jens Weber": nothing closes it
        cleaned = cleaned[opener.end():]
    return cleaned or text


# Where a kicker ends and its headline begins, on a line that prints both: "Kicker: Headline",
# "Kicker – Headline", or the two elements' texts joined by a space.
_KICKER_GLUE = re.compile(r":\s|\s:\s|\s[-–—|]\s|\s")
HEADLINE_MIN_WORDS = 3  # what is left of a headline once its kicker is cut


_OUTLET_SEPARATORS = frozenset("| - – — · • ::".split())  # "Headline | Trend"
_RUBRIC_WORDS = (2, 4)  # "Experts’ opinions on Caliber.Az": a rubric's words before "on"
# Words a headline does not end with: cut after one, the "rubric" is the headline's own end
# ("Markets fall in Baku Economy Weekly on Trend").
_DANGLING = frozenset("a an the and or but of in on at to for from with by as into about".split())


def without_outlet_rubric(title: str, names: Sequence[str]) -> str:
    """The headline without the outlet's own name that a scrape kept at its end: set off by
    a separator ("Headline | Trend") or, in a rubric of a few words that ends "on <outlet>",
    glued on where the rubric's capital follows the headline's last word in lower case
    ("... not going to fight for them Experts’ opinions on Caliber.Az"). A headline that
    names the outlet otherwise ("... gives an interview to Caliber.Az", "... about CSTO on
    Caliber.Az", "Markets fall in Baku Economy Weekly on Trend") stands, and so does one
    left shorter than three words.

    >>> without_outlet_rubric("Tanks cross the border at dawn Experts’ views on Caliber.Az",
    ...                       ["Caliber.Az"])
    'Tanks cross the border at dawn'
    """
    words = title.split()
    for name in names:
        size = len(name.split())
        if not name or len(words) <= size or p.key_of(" ".join(words[-size:])) != p.key_of(name):
            continue
        rest = words[:-size]
        if rest[-1] in _OUTLET_SEPARATORS and len(rest) > HEADLINE_MIN_WORDS:
            return " ".join(rest[:-1])
        if rest[-1] != "on":
            continue
        fewest, most = _RUBRIC_WORDS
        for seam in range(len(rest) - 1 - fewest, max(len(rest) - 2 - most, HEADLINE_MIN_WORDS - 1), -1):
            before, first = rest[seam - 1], rest[seam]
            if (first[:1].isupper() and before[:1].islower() and before[-1:].isalpha()
                    and before not in _DANGLING):
                return " ".join(rest[:seam])
    return title


def headline_text(lines: Sequence[Line], index: int, language: str | None = None) -> str:
    """The headline on ``lines[index]``, without a kicker the page shows to be one.

    A site prints the kicker (a topic, a series, a section) and the headline as two elements;
    a text dump joins them on one line ("Forderungsausfälle vermeiden Eigentumsvorbehalt: Das
    sollten ..."). The join is told by the page itself, never guessed: another line prints the
    headline without the kicker (alone, or as the last crumb of a trail: "home / InfoStream /
    Eigentumsvorbehalt: Das sollten ..."), or prints the two joined otherwise ("Abstandsregeln
    und Fieberkontrollen: Wie Firmen ..." and "Abstandsregeln und Fieberkontrollen : Wie
    Firmen ..."). A colon on its own ("Italien: Reise- und Sicherheitshinweise") cuts nothing;
    one with a space before it does in a ``language`` whose writers never put one there
    ("Eintracht Presse : Eintracht Frankfurt stellt ..." in German, not "Libre cours : Raoult,
    les nazis et moi" in French): the space is the seam between two elements.
    """
    title = clean_title(lines[index].text)
    others = [line.text for line in lines if line.text != title and line.text != lines[index].text]
    alone = set()  # what the page prints above the headline: its page title, its trail
    for line in lines[:index]:
        crumbs = _CRUMB_SEPARATOR.split(line.text)
        alone.add(crumbs[-1] if len(crumbs) >= 3 else line.text)
    alone.discard(title)
    tail = title[-20:]
    joined = [text for text in others if tail in text]
    for glue in _KICKER_GLUE.finditer(title):
        kicker, headline = title[:glue.start()], title[glue.end():]
        if not kicker.strip() or len(headline.split()) < HEADLINE_MIN_WORDS:
            continue
        if headline in alone:
            return headline
        for text in joined:
            at = text.find(kicker)
            if at < 0:
                continue
            other = _KICKER_GLUE.match(text, at + len(kicker))
            if (other is not None and _glue_kind(other.group()) != _glue_kind(glue.group())
                    and text.startswith(headline, other.end())):
                return headline
    if language is not None and language not in _SPACED_COLON and title.count(" : ") == 1:
        kicker, _, headline = title.partition(" : ")
        if kicker.strip() and len(headline.split()) >= HEADLINE_MIN_WORDS:
            return headline
    return title


_SPACED_COLON = frozenset({"fr"})  # languages whose typography spaces a colon: " : "


def _glue_kind(glue: str) -> str:
    """A join as the page's markup made it: a hyphen and a dash are one typist's choice."""
    return "-" if glue.strip() in ("-", "–", "—") else glue


_CONTENT_WORD = re.compile(r"[^\W_]{3,}")
# Han and kana, written without spaces: a run of them is a phrase, not a word ("武汉的声音");
# and Hangul, whose words carry their endings ("노경은이", "노경은은": the same name)
_PAIRED_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]{2,}")


_STEM_LETTERS = 5  # the opening a declined word shares with its other cases: "gynyb", "finan"


def _content_words(text: str, ctx: DocContext) -> set[str]:
    """The words of ``text`` that say what it is about: those of three letters or more that
    are not stop words, and in Chinese, Japanese and Korean each pair of characters in a row
    (most of their words are two characters long, and nothing marks where one ends or where
    its ending begins)."""
    folded = text.casefold()
    words = {w for w in _CONTENT_WORD.findall(folded) if w not in ctx.stopwords}
    if ctx.by_shape:
        # a language that declines where others set prepositions names a thing in another
        # case in the body than in the headline ("gynybos" over "gynybai"): its words are
        # compared by their openings
        words = {w[:_STEM_LETTERS] for w in words}
    if folded.isascii():
        return words
    runs = _PAIRED_RUN.findall(folded)
    if runs:
        words = {w for w in words if not _PAIRED_RUN.search(w)}
        words.update(run[k:k + 2] for run in runs for k in range(len(run) - 1))
    return words


def _paragraph(line: Line, ctx: DocContext) -> bool:
    """A line of the body's text a headline is compared with: prose, or sentences as long as
    prose that are thin in stop words, as a news lead may be ("В Новосибирске загорелся склад
    площадью 1500 квадратных метров на улице Станционной.", two of eleven words)."""
    return ctx.is_prose(line) or (line.sentence_end and line.words >= ctx.prose_min_words)


def _in_words(found: set[str]) -> float:
    """How many words ``found`` (from ``_content_words``) holds: two character pairs of a
    run make about one word ("すっぴん", three pairs, is one)."""
    pairs = sum(1 for w in found if len(w) == 2 and _PAIRED_RUN.match(w))
    return len(found) - pairs / 2


FEATURES = (
    "share",  # the share of its content words that the body's opening uses
    "shared",  # how many it uses (at most 4), over 4: two menu words are not seven
    "printed_twice",  # page title and heading
    "printed_often",  # three times or more: a label of every menu and footer
    "short",  # fewer than 3 words; in Chinese, Japanese and Korean, 5 characters or fewer
    "long",  # more than 20 words
    "sentence",  # ends with a full stop
    "digits",  # a quarter of it digits: a date or a price
    "trail",  # a breadcrumb trail or an interface label
    "distance",  # log(1 + unnamed lines between it and the body), over 3
    "menu",  # both lines above it and both below are a few words each
    "topmost",  # no candidate above it in the window shares words with the body
    "before_prose",  # the next unnamed line is a paragraph
    "colon",  # has a separator (": ", " | ", " – "): a kicker or a site name glued on
    "in_body",  # it opens the body's span, above the first paragraph
    "most_shared",  # no candidate shares more of its words with the body
    "headline_length",  # 4 to 15 words, not ending like a sentence unless with "?" or "!"
    "quoted",  # another line of the page repeats it inside itself (a share text, a teaser);
    # not a short line, which other lines hold as a word
    "over_byline",  # the next line is the byline or the date: where a headline stands
    "domain",  # names a site's address ("Werben auf NZZ.ch", "The WordPress.com Blog"): chrome
    "above_dek",  # the next unnamed line is a longer candidate sharing the body's words: the
    # headline over its standfirst
)
# Weights of a linear ranker over FEATURES, fitted on the development pages with
# bench/fit_title.py (5-fold cross-validated there); a page's headline is its best candidate
# when that scores above NONE_SCORE. "over_byline" and "domain" came last, each fitted alone
# with the others held (fit_title.py --free NAME): a refit of all moves many pages for one
# more right. "headline_length" took in questions and exclamations later; refitted alone, its
# weight stays (cross-validated 0.713 of the first pass's titles right, as shipped).
WEIGHTS = (1.57, 2.82, 1.16, 1.78, -0.88, -0.30, -0.86, -0.36, -2.16, -1.26, -0.75, 0.33, 0.48,
           0.77, 1.82, 0.65, 1.38, 1.86, 0.82, -4.03, 1.54)
NONE_SCORE = -2.82
MENU_WORDS = 3  # a line of at most this many words may be a menu entry
_SHORT_UNSPACED_CHARS = 5  # a label in Chinese, Japanese or Korean, as two words are in English
_SEPARATOR = re.compile(r": | \| | [–—-] ")
_HEADLINE_WORDS = 4  # the fewest words of a headline's length ("headline_length")
# a headline may ask or exclaim ("Eignet sich eine Wärmepumpe im Altbau?"), in full-width
# marks too ("武汉的声音：有英勇的你，才有英雄的城！")
_ASKS = ("?", "!", "？", "！")


def candidates(
    lines: Sequence[Line],
    named: Mapping[int, str],
    start: int,
    counts: Mapping[str, int],
    ctx: DocContext,
    end: int | None = None,
) -> list[tuple[int, tuple[float, ...]]]:
    """The headline candidates around ``start`` (the body's first line), each with its
    FEATURES: those opening the body's span first, then those before it, nearest first."""
    stop = len(lines) if end is None else end
    sample: dict[int, set[str]] = {}  # the body's opening: each paragraph's content words
    size = 0
    for i in range(start, stop):
        if i not in named and _paragraph(lines[i], ctx):
            sample[i] = _content_words(lines[i].key, ctx)
            size += len(lines[i].key.split())
            if size >= BODY_SAMPLE_WORDS:
                break
    uses = Counter(word for words in sample.values() for word in words)

    found: list[tuple[int, int]] = []  # (line, unnamed lines between it and the body)
    paragraph = next((i for i in range(start, min(start + HEAD_LINES + 1, stop))
                      if ctx.is_prose(lines[i]) and not _over_byline(lines, named, i, ctx)), None)
    # A headline the body's span begins with, above its first paragraph: only below chrome
    # (start > 0). A text that begins with its body is clean text, whose first line stays
    # (cleaning it again removes nothing).
    for i in range(start, start if paragraph is None or start == 0 else paragraph):
        if i not in named and headline_shaped(lines[i], ctx):
            found.append((i, _OPENING))
        if i not in named and lines[i].sentence_end and lines[i].text.endswith("."):
            break  # under a sentence, the body has begun: "Za głosowało 250 posłów ..."
    if start > 0:
        opening = {i for i, _ in found}
        for i in _beside_byline(lines, named, start, stop, ctx):
            if i not in opening and headline_shaped(lines[i], ctx):
                found.append((i, _BESIDE_BYLINE))
    seen = 0
    for i in range(start - 1, -1, -1):
        if i in named:
            continue
        seen += 1
        if seen > LOOKBACK:
            break
        if headline_shaped(lines[i], ctx):
            found.append((i, seen - 1))
    listed = {i for i, _ in found}
    found.extend(r for r in _reprints(lines, named, start, ctx) if r[0] not in listed)
    listed = {i for i, _ in found}
    found.extend((i, 0) for i in _headed_like_a_box(lines, named, start, ctx) if i not in listed)
    found = [(i, distance) for i, distance in found if not _in_embedded_post(lines, i)]
    texts = {i: clean_title(lines[i].text) for i, _ in found}
    words = {i: _content_words(texts[i], ctx) for i, _ in found}
    # the words the body uses, a paragraph that is a candidate not counted as using its own
    common = {i: {w for w in words[i] if uses[w] > (w in sample.get(i, ()))} for i, _ in found}
    topmost_shared = min((i for i, _ in found if common[i]), default=None)
    most = max((len(common[i]) for i, _ in found), default=0)
    page = "\n".join(line.key for line in lines) if found else ""
    out: list[tuple[int, tuple[float, ...]]] = []
    found_at = {i for i, _ in found}
    for i, distance in found:
        line = lines[i]
        shared = len(common[i])
        repeats = counts.get(line.key, 0)
        after = next((j for j in range(i + 1, len(lines)) if j not in named), None)
        short = line.words < 3 or (line.unspaced and line.chars <= _SHORT_UNSPACED_CHARS)
        features = (
            shared / len(words[i]) if words[i] else 0.0,
            min(_in_words(common[i]), 4) / 4,
            float(repeats == 2),
            float(repeats > 2),
            float(short),
            float(line.words > 20),
            float(line.text.endswith(".")),
            float(sum(map(str.isdigit, line.text)) > len(line.text) // 4),
            float(len(_BREADCRUMB.findall(texts[i])) >= 2 or line.key in p.UI_STRINGS),
            math.log1p(max(distance, 0)) / 3,
            float(_in_menu(lines, i)),
            float(i == topmost_shared),
            float(after is not None and ctx.is_prose(lines[after])),
            float(bool(_SEPARATOR.search(line.text))),
            float(distance == _OPENING),
            float(most > 0 and shared == most),
            float(_HEADLINE_WORDS <= line.words <= 15
                  and not (line.sentence_end and not line.text.endswith(_ASKS))),
            float(not short and page.count(line.key) > repeats),
            float(named.get(i + 1) in _BYLINE_OR_DATE and not _under_headline(lines, named, i, found_at)),
            float(_names_a_domain(line.text)),
            float(after in found_at and bool(common[after])
                  and lines[after].words > line.words),
        )
        out.append((i, features))
    return out


def _under_headline(lines: Sequence[Line], named: Mapping[int, str], i: int, found_at: set[int]) -> bool:
    """A sentence right under a candidate of a headline's length that is no sentence: the
    standfirst under its headline, which the byline follows ("Norrvolt får nytt stöd från
    staten" / "Regeringen går in med 500 miljoner kronor ..." / "TEXT: Maria Öberg"); not a
    headline under its kicker ("Earnings Report")."""
    above = i - 1
    return (lines[i].text.endswith(".") and above in found_at and above not in named
            and lines[above].words >= _HEADLINE_WORDS and not lines[above].sentence_end)


# A word's character or "-", a dot, two letters: what every DOMAIN_TOKEN match holds. Looked
# for first (a search several times faster, being case-blind by its classes, not by a flag),
# it spares most lines DOMAIN_TOKEN's search, with the same answers.
_DOTTED = re.compile(r"[\w-]\.[^\W\d_]{2}")


def _names_a_domain(text: str) -> bool:
    """Whether ``text`` names a registered domain (``NZZ.ch``; not ``St.Lucia``)."""
    if not _DOTTED.search(text):
        return False
    return any(registered_domain(m.group(1)) for m in DOMAIN_TOKEN.finditer(text))


_BYLINE_OR_DATE = frozenset({BYLINE, DATE})


def _over_byline(lines: Sequence[Line], named: Mapping[int, str], i: int, ctx: DocContext) -> bool:
    """A question or exclamation long enough to read as prose, printed over the byline or
    the date: a headline ("How does the brain turn ... into conscious thought?" over
    "Written by ..."), not the body's first paragraph."""
    text = lines[i].text
    return (named.get(i + 1) in _BYLINE_OR_DATE and text.endswith((*_ASKS, "?“", "?\"", "!“"))
            and headline_shaped(lines[i], ctx))


def _beside_byline(
    lines: Sequence[Line], named: Mapping[int, str], start: int, stop: int, ctx: DocContext
) -> list[int]:
    """The unnamed lines next to a byline or a date near the top of the body's span: where a
    headline stands when chrome that reads as prose (a search box's hint, a ticker, a notice)
    opened the span above it. Two lines above (the headline over its standfirst), or the
    line below unless it reads as prose: below a date, a paragraph is the body's first."""
    near: set[int] = set()
    for j in range(start, min(start + BYLINE_REACH, stop)):
        if named.get(j) in _BYLINE_OR_DATE:
            near.update(i for i in (j - 2, j - 1) if i >= start and i not in named)
            if j + 1 < stop and j + 1 not in named and not ctx.is_prose(lines[j + 1]):
                near.add(j + 1)
    return sorted(near)


def _reprints(
    lines: Sequence[Line], named: Mapping[int, str], start: int, ctx: DocContext
) -> list[tuple[int, int]]:
    """The headline printed a second time where a headline stands, over the body or over the
    byline or the date, which the repeat rule named (the first print stands higher, in a
    breadcrumb or over a teaser): a candidate there, with its distance from the body. Not a
    menu's entry printed again with its menu, under the same entries as the first time."""
    found = []
    unnamed = 0  # unnamed lines between the line and the body
    for i in range(start - 1, max(-1, start - 1 - _REPRINT_REACH), -1):
        where = i == start - 1 or named.get(i + 1) in _BYLINE_OR_DATE
        if where and named.get(i) == REPEAT and headline_shaped(lines[i], ctx):
            key = lines[i].key
            first = next((j for j in range(i) if lines[j].key == key), i)
            above_first = [line.key for line in lines[max(0, first - 2):first]]
            if first < i and above_first != [line.key for line in lines[max(0, i - 2):i]]:
                found.append((i, unnamed))
        unnamed += i not in named
    return found


_EMBED_REACH = 3  # lines of an embedded post's text and media above its signature
_DASHES = frozenset("—–-")  # what the signature opens with


def _in_embedded_post(lines: Sequence[Line], i: int) -> bool:
    """A line of a post the page embeds (a tweet's text over "— Name (@handle) date")."""
    for j in range(i + 1, min(len(lines), i + 1 + _EMBED_REACH)):
        text = lines[j].text
        if text[:1] in _DASHES and p.EMBED_SIGNATURE.match(text):
            return True
    return False


def _in_menu(lines: Sequence[Line], i: int) -> bool:
    around = [lines[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(lines)]
    return len(around) == 4 and all(line.words <= MENU_WORDS for line in around)


def rank(features: Sequence[float]) -> float:
    if len(features) != len(WEIGHTS):
        raise ValueError(f"{len(features)} features for {len(WEIGHTS)} weights")
    score: float = sum(map(operator.mul, WEIGHTS, features))
    return score


_BOX_HEADLINE_REACH = 3  # lines under a headline where its byline or date stands


def _headed_like_a_box(lines: Sequence[Line], named: Mapping[int, str], start: int,
                       ctx: DocContext) -> list[int]:
    """Headlines that open as a box of other stories' heading does, and so were named one
    ("Mehr Nachtbusse für Frankfurt", "More than 100 killed in floods"): over the body, with
    the byline or the date right under them (a standfirst between). A heading of the phrase
    list ("Mehr zum Thema") is never the headline."""
    found = []
    for i in range(max(0, start - LOOKBACK), start):
        if (named.get(i) == RELATED and lines[i].key not in p.END_MARKERS
                and headline_shaped(lines[i], ctx)
                and any(named.get(j) in (BYLINE, DATE)
                        for j in range(i + 1, min(start, i + 1 + _BOX_HEADLINE_REACH)))):
            found.append(i)
    return found


def pick_title(
    lines: Sequence[Line],
    named: Mapping[int, str],
    start: int,
    counts: Mapping[str, int],
    ctx: DocContext,
    end: int | None = None,
) -> int | None:
    """The index of the headline among the lines before ``start`` (the body's first line)."""
    quoted = _commented_titles(lines)
    if quoted:  # "2 Gedanken zu „Folge 70: Star Trek“": a blog names the post over its comments
        # word for word: the heading may print a kicker the quote sets off with a colon
        named_there = [i for i in range(start - 1, -1, -1)
                       if p.key_of(clean_title(lines[i].text)) in quoted]
        if named_there:
            return named_there[0]
    crumb = _last_crumb(lines, start)
    if crumb is not None:  # "Home » Städte » Emden" over "Emden": the trail ends at the page
        return crumb
    found = candidates(lines, named, start, counts, ctx, end)
    if not found:
        return None
    score, chosen = max((rank(f), -i) for i, f in found)
    return -chosen if score >= NONE_SCORE else None


_CRUMB_REACH = 15  # lines below a breadcrumb trail where the page's heading repeats its end
_CRUMB_NEAR_BODY = 6  # ... and just above the body: farther, a section's name in a teaser list


def _last_crumb(lines: Sequence[Line], start: int) -> int | None:
    """The heading a breadcrumb trail above the body ends with, printed again on a line of its
    own below the trail and just above the body: a trail's last crumb is the page itself."""
    for i in range(start - 1, -1, -1):
        text = lines[i].text
        if ("»" not in text and "›" not in text and ">" not in text) or lines[i].words > _MAX_WORDS:
            continue
        crumbs = [c for c in p.TRAIL_ARROW.split(text) if c]
        if len(crumbs) < 3 or not any(ch.isalpha() for ch in crumbs[-1]):
            continue
        for j in range(max(i + 1, start - _CRUMB_NEAR_BODY), min(start, i + 1 + _CRUMB_REACH)):
            if lines[j].text == crumbs[-1]:
                return j
    return None


_COUNT_WORDS = frozenset("one two three ein eine zwei drei un une uno una".split())
_COUNT_MARKS = frozenset("±#·•")  # an icon's character before the count: "± 6 Kommentare zu"


def _commented_titles(lines: Sequence[Line]) -> set[str]:
    """The titles the headings of a page's comments quote, as their words (``key_of``)."""
    found = set()
    for line in lines:
        if (line.text[:1].isdigit() or line.text[:1] in _COUNT_MARKS
                or line.key.partition(" ")[0] in _COUNT_WORDS):
            heading = p.COMMENTS_ON.match(line.text)
            if heading is not None:
                found.add(p.key_of(heading.group("title")))
    return found


