"""One slip in a word the rules know ("tetxs", "mensjes", "numbber") is read as that word.

The vocabulary is every word the rules and signals spell out, and the words of the rules' examples. A word outside it is corrected when exactly one
vocabulary word of five letters or more is one slip away: two neighbouring letters swapped, one letter left out,
or one letter typed twice. A letter typed for another is not corrected: it turns real words into rule words too
often ("tests" into "texts"). Words the rules know are never touched, so a correction cannot change a message
the rules already read. A word a rule's stem covers ("textng", which a rule reads as "text" and any letters) is
only corrected toward a word with that stem, so that rule still reads it; the English forms of a stem's verb count as
words ("stoping" is "stopping", "sendding" is "sending"). A negation of five letters is found
under a word of four too ("nver", "ncht"): a negation lost to a slip turns "I'd never ask you to stop" into a
request. The word after an elision is a word ("m'envoyr"), and so is a word before a possessive ("husabnd's"); a
word before another apostrophe is not. A letter a rule makes optional counts both ways ("favou?rite": "favorite" and
"favourite" are words).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

_ESCAPE = re.compile(r"\\[a-zA-Z]")  # \b, \w, \s in a regex source are no letters of a word
_LETTERS = re.compile(r"[a-z]+")
# A whole word, the word after an elision ("m'envoyr") or before a possessive ("husabnd's").
_CANDIDATE = re.compile(r"(?<!\w)[a-z]{4,}(?!\w|['’](?!s\b))")
_STEM = re.compile(r"([a-z]{3,})\\w")  # "mand\w*": any word that starts so is the rules' own
_TARGET_LENGTH = 5


class Speller:
    def __init__(self, sources: Iterable[str], examples: Iterable[str] = (), negations: Iterable[str] = (),
                 english: Iterable[str] = ()) -> None:
        words: set[str] = set()
        stems: set[str] = set()
        for source in sources:
            words.update(_spelled(_ESCAPE.sub(" ", source)))
            stems.update(_stems(source))
        words.update(w for example in examples for w in _LETTERS.findall(example))
        targets = {w for w in words if len(w) >= _TARGET_LENGTH}
        # The forms of an English stem's verb are words too ("stoping" is "stopping", "sendding" is "sending").
        self._inflected = {stem: _inflections(stem) for source in english for stem in _stems(source)}
        targets.update(form for forms in self._inflected.values() for form in forms)
        self._known = frozenset(words)
        self._stems = frozenset(stems)
        self._targets = frozenset(targets)
        self._longest = max(map(len, targets), default=0)
        missing: dict[str, set[str]] = {}
        for target in targets:
            for shorter in _inner_deletions(target):
                missing.setdefault(shorter, set()).add(target)
        self._missing_one = {short: frozenset(found) for short, found in missing.items()}
        self._short_slips = {short: target for target in negations if len(target) == _TARGET_LENGTH
                             for short in _inner_deletions(target) if short not in self._known}
        self.correct_word = functools.lru_cache(maxsize=8192)(self._correct_word)

    def correct(self, folded: str) -> str:
        """``folded`` text with each slip corrected."""
        return _CANDIDATE.sub(lambda m: self.correct_word(m.group()), folded)

    def _correct_word(self, word: str) -> str:
        if len(word) < _TARGET_LENGTH:
            return self._short_slips.get(word, word)
        if word in self._known or not word.isalpha() or not word.isascii() or len(word) > self._longest + 1:
            return word  # a slip changes the length by one at most: a longer word is no target's
        # A word a rule's stem covers ("textng" under "text\w*") is only completed, never shortened ("texteen" is a
        # word of its own), and keeps the stem, so the rule still reads it.
        stems = [word[:i] for i in range(3, len(word)) if word[:i] in self._stems]
        if any(word in self._inflected.get(stem, ()) for stem in stems):
            return word  # a form of the verb as it is ("cancelling")
        found = set(self._missing_one.get(word, ()))
        found.update(w for w in _swaps(word) if w in self._targets)
        # A letter typed twice under a stem is taken out only toward a form of the stem's verb ("sendding").
        forms = set().union(*(self._inflected.get(stem, ()) for stem in stems)) if stems else self._targets
        found.update(w for w in _undoubled(word) if w in forms)
        found = {w for w in found if all(w.startswith(stem) for stem in stems)}
        return found.pop() if len(found) == 1 else word


def _spelled(source: str) -> set[str]:
    """The words a regex source spells, with each letter it makes optional both typed and left out ("favou?rite":
    "favorite" and "favourite"; "husbands?": "husband" and "husbands")."""
    found = set(_LETTERS.findall(source))
    for match in _OPTIONAL_LETTERS.finditer(source):
        forms = [""]
        for letters, optional in _OPTIONAL_PART.findall(match.group()):
            forms = [form + letters[:-1] + ending for form in forms
                     for ending in ((letters[-1], "") if optional else (letters[-1],))]
            if len(forms) > _MOST_FORMS:
                break
        else:
            found.update(forms)
    return found


_OPTIONAL_LETTERS = re.compile(r"(?<![a-z\\])(?:[a-z]+\?)+[a-z]*(?![a-z])")
_OPTIONAL_PART = re.compile(r"([a-z]+)(\??)")
_MOST_FORMS = 8


def _stems(source: str) -> list[str]:
    r"""The stems a regex source spells before ``\w`` ("\bsend\w*": "send", not "bsend")."""
    return _STEM.findall(source.replace("\\b", " "))


def _inflections(stem: str) -> frozenset[str]:
    """The -ing and -ed forms of an English verb stem, with a final consonant doubled where spelling may double it
    ("stopping", "cancelling"), a final e dropped ("removing")."""
    if stem.endswith("e"):
        forms = {stem[:-1] + "ing", stem + "d"}
    else:
        forms = {stem + "ing", stem + "ed"}
        if stem[-1] not in "aeiouwxy" and stem[-2] in "aeiou" and stem[-3] not in "aeiou":
            doubled = {stem + stem[-1] + "ing", stem + stem[-1] + "ed"}  # "stopping", "stopped"
            forms = forms | doubled if stem.endswith("l") else doubled  # "canceling" and "cancelling"
    return frozenset(form for form in forms if len(form) >= _TARGET_LENGTH)


def _inner_deletions(word: str) -> set[str]:
    """The word with one letter left out, never its first or its last (a shorter word of its own: "short", "sonst")."""
    return {word[:i] + word[i + 1:] for i in range(1, len(word) - 1)}


def _undoubled(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(1, len(word)) if word[i] == word[i - 1]}


def _swaps(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 2) if word[i] != word[i + 1]}
