"""Text clean-up before matching: Unicode folding and the non-semantic parts of a reply.

Phones and mail clients add text the sender did not type as part of the
answer: signatures ("Sent from my Pixel", "Get Outlook for iOS", a ``--``
block, a short name or sign-off line) and the quoted original (``>`` lines,
"On ... wrote:"). ``semantic_text`` removes them; ``fold`` makes look-alike
text compare equal (NFKC for full-width and math-alphanumeric letters, format
characters such as zero-width spaces dropped, case folded, accents removed).
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+")
# A line that starts the quoted original: everything from it on is not the reply.
_QUOTE_HEADER = re.compile(
    r"^\s*(?:on\b.{0,200}\bwrote:?|-{2,}\s*original message\s*-{2,}|from:\s.*|le\b.{0,200}\ba écrit\s*:?|"
    r"am\b.{0,200}\bschrieb\b.*|el\b.{0,200}\bescribió:?|em\b.{0,200}\bescreveu:?|il\b.{0,200}\bha scritto:?)\s*$",
    re.IGNORECASE,
)
# A line that starts an appended signature block.
_SIGNATURE_START = re.compile(
    r"^\s*(?:--+|—+|–+|__+|sent from (?:my|the|yahoo|mail|outlook|aol)\b.*|sent via\b.*|sent with\b.*|"
    r"get outlook for\b.*|enviado desde\b.*|envoyé de mon\b.*|von meinem\b.*gesendet|inviato da\b.*|"
    r"enviado do meu\b.*)\s*$",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^\s*(?:thanks|thank you|thx|ty|regards|best|best regards|kind regards|cheers|sincerely|respectfully|"
    r"sent from my \w+|gracias|merci|danke|grazie|obrigad[oa]|saludos|cordialement)\b[\s,.!]*[\w .'-]{0,30}$",
    re.IGNORECASE,
)
# "- J. Rivera", "~Maria", "Dana K." : a short line of capitalised names or initials.
_NAME_LINE = re.compile(r"^\s*[-~–—]?\s*(?:[A-Z][a-zA-Z'’-]*\.?\s*){1,3}$")
_DASHED_NAME = re.compile(r"^\s*[-~–—]\s*[\w .'’-]{1,30}$")
# The same on the reply's own line: "Stop - Jen", "STOP thanks, Rob", "stop -sent via Messenger".
_INLINE_SIGNATURE = re.compile(
    r"(?:\s+[-~–—]+\s*|[\s,]+(?:thanks|thank you|thx|ty|cheers|regards|best)\s*[,.!-]*\s*)(?:sent (?:from|via|with)\b.*|(?!(?:Wrong|Not|No|Never|Please|Do|Don|Stop|Remove|Who|What|Why|Dead|Deceased)\b)(?:[A-Z][a-z'’.-]*|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’.-]*|[A-Z]\.)){0,2})\s*$"
)
# Letters that NFKC leaves alone: small capitals ("ꜱᴛᴏᴘ").
_SMALL_CAPS = str.maketrans("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnopqrstuvwyz")
# "$TOP": a dollar sign written for the S of a word.
_DOLLAR_S = re.compile(r"(?<![\w$])\$(?=[^\W\d_]{2,})")
# "STOP!!!1": the 1 typed while holding shift for "!" is punctuation too.
_BANG_ONES = re.compile(r"(?<=!)[1!]+(?![\w])")


# Latin letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ı": "i", "ħ": "h", "ŧ": "t"})


# Cyrillic and Greek letters that look like Latin ones, used to disguise a word ("SТОP" with a Cyrillic Т and О).
_LOOKALIKES = str.maketrans("асеорхуктмвнізјαεορτικνυ", "aceopxyktmbhizjaeoptikvu")
_MIXED_WORD = re.compile(r"\w*[a-z]\w*")


def _unmask(match: re.Match[str]) -> str:
    word = match.group()
    return word.translate(_LOOKALIKES) if any("\u0370" <= ch <= "\u04ff" for ch in word) else word


def fold(text: str) -> str:
    """Compatibility-normalised, case-folded text without format characters or accents."""
    text = unicodedata.normalize("NFKC", text).translate(_SMALL_CAPS)
    text = _BANG_ONES.sub("", "".join(ch for ch in text if unicodedata.category(ch) != "Cf"))
    text = _DOLLAR_S.sub("s", text)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_UNDECOMPOSED)
    # Only a word mixing Latin with Cyrillic or Greek is unmasked: "стоп" stays Russian.
    return _MIXED_WORD.sub(_unmask, unicodedata.normalize("NFC", plain))


def words(text: str) -> tuple[str, ...]:
    """The folded text as words; punctuation, symbols, emoji and whitespace only separate them."""
    return tuple(_WORD.findall(fold(text)))


def semantic_text(text: str, keep: frozenset[str] = frozenset()) -> str:
    """The reply without quoted original text, signature blocks and a trailing name or sign-off.

    A trailing line is never taken for a name when one of its words (folded) is in ``keep``:
    "Hi\nStop" keeps its "Stop"."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    kept: list[str] = []
    for line in re.split(r"\r\n|\r|\n|\u2028|\u2029", text):
        if _QUOTE_HEADER.match(line) or _SIGNATURE_START.match(line):
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line)
    lines = [line for line in kept if line.strip()]
    # A trailing name or sign-off counts only below something else (a lone "Dana" is the message).
    while len(lines) > 1 and _is_sign_off(lines[-1]) and not set(words(lines[-1])) & keep:
        lines.pop()
    if lines:
        inline = _INLINE_SIGNATURE.search(lines[-1])
        if inline and inline.start() > 0 and not set(words(inline.group())) & keep:
            lines[-1] = lines[-1][:inline.start()]
    return "\n".join(lines)


def _is_sign_off(line: str) -> bool:
    if _SIGN_OFF.match(line) or _DASHED_NAME.match(line):
        return True
    # A capitalised name line, but not a shouted keyword ("STOP") or a sentence.
    return bool(_NAME_LINE.match(line)) and not line.strip().isupper() and len(line.split()) <= 3
