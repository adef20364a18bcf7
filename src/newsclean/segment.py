"""Segmenting: a document's text into numbered lines with the features the rules read.

Lines are split on ``\\n`` only (``\\r\\n`` and lone ``\\r`` count as ``\\n``), so line numbers
match what an editor shows. Each line's text is its whitespace collapsed to single spaces;
that is the form the body is assembled from, so that cleaning the clean text sees the same
lines again.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple


def _combining_marks() -> str:
    """The combining marks of the Basic Multilingual Plane, as a character class's ranges.

    ``\\w`` counts no mark as a letter, so a word of Hindi, Bengali or Thai would end at each
    of its vowel signs ("सितंबर" as "स", "त", "बर"), and a word decomposed to its accents
    ("e" and U+0301) at each accent."""
    ranges: list[str] = []
    start = None
    for point in range(0x300, 0x10001):
        mark = point < 0x10000 and unicodedata.category(chr(point)) in ("Mn", "Mc", "Me")
        if mark and start is None:
            start = point
        elif not mark and start is not None:
            ranges.append(f"\\u{start:04x}-\\u{point - 1:04x}")
            start = None
    return "".join(ranges)


MARKS = _combining_marks()
# A word: letters and digits, with the marks that combine with them ("_" joins nothing). Each
# run of marks is followed by letters or ends the word, so a word is read one way only.
WORD_TOKEN = re.compile(rf"[^\W_]+(?:[{MARKS}]+[^\W_]+)*[{MARKS}]*")
MARK = re.compile(f"[{MARKS}]")
_PLAIN_WORD = re.compile(r"[^\W_]+")  # WORD_TOKEN's words where there is no mark
# A closing quote or bracket ends a sentence only after a full stop ("... he said.”);
# a headline in quotes (“We needed to win this game”) does not end like one.
# with the full stops of Armenian (։), Urdu (۔), Hindi (।), Amharic (።), Burmese (။) and Khmer
# (។), and Arabic's and Amharic's question marks
_SENTENCE_END = re.compile(r"(?:[.!?:;…。！？։۔।॥።፧။។៕؟]|[.!?…。！？։۔।።፧။។؟][\"'”’»)\]」』）]{1,3})$")
# Scripts written without spaces between words: a letter stands for about half a word, its
# marks for none (Chinese, Japanese, Korean; Thai, Lao, Burmese, Khmer).
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0eff\uf900-\ufaff"
                      r"\u1000-\u109f\u1780-\u17ff]")
_COUNT_END = re.compile(r"\(\d[\d,.]*\)$")  # "Headline (185)": a counter, not a sentence's end
# Emoji after a sentence's end ("... come and see it today! 🙂"): pictographs, their
# variation selector, joiner and skin tones, and the spaces between them. The lookbehind
# lets a match start only where such a run starts, so a search stays linear.
_EMOJI = r"\s\u200d\ufe0f\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
_TRAILING_EMOJI = re.compile(f"(?<![{_EMOJI}])[{_EMOJI}]+$")
_EMOJI_CHAR = re.compile(f"[{_EMOJI}]")  # a line that ends in one is the only one searched


class Line(NamedTuple):
    """One non-blank input line and its cheap, language-independent features.

    A named tuple, not a frozen dataclass: as immutable, and made in a third of the time
    (``segment`` makes one for every line of every document).
    """

    number: int  # 1-based line number in the input
    raw: str  # the line as it was, without its line ending
    text: str  # whitespace collapsed, stripped
    lower: str  # text lower-cased: what case-insensitive patterns match (``patterns.folded``)
    key: str  # casefolded words only: what repetition and phrase lists compare
    words: int  # count of word tokens (in unspaced scripts, half the characters)
    unspaced: bool  # written in a script without spaces (Chinese, Japanese, Thai)
    chars: int
    sentence_end: bool  # ends like a sentence (., !, ?, closing quote, ...)


def normalize(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    return " ".join(text.split())


def key_words(text: str) -> list[str]:
    """The words a line's ``key`` is made of: letters and digits with their marks, case-folded."""
    return words_of(text.casefold())


def words_of(text: str) -> list[str]:
    """``WORD_TOKEN``'s words of ``text``; sooner where it holds no mark (most text)."""
    return (WORD_TOKEN if not text.isascii() and MARK.search(text) else _PLAIN_WORD).findall(text)


def split_lines(text: str) -> list[str]:
    """Split on line breaks the way line numbers are counted."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def make_line(number: int, raw: str) -> Line | None:
    """Build a :class:`Line`, or ``None`` when the line holds only whitespace."""
    text = normalize(raw)
    if not text:
        return None
    lower = text.lower()
    ascii_only = text.isascii()
    tokens = words_of(lower if ascii_only else text.casefold())  # ASCII folds as it lowers
    words = len(tokens)
    unspaced = 0 if ascii_only else len(UNSPACED.findall(text))
    if unspaced:
        # the letters: Thai's and Khmer's vowel signs and stacked consonants are no more words
        unspaced -= len(MARK.findall(text))
        words += unspaced // 2
    end = text
    if not ascii_only and _EMOJI_CHAR.match(text, len(text) - 1):
        end = _TRAILING_EMOJI.sub("", text) or text
    return Line(
        number=number,
        raw=raw,
        text=text,
        lower=lower,
        key=" ".join(tokens),
        words=words,
        unspaced=unspaced * 2 > len(text),
        chars=len(text),
        # the end's pattern is at most four characters long: only they are searched
        sentence_end=bool(_SENTENCE_END.search(end[-4:])) and not _COUNT_END.search(end),
    )


def segment(text: str) -> list[Line]:
    """The non-blank lines of ``text``, numbered from 1 as in the input."""
    lines = []
    for number, raw in enumerate(split_lines(text), start=1):
        line = make_line(number, raw)
        if line is not None:
            lines.append(line)
    return lines
