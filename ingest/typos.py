"""Typos of the opt-out words: edit distance by length, QWERTY neighbours, transpositions.

Only words in ``TARGETS`` are corrected, and never a real word that happens to
be near one (``REAL_WORDS``: "shop" is not "stop", "cancer" is not "cancel").
Budget by length of the typed word: up to 3 letters none; 4-5 letters one edit
where the first letter stays (or is its QWERTY neighbour, the rest as typed:
"dtop"); 6-7 letters one edit; 8 or more, two. A substitution must be a QWERTY
neighbour: typos are keyboard slips, and this keeps "suscribi" (Spanish) from
becoming "subscribe". The one other substitution is a vowel for a vowel, as the only edit of a
word of 6 letters or more: the commonest spelling slip ("cancal", "unsubscrobe").
"""

from __future__ import annotations

import re
from functools import lru_cache

# English words only: a typo rule must not turn "nummer" or "mensajes" into English.
TARGETS = ("stop", "quit", "cancel", "unsubscribe", "unsubscribed", "remove", "please", "subscribe")
REAL_WORDS = frozenset({
    # Spanish, Italian and Portuguese forms of cancelar / cancellare: their own verbs, not a mistyped "cancel".
    "cancelo", "cancele", "cancela", "cancelas", "cancelan", "cancelen", "cancelar", "cancelei", "cancelem", "cancelam",
    "cancella", "cancello", "cancelli", "cancelle",
    "atop", "shop", "slop", "step", "stoop", "stomp", "strop", "spot", "stops", "stow", "stoa", "top", "sop",
    "quite", "quiet", "suit", "quid", "quilt", "quint", "quip", "quiz", "cancer", "camel", "canceled", "cancels",
    "remote", "removed", "removes", "testing", "texting", "massage", "massages", "passage", "message",
    "messages", "pleased", "pleasure", "plead", "lease", "sending", "lending", "tending", "bending", "mending", "ends", "enda",
    "vending", "spanning", "slamming", "scamming", "numbed", "numbers", "lumber", "wrung", "wring", "contract",
    "contacts", "subscribed", "subscriber", "unsubscribe", "stoo", "shot", "slot", "snop", "ops", "opts",
    "oat", "out", "pot", "opt", "soap", "stir", "stay", "sty", "quits", "quito", "quip", "stopp", "hello", "held", "kelp", "yelp",
    "contest", "context", "hello", "held", "kelp", "yelp", "hemp", "helm", "subscribe", "subscribed", "resubscribe", "subscribes", "subscription", "please", "cancel", "remove", "number", "wrong", "stop", "quit",
    "option", "opting", "optic", "potion", "opine", "opted", "optout", "optin",  # near OPTIN
})

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS: dict[str, set[str]] = {}
for r, row in enumerate(_ROWS):
    for c, ch in enumerate(row):
        near = _NEIGHBOURS.setdefault(ch, set())
        for dr in (-1, 0, 1):
            if 0 <= r + dr < len(_ROWS):
                other = _ROWS[r + dr]
                for dc in (-1, 0, 1):
                    if (dr, dc) != (0, 0) and 0 <= c + dc < len(other):
                        near.add(other[c + dc])


def neighbours(a: str, b: str) -> bool:
    return b in _NEIGHBOURS.get(a, ())


_VOWELS = frozenset("aeiou")


def _distance(typed: str, target: str, neighbour_only: bool, limit: int = 99) -> int:
    """Optimal-string-alignment distance (transposition costs 1); above ``limit`` any value above it."""
    rows = len(typed) + 1
    cols = len(target) + 1
    d = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        d[i][0] = i
    for j in range(cols):
        d[0][j] = j
    for i in range(1, rows):
        for j in range(1, cols):
            a, b = typed[i - 1], target[j - 1]
            if a == b:
                sub = 0
            elif neighbour_only and not neighbours(a, b):
                sub = 99
            else:
                sub = 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + sub)
            if i > 1 and j > 1 and a == target[j - 2] and typed[i - 2] == b:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
        if i > 1 and min(d[i]) > limit and min(d[i - 1]) > limit:
            return limit + 1  # no alignment can come back under the limit
    return d[-1][-1]


def within(typed: str, target: str, edits: int) -> bool:
    """``typed`` is at most ``edits`` slips (any letter) from ``target``."""
    return abs(len(typed) - len(target)) <= edits and _distance(typed, target, False, edits) <= edits


def _budget(length: int) -> int:
    if length <= 3:
        return 0
    if length <= 7:
        return 1
    return 2


_LEET = str.maketrans("01357@$", "oiesta" + "s")


def deleet(word: str) -> str:
    """Digits typed for letters inside a word: "St0p" is "stop" (a number stays a number)."""
    return word.translate(_LEET) if any(c.isalpha() for c in word) else word


_HELD = re.compile(r"(\w)\1{2,}")


def unelongate(word: str) -> str:
    """A letter held down as one letter ("stoppppp", "pleaseeee"), a double letter kept ("call")."""
    return _HELD.sub(r"\1", word)


def squeeze(word: str) -> str:
    """Every run of a repeated letter as one letter: "STOOOPPP" and "sstop" are "stop"."""
    return "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1])


def _un(word: str) -> bool:
    """The word opens with "u", or with a key beside it before "n" ("insubscribe", "ynsubscribe")."""
    return word[0] == "u" or (word[1:2] == "n" and neighbours(word[0], "u"))


def is_typo_of(word: str, target: str) -> bool:
    """``word`` is ``target`` mistyped within the length's budget, and no real word itself."""
    if word == target or word in REAL_WORDS or not word.isascii() or not word.isalpha() or len(target) <= 3:
        return False
    if _un(word) != (target[0] == "u") and not (word[1:2] + word[:1] + word[2:3] == target[:3] and word[:1] == "u"):
        # "unscribe" is no SUBSCRIBE, "subscibe" no UNSUBSCRIBE: the prefix carries the meaning (but the first two keys
        # swapped, "uqit" for "quit", is no prefix)
        return False
    budget = _budget(len(word))
    if not budget or abs(len(target) - len(word)) > budget:
        return False
    letters, wanted = set(word), set(target)
    if len(letters - wanted) > budget or len(wanted - letters) > budget:
        return False  # each edit brings in, or takes away, at most one distinct letter
    short = len(word) <= 5
    if short and word[0] != target[0] and not (len(word) > 1 and word[1] == target[0] and word[0] == target[1]):
        # Only the first key slipped to its neighbour, the rest as typed: "dtop", "wuit".
        return len(word) == len(target) and word[1:] == target[1:] and neighbours(word[0], target[0])
    if _distance(word, target, neighbour_only=True, limit=budget) <= budget:
        return True
    # A vowel for a vowel is the whole slip, never one of two ("suscribi" is Spanish, not SUBSCRIBE).
    if len(word) < 6 or len(word) != len(target):
        return False
    slips = [(a, b) for a, b in zip(word, target) if a != b]
    return len(slips) == 1 and slips[0][0] in _VOWELS and slips[0][1] in _VOWELS


@lru_cache(maxsize=4096)
def correct(word: str) -> str:
    """The target ``word`` is a typo of, or ``word`` itself."""
    if word in TARGETS:
        return word
    for target in TARGETS:
        if is_typo_of(word, target):
            return target
    return word
