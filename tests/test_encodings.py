"""Reading bytes in whatever encoding a scraper left them, and saying what was done."""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import InputError, decoding, io, output
from newsclean.cli import main
from newsclean.io import decode

RUSSIAN = ("Столица республики перенесла заседание парламента на следующую неделю, сообщили "
           "в пресс-службе. Депутаты обсудят бюджет и новые законы о выборах.")
UKRAINIAN = "Київ отримав нову партію гуманітарної допомоги, повідомляє міністерство охорони."
FRENCH = ("Le président a déclaré que la réunion aurait lieu à Genève la semaine prochaine, "
          "après des négociations très difficiles.")


@pytest.mark.parametrize(
    ("text", "codec"),
    [(RUSSIAN, "cp1251"), (RUSSIAN, "koi8_r"), (UKRAINIAN, "koi8_u"), (RUSSIAN, "cp866"),
     (FRENCH, "cp1252"), ("Привет, мир", "cp1251")],
)
def test_legacy_encodings_are_detected_and_named(text: str, codec: str) -> None:
    decoded = decode(text.encode(codec), "page.txt")
    assert decoded.text == text
    assert decoded.flags == ("encoding_detected",)
    # Encodings that agree on every byte of the text are equally right.
    assert decoded.text.encode(decoded.encoding) == text.encode(codec)


# Legacy-encoded text that one code page's neighbours read wrong, letter by letter: each is
# read back exactly.
SPANISH = ("El año pasado, según el ministerio, la compañía ganó más de lo previsto. ¿Qué "
           "pasará mañana? Nadie lo sabe, dijo el señor Muñoz.")
PORTUGUESE = "A população da região não para de crescer, e as eleições estão próximas."
POLISH = ("Został wybrany na przewodniczącego, ale później zrezygnował. Ówczesny rząd był "
          "zaskoczony, że kwartał zakończył się stratą. Życie toczy się dalej.")
CZECH = "Během týdne se město připravilo na příjezd prezidenta, řekl mluvčí úřadu."
GERMAN_HYPHENATED = ("Die Ver\u00adanstaltung fand im Bürger\u00adhaus statt, und die Teil"
                     "\u00adnehmer waren begeis\u00adtert von der Vorführung.")


@pytest.mark.parametrize(("text", "codec"), [
    (SPANISH, "cp1252"),  # not cp1250: "ańo", "żQué"
    (FRENCH, "cp1252"),  # not cp1250: "ŕ Genčve"
    (PORTUGUESE, "cp1252"),  # not cp1250: "populaçăo"
    (GERMAN_HYPHENATED, "cp1252"),  # soft hyphens: no reading was offered, UTF-8 replaced ä, ü
    (POLISH, "cp1250"),  # not cp1252: "zrezygnowa³", "¯ycie"
    (CZECH, "cp1250"),
    (RUSSIAN, "iso8859_5"),
    ("Цена: 5 000 руб. за м², доставка по городу бесплатно", "koi8_r"),
    ("всех этого имеет начале на и была войны", "koi8_r"),  # cp1251: "ЧУЕИ ЬФПЗП", all capitals
    ("a fără aceasta această apoi doi acest acesta află", "cp1250"),  # cp1252: "fãrã", Portuguese
    ("acentesi adlı adı ait alan alanı adlı", "cp1254"),  # cp1252: "adlý", Slovak
])
def test_each_language_is_read_in_its_own_letters(text: str, codec: str) -> None:
    decoded = decode(text.encode(codec), "page.txt")
    assert decoded.text == text and decoded.flags == ("encoding_detected",)


def test_a_letter_far_down_the_page_decides_the_reading() -> None:
    """Marks are sought in every word with a byte beyond ASCII, not only at the top: a page
    of English whose one pound sign comes after 8 KB of ASCII is cp1252, not cp1251."""
    text = "The council met on Tuesday to discuss the budget. " * 200 + "It costs £5m."
    decoded = decode(text.encode("cp1252"), "page.txt")
    assert decoded.text == text


