import string

import pytest
from hypothesis import given, strategies as st

from ingest.normalize import _fold_unicode, fold, semantic_text, words


@pytest.mark.parametrize(("body", "expected"), [
    ("STOP\n\nSent from my iPhone", "STOP"),
    ("Stop\n--\nK. Okafor\nAcme Plumbing", "Stop"),
    ("quit\n\nGet Outlook for Android", "quit"),
    ("STOP\n> Your table for 2 is confirmed. Reply STOP to opt out", "STOP"),
    ("end\nOn Tue, Nov 3, 2026 at 4:12 PM Bright Dental <x@example.com> wrote:\n> see you soon", "end"),
    ("Unsubscribe\nThanks, Priya", "Unsubscribe"),
    ("stop\n- Marcus", "stop"),
    ("stop\nDana K.", "stop"),
    ("Cancel\n\nGet Spark for iOS", "Cancel"),
    ("quit\nPowered by Cricket Wireless", "quit"),
    ("Stop\n[Quoted text hidden]", "Stop"),
    ("END\n(Sent from my Galaxy Watch5)", "END"),
    ("Stop please\nR. Banerjee | Banerjee Tax Services | 555-0112", "Stop please"),
    ("see you at 4\nstop by the desk | room 210", "see you at 4\nstop by the desk | room 210"),
    # round 7: footers in other languages, names opening with symbols or naming two people, blessings
    ("unsubscribe\n\nObtener Outlook para Android", "unsubscribe"),
    ("Stop\n\nDiese Nachricht wurde von meinem Android Mobiltelefon mit GMX Mail gesendet.", "Stop"),
    ("Stop\n\nVerstuurd vanaf mijn iPhone", "Stop"),
    ("STOP\n\nOp di 4 mrt. 2026 om 10:12 schreef Winkel <x@y.example>:\n> Korting!", "STOP"),
    ("stop\n\nSent from myMail for Android", "stop"),
    ("STOP\n-Mike & Linda", "STOP"),
    ("STOP\n\n🌸 Jen 🌸", "STOP"),
    ("Cancel\nHave a blessed day!", "Cancel"),
    ("Stop\n\nNOTICE: This email is confidential.", "Stop"),
    ("Stop by anytime\nGod bless", "Stop by anytime"),
    ("Text sent by mistake\nStop", "Text sent by mistake\nStop"),
    ("Unsubscribe\nSarah (she/her)", "Unsubscribe"),
    ("STOP\n\nVery respectfully,\nLt. Col. Smith", "STOP"),
    ("STOP\nDr. María José Núñez", "STOP"),
    ("STOP\n\n📱 Sent from my iPhone", "STOP"),
    ("Stop by\nThanks in advance!", "Stop by"),
])
def test_signatures_quotes_and_sign_offs_are_removed(body, expected):
    assert semantic_text(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("STOP\n\nSent\tfrom\tmy Moto g", "STOP"),
    ("Quit\nSent\x0cfrom Yahoo Mail for Android", "Quit"),
    ("Unsubscribe  \t\n\nGet Outlook\u00a0for iOS", "Unsubscribe"),
    ("see\tyou\t\tat 4", "see you at 4"),
])
def test_tabs_and_odd_blanks_read_as_one_space(body, expected):
    assert semantic_text(body).strip() == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("unsubscribe\n\ncheers,\nnadia k.", "unsubscribe"),
    ("stop\nthank you!\nluis", "stop"),
    ("end\n\nregards\nwei ling\nm: 555-0134", "end"),
    # everyday words, a day or a booking, or the keyword itself mistyped stay the reply's
    ("cancel\nthanks\nsee you friday", "cancel\nthanks\nsee you friday"),
    ("cancel\nthanks\nthe appointment", "cancel\nthanks\nthe appointment"),
    ("cancel\nthanks\nwednesday", "cancel\nthanks\nwednesday"),
    ("hi\nthanks\nstpo", "hi\nthanks\nstpo"),
])
def test_a_name_in_lower_case_is_a_signature_only_below_a_closing_word(body, expected):
    assert semantic_text(body, keep=frozenset({"stop", "cancel", "end", "unsubscribe"})) == expected


def test_a_lone_name_line_is_the_message_itself():
    assert semantic_text("Dana") == "Dana"


def test_a_trailing_keyword_line_is_never_taken_for_a_name():
    assert semantic_text("Hi there\nStop", keep=frozenset({"stop"})) == "Hi there\nStop"


def test_a_shouted_keyword_below_text_is_no_name():
    assert semantic_text("hey\nSTOP") == "hey\nSTOP"


@pytest.mark.parametrize(("text", "expected"), [
    ("ＳＴＯＰ", "stop"),  # full width
    ("𝐒𝐓𝐎𝐏", "stop"),  # mathematical bold
    ("𝓈𝓉𝑜𝓅", "stop"),  # mathematical script
    ("S\u200bT\u200dOP", "stop"),  # zero-width space and joiner
    ("\ufeffstop", "stop"),  # byte-order mark
    ("stop\u00a0", "stop "),  # no-break space
    ("ARRÊT", "arret"),  # accents folded
])
def test_odd_unicode_folds_to_plain_letters(text, expected):
    assert fold(text) == expected


def test_emoji_and_punctuation_only_separate_words():
    assert words("🛑 STOP!!! 🛑") == ("stop",)


def test_a_whole_word_in_cherokee_lisu_or_syllabics_lookalikes_is_unmasked():
    from ingest.normalize import unmask_word

    assert unmask_word(fold("ᏚᎢᎾᏢ")) == "stop"
    assert unmask_word(fold("ꓢꓔꓳꓑ")) == "stop"
    assert unmask_word(fold("ᔕTOᑭ")) == "stop"


def test_a_dollar_sign_is_an_s_before_letters_or_leet_but_never_before_a_price():
    assert fold("$T0P") == "st0p"
    assert fold("$20 off") == "$20 off"


def test_a_word_disguised_with_cyrillic_lookalikes_is_unmasked_but_russian_stays_russian():
    assert fold("SТОP") == "stop"  # Cyrillic Т and О inside a Latin word
    assert fold("СТОП") == "стоп"


@given(st.text(alphabet=string.printable, max_size=80))
def test_the_ascii_shortcut_folds_as_the_full_unicode_path_does(text):
    assert fold(text) == _fold_unicode(text)
