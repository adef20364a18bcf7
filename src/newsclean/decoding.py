"""From bytes to text and to JSON values: the encodings a scrape comes in, the mojibake it
carries, and JSON read value by value.

A text input's bytes are decoded (``decode``) by what they say of themselves (a byte-order
mark, NUL bytes on one side of each pair, an HTML page's declared charset) or by detection
among the region's legacy encodings, and the record is told what was done. JSON is read one
value at a time (``json_values``), so that a file of any size is streamed.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from html import unescape as html_unescape
from typing import Any

from newsclean.errors import InputError
from newsclean.language import (
    WORD,
    alphabet,
    char_script,
    detect_language,
    profile_letters,
    stopword_vote,
    stopwords,
)

SNIFF = 8192  # bytes read to tell a binary file from text
# Control bytes, which no text encoding of a scrape uses for a character: C0 but the tab, the
# line and page breaks and ESC, and DEL. Compressed or random bytes hold one in ten.
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\v\f\r\x1b") + b"\x7f"
_CONTROL_SHARE = 20  # one byte in this many, or more, is a control: binary
_CONTROL_MIN = 4  # ... and at least this many of them: a stray control byte is no file type


@dataclass(frozen=True, slots=True)
class Decoded:
    """A text input's bytes as text: the encoding they were read in, and what was done."""

    text: str
    encoding: str
    flags: tuple[str, ...] = ()


# Byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# What a file that opens with a byte-order mark is written in, told by the mark, not detected
MARKED_ENCODINGS = frozenset(codec.removesuffix("-sig") for _, codec in BOMS)


def marked_codec(head: bytes) -> str | None:
    """The codec the byte-order mark ``head`` opens with names (``utf-8-sig``, ``utf-16``,
    ``utf-32``: each reads past its mark), or ``None`` when it opens with none."""
    for bom, codec in BOMS:
        if head.startswith(bom):
            return codec
    return None


def wide_codec(head: bytes) -> str | None:
    """``utf-16`` or ``utf-32`` when ``head`` opens with that encoding's byte-order mark, else
    ``None``: text whose lines do not end at every newline byte (U+0A0D, 上 hold one)."""
    codec = marked_codec(head)
    return codec if codec in ("utf-16", "utf-32") else None
# The single-byte encodings that scrapes of the region's press come in: the readings of bytes
# that are not UTF-8 compared (a tie goes to the one listed first).
LEGACY_ENCODINGS = (
    "cp1251", "koi8_r", "koi8_u", "cp866", "iso8859_5",
    "cp1252", "cp1250", "cp1254", "cp1257", "iso8859_9",
)
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)


def decode(data: bytes, source: str, *, html: bool = False, charset: str | None = None) -> Decoded:
    """Decode a text input's bytes, saying how (``Decoded.encoding``, ``Decoded.flags``).

    In order: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without one; UTF-8; the
    ``charset`` a server declared for them (an HTTP header's, in a WARC file); for HTML, the
    charset its ``<meta>`` declares; the likeliest reading in the legacy single-byte
    ``LEGACY_ENCODINGS`` (:func:`_likeliest`, flag ``encoding_detected``); failing all,
    UTF-8 with undecodable bytes replaced by U+FFFD (flag ``encoding_replaced``). Text that
    is mojibake (UTF-8 read as a single-byte encoding, "Ã©" for "é") is then repaired by ftfy
    (flag ``mojibake_repaired``).
    UTF-16 without a mark is told by its NUL bytes (flag ``encoding_detected``); other NUL
    bytes, or control bytes as many as one byte in twenty (compressed data, an image), mean a
    binary file: an ``InputError``.

    >>> decode("Привет, мир".encode("cp1251"), "a.txt").encoding
    'cp1251'
    >>> decoded = decode("cafÃ© au lait".encode("utf-8"), "a.txt")
    >>> decoded.text, decoded.flags
    ('café au lait', ('mojibake_repaired',))
    """
    if not data.strip():
        raise InputError(source, "empty file")
    decoded = _decode_bytes(data, source, html=html, charset=charset)
    if not decoded.text.strip():
        raise InputError(source, "empty file")
    return repair_mojibake(decoded)