@pytest.mark.parametrize(("sample", "marks"), [
    ("für über", 0), ("f№r", 1), ("№ber", 1), ("20°C 5 m³ 3 km²", 0), ("Nike®", 1),
    ("kwarta³", 1), ("Szpakowsk№,", 1), ("col·legi", 0), ("·nico", 1), ("najwa§niejsze", 1),
    ("adl§", 1), ("nach § 34", 0),
    ("Cafй", 1), ("пРИВЕТ", 1), ("SmartphoneKünstliche", 0), ("МосГорДума", 2),
    ("box ╬ drawing", 1), ("¿Qué pasa?", 0),
])
def test_marks_no_writer_makes(sample: str, marks: int) -> None:
    assert decoding._impossible(sample) == marks


@pytest.mark.parametrize(("sample", "language", "foreign"), [
    ("año según", "es", 0), ("ańo", "es", 1), ("£5m", "en", 0), ("Ł5m", "en", 1),
    ("¿Qué?", "es", 0), ("¿ycie", "pl", 1), ("życie", "pl", 0), ("Ïðèâåò", None, 1),
])
def test_letters_a_language_does_not_write(sample: str, language: str | None,
                                           foreign: int) -> None:
    assert decoding._foreign_letters(sample, language) == foreign


def test_an_encoding_writes_a_language_when_it_holds_its_alphabet() -> None:
    assert decoding._writes("cp1254", "tr") and decoding._writes("cp1250", "sk")
    assert not decoding._writes("cp1252", "sk")  # no "č", "ľ"
    assert decoding._writes("koi8_r", "en") and decoding._writes("cp1252", None)


def test_words_a_stop_word_list_has_are_counted() -> None:
    assert decoding._known_words("fără această año según") == 4
    assert decoding._known_words("fãrã aceastã ańo й а") == 0  # one letter: any byte alone


def test_words_in_capitals_are_counted() -> None:
    assert decoding._capitalised("ЧУЕИ ЬФПЗП п NATO МВД") == 3
    assert decoding._capitalised("всех этого Москва") == 0


_CODE_PAGES = {"es": ["cp1252"], "fr": ["cp1252"], "de": ["cp1252"], "pt": ["cp1252"],
               "it": ["cp1252"], "sv": ["cp1252"], "da": ["cp1252"], "pl": ["cp1250"],
               "cs": ["cp1250"], "sk": ["cp1250"], "hu": ["cp1250"], "ro": ["cp1250"],
               "ru": ["cp1251", "koi8_r", "cp866", "iso8859_5"], "uk": ["cp1251", "koi8_u"],
               "tr": ["cp1254"], "lt": ["cp1257"], "lv": ["cp1257"]}


@st.composite
def _words_in_a_code_page(draw: st.DrawFn) -> tuple[str, str]:
    """A run of one language's stop words, some of them with its letters beyond ASCII
    (capitalised or not), and a code page that writes that language."""
    from newsclean.language import stopwords
    language = draw(st.sampled_from(sorted(_CODE_PAGES)))
    codec = draw(st.sampled_from(_CODE_PAGES[language]))
    words = sorted(w for w in stopwords(language) if _encodes(w, codec))
    accented = [w for w in words if not w.isascii()]
    picked = draw(st.lists(st.sampled_from(words), min_size=8, max_size=30, unique=True))
    picked += draw(st.lists(st.sampled_from(accented), min_size=2, max_size=6, unique=True))
    text = " ".join(draw(st.permutations(picked))) + "."
    return (text.capitalize() if draw(st.booleans()) else text), codec


def _encodes(word: str, codec: str) -> bool:
    try:
        word.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


@settings(max_examples=300, deadline=None)
@given(_words_in_a_code_page())
def test_a_language_written_in_its_code_page_reads_back(case: tuple[str, str]) -> None:
    text, codec = case
    assert decode(text.encode(codec), "page.txt").text == text


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_byte_order_marks_say_the_encoding(codec: str) -> None:
    data = text_with_bom(RUSSIAN, codec)
    decoded = decode(data, "page.txt")
    assert decoded.text == RUSSIAN and decoded.flags == ()
    assert decoded.encoding.startswith(codec.split("-")[0] + "-")


def text_with_bom(text: str, codec: str) -> bytes:
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    return bom + text.encode(codec)


def test_plain_utf8_is_read_as_is() -> None:
    decoded = decode(RUSSIAN.encode(), "page.txt")
    assert (decoded.text, decoded.encoding, decoded.flags) == (RUSSIAN, "utf-8", ())


