"""Recognise metadata lines (date, byline, dateline) so that they leave the body.

Reading their values (the normalised date, the authors) is the job of the date and byline
stages; this module only says which lines carry them.
"""

from __future__ import annotations

from newsclean.chrome import patterns as p
from newsclean.chrome import rules
from newsclean.segment import Line

_MAX_WORDS = 16


def metadata_rule(line: Line) -> str | None:
    """The id of the metadata rule that claims ``line``, or ``None``."""
    if line.words > _MAX_WORDS:
        return None
    text = line.text
    if p.DATE_LINE.match(text) or p.TIME_FIRST_DATE_LINE.match(text):
        return rules.DATE
    if p.BYLINE.match(text) or p.BYLINE_ROLE.match(text):
        return rules.BYLINE
    if p.DATELINE.match(text):
        return rules.DATELINE
    return None
