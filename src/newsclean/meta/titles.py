"""The headline: which line before the body is the title.

Candidates are the headline-shaped lines shortly before the body. Each is scored on what a
headline is: it speaks of what the body speaks of (its content words recur in the first
paragraphs), sites often print it twice (page title and heading), it has a headline's
length, and it stands close to the body. UI labels ("Install App", "Ende des Videobeitrags")
share none of the body's words and lose to the real headline.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsclean.chrome import patterns as p
from newsclean.chrome.rules import DocContext
from newsclean.segment import Line

LOOKBACK = 25  # unnamed lines before the body that may hold the headline
BODY_SAMPLE_WORDS = 400  # words at the start of the body that a headline is compared with
_BREADCRUMB = re.compile(r"\s[»›>|/]\s|\s[»›]")  # separators of a breadcrumb trail
MIN_SCORE = 1.0  # below this no candidate is a headline: the page has none
DISTANCE_COST = 0.08  # per unnamed line between a candidate and the body
TOPMOST_MARGIN = 1.0  # how near the best score a line above it must come to be the headline
_MAX_WORDS = 30
_MAX_CHARS = 250
_DECORATION = re.compile(r"^[^\w\"'„“”‘’«»¿¡(\[]+|[^\w\"'„“”‘’«»?!.…)\]]+$")


def headline_shaped(line: Line, ctx: DocContext) -> bool:
    """A line that could be a headline: a few words, not a sentence-long paragraph or a label."""
    if not 2 <= line.words <= _MAX_WORDS or line.chars > _MAX_CHARS:
        return False
    text = line.text
    if text.endswith(":") or p.CAPTION_LABEL.match(text) or p.URL_LINE.match(text):
        return False
    if line.words >= 20 and ctx.is_prose(line) and text.endswith("."):
        return False  # a lead paragraph, not a headline
    return any(ch.isupper() for ch in text) or not any(ch.islower() for ch in text)


def clean_title(text: str) -> str:
    """The headline without the decoration sites put around it (``›``, ``[>``, ``|``)."""
    return _DECORATION.sub("", text).strip() or text


def _content_words(text: str, ctx: DocContext) -> set[str]:
    return {w for w in re.findall(r"[^\W_]{3,}", text.casefold()) if w not in ctx.stopwords}


def pick_title(
    lines: Sequence[Line],
    named: Mapping[int, str],
    start: int,
    counts: Mapping[str, int],
    ctx: DocContext,
    end: int | None = None,
) -> int | None:
    """The index of the headline among the lines before ``start`` (the body's first line)."""
    body_words: list[str] = []
    for i in range(start, len(lines) if end is None else end):
        if i not in named and ctx.is_prose(lines[i]):
            body_words.extend(lines[i].key.split())
            if len(body_words) >= BODY_SAMPLE_WORDS:
                break
    body = _content_words(" ".join(body_words), ctx)

    scored: list[tuple[float, int]] = []
    seen = 0
    for i in range(start - 1, -1, -1):
        if i in named:
            continue
        seen += 1
        if seen > LOOKBACK:
            break
        line = lines[i]
        if headline_shaped(line, ctx):
            scored.append((_score(line, ctx, body, counts) - DISTANCE_COST * (seen - 1), i))
    if not scored:
        return None
    best = max(scored)[0]
    if best < MIN_SCORE:
        return None
    # The headline comes first, then its standfirst, byline and date: of the candidates that
    # score nearly as well as the best, the topmost is the headline.
    chosen = min(i for score, i in scored if score >= best - TOPMOST_MARGIN)
    above = chosen - 1
    if (
        above >= 0
        and above not in named
        and headline_shaped(lines[above], ctx)
        and lines[above].words < lines[chosen].words
        and lines[chosen].text.endswith(".")
        and not lines[above].sentence_end
    ):
        return above  # the chosen line is a standfirst sentence; the headline stands above it
    return chosen


def _score(line: Line, ctx: DocContext, body: set[str], counts: Mapping[str, int]) -> float:
    words = _content_words(line.text, ctx)
    score = 0.0
    if words and body:
        score += 4.0 * len(words & body) / len(words)
    if counts.get(line.key, 0) > 1:
        score += 1.5
    if 4 <= line.words <= 20:
        score += 1.0
    elif line.words < 3:
        score -= 1.0
    if line.text.endswith("."):
        score -= 0.5
    if sum(ch.isdigit() for ch in line.text) > len(line.text) // 4:
        score -= 1.5
    if len(_BREADCRUMB.findall(line.text)) >= 2 or line.key in p.UI_STRINGS:
        score -= 2.0  # "Startseite » Rezepte » Kuchen", "Volleyball | MTV Stuttgart | News"
    return score