def test_html_declared_charset_is_believed() -> None:
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{RUSSIAN}</p></body></html>'
    decoded = decode(page.encode("cp1251"), "page.html", html=True)
    assert decoded.text == page and decoded.encoding == "cp1251" and decoded.flags == ()


@pytest.mark.parametrize(("text", "misread_as"), [(FRENCH, "cp1252"), (FRENCH, "latin-1"),
                                                   (RUSSIAN, "cp1251"),
                                                   ("It’s “quoted” — twice…", "cp1251")])
def test_mojibake_is_repaired_and_flagged(text: str, misread_as: str) -> None:
    mangled = text.encode("utf-8").decode(misread_as, errors="replace").encode("utf-8")
    decoded = decode(mangled, "page.txt")
    assert decoded.text == text and decoded.flags == ("mojibake_repaired",)


_LATIN_MISREADS = [
    (RUSSIAN, "cp1251"), (RUSSIAN, "koi8_r"), (UKRAINIAN, "cp1251"),
    ("„Rząd przedstawił budżet”, powiedział minister – w środę.", "cp1250"),
    ("\u201cIt\u2019s here\u201d \u2013 the report costs 5 \u20ac.", "cp1252"),
]


@pytest.mark.parametrize(("text", "written", "read_as"), [
    (text, written, read_as) for text, written in _LATIN_MISREADS
    for read_as in ("latin-1", "cp1252") if read_as != written])
def test_a_legacy_page_a_scraper_read_as_latin1_is_read_again(
    text: str, written: str, read_as: str
) -> None:
    """Python's requests reads a page its server sent without a charset as ISO-8859-1: a
    Russian page comes out "Ñòîëèöà", quotes as control codes. The bytes it read are read
    again in the code page they read likeliest in, in a file and in a JSON string alike."""
    mangled = text.encode(written).decode(read_as)
    decoded = decode(mangled.encode("utf-8"), "page.txt")
    assert decoded.text == text and decoded.flags == ("mojibake_repaired",)
    document = io.jsonl_document({"text": mangled}, "crawl.jsonl", "crawl", 1)
    assert isinstance(document, io.Document) and document.text == text
    assert "mojibake_repaired" in document.flags


@pytest.mark.parametrize("text", [FRENCH, RUSSIAN, UKRAINIAN, "Él llegó. «Sí», dijo. Pasó»"])
def test_real_text_is_not_taken_for_mojibake(text: str) -> None:
    assert decode(text.encode(), "page.txt").flags == ()


@pytest.mark.parametrize(("text", "hinted"), [
    ("l’université".encode().decode("cp1252"), True),  # "â€™": a lead and its two continuations
    ("café".encode().decode("latin-1"), True),  # "Ã©"
    ("Русский".encode().decode("latin-1"), True),  # "Ð\xa0Ñ\x83..."
    ("It’s".encode().decode("cp1251"), True),  # "ItвЂ™s": English read as cp1251
    ("Сергей Иванов в «Газпроме»", False),  # Russian as written
    ("В\xa0Москве", False),  # a no-break space after a preposition
    ("© 2020 Agency".encode().decode("cp1251"), True),  # "В© 2020"
    ("jouées à l’université… Sans oublier", False),  # "é…": a lead one continuation short
    ("la vérité…\n", False),
    ("CŒUR", False),
])
def test_the_mojibake_hint_wants_a_whole_utf8_sequence(text: str, hinted: bool) -> None:
    """Only text with the hint goes on to ftfy's check, which costs several milliseconds a
    page; a lead letter without the continuations it announces is no hint."""
    assert bool(decoding._MOJIBAKE_HINT.search(text)) is hinted


