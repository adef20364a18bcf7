"""Regenerate ``src/newsclean/data/stopwords.tsv`` from jusText's stoplists and, for the
languages of Africa's press jusText has none of and for Basque, from stopwords-iso.

jusText (BSD 2-Clause, (c) Jan Pomikalek) ships frequency-ordered stoplists built from
Wikipedia. newsclean keeps the most frequent words of each language, keyed by the ISO 639-1
codes langdetect returns, so that no stoplist package is needed at run time. stopwords-iso
(MIT, (c) Gene Diaz) lists Basque's, Hausa's, Somali's, Swahili's, Yoruba's and Zulu's function words;
its lists are short and not ordered by frequency, so they are kept whole.

    pip install justext stopwordsiso && python tools/build_stopwords.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import justext
import stopwordsiso

from newsclean.segment import WORD_TOKEN

KEEP = 200
LANGUAGES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan",
    "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek",
    "en": "English", "es": "Spanish", "et": "Estonian", "fa": "Persian", "fi": "Finnish",
    "fr": "French", "gl": "Galician", "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian",
    "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "kn": "Kannada", "ko": "Korean",
    "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian", "ml": "Malayalam", "mr": "Marathi",
    "ne": "Nepali", "nl": "Dutch", "no": "Norwegian_Bokmal", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian",
    "sq": "Albanian", "sv": "Swedish", "ta": "Tamil", "te": "Telugu",
    "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
    "az": "Azerbaijani", "hy": "Armenian", "ka": "Georgian", "kk": "Kazakh", "ky": "Kyrgyz",
    "uz": "Uzbek", "tk": "Turkmen", "be": "Belarusian", "sr": "Serbian",
}
# jusText's lists are Wikipedia's word counts, and for some languages its articles' words:
# Swahili's holds "kenya", "afrika", "marekani" and "sensa" (census), so a headline's "Kenya"
# was no content word; Yoruba's and Igbo's are half English ("the", "of", "and"); Basque's
# counts a village's census ("biztanle", "udalerria", "erroldaren"). stopwords-iso lists
# function words: its lists stand for these.
ISO_LANGUAGES = ("eu", "ha", "so", "sw", "yo", "zu")


def _words(raw_words: list[str]) -> list[str]:
    """The first ``KEEP`` distinct words, folded, that are words (no number, no "Gregory.")."""
    words: list[str] = []
    for raw in raw_words:
        word = raw.casefold()
        if not WORD_TOKEN.fullmatch(word) or word.isdigit():  # a word of Hindi with its vowel signs
            continue
        if word not in words:
            words.append(word)
        if len(words) == KEEP:
            break
    return words


def main() -> int:
    out = Path(__file__).resolve().parent.parent / "src/newsclean/data/stopwords.tsv"
    rows = [
        "# ISO 639-1 code, then the language's most frequent words"
        " (from jusText's stoplists, BSD 2-Clause, and stopwords-iso's, MIT)"
    ]
    lists = {code: (Path(justext.__file__).parent / "stoplists" / f"{name}.txt")
             .read_text(encoding="utf-8").split() for code, name in LANGUAGES.items()}
    lists.update((code, sorted(stopwordsiso.stopwords(code))) for code in ISO_LANGUAGES)
    for code, raw_words in sorted(lists.items()):
        rows.append(code + "\t" + " ".join(_words(raw_words)))
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows) - 1} languages to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
