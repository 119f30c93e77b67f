import json
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