_HINT_AS_WRITTEN = re.compile(  # the six cases side by side: what _MOJIBAKE_HINT must equal
    f"[\u00c2-\u00df]{decoding._AFTER_LATIN}|[\u00e0-\u00ef]{decoding._AFTER_LATIN}{{2}}"
    f"|[\u00f0-\u00f4]{decoding._AFTER_LATIN}{{3}}|[\u0420\u0421]{decoding._AFTER_CYRILLIC}"
    f"|[\u0412\u0413]{decoding._AFTER_CYRILLIC_NOT_SPACE}|\u0432\u0402{decoding._AFTER_CYRILLIC}"
)
# the ends of every range the hint reads, and characters inside them
_NEAR_MOJIBAKE = st.text(st.sampled_from(
    "a éâ\u00c1\u00c2\u00df\u00e0\u00ef\u00f0\u00f4\u00f5\u041f\u0420\u0421\u0422"
    "\u0412\u0413\u0414\u0431\u0432\u0433\u0402"
    "\u007f\u0080\u00bf\u00c0\u0400\u0401\u040f\u0451\u045f\u0460\u2116"
    "‚€™’“–…\xa0\xad\ufffdŒ"), max_size=12)


@given(_NEAR_MOJIBAKE)
def test_the_mojibake_hint_is_its_six_cases(text: str) -> None:
    assert bool(decoding._MOJIBAKE_HINT.search(text)) == bool(_HINT_AS_WRITTEN.search(text))


# The read-as-Latin-1 hint as its three cases read, plainly
_LATIN_HINT_AS_WRITTEN = re.compile(
    f"[\u0080-\u009f]|[{decoding._ACCENTED}]{{4}}|[^\\W\\d_][\u00b3\u00b9\u00bf]")


@given(st.text(st.sampled_from("a Zé9_\u007f\u0080\u009f\u00a0\u00b2\u00b3\u00b9\u00bf"
                               "\u00c0\u00d6\u00d7\u00d8\u00f6\u00f7\u00f8\u00ffЖ"),
               max_size=12))
def test_the_read_as_latin_hint_is_its_three_cases(text: str) -> None:
    found = decoding._READ_AS_LATIN_HINT.search(text)
    assert bool(found) == bool(_LATIN_HINT_AS_WRITTEN.search(text))


def test_undecidable_bytes_are_replaced_and_flagged() -> None:
    noise = bytes(range(0x80, 0x100)) * 4
    decoded = decode(noise, "page.txt")
    assert decoded.flags in {("encoding_replaced",), ("encoding_detected",)}
    assert decoded.text


@pytest.mark.parametrize("data", [b"", b"  \n\t ", b"\x00\x01\x02\x03binary", codecs.BOM_UTF8])
def test_empty_and_binary_inputs_are_errors_naming_the_file(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^scrapes/a\.txt: (empty|binary)"):
        decode(data, "scrapes/a.txt")


def test_compressed_bytes_without_a_nul_are_binary() -> None:
    """Compressed data (a page saved gzipped under a .txt name, an image) need not hold a NUL
    in its first kilobytes; its control bytes tell it from text."""
    import random
    import zlib

    rng = random.Random(7)
    noise = bytes(rng.randrange(256) for _ in range(4000))
    for data in (noise.replace(b"\x00", b"\x01"),
                 zlib.compress(FRENCH.encode() * 40).replace(b"\x00", b"\x02")):
        assert b"\x00" not in data
        with pytest.raises(InputError, match=r"^dump\.txt: binary file \(control bytes\)"):
            decode(data, "dump.txt")
    # a stray control byte in a text is no file type
    assert decode(f"{FRENCH}\x07\n{FRENCH}".encode(), "a.txt").text.startswith(FRENCH)


_SCRIPTS = st.characters(categories=["L", "N", "P", "Zs"]) | st.sampled_from("\t\n\r\f\x1b")


@given(st.text(_SCRIPTS, min_size=1).filter(str.strip),
       st.sampled_from(["utf-8", "cp1251", "koi8_r", "cp866", "cp1252", "cp1250", "iso8859_9"]))
def test_text_in_any_encoding_is_never_binary(text: str, codec: str) -> None:
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        data = text.encode(codec, errors="replace")
    decoded = decode(data, "a.txt")  # raises on a binary file
    assert decoded.text.strip()


@given(st.text(st.characters(categories=["L", "Zs"]), min_size=1).filter(str.strip))
def test_utf16_and_utf8_round_trip(text: str) -> None:
    for data in (codecs.BOM_UTF16_LE + text.encode("utf-16-le"), text.encode("utf-8")):
        decoded = decode(data, "x.txt")
        assert decoded.text == text or "mojibake_repaired" in decoded.flags


# Chinese news, its only ASCII the digits and spaces of a date line and the line breaks: one
# character in 24 or fewer, so one byte in 48 of its UTF-16 is NUL
_PARAGRAPH = ("一个约定，信守十五年，感人至深；一段真情，延续十五年，催人泪下。上午，话剧全省各市巡演活动"
              "来到张家口。话剧结尾，当扮演毕业生的全体演员喊出铿锵誓言时，全场响起经久不息的掌声，许多"
              "观众流下感动的泪水。这样的掌声、这样的感动，如今已经传遍大地。为深入学习优秀毕业生群体的"
              "先进事迹，大力弘扬社会主义核心价值体系，宣传部门组织了这次巡演。")
CHINESE = ("话剧巡演结束\n新华网 ( 2012-06-04 09:20 )  稿件来源：日报\n\n"
           + "\n\n".join([_PARAGRAPH] * 4) + "\n")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [RUSSIAN, FRENCH, "Breaking news\n\n" + FRENCH, CHINESE])