def _decode_bytes(data: bytes, source: str, *, html: bool, charset: str | None) -> Decoded:
    codec = marked_codec(data)
    if codec is not None:
        try:
            return Decoded(data.decode(codec), codec.removesuffix("-sig"))
        except UnicodeDecodeError:
            return Decoded(data.decode(codec, errors="replace"), codec.removesuffix("-sig"),
                           ("encoding_replaced",))
    sniff = data[:SNIFF]
    if b"\x00" in sniff:
        wide = _utf16_without_bom(data)
        if wide is None:
            raise InputError(source, "binary file (NUL bytes), not a text scrape")
        return wide
    if looks_binary(sniff):
        raise InputError(source, "binary file (control bytes), not a text scrape")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = [charset] if charset else []
    if html:
        found = _DECLARED_CHARSET.search(data[:SNIFF])
        if found:
            declared.append(found.group(1).decode("ascii"))
    for name in declared:
        label = codec_named(name)
        if label is not None and label != "utf-8":
            with contextlib.suppress(UnicodeDecodeError):
                return _unless_misdeclared(data, Decoded(data.decode(label), label))
    read = read_not_utf8(data)
    if read is not None:
        return read
    return Decoded(data.decode("utf-8", errors="replace"), "utf-8", ("encoding_replaced",))


_MISDECLARED_MARKS = 2  # a declared encoding's reading with this many marks no writer makes
_LEGACY_NAMES = frozenset(codecs.lookup(codec).name for codec in LEGACY_ENCODINGS)


def _unless_misdeclared(data: bytes, declared: Decoded) -> Decoded:
    """The reading in the encoding a page or a server declared, unless it carries marks no
    writer makes (:func:`_impossible`) and a legacy encoding reads the bytes without any: a
    server that recoded a Russian page to KOI8-R and kept its ``windows-1251`` declaration
    (flag ``encoding_misdeclared``)."""
    if declared.encoding not in _LEGACY_NAMES:
        return declared
    words = _marked_words(data)
    if _marks_at(declared.text, words) < _MISDECLARED_MARKS:
        return declared
    legacy = read_legacy(data)
    if legacy is None or _marks_at(legacy.text, words):
        return declared
    return Decoded(legacy.text, legacy.encoding, ("encoding_misdeclared",))


def looks_binary(head: bytes) -> bool:
    """Whether a stream's first bytes are no text's: control bytes (NUL among them) as many as
    one in ``_CONTROL_SHARE``, and ``_CONTROL_MIN`` of them at least."""
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls >= _CONTROL_MIN and controls * _CONTROL_SHARE >= len(head)


def read_not_utf8(data: bytes) -> Decoded | None:
    """Bytes that are not UTF-8, read: as UTF-8 when they are that but for a few stray bytes
    (:func:`_mostly_utf8`), else in the legacy encoding they read likeliest in
    (:func:`read_legacy`); ``None`` when none reads them."""
    return _mostly_utf8(data) or read_legacy(data)


def read_escaped(parts: Sequence[str]) -> tuple[list[str], str]:
    r"""The parts of one text that was read as UTF-8 with each byte UTF-8 does not read
    escaped (``surrogateescape``: a CSV file's cells, split before they could be decoded),
    read again as their bytes together read (:func:`read_not_utf8`), and the encoding they
    were read in; escapes nothing reads are left (:func:`valid_unicode` replaces them).

    >>> read_escaped(["Caf\udce9", "na\udcefve"])
    (['Café', 'naïve'], 'cp1252')
    """
    if not any(_STRAY.search(part) for part in parts):
        return list(parts), "utf-8"
    raw = [part.encode("utf-8", "surrogateescape") for part in parts]
    read = read_not_utf8(b"\n".join(raw))
    if read is None:
        return list(parts), "utf-8"
    codec = read.encoding.removeprefix("utf-8+")
    if codec != read.encoding:  # UTF-8 with stray bytes: only they are read in the legacy codec
        return [_read_strays(part, codec) for part in parts], read.encoding
    return [data.decode(codec, errors="replace") for data in raw], codec


# UTF-8's sequences of more than a byte, each whole: a lead byte and its continuations
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                            rb"|[\xf0-\xf4][\x80-\xbf]{3}")
_MOSTLY = 4  # UTF-8 with stray bytes: this many whole sequences to each stray byte, or more
_STRAY = re.compile("[\udc80-\udcff]")  # a byte UTF-8 does not read, escaped (surrogateescape)
_AROUND_STRAY = re.compile("\\S{0,40}[\udc80-\udcff]\\S{0,40}")


