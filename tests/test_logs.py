import json
import sys
import logging

import pytest

from common.logs import JsonFormatter, mask_phone, mask_phones_in


@pytest.mark.parametrize(("phone", "masked"), [
    ("+15555550100", "+1555***0100"),
    ("+447700900123", "+4477***0123"),
    ("+4930123", "+4***"),
])
def test_phone_numbers_are_masked_keeping_prefix_and_last_four(phone, masked):
    assert mask_phone(phone) == masked


def test_numbers_inside_text_are_masked():
    assert mask_phones_in("no profile has phone = +15555550100.") == "no profile has phone = +1555***0100."


def test_log_line_is_one_json_object_with_severity_and_fields():
    record = logging.LogRecord("x", logging.WARNING, __file__, 1, "event %s for +15555550100", ("retrying",), None)
    record.fields = {"outcome": "retrying", "duration_ms": 12.5}
    entry = json.loads(JsonFormatter().format(record))
    assert entry["severity"] == "WARNING"
    assert entry["message"] == "event retrying for +1555***0100"
    assert entry["outcome"] == "retrying"
    assert entry["duration_ms"] == 12.5


@pytest.mark.parametrize("text, masked", [
    ("call +1 415 555 0199 now", "call +1415***0199 now"),
    ("call +1 (415) 555-0199 now", "call +1415***0199 now"),
    ("call +1-415-555-0199.", "call +1415***0199."),
    ("(415) 555-0199", "+..."),
    ("415.555.0199", "+..."),
    ("+44 7700 900123", "+4477***0123"),
])
def test_numbers_written_with_spaces_dashes_or_parentheses_are_masked(text, masked):
    result = mask_phones_in(text)
    assert "0199" not in result.replace("***0199", "") and "900123" not in result
    if masked != "+...":
        assert result == masked


@pytest.mark.parametrize("text", ["message 17642790001234567", "took 1764279000.25 s", "SM0123456789abcdef"])
def test_ids_and_times_without_plus_or_separators_are_left_alone(text):
    assert mask_phones_in(text) == text


def test_every_field_of_the_record_is_masked_nested_too():
    record = logging.LogRecord("x", logging.WARNING, __file__, 1, "dead-lettered", (), None)
    record.fields = {
        "detail": 'Customer.io update answered 400: {"errors":[{"phone":"+1 555 555 0100"}]}',
        "nested": {"people": ["+15555550101", {"phone": "+1 (555) 555-0102"}]},
        "count": 3,
    }
    line = JsonFormatter().format(record)
    for digits in ("5550100", "555 0100", "5550101", "555-0102"):
        assert digits not in line
    entry = json.loads(line)
    assert entry["nested"]["people"][0] == "+1555***0101"
    assert entry["count"] == 3


def test_exception_text_is_masked():
    try:
        raise ValueError("no profile for +1 555 555 0100")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    assert "555 0100" not in JsonFormatter().format(record)
