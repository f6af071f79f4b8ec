"""How hard a passphrase would be to guess: a score from 0 to 4 and one finding.

This is a small, offline estimate in the spirit of zxcvbn, not a guarantee. It counts
the bits an attacker would need after the cheap tricks: common passwords (also with
digits added or letters swapped for look-alikes), dates and numbers, runs like
``abc``/``1234``/``qwerty``, repeats, and letter runs that are probably dictionary words.
Several unrelated words separated by spaces score well, because they are long and easy
to remember.

The result carries a :class:`Finding` code rather than English text, so the UI can
translate what it says about each finding.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable
from enum import StrEnum

#: The vault refuses shorter passphrases (``MIN_PASSPHRASE`` in ``vault/journal.py``,
#: which the domain may not import; a test keeps the two equal).
MIN_LENGTH = 8

#: Scores at or above this are acceptable for a new journal.
ACCEPTABLE_SCORE = 2

# Bits needed for scores 1, 2, 3 and 4.
_THRESHOLDS = (28.0, 36.0, 48.0, 60.0)

# A word from a vocabulary of about 6,000 words; the estimate used for letter runs.
_WORD_BITS = 12.5
# Letter runs this long count as one more probable word.
_LETTERS_PER_WORD = 7

_SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyz",
    "0123456789",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "qwertzuiop",
    "azertyuiop",
    "1qaz2wsx3edc4rfv",
)
_SEPARATORS = frozenset(" -_.,/+")
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s",
         "!": "i", "+": "t", "|": "l"}  # fmt: skip
_DAY_OR_MONTH = r"(?:0?[1-9]|[12]\d|3[01])"
_DATE = re.compile(
    rf"^(?:{_DAY_OR_MONTH}[./\- ]?{_DAY_OR_MONTH}[./\- ]?(?:19|20)?\d\d"  # 12/03/1985, 120385
    rf"|(?:19|20)\d\d[./\- ]?{_DAY_OR_MONTH}[./\- ]?{_DAY_OR_MONTH}"  # 1985-03-12
    r"|(?:19|20)\d\d)$"  # 1985
)

#: The most common passwords from published breach lists, lowercase.
COMMON_PASSWORDS: tuple[str, ...] = (
    "123456", "password", "12345678", "qwerty", "123456789", "12345", "1234", "111111",
    "1234567", "dragon", "123123", "baseball", "abc123", "football", "monkey", "letmein",
    "696969", "shadow", "master", "666666", "qwertyuiop", "123321", "mustang", "1234567890",
    "michael", "654321", "superman", "1qaz2wsx", "7777777", "121212", "000000", "qazwsx",
    "123qwe", "killer", "trustno1", "jordan", "jennifer", "zxcvbnm", "asdfgh", "hunter",
    "buster", "soccer", "harley", "batman", "andrew", "tigger", "sunshine", "iloveyou",
    "2000", "charlie", "robert", "thomas", "hockey", "ranger", "daniel", "starwars",
    "klaster", "112233", "george", "computer", "michelle", "jessica", "pepper", "1111",
    "zxcvbn", "555555", "11111111", "131313", "freedom", "777777", "pass", "maggie",
    "159753", "aaaaaa", "ginger", "princess", "joshua", "cheese", "amanda", "summer",
    "love", "ashley", "nicole", "chelsea", "biteme", "matthew", "access", "yankees",
    "987654321", "dallas", "austin", "thunder", "taylor", "matrix", "mobilemail", "mom",
    "monitor", "monitoring", "montana", "moon", "moscow", "welcome", "welcome1", "admin",
    "passw0rd", "password1", "password123", "qwerty123", "qwerty1", "1q2w3e4r", "1q2w3e",
    "zaq12wsx", "q1w2e3r4", "123abc", "abcd1234", "login", "solo", "flower", "hello",
    "hello123", "loveme", "whatever", "donald", "secret", "sunshine1", "princess1",
    "football1", "baseball1", "iloveyou1", "iloveu", "lovely", "babygirl", "angel",
    "angel1", "butterfly", "purple", "jesus", "liverpool", "arsenal", "chocolate",
    "samsung", "google", "internet", "master1", "superman1", "batman1", "pokemon",
    "naruto", "minecraft", "cookie", "banana", "orange", "apple", "chicken", "qwer1234",
    "asdf1234", "asdfasdf", "asdfghjkl", "1qazxsw2", "changeme", "default", "test",
    "test123", "guest", "root", "toor", "administrator", "letmein1", "trustme",
    "forever", "family", "friends", "mylove", "loveyou", "forgiveme", "imsorry", "sorry",
    "trust", "together", "marriage", "wedding", "husband", "wife", "darling", "sweetheart",
    "honey", "baby", "mybaby", "soulmate", "heart", "hearts", "kisses", "always",
    "foreveryoung", "secret1", "private", "diary", "journal", "mydiary", "mysecret",
    "nothing", "blahblah", "anthony", "william", "hannah", "jasmine", "lauren", "qwertz",
    "azerty", "passpass", "abcdef", "abcdefg", "abcdefgh", "987654", "88888888", "00000000",
    "passphrase", "mypassword", "mypassphrase", "trustjournal", "newpassword", "opensesame",
)  # fmt: skip
_COMMON = frozenset(COMMON_PASSWORDS)


class Finding(StrEnum):
    """The one thing most worth saying about a passphrase (the UI words each one)."""

    EMPTY = "empty"
    COMMON = "common"  # a well-known password, perhaps with digits or look-alikes
    PERSONAL = "personal"  # built on the user's own name
    TOO_SHORT = "too_short"  # under MIN_LENGTH characters
    DATE = "date"
    DIGITS_ONLY = "digits_only"
    SEQUENCE = "sequence"  # abc, 4321, qwerty
    REPEATED = "repeated"  # aaaa, or the same word again
    TOO_SIMPLE = "too_simple"  # nothing specific, just easy to guess
    COULD_BE_LONGER = "could_be_longer"  # acceptable; another word would help
    OK = "ok"


@dataclasses.dataclass(frozen=True, slots=True)
class Strength:
    """The estimate for one passphrase.

    ``score`` runs from 0 (very weak) to 4 (very strong); ``bits`` is the guessing
    effort behind it; ``acceptable`` says whether a new journal may use it.
    """

    score: int
    finding: Finding
    acceptable: bool
    bits: float


def assess(passphrase: str, *, personal: Iterable[str] = ()) -> Strength:
    """Estimate how hard ``passphrase`` is to guess.

    ``personal`` holds words an attacker could know, such as the journal's display name;
    a passphrase built on them scores as weak.
    """
    if not passphrase:
        return Strength(0, Finding.EMPTY, False, 0.0)
    lowered = passphrase.lower()
    core = _strip_decoration(_unleet(lowered))
    personal_words = {w for p in personal for w in _words(p.lower()) if len(w) >= 3}

    bits = min(_character_bits(passphrase), _word_bits(passphrase, personal_words))
    score = _score(bits)
    finding: Finding | None = None
    if lowered in _COMMON or _unleet(lowered) in _COMMON:
        score, finding = 0, Finding.COMMON
    elif core in _COMMON or _strip_decoration(lowered) in _COMMON:
        score, finding = min(score, 1), Finding.COMMON
    elif personal_words and _words(core) and set(_words(core)) <= personal_words:
        score, finding = min(score, 1), Finding.PERSONAL
    elif _DATE.match(passphrase.strip()):
        score, finding = min(score, 1), Finding.DATE
    elif passphrase.strip().isdigit():
        pattern = _pattern_finding(passphrase)  # "1234…" says more than "only digits"
        score = min(score, 1)
        finding = pattern if pattern is not Finding.TOO_SIMPLE else Finding.DIGITS_ONLY

    if len(passphrase) < MIN_LENGTH:
        score = min(score, 1)
        finding = finding or Finding.TOO_SHORT
    if finding is None:
        finding = _pattern_finding(passphrase) if score < ACCEPTABLE_SCORE else None
    if finding is None:
        finding = Finding.COULD_BE_LONGER if score == ACCEPTABLE_SCORE else Finding.OK
    acceptable = score >= ACCEPTABLE_SCORE and len(passphrase) >= MIN_LENGTH
    return Strength(score, finding, acceptable, round(bits, 1))


def _score(bits: float) -> int:
    return sum(1 for threshold in _THRESHOLDS if bits >= threshold)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)


def _unleet(text: str) -> str:
    """``text`` with look-alike digits and symbols inside words read as letters (p@ssw0rd)."""
    chars = list(text)
    for i in range(1, len(text) - 1):
        if text[i] in _LEET and text[i - 1].isalpha() and text[i + 1].isalpha():
            chars[i] = _LEET[text[i]]
    return "".join(chars)


def _strip_decoration(text: str) -> str:
    """``text`` without the digits and symbols people add at either end."""
    return re.sub(r"^[\W\d_]+|[\W\d_]+$", "", text)


def _pool(text: str) -> int:
    """How many different characters an attacker must try per position."""
    pool = 0
    if any(c.islower() for c in text):
        pool += 26
    if any(c.isupper() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in text):
        pool += 33
    if any(not c.isascii() for c in text):
        pool += 100
    return max(pool, 10)


def _follows(previous: str, current: str) -> bool:
    """Whether ``current`` comes right after (or before) ``previous`` in a common run."""
    pair = (previous + current).lower()
    return any(pair in seq or pair[::-1] in seq for seq in _SEQUENCES)


def _pattern_marks(text: str) -> list[str]:
    """For each character: "" if it carries full weight, "repeat" or "sequence" if not."""
    marks = [""] * len(text)
    for i in range(1, len(text)):
        if text[i] == text[i - 1]:
            marks[i] = "repeat"
        elif _follows(text[i - 1], text[i]):
            marks[i] = "sequence"
    return marks


def _character_bits(text: str) -> float:
    """Bits for guessing character by character; runs and repeats count for little."""
    per_char = math.log2(_pool(text))
    marks = _pattern_marks(text)
    return sum(1.0 if mark else per_char for mark in marks)


def _word_bits(text: str, personal: set[str]) -> float:
    """Bits for guessing letter runs as dictionary words and the rest as characters."""
    normal = _unleet(text)
    bits = 0.0
    seen: set[str] = set()
    for token in re.findall(r"[^\W\d_]+|\d+|\s+|[^\w\s]+|_+", normal):
        word = token.lower()
        if not word[0].isalpha():
            if word.isspace() or word in _SEPARATORS:
                bits += 1.0  # a space or dash between words is easy to guess
            else:
                marks = _pattern_marks(token)
                bits += sum(1.0 if m else math.log2(_pool(token)) for m in marks)
            continue
        if word in seen or word in personal:
            bits += 1.0  # the same word again, or a name, adds almost nothing
            continue
        seen.add(word)
        unit = _repeated_unit(word)
        if unit != word:
            seen.add(unit)
            bits += min(_WORD_BITS, 4.7 * len(unit)) + 2.0  # samsamsam
            continue
        marks = _pattern_marks(word)
        if all(marks[1:]) and len(word) > 2:
            bits += 4.7 + math.log2(len(word))  # aaaa, abcd
            continue
        guess_words = max(1, (len(word) + 2) // _LETTERS_PER_WORD)
        bits += min(_WORD_BITS * guess_words, 4.7 * len(word))
        if word in _COMMON:
            bits -= 3.0
        if token != word:
            bits += 1.0  # capitals, usually just the first letter
    changed = sum(1 for a, b in zip(text, normal, strict=True) if a != b)
    return max(bits + changed, 0.0)


def _repeated_unit(text: str) -> str:
    """The shortest piece that ``text`` repeats (``"ab"`` for ``"ababab"``), or ``text``."""
    match = re.fullmatch(r"(.+?)\1+", text)
    return match.group(1) if match else text


def _pattern_finding(text: str) -> Finding:
    """Why a weak passphrase is weak, when a pattern explains it."""
    if _repeated_unit(text.lower()) != text.lower():
        return Finding.REPEATED
    marks = _pattern_marks(text)
    repeats = marks.count("repeat")
    sequences = marks.count("sequence")
    words = [w.lower() for w in _words(text)]
    if repeats >= len(text) / 3 or (len(words) > 1 and len(set(words)) < len(words)):
        return Finding.REPEATED
    if sequences >= len(text) / 3:
        return Finding.SEQUENCE
    return Finding.TOO_SIMPLE


__all__ = ["COMMON_PASSWORDS", "MIN_LENGTH", "Finding", "Strength", "assess"]