def _mostly_utf8(data: bytes) -> Decoded | None:
    """``data`` read as UTF-8 when it is that but for a few stray bytes (a page in UTF-8 that
    prints a widget's text in cp1252, "Hosting f\xfcr Profit"), the stray bytes read in the
    legacy encoding the words around them read likeliest in (flag ``encoding_mixed``,
    encoding ``utf-8+cp1252``); ``None`` when the bytes are not mostly UTF-8. Reading the
    whole page in a legacy encoding would make mojibake of all its UTF-8."""
    text = data.decode("utf-8", errors="surrogateescape")
    strays = len(_STRAY.findall(text))
    if len(_UTF8_SEQUENCE.findall(data)) < _MOSTLY * strays:
        return None
    around = " ".join(_AROUND_STRAY.findall(text)).encode("utf-8", errors="surrogateescape")
    legacy = read_legacy(around)
    codec = legacy.encoding if legacy is not None else "cp1252"
    return Decoded(_read_strays(text, codec), f"utf-8+{codec}", ("encoding_mixed",))


def _read_strays(text: str, codec: str) -> str:
    """``text`` with each stray byte it escapes (``surrogateescape``) read in ``codec``."""
    return _STRAY.sub(lambda stray: bytes([ord(stray.group()) - 0xDC00]).decode(
        codec, errors="replace"), text)


def read_legacy(data: bytes) -> Decoded | None:
    """``data``, bytes that are not UTF-8, in the legacy single-byte encoding they read
    likeliest in (:func:`_likeliest`, flag ``encoding_detected``); ``None`` when none of
    ``LEGACY_ENCODINGS`` reads them.

    >>> read_legacy("El año pasado, según el ministerio".encode("cp1252")).encoding
    'cp1252'
    """
    readings: dict[str, str] = {}  # each distinct reading, and the first encoding giving it
    for codec in LEGACY_ENCODINGS:
        with contextlib.suppress(UnicodeDecodeError):
            readings.setdefault(data.decode(codec), codec)
    if not readings:
        return None
    text = _likeliest(data, readings)
    return Decoded(text, readings[text], ("encoding_detected",))


