"""Regenerate ``src/newsclean/data/stopwords.tsv`` from jusText's stoplists.

jusText (BSD 2-Clause, (c) Jan Pomikalek) ships frequency-ordered stoplists built from
Wikipedia. newsclean keeps the most frequent words of each language, keyed by the ISO 639-1
codes langdetect returns, so that no stoplist package is needed at run time.

    pip install justext && python tools/build_stopwords.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import justext

from newsclean.segment import WORD_TOKEN

KEEP = 200
LANGUAGES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan",
    "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek",
    "en": "English", "es": "Spanish", "et": "Estonian", "fa": "Persian", "fi": "Finnish",
    "fr": "French", "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian",
    "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "kn": "Kannada", "ko": "Korean",
    "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian", "ml": "Malayalam", "mr": "Marathi",
    "ne": "Nepali", "nl": "Dutch", "no": "Norwegian_Bokmal", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian",
    "sq": "Albanian", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu",
    "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
    "az": "Azerbaijani", "hy": "Armenian", "ka": "Georgian", "kk": "Kazakh", "ky": "Kyrgyz",
    "uz": "Uzbek", "tk": "Turkmen", "be": "Belarusian", "sr": "Serbian",
}


def main() -> int:
    out = Path(__file__).resolve().parent.parent / "src/newsclean/data/stopwords.tsv"
    rows = [
        "# ISO 639-1 code, then the language's most frequent words"
        " (from jusText's stoplists, BSD 2-Clause)"
    ]
    for code, name in sorted(LANGUAGES.items()):
        words: list[str] = []
        path = Path(justext.__file__).parent / "stoplists" / f"{name}.txt"
        for raw in path.read_text(encoding="utf-8").split():
            word = raw.casefold()
            if not WORD_TOKEN.fullmatch(word) or word.isdigit():  # a word of Hindi with its vowel signs
                continue
            if word not in words:
                words.append(word)
            if len(words) == KEEP:
                break
        rows.append(code + "\t" + " ".join(words))
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows) - 1} languages to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
