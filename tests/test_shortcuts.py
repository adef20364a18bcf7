"""Shortcuts on the hot path give the answers of the code they spare.

Each test checks a cheap test placed before costly ones against the costly ones alone, over
generated lines shaped to reach the patterns (leads, names, commas, bars, dates, scripts).
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from newsclean.chrome import patterns as p
from newsclean.chrome import rules
from newsclean.chrome.rules import DocContext
from newsclean.language import script_of
from newsclean.meta.bylines import LEAD_HEADING, cjk_writer_credit, given_name
from newsclean.meta.lines import _organisations, is_date_line, metadata_rule
from newsclean.segment import Line, make_line

PIECES = [
    "By", "by", "Von", "von", "Posted by", "Written by", "Geschrieben von", "Autor:", "Author:",
    "Analysis by", "Eine Kolumne von", "Staff Writer", "Reuters", "AP", "Jane", "Doe", "Anna",
    "Lenz", "BAKU", "Azerbaijan", "Jan.", "10", "2024", "ESPAÑA", ",", ", ", " | ", "|", ":",
    "-", " ", "  ", "\t", "\u00a0", "\u2028", "é", "Ü", "Ж", "ß", "gepostet", "vonAnna",
    "byAnn Lee", "Redaktion",
]
texts = st.one_of(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join),
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map(" ".join),
    st.text(max_size=40),
)


def _metadata_rule_without_shortcuts(line: Line) -> str | None:
    """``metadata_rule`` trying every pattern on every line."""
    if line.words > 20:
        return None
    text = line.text
    if is_date_line(line):
        return rules.DATE
    if (p.BYLINE.match(text) or p.BYLINE_ROLE.match(text) or p.BYLINE_LEAD.match(text)
            or p.GLUED_LEAD.match(text)):
        return rules.BYLINE
    if p.LOWER_BYLINE.match(text) and _organisations(text):
        return rules.BYLINE
    given = p.BYLINE_GIVEN_LEAD.match(text)
    if given is not None and given_name(given["names"].split(maxsplit=1)[0]):
        return rules.BYLINE
    if p.DATELINE.match(text):
        return rules.DATELINE
    if cjk_writer_credit(text) is not None or LEAD_HEADING.match(text):
        return rules.BYLINE
    return None


@given(texts)
@example("By Jane Doe")
@example("Tom Krisher, Ap Auto Writer")
@example("John Smith | Reuters")
@example("BAKU, Azerbaijan, Jan. 10")
@example("Geschrieben vonAnna Lenz")
@example("Von\u00a0Anna Lenz")
@example("By")
@example("Eine Kolumne von")
@example("스포츠조선=선수민 기자")
@example("by a REDAKTION")  # the lower-case lead over an organisation
def test_metadata_rule_skips_only_patterns_that_cannot_match(text: str) -> None:
    line = make_line(1, text)
    if line is None:
        return
    assert metadata_rule(line) == _metadata_rule_without_shortcuts(line)


def _foreign_script_without_shortcut(line: Line, ctx: DocContext) -> bool:
    if ctx.script is None or line.words > 5:
        return False
    script = script_of(line.text)
    return script is not None and script != ctx.script


@given(st.text(st.characters(max_codepoint=0x0800), min_size=1, max_size=30),
       st.sampled_from(["LATIN", "CYRILLIC", "GREEK", None]))
@example("Ссылка скопирована", "LATIN")
@example("Straße gesperrt", "LATIN")
@example("ɐɑɒ", "LATIN")  # IPA: beyond Latin Extended-B, named one by one
@example("Moscow", "CYRILLIC")
def test_foreign_script_shortcut_keeps_the_answer(text: str, script: str | None) -> None:
    line = make_line(1, text)
    if line is None:
        return
    ctx = DocContext(stopwords=frozenset(), script=script, prose_min_words=10,
                     prose_min_stopword_share=0.18, short_line_words=4)
    rule = rules.all_rules()[[r.id for r in rules.all_rules()].index("chrome.foreign_script")]
    assert rule.test is not None
    assert rule.test(line, ctx) == _foreign_script_without_shortcut(line, ctx)


@given(texts)
@example("Straße ﬁnal İstanbul ǅemal")  # letters whose case folding differs from lowering
def test_a_line_s_key_is_its_key_words(text: str) -> None:
    # make_line folds ASCII text by lowering it; key_words folds every text
    from newsclean.segment import key_words

    line = make_line(1, text)
    if line is not None:
        assert line.key == " ".join(key_words(text))