# UTF-16 text: a NUL byte in this many bytes or more (an ASCII character in 32: the spaces,
# digits and line breaks of Chinese news are more), ...
_NUL_SHARE = 64
# ... most at odd offsets (little-endian) or at even ones: a character beyond ASCII has a NUL
# byte on the other side only at a multiple of 256 (U+0100 Ā, U+0400 Ѐ, and U+4E00 一, which
# is common in Chinese). Binary data's NUL bytes fall on both sides alike, and what it decodes
# to is not UTF-16 (half a surrogate pair) or is full of control characters: of 30,000 files
# with a NUL byte under /usr, none that is binary is read as text (bench/nul_bytes.py).
_NUL_PARITY = 0.6
_UTF16_CONTROL_SHARE = 100  # ... and what they decode to holds a control in fewer than this many
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text written without a byte-order mark, or ``None``. In it, every character of
    ASCII (the spaces and line breaks of any script's text) has a NUL byte, always on the same
    side of the pair; binary data's NUL bytes fall on both sides, and what it decodes to is
    full of control characters."""
    sniff = data[:SNIFF]
    nuls = sniff.count(0)
    if nuls * _NUL_SHARE < len(sniff):
        return None
    odd = sniff[1::2].count(0)
    codec = "utf-16-le" if odd >= _NUL_PARITY * nuls else "utf-16-be"
    if codec == "utf-16-be" and nuls - odd < _NUL_PARITY * nuls:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if len(_CONTROL_CHARS.findall(text[:SNIFF])) * _UTF16_CONTROL_SHARE > min(len(text), SNIFF):
        return None
    return Decoded(text, codec, ("encoding_detected",))


# Characters no text of a page holds: C1 controls, box drawing and blocks (what DOS and KOI8
# code pages put where others have letters), private use, and the replacement character.
_NEVER_PRINTED = re.compile("[\u0080-\u009f\u2500-\u259f\ue000-\uf8ff\ufffd]")


@dataclass(frozen=True, slots=True)
class _Marks:
    """Patterns over the characters a legacy encoding reads bytes beyond ASCII as, built the
    first time bytes that are not UTF-8 are read (:func:`_marks`)."""

    two_scripts: re.Pattern[str]  # letters of two scripts side by side, within a word ("Cafй")
    # a small letter, then a capital, one of them beyond ASCII ("пРИВЕТ"; not the words a tag
    # cloud runs together, "SmartphoneKünstliche")
    small_before_capital: re.Pattern[str]
    letter: re.Pattern[str]  # a letter beyond ASCII
    symbol: re.Pattern[str]  # a character beyond ASCII that is no letter and no space
    # a word of Latin letters all beyond ASCII, four or more: no Latin language writes one
    # ("ÐÒÉÓÔ", "Ïðèâåò": Russian read as ISO-8859-1)
    all_accented: re.Pattern[str]


@functools.cache
def _marks() -> _Marks:
    readable = sorted({ch for codec in LEGACY_ENCODINGS
                       for ch in bytes(range(0x80, 0x100)).decode(codec, errors="ignore")})

    def class_of(test: Callable[[str], bool], ascii_letters: str = "") -> str:
        return "[" + ascii_letters + "".join(re.escape(ch) for ch in readable if test(ch)) + "]"

    # A word's letters that are not all of one script have two such neighbours.
    latin = class_of(lambda ch: ch.isalpha() and char_script(ch) == "LATIN", "A-Za-z")
    cyrillic = class_of(lambda ch: ch.isalpha() and char_script(ch) == "CYRILLIC")
    return _Marks(
        two_scripts=re.compile(f"{latin}(?={cyrillic})|{cyrillic}(?={latin})"),
        small_before_capital=re.compile(
            f"{class_of(str.islower)}(?={class_of(str.isupper, 'A-Z')})"
            f"|{class_of(str.islower, 'a-z')}(?={class_of(str.isupper)})"),
        letter=re.compile(class_of(str.isalpha)),
        symbol=re.compile(class_of(lambda ch: not (ch.isalpha() or ch.isspace()))),
        all_accented=re.compile(
            rf"(?<![^\W\d_]){class_of(lambda ch: ch.isalpha() and char_script(ch) == 'LATIN')}"
            r"{4,}(?![^\W\d_])"),
    )


_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_WORD_REACH = 40
_WORD_BEFORE = re.compile(rb"\S{0,%d}\Z" % _WORD_REACH)
_WORD_AFTER = re.compile(rb"\S{0,%d}" % _WORD_REACH)
_MARKED_READ = 2 * SNIFF  # bytes of words holding a byte beyond ASCII, compared across readings
_ACCENTED_SHARE = 0.4  # a Latin word with more of its letters beyond ASCII than this: a misreading


def _likeliest(data: bytes, readings: dict[str, str]) -> str:
    """Of the ``readings`` of ``data`` (each text, and the single-byte encoding that reads it),
    the one with the fewest marks of a wrong code page. First those no writer makes
    (:func:`_impossible`); then the most words a language's stop words list ("año", "fără";
    not "ańo", "fãrã": :func:`_known_words`); then the fewest letters its language does not
    write (:func:`_foreign_letters`); then the fewest words in capitals
    (:func:`_capitalised`); then, where it reads letters beyond ASCII, whether the encoding
    can write that language at all (Slovak, read from Turkish bytes in cp1252, which lacks
    "č" and "ľ", is no likelier than Turkish in cp1254). On a tie, the first.

    The marks are sought in the words that hold a byte beyond ASCII, wherever they stand (a
    page of English may print its one "£" far down), the same words in every reading. The
    language is the one whose stop words make up the words every reading prints alike, or
    else each reading's own, told from its opening, and only for the readings left after
    the first count."""
    texts = list(readings)
    words = _marked_words(data)
    marked = [_words_at(text, words) for text in texts]
    marks = [_impossible(words) for words in marked]
    left = [i for i, count in enumerate(marks) if count == min(marks)]
    if len(left) > 1:
        opening = data[:SNIFF]
        # the opening's words, found before the budget of _MARKED_READ (twice the opening) ran out
        in_opening = [(start, min(end, SNIFF)) for start, end in words if start < SNIFF]
        shared = _without(opening, in_opening).decode("ascii", errors="replace")
        voted = stopword_vote(shared)

        def fit(i: int) -> tuple[int, int, int, bool]:
            language = voted or detect_language(texts[i][:SNIFF])
            return (-_known_words(marked[i]), _foreign_letters(marked[i], language),
                    _capitalised(marked[i]),
                    not _writes(readings[texts[i]], language) and _has_letters(marked[i]))

        left.sort(key=fit)  # stably: a tie keeps the readings' order
    return texts[left[0]]


@functools.cache
def _writes(codec: str, language: str | None) -> bool:
    """Whether ``codec`` holds every letter of ``language``'s alphabet (any, if unknown)."""
    try:
        "".join(alphabet(language) if language is not None else ()).encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _has_letters(sample: str) -> bool:
    """Whether ``sample`` holds a letter beyond ASCII."""
    return _marks().letter.search(sample) is not None