def test_utf16_without_a_byte_order_mark_is_told_by_its_nul_bytes(text: str, codec: str) -> None:
    decoded = decode(text.encode(codec), "a.txt")
    assert (decoded.text, decoded.encoding, decoded.flags) == (text, codec, ("encoding_detected",))


def test_nul_bytes_of_binary_data_are_no_utf16() -> None:
    """Binary data's NUL bytes fall on both sides of a byte pair, or, where they keep to one
    side (an array of small numbers), decode to control characters."""
    import random
    import struct

    rng = random.Random(3)
    noise = bytes(rng.randrange(256) for _ in range(4000))
    numbers = struct.pack("<2000H", *(n % 300 for n in range(2000)))
    for data in (noise, numbers, b"\x00" * 64 + FRENCH.encode()):
        with pytest.raises(InputError, match=r"^a\.txt: binary file \(NUL bytes\)"):
            decode(data, "a.txt")


def _no_nul_unit(c: str) -> bool:
    """Whether no UTF-16 code unit of ``c`` is a multiple of 256 (U+0100 Ā, U+4E00 一, and the
    supplementary letters from U+10000 on, whose high surrogate is U+D800)."""
    data = c.encode("utf-16-be", errors="surrogatepass")
    return all(data[k + 1] != 0 for k in range(0, len(data), 2))


@given(st.text(st.characters(categories=["L", "Zs"]).filter(_no_nul_unit),
               min_size=20).filter(lambda t: sum(c.isascii() for c in t) * 30 >= len(t)))
def test_utf16_without_a_mark_round_trips_when_a_share_is_ascii(text: str) -> None:
    """Text with an ASCII character in 30 or more (spaces: every script's text has them)
    is read back from UTF-16 without a mark, whichever its byte order. (Left out: the
    characters with a code unit at a multiple of 256, U+0100 Ā, U+4E00 一, U+10001 𐀁, whose
    NUL byte is on the other side of the pair; a text of little more than them is read in
    the wrong order.)"""
    for codec in ("utf-16-le", "utf-16-be"):
        data = text.encode(codec, errors="surrogatepass")
        try:
            decoded = decode(data, "x.txt")
        except InputError:
            assert not text.strip(), "text read as binary"
            continue
        assert decoded.text == text or "mojibake_repaired" in decoded.flags


