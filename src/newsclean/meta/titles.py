"""The headline: which line before the body is the title."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsclean.chrome import patterns as p
from newsclean.chrome.rules import DocContext
from newsclean.segment import Line

LOOKBACK = 12  # unnamed lines before the body that may hold the headline
_MAX_WORDS = 30
_MAX_CHARS = 250


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


def pick_title(
    lines: Sequence[Line],
    named: Mapping[int, str],
    start: int,
    counts: Mapping[str, int],
    ctx: DocContext,
) -> int | None:
    """The index of the headline among the lines before ``start`` (the body's first line).

    The nearest headline-shaped line wins, unless a farther one is printed twice on the page
    (sites print the headline in the page title and above the article); a shorter line right
    above the winner is the headline and the winner its standfirst.
    """
    candidates: list[int] = []
    seen = 0
    for i in range(start - 1, -1, -1):
        if i in named:
            continue
        seen += 1
        if seen > LOOKBACK:
            break
        if headline_shaped(lines[i], ctx):
            candidates.append(i)
    if not candidates:
        return None
    repeated = [i for i in candidates if counts.get(lines[i].key, 0) > 1]
    chosen = repeated[0] if repeated else candidates[0]
    above = chosen - 1
    if (
        not repeated
        and above >= 0
        and above not in named
        and headline_shaped(lines[above], ctx)
        and 3 <= lines[above].words < lines[chosen].words
        and not lines[above].text.endswith(".")
    ):
        return above
    return chosen