def _marked_words(data: bytes) -> list[tuple[int, int]]:
    """Where the words holding a byte beyond ASCII stand, in order, up to ``_MARKED_READ``
    bytes of them. A word is cut ``_WORD_REACH`` bytes either side of its first such byte:
    a line of 3 MB without a space is no word."""
    spans: list[tuple[int, int]] = []
    size = at = 0
    while size < _MARKED_READ and (found := _HIGH_BYTE.search(data, at)) is not None:
        high = found.start()
        before = _WORD_BEFORE.search(data, max(at, high - _WORD_REACH), high)
        start = before.start() if before is not None else high
        after = _WORD_AFTER.match(data, high)
        end = after.end() if after is not None else high + 1
        spans.append((start, end))
        size += end - start
        at = end
    return spans


def _words_at(text: str, spans: list[tuple[int, int]]) -> str:
    """The words of a single-byte reading ``text`` at ``spans`` (its bytes' positions), joined."""
    return " ".join(text[start:end] for start, end in spans)


def _without(data: bytes, spans: list[tuple[int, int]]) -> bytes:
    """``data`` with the stretches at ``spans`` left out (a space in their place)."""
    pieces, at = [], 0
    for start, end in spans:
        pieces.append(data[at:start])
        at = end
    pieces.append(data[at:])
    return b" ".join(pieces)


def _known_words(sample: str) -> int:
    """Words beyond ASCII that are stop words of a language newsclean knows; not words of one
    letter, which any byte standing alone reads as in some code page ("й" for "©" in cp866)."""
    known = stopwords(None)
    return sum(len(word) > 1 and not word.isascii() and word.lower() in known
               for word in WORD.findall(sample))


def _capitalised(sample: str) -> int:
    """Words of capitals beyond ASCII: prose has fewer of them than of small letters, and
    KOI8-R and cp1251 put the same letter in the other case ("ЧУЕИ" for "всех")."""
    return sum(len(word) > 1 and word.isupper() and not word.isascii()
               for word in WORD.findall(sample))


# Symbols (and fractions, superscripts) that stand for a letter another code page has there:
# one before a letter ("f№r", "№ber": "für", "über" read as cp866), unless a digit is before
# it ("20°C"); one after a word longer than a unit's symbol ("kwarta³", "Szpakowsk№":
# Polish read as cp1252 and cp1251), not after a unit ("m³", "km²"). A mark after a name
# ("Nike®") counts too, but is printed alike by the code pages that have it.
_SYMBOL_CLASSES = frozenset({"So", "Sc", "Sm", "Sk", "No"})
_UNIT_LETTERS = 2
# Punctuation that stands between two letters in no word ("najwa§niejsze": Polish read as
# ISO 8859-5); signs that stand before a number, beside no letter ("adl§": Turkish read as
# ISO 8859-5); a middle dot, beside any letter but between two l's ("col·legi", Catalan).
_INSIDE_WORD_NEVER = "Po"
_BEFORE_A_NUMBER = "§¶"
_MIDDLE_DOT = "·"
# Spanish opens a question or an exclamation with an inverted mark: beside a letter in
# another language it stands for one ("¿ycie": Polish read as cp1252).
_INVERTED_BY_LETTER = re.compile(r"[¿¡](?=[^\W\d_])|(?<=[^\W\d_])[¿¡]")
_INVERTED_WRITERS = frozenset({"es"})


def _marks_at(text: str, spans: list[tuple[int, int]]) -> int:
    """The marks no writer makes (:func:`_impossible`) in a reading's words at ``spans``."""
    return _impossible(_words_at(text, spans))


