import pytest

from ingest.phone import e164_from


@pytest.mark.parametrize(("sender", "number"), [
    ("+15555550100", "+15555550100"),
    ("whatsapp:+15555550100", "+15555550100"),
    (" +447700900123 ", "+447700900123"),
    ("+49 30 123456", "+4930123456"),
    ("sms:+61491570156", "+61491570156"),
])
def test_phone_senders_become_e164(sender, number):
    assert e164_from(sender) == number


@pytest.mark.parametrize("sender", [
    "12345", "898287", "ACME", "Acme Inc", "messenger:1234567890", "whatsapp:", "+0123456789",
    "+1234", "+1234567890123456", "", "15555550100",
])
def test_short_codes_alphanumeric_and_other_senders_are_not_phone_numbers(sender):
    assert e164_from(sender) is None


@pytest.mark.parametrize("sender", ["+1555555\u0660\u0661\u0662\u0663", "+１５５５５５５０１００", "+15555550100\n+1"])
def test_numbers_with_non_ascii_digits_or_extra_lines_are_not_phone_numbers(sender):
    assert e164_from(sender) is None