def test_cli_records_say_the_encoding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ru.txt").write_bytes(f"Заголовок статьи\n\n{RUSSIAN}\n".encode("cp1251"))
    (tmp_path / "utf16.txt").write_bytes(f"Заголовок статьи\n\n{RUSSIAN}\n".encode("utf-16"))
    lines = [{"id": "j", "text": FRENCH.encode().decode("cp1252")}]
    (tmp_path / "crawl.jsonl").write_text("\n".join(json.dumps(x) for x in lines), "utf-8")
    assert main(["clean", str(tmp_path), "-j", "1"]) == 0
    records = {r["id"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert records["ru"]["encoding"] == "cp1251" and "encoding_detected" in records["ru"]["flags"]
    assert RUSSIAN in records["ru"]["text"]
    assert records["utf16"]["encoding"] == "utf-16"
    assert not [f for f in records["utf16"]["flags"] if "encoding" in f or "mojibake" in f]
    assert records["j"]["text"] == FRENCH and "mojibake_repaired" in records["j"]["flags"]


def test_utf8_text_is_read_without_loading_the_encoding_tools() -> None:
    """ftfy takes tens of milliseconds to import, and charset-normalizer (which trafilatura
    brings) as many; text that is UTF-8 and shows no sign of mojibake needs neither."""
    import subprocess
    import sys

    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    code = ("import sys; from newsclean.cli import main; "
            f"main(['clean', {str(fixtures / '000_19febdbf991cfabd.txt')!r}, '-q', '-o', '/dev/null']); "
            "print(sorted(m for m in ('ftfy', 'charset_normalizer') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_half_a_surrogate_pair_in_json_lines_is_replaced_not_fatal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A crawler that cut an emoji in two writes ``"\\ud83d"``: JSON reads it as a lone
    surrogate, which no UTF-8 file can hold. It becomes U+FFFD (flag ``encoding_replaced``),
    and the run, and the other records, go on."""
    story = f"Headline of the story \\ud83d\\n\\n{FRENCH} \\ud83d"
    path = tmp_path / "crawl.jsonl"
    path.write_text('{"id": "cut\\udc00", "text": "' + story + '"}\n'
                    + json.dumps({"id": "ok", "text": FRENCH}) + "\n", "utf-8")
    out = tmp_path / "records.jsonl"
    assert main(["clean", str(path), "-j", "1", "-q", "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == ["cut\ufffd", "ok"]
    assert records[0]["text"].endswith(f"{FRENCH} \ufffd")
    assert "Headline of the story \ufffd" in [records[0]["title"], *records[0]["text"].split("\n\n")]
    assert "encoding_replaced" in records[0]["flags"]
    assert "encoding_replaced" not in records[1]["flags"]
    assert io.valid_unicode("a \U0001f600 b") == ("a \U0001f600 b", False)  # a whole pair stays


@pytest.mark.skipif(sys.platform != "linux", reason="a file name that is not UTF-8 needs Linux")
def test_a_file_name_that_is_not_utf8_is_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"bad\xffname.txt"), "wb") as handle:
        handle.write(f"Headline of the story\n\n{FRENCH}\n".encode())
    with open(os.path.join(folder, b"bin\xfe.txt"), "wb") as handle:
        handle.write(b"\x00\x01binary")
    code = main(["clean", str(tmp_path), "-j", "1"])
    out, err = capsys.readouterr()
    (record,) = map(json.loads, out.splitlines())
    assert record["id"] == "bad\\xffname" and record["source"].endswith("bad\\xffname.txt")
    assert code == 1 and "bin\\xfe.txt: binary file" in err and "Traceback" not in err


def test_a_record_holding_a_lone_surrogate_is_written_as_its_json_escape(tmp_path: Path) -> None:
    """The library keeps a caller's text as given; the writer escapes what UTF-8 cannot hold
    rather than failing at the end of a long run."""
    from newsclean import clean

    record = clean(f"Headline of the story\n\n{FRENCH} \ud83d").to_dict()
    path = tmp_path / "out.jsonl"
    with output.atomic_writer(path) as handle:
        handle.write(io.dumps(record) + "\n")
    assert json.loads(path.read_text("utf-8"))["text"] == record["text"]


def test_json_lines_a_crawler_wrote_in_a_legacy_encoding_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON Lines are UTF-8, but a crawler on a machine set to cp1251 or cp1252 writes its
    own code page: each line that is not UTF-8 is read in the legacy encoding it reads
    likeliest in, and its record says so; a line that is still no JSON is named."""
    path = tmp_path / "crawl.jsonl"
    with path.open("wb") as handle:
        handle.write(json.dumps({"id": "ru", "text": RUSSIAN}, ensure_ascii=False).encode("cp1251"))
        handle.write(b"\n" + json.dumps({"id": "es", "text": SPANISH}, ensure_ascii=False)
                     .encode("cp1252"))
        handle.write(b"\n" + json.dumps({"id": "utf8", "text": FRENCH}, ensure_ascii=False)
                     .encode("utf-8"))
        handle.write(b'\n{"id": "cut", "text": "caf\xe9\n')
    assert main(["clean", str(path), "-j", "1"]) == 1
    out, err = capsys.readouterr()
    records = {r["id"]: r for r in map(json.loads, out.splitlines())}
    assert RUSSIAN in records["ru"]["text"] and records["ru"]["encoding"] == "cp1251"
    assert "ganó más de lo previsto" in records["es"]["text"]
    assert records["es"]["encoding"] == "cp1252"
    for record in (records["ru"], records["es"]):
        assert "encoding_detected" in record["flags"]
    assert records["utf8"]["encoding"] == "utf-8"
    assert not [f for f in records["utf8"]["flags"] if f.startswith("encoding")]
    assert "crawl.jsonl:4: not a JSON object (its bytes, not UTF-8, read as cp1252)" in err


def test_utf8_with_a_few_stray_bytes_is_read_as_utf8() -> None:
    """A page in UTF-8 that prints one widget's text in cp1252: read in a legacy encoding
    whole, its UTF-8 would be mojibake; read as UTF-8, only the stray bytes are read in the
    encoding the words around them read likeliest in."""
    page = ("Die Straße wird gesperrt, sagte die Bürgermeisterin. " * 20).encode("utf-8")
    data = page + "Hosting für Profit".encode("cp1252") + page
    decoded = decode(data, "page.html", html=True)
    assert decoded.text == (page + "Hosting für Profit".encode() + page).decode("utf-8")
    assert decoded.encoding == "utf-8+cp1252" and decoded.flags == ("encoding_mixed",)
    russian = RUSSIAN.encode("utf-8") + " Москва".encode("cp1251")
    decoded = decode(russian, "page.txt")
    assert decoded.text == RUSSIAN + " Москва" and decoded.encoding == "utf-8+cp1251"


def test_a_legacy_page_is_not_taken_for_utf8_with_strays() -> None:
    """In cp1251 a capital Р before a no-break space is two bytes UTF-8 reads (U+0420): a
    few such pairs do not make a page UTF-8."""
    text = (RUSSIAN + " Р\xa0Р\xa0") * 5
    decoded = decode(text.encode("cp1251"), "page.txt")
    assert decoded.text == text and decoded.encoding == "cp1251"


RUSSIAN_PAGE = ("Столица республики перенесла заседание парламента на следующую неделю, сообщили "
                "в пресс-службе. Депутаты обсудят бюджет. Министр заявил, что решение примут в "
                "среду. Эксперты ждут перемен.")


@pytest.mark.parametrize(("written", "declared"), [("koi8_r", "windows-1251"),
                                                    ("cp1251", "koi8-r")])
def test_a_declaration_the_bytes_belie_is_overruled(written: str, declared: str) -> None:
    """A server that recoded a Russian page to KOI8-R kept its windows-1251 declaration: read
    as declared, every capitalised word has a small letter before capitals ("сТОЛИЦА"), which
    no writer makes; the reading without them is kept, and the record says so."""
    page = f'<html><head><meta charset="{declared}"></head><body><p>{RUSSIAN_PAGE}</p></body></html>'
    decoded = decode(page.encode(written), "page.html", html=True)
    assert RUSSIAN_PAGE in decoded.text
    assert decoded.encoding == written and decoded.flags == ("encoding_misdeclared",)
    by_server = decode(RUSSIAN_PAGE.encode(written), "page.txt", charset=declared)
    assert by_server.text == RUSSIAN_PAGE and by_server.flags == ("encoding_misdeclared",)


@settings(max_examples=150, deadline=None)
@given(_words_in_a_code_page())
def test_a_true_declaration_is_believed(case: tuple[str, str]) -> None:
    text, codec = case
    decoded = decode(text.encode(codec), "page.txt", charset=codec)
    assert decoded.text == text and decoded.flags == ()
    if codec == "cp1252":  # the label servers and pages give it most
        decoded = decode(text.encode(codec), "page.txt", charset="iso-8859-1")
        assert decoded.text == text and decoded.flags == ()


POLISH_PAGE = ("Rząd przedstawił w środę projekt budżetu, a posłowie będą go omawiać w przyszłym "
               "tygodniu. Według ministra wzrost gospodarczy przyśpieszy, choć ekonomiści są "
               "ostrożni. Urzędnicy w ministerstwie mówią o cięciach.")


@pytest.mark.parametrize(("text", "written"), [(RUSSIAN_PAGE, "cp1251"), (RUSSIAN_PAGE, "koi8_r"),
                                               (POLISH_PAGE, "cp1250")])
@pytest.mark.parametrize("declared", ["iso-8859-1", "us-ascii"])
def test_a_servers_default_declaration_is_overruled_where_the_bytes_belie_it(
    text: str, written: str, declared: str
) -> None:
    """A server that declares ISO-8859-1 for every page (Apache's default for years), a page
    in another code page: read as declared, its words are all accented letters ("Ïðèâåò"), or
    have symbols for letters ("bud¿et"), which no writer makes."""
    decoded = decode(text.encode(written), "page.txt", charset=declared)
    assert decoded.text == text
    assert decoded.encoding == written and decoded.flags == ("encoding_misdeclared",)


def test_iso_8859_1_is_read_as_windows_1252_as_browsers_read_it() -> None:
    """Curly quotes and the euro sign, which windows-1252 has where ISO-8859-1 has control
    codes: a page declared ISO-8859-1 that prints them means windows-1252."""
    text = "\u201cThe price\u201d, she said, \u201cis 5 \u20ac \u2013 no more.\u201d"
    page = f'<html><head><meta charset="ISO-8859-1"></head><body><p>{text}</p></body></html>'
    decoded = decode(page.encode("cp1252"), "page.html", html=True)
    assert text in decoded.text and (decoded.encoding, decoded.flags) == ("cp1252", ())


@pytest.mark.parametrize(("text", "read"), [
    ("Council&#8217;s budget &amp; plans &ndash; the &quot;deal&quot;",
     "Council’s budget & plans – the \"deal\""),
    ("&#x2019;&#X2019;&nbsp;&lt;div&gt;", "’’\u00a0<div>"),
    ("escaped twice: &amp;#8217; &amp;amp; &amp;quot;", "escaped twice: ’ & \""),
    ("&#128; in a content system's cp1252", "€ in a content system's cp1252"),
    ("R&D, AT&T; &copy 2024, &foo; and &#99999999; stay, &amp; goes",
     "R&D, AT&T; &copy 2024, &foo; and &#99999999; stay, & goes"),
])
def test_html_character_references_in_a_dump_are_read(text: str, read: str) -> None:
    assert decoding.unescape_entities(text) == read


@pytest.mark.parametrize("text", ["R&D and AT&T", "&copy 2024", "x &foo; y", "plain text", ""])
def test_a_dump_without_references_is_left_alone(text: str) -> None:
    assert decoding.unescape_entities(text) is None


@given(st.text(st.characters(blacklist_characters="&", blacklist_categories=("Cs",)), min_size=1))
def test_what_html_escape_wrote_is_read_back(text: str) -> None:
    import html

    escaped = html.escape(text)
    assert decoding.unescape_entities(escaped) == (None if escaped == text else text)


def test_a_scrapes_references_are_read_and_flagged_its_pages_are_not_touched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = ("The council&#8217;s members met on Tuesday &amp; approved the budget for next "
            "year after a long debate among the members of all the parties.")
    (tmp_path / "crawl.jsonl").write_text(json.dumps({"id": "j", "text": f"Budget passed\n\n{body}"})
                                          + "\n", "utf-8")
    (tmp_path / "dump.txt").write_text(f"Budget passed\n\nShare &amp; Tweet\n\n{body}", "utf-8")
    page = f"<html><body><article><h1>Budget passed</h1><p>{body}</p></article></body></html>"
    (tmp_path / "page.html").write_text(page, "utf-8")
    assert main(["clean", str(tmp_path / "crawl.jsonl"), str(tmp_path / "dump.txt"),
                 str(tmp_path / "page.html"), "-q"]) == 0
    jsonl, dump, html_page = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    read = body.replace("&#8217;", "’").replace("&amp;", "&")
    assert jsonl["text"] == dump["text"] == read
    assert "html_entities_unescaped" in jsonl["flags"] and "html_entities_unescaped" in dump["flags"]
    assert [r["text"] for r in dump["removed"] if r["rule"] != "title.headline"] == ["Share & Tweet"]
    # a page's references are its markup's, read by its parser
    assert html_page["text"] == read and "html_entities_unescaped" not in html_page["flags"]