def _impossible(sample: str) -> int:
    """Marks no writer makes, which bytes read in a wrong code page leave: a character no page
    prints (a C1 control, box drawing, private use, U+FFFD), a word in two scripts
    (``Cafй``), a capital after a small letter beyond ASCII (Russian read as KOI8-R:
    ``пРИВЕТ``), a Latin word all of letters beyond ASCII (``Ïðèâåò``), and a symbol or mark
    where a word has a letter (``f№r``)."""
    marks = _marks()
    bad = (len(_NEVER_PRINTED.findall(sample)) + len(marks.two_scripts.findall(sample))
           + len(marks.small_before_capital.findall(sample))
           + len(marks.all_accented.findall(sample)))
    for found in marks.symbol.finditer(sample):
        bad += _stands_for_a_letter(sample, found.start())
    return bad


def _stands_for_a_letter(sample: str, at: int) -> bool:
    """Whether the symbol or mark at ``at`` stands where a word has a letter."""
    symbol = sample[at]
    before = sample[at - 1] if at else " "
    after = sample[at + 1:at + 2] or " "
    if symbol == _MIDDLE_DOT:
        return (before.isalpha() or after.isalpha()) and not (before in "lL" and after in "lL")
    if symbol in _BEFORE_A_NUMBER:
        return before.isalpha() or after.isalpha()
    category = unicodedata.category(symbol)
    if category == _INSIDE_WORD_NEVER:
        return before.isalpha() and after.isalpha()
    if category in _SYMBOL_CLASSES:
        return ((after.isalpha() and not before.isdigit())
                or sample[max(at - _UNIT_LETTERS - 1, 0):at].isalpha())
    return False


def _foreign_letters(sample: str, language: str | None) -> int:
    """Letters beyond ASCII that ``language`` does not write: those its langdetect profile
    does not hold (``ń`` in Spanish, ``Ł`` in English). When the language cannot be told,
    each Latin word mostly of accented letters (``Ïðèâåò``) counts instead."""
    bad = 0 if language in _INVERTED_WRITERS else len(_INVERTED_BY_LETTER.findall(sample))
    own = profile_letters(language) if language is not None else None
    if own is not None:
        return bad + sum(count for ch, count in Counter(sample).items()
                         if ch.isalpha() and not (ch.isascii() or ch in own or ch.lower() in own))
    for word in WORD.findall(sample):
        if (not word.isascii() and char_script(word[0]) == "LATIN"
                and sum(not ch.isascii() for ch in word) > _ACCENTED_SHARE * len(word)):
            bad += 1
    return bad


# Labels a browser reads as another encoding, as the WHATWG Encoding Standard says: a page
# declared ISO-8859-1 or ASCII (a server's default declaration) is read as windows-1252,
# whose printable characters stand where ISO-8859-1 has control codes.
_READ_AS = {"iso8859-1": "cp1252", "ascii": "cp1252"}


def codec_named(label: str) -> str | None:
    """Python's name for an encoding label (``windows-1251`` -> ``cp1251``; ``ISO-8859-1`` ->
    ``cp1252``, as a browser reads it), or None."""
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _READ_AS.get(name, name)


