"""Korean particles (조사) after words that are only known at run time: `josa("-d", "이/가")` -> "-d가".

A particle's form depends on the last sound of the word before it, as a reader says it:
- a Hangul syllable: whether it has a final consonant (받침), and for 으로/로 whether that is ㄹ;
- digits, read as Korean numbers: 3000 is 삼천 (ends in ㄴ: 3000이), 80 is 팔십 (ㅂ), 2 is 이 (no final);
  digits after a decimal point are read one by one (0.5 is 영점오);
- Latin letters: a flag, an acronym or a word without vowels is spelled letter by letter (`-d` 디 -> 가,
  `-n` 엔 -> 이, `rm` 알엠 -> 이, `API` 에이피아이 -> 가); other words are read as English
  (web 웹 -> 이, docker 도커 -> 가, HOME 홈 -> 이, node 노드 -> 가).
Closing quotes, backticks, brackets and trailing punctuation are skipped: "`-p 3000:80`" ends in 80.

`resolve_particles(text)` replaces the fallback forms "이(가)", "을(를)", "은(는)", "과(와)", "(으)로",
"(이)어야" in a text by the right form for the word before each.

Qt-free and dependency-free (the `tossi` package would cover Hangul and digits, not Latin letters).
"""

from __future__ import annotations

import re

# Each particle as "after a final consonant / after a vowel".
PAIRS = {
    "이/가": ("이", "가"),
    "을/를": ("을", "를"),
    "은/는": ("은", "는"),
    "과/와": ("과", "와"),
    "으로/로": ("으로", "로"),
    "이어야/여야": ("이어야", "여야"),
    "이나/나": ("이나", "나"),
    "이라/라": ("이라", "라"),
    "이에요/예요": ("이에요", "예요"),
    "아/야": ("아", "야"),
}
# Written forms a message template may use, mapped to the pair they stand for.
_FALLBACKS = {
    "이(가)": "이/가",
    "을(를)": "을/를",
    "은(는)": "은/는",
    "과(와)": "과/와",
    "(으)로": "으로/로",
    "(이)어야": "이어야/여야",
}
_FALLBACK_RE = re.compile("|".join(re.escape(f) for f in _FALLBACKS))

_NONE, _FINAL, _RIEUL = "none", "final", "rieul"  # no final consonant / a final consonant / final ㄹ
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
# The final consonant of each digit's Korean reading: 영 일 이 삼 사 오 육 칠 팔 구.
_DIGIT = [_FINAL, _RIEUL, _NONE, _FINAL, _NONE, _NONE, _FINAL, _RIEUL, _RIEUL, _NONE]
# A number ending in zeros is read ending in its unit: 십(ㅂ) 백(ㄱ) 천(ㄴ) 만(ㄴ) 억(ㄱ) 조(-) 경(ㅇ).
_UNIT = {1: _FINAL, 2: _FINAL, 3: _FINAL}
_BIG_UNIT = [_FINAL, _FINAL, _NONE, _FINAL]  # 만 억 조 경, each 4 zeros further
# Letters as spelled: L 엘 and R 알 end in ㄹ, M 엠 and N 엔 in a final consonant, the rest in a vowel.
_LETTER = {"l": _RIEUL, "r": _RIEUL, "m": _FINAL, "n": _FINAL}
_SKIP = "`'\"’”)]}>»… .,;:!?"
_VOWELS = set("aeiou")


def _hangul_sound(ch: str) -> str:
    final = (ord(ch) - _HANGUL_FIRST) % 28
    if final == 0:
        return _NONE
    return _RIEUL if final == 8 else _FINAL


def _number_sound(text: str, end: int) -> str:
    """The last sound of the digits ending at text[end-1]."""
    start = end
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    digits = text[start:end]
    fractional = start >= 2 and text[start - 1] == "." and text[start - 2].isdigit()
    if fractional or digits.strip("0") == "":
        return _DIGIT[int(digits[-1])]
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0:
        return _DIGIT[int(digits[-1])]
    if zeros < 4:
        return _UNIT[zeros]
    return _BIG_UNIT[min(zeros // 4 - 1, 3)]


def _latin_sound(text: str, end: int) -> str:
    """The last sound of the Latin letters ending at text[end-1]."""
    start = end
    while start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
        start -= 1
    word = text[start:end]
    lower = word.lower()
    spelled = (
        len(word) == 1
        # A flag (-d, -it) spelled out; a hyphen inside a name (quizlab-web) joins words read as words.
        or (start > 0 and text[start - 1] == "-" and (start < 2 or not (text[start - 2].isalnum() or text[start - 2] == "-")))
        or not (_VOWELS & set(lower))  # rm, ps, ls
        or (word.isupper() and len(word) <= 3)  # API, CPU
    )
    if spelled:
        return _LETTER.get(lower[-1], _NONE)
    # Read as an English word: -m, -n, -ng end in a final consonant, -l in ㄹ; a stop after a single
    # short vowel is a final consonant too (web 웹, app 앱, commit 커밋), after a consonant it is
    # a syllable of its own (start 스타트, build 빌드).
    if len(lower) >= 3 and lower[-1] == "e" and lower[-2] not in _VOWELS and lower[-3] in _VOWELS:
        # A silent e: home 홈, alpine 알파인, file 파일, but node 노드, image 이미지.
        return {"m": _FINAL, "n": _FINAL, "l": _RIEUL}.get(lower[-2], _NONE)
    last = lower[-1]
    if last == "l":
        return _RIEUL
    if last in "mn" or lower.endswith("ng"):
        return _FINAL
    if last in "bkpt" or lower.endswith("ck"):
        stem = lower.rstrip(last) if not lower.endswith("ck") else lower[:-2]
        if stem and stem[-1] in _VOWELS and not (len(stem) >= 2 and stem[-2] in _VOWELS):
            return _FINAL
    return _NONE


def last_sound(word: str) -> str | None:
    """"none", "final" or "rieul" for the last sound of `word`; None when it ends in nothing readable."""
    end = len(word)
    while end > 0 and (word[end - 1] in _SKIP or word[end - 1].isspace()):
        end -= 1
    if end == 0:
        return None
    ch = word[end - 1]
    if _HANGUL_FIRST <= ord(ch) <= _HANGUL_LAST:
        return _hangul_sound(ch)
    if ch.isdigit() and ch.isascii():
        return _number_sound(word, end)
    if ch.isascii() and ch.isalpha():
        return _latin_sound(word, end)
    # A symbol read as a word (/, *, -, =, …) or an emoji: keep looking left.
    return last_sound(word[: end - 1])


def particle(word: str, pair: str) -> str:
    """The form of `pair` ("이/가", "을/를", ...) that follows `word`."""
    after_final, after_vowel = PAIRS[pair]
    sound = last_sound(word)
    if sound is None:
        sound = _NONE
    if pair == "으로/로":
        return after_final if sound == _FINAL else after_vowel
    return after_final if sound != _NONE else after_vowel


def josa(word: str, pair: str) -> str:
    """`word` followed by the right form of `pair`: josa("3000", "이/가") -> "3000이"."""
    return word + particle(word, pair)


def resolve_particles(text: str) -> str:
    """Replace every fallback form ("이(가)", "을(를)", ...) by the form that fits the text before it."""
    if "(" not in text:
        return text
    out: list[str] = []
    last = 0
    for m in _FALLBACK_RE.finditer(text):
        out.append(text[last : m.start()])
        before = "".join(out)
        out.append(particle(before, _FALLBACKS[m.group(0)]))
        last = m.end()
    out.append(text[last:])
    return "".join(out)