# What UTF-8 looks like when its bytes were read as cp1252 or Latin-1 ("Ã©", "â€™") or as
# cp1251 ("Рѕ", "С‚"; "В©", "Г©", "вЂ™" where it was not Cyrillic): a lead byte's letter,
# then as many continuation bytes' as the lead announces (one after Â-ß, В, Г, Р and С, two
# after à-ï and after в, whose first is Ђ for the punctuation of U+2000-203F, three after
# ð-ô). A cp1251 lead is a letter Russian writes, so only these: Р and С lead Cyrillic
# letters, В and Г Latin-1's signs and letters, "вЂ" punctuation. Text without one is not
# mojibake, and skips ftfy's slower check: an accent before a soft hyphen or a dash ("à\xad",
# "é…") is a lead without its continuations. (U+FFFD: a continuation byte cp1252 lacks.)
_CONTINUATION = "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_AFTER_LATIN = (f"[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                f"\ufffd{_CONTINUATION}]")
_CYRILLIC_CONTINUATION = f"\u0401-\u040f\u0451-\u045f\u0490\u0491\u00a1-\u00bf\u2116{_CONTINUATION}"
_AFTER_CYRILLIC = f"[\u00a0{_CYRILLIC_CONTINUATION}]"
# ... but the no-break space after В and Г: Russian sets one after the preposition "В"
_AFTER_CYRILLIC_NOT_SPACE = f"[{_CYRILLIC_CONTINUATION}]"
# Written as one class of leads, each branch checking (behind it) which lead it follows: a
# pattern that opens with one class is scanned for it by the regex engine, three to four
# times faster than the plain alternation of the four cases, which it equals
# (tests/test_encodings.py compares the two).
_MOJIBAKE_HINT = re.compile(
    f"[\u00c2-\u00f4\u0412\u0413\u0420\u0421\u0432](?:(?<=[\u00c2-\u00df]){_AFTER_LATIN}"
    f"|(?<=[\u00e0-\u00ef]){_AFTER_LATIN}{{2}}|(?<=[\u00f0-\u00f4]){_AFTER_LATIN}{{3}}"
    f"|(?<=[\u0420\u0421]){_AFTER_CYRILLIC}|(?<=[\u0412\u0413]){_AFTER_CYRILLIC_NOT_SPACE}"
    f"|(?<=\u0432)\u0402{_AFTER_CYRILLIC})"
)


def repair_mojibake(decoded: Decoded) -> Decoded:
    """``decoded`` with its mojibake repaired (flag ``mojibake_repaired``): UTF-8 once read as
    a single-byte encoding ("cafÃ©", by ftfy), or a legacy code page's bytes read as Latin-1
    ("Ïðèâåò": :func:`_read_as_latin`)."""
    if _READ_AS_LATIN_HINT.search(decoded.text):
        repaired = _read_as_latin(decoded)
        if repaired is not None:
            return repaired
    if not _MOJIBAKE_HINT.search(decoded.text):
        return decoded
    import ftfy  # imported here: most text never needs it
    import ftfy.badness

    if not ftfy.badness.is_bad(decoded.text):
        return decoded
    fixed = ftfy.fix_encoding(decoded.text)
    if fixed == decoded.text:
        return decoded
    return Decoded(fixed, decoded.encoding, (*decoded.flags, "mojibake_repaired"))


def unescape_entities(text: str) -> str | None:
    """A text dump's HTML character references read as the characters they stand for (flag
    ``html_entities_unescaped``), or ``None`` when it holds none: a scraper that took the text
    of a page's source (a content system's API, a feed's summary) without reading its markup
    leaves ``&amp;``, ``&#8217;`` and ``&quot;`` where a reader sees ``&``, ``’`` and ``"``.
    Only references that end in ``;`` are read (``R&D``, ``AT&T`` and ``&copy`` in a word
    stay), once, and twice when escaped twice (``&amp;#8217;``).

    >>> unescape_entities("Council&#8217;s budget &amp; plans &ndash; R&D")
    'Council’s budget & plans – R&D'
    """
    if "&" not in text or _ENTITY.search(text) is None:
        return None
    unescaped = _ENTITY.sub(_character, text)
    return None if unescaped == text else unescaped


# An HTML character reference that ends in ";", escaped once more or not ("&amp;#8217;")
_ENTITY = re.compile(r"&(?:amp;)?(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")


def _character(reference: re.Match[str]) -> str:
    read = html_unescape("&" + reference.group(1))
    if read == "&" + reference.group(1):  # no such name: kept as it was
        return reference.group(0)
    return read


# What a page in another code page read as Latin-1 or windows-1252 shows: a control code (a
# byte of its quotes and dashes, 0x80-0x9F), four letters of Latin-1 beyond ASCII in a row (a
# word no Latin language writes), or a sign after a letter where its code page has a letter
# ("bud¿et", "powiedzia³": Polish). One class of first characters, each branch checking
# (behind it) which it follows, as _MOJIBAKE_HINT is written: ten times faster than the
# plain alternation, which it equals (tests/test_encodings.py compares the two).
_ACCENTED = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
_READ_AS_LATIN_HINT = re.compile(
    f"[\u0080-\u009f\u00b3\u00b9\u00bf{_ACCENTED}](?:(?<=[\u0080-\u009f])"
    f"|(?<=[^\\W\\d_][\u00b3\u00b9\u00bf])|(?<=[{_ACCENTED}])[{_ACCENTED}]{{3}})")


def _read_as_latin(decoded: Decoded) -> Decoded | None:
    """A page in a legacy code page that a scraper read as Latin-1 or windows-1252 (Python's
    requests does so with a page its server sent without a charset: "Ïðèâåò" for "Привет"),
    read again from those bytes in the code page it reads likeliest in, when the Latin-1
    reading carries marks no writer makes (a control code where a quote was, a word all of
    accented letters) and that reading no more; else ``None``."""
    for latin in ("latin-1", "cp1252"):
        try:
            data = decoded.text.encode(latin)
            break
        except UnicodeEncodeError:
            continue
    else:
        return None  # it holds characters beyond Latin-1: not all read so
    if _is_utf8(data):
        return None  # UTF-8 read as Latin-1: ftfy's to repair
    words = _marked_words(data)
    marks = _marks_at(decoded.text, words)
    legacy = read_legacy(data) if marks else None
    if legacy is None or _marks_at(legacy.text, words) > marks:
        return None
    return Decoded(legacy.text, decoded.encoding, (*decoded.flags, "mojibake_repaired"))


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


SURROGATE = re.compile("[\ud800-\udfff]")


def valid_unicode(text: str) -> tuple[str, bool]:
    r"""``text`` with each lone surrogate (half of a pair, as JSON's ``"\ud83d"`` gives) replaced
    by U+FFFD, and whether there was one: text that UTF-8 can encode.

    >>> valid_unicode("cut \ud83d emoji")
    ('cut � emoji', True)
    """
    if SURROGATE.search(text) is None:
        return text, False
    return SURROGATE.sub("\ufffd", text), True


TOO_DEEP = "JSON nested too deeply to read"  # deeper than Python's parser recurses
JSON_CHUNK = 1 << 20  # characters read at a time


def json_values(
    read: Callable[[int], bytes], source: str
) -> Iterator[tuple[int, int | None, Any] | InputError]:
    """The JSON values ``read`` gives, one after another, each with the line it starts on
    and, for the elements of a top-level array, its number in the array (from 1). Values and
    arrays' elements are read one at a time, with no more than one value and a chunk of text
    in memory. UTF-8, or UTF-16 or UTF-32 with a byte-order mark. The first text that is not
    JSON ends the stream, as an ``InputError`` naming its line."""
    head = read(4)
    # JSON is UTF-8; a Windows tool may still write UTF-16 with a mark
    reader = codecs.getincrementaldecoder(marked_codec(head) or "utf-8-sig")()
    decoder = json.JSONDecoder()
    buffer, eof = reader.decode(head), False
    pos = 0
    line, counted = 1, 0  # the line of buffer[counted]
    index: int | None = None  # inside a top-level array: the number of its next element

    def more() -> bool:
        nonlocal buffer, pos, counted, eof
        if eof:
            return False
        chunk = read(max(JSON_CHUNK, len(buffer)))  # a long value: double the read
        eof = not chunk
        buffer = buffer[counted:] + reader.decode(chunk, final=eof)
        pos -= counted
        counted = 0
        return not eof or pos < len(buffer)

    while True:
        while pos < len(buffer) and (buffer[pos].isspace() or (index is not None and buffer[pos] == ",")):
            pos += 1
        if pos >= len(buffer):
            if more():
                continue
            if index is not None:
                line += buffer.count("\n", counted, pos)
                yield InputError(source, "not JSON: the array is not closed", line=line)
            return
        line += buffer.count("\n", counted, pos)
        counted = pos
        char = buffer[pos]
        if index is None and char == "[":
            index, pos = 1, pos + 1
            continue
        if index is not None and char == "]":
            index, pos = None, pos + 1
            continue
        try:
            value, end = decoder.raw_decode(buffer, pos)
        except json.JSONDecodeError as exc:
            if more():
                continue
            line += buffer.count("\n", counted, exc.pos)
            yield InputError(source, f"not JSON: {exc.msg}", line=line)
            return
        except RecursionError:
            yield InputError(source, TOO_DEEP, line=line)
            return
        if end == len(buffer) and not eof and more():
            continue  # the value may go on in the next chunk ("12" of "123")
        yield line, index, value
        if index is not None:
            index += 1
        pos = end
