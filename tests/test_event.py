import json

import pytest

from common.errors import DeadLetterReason, PermanentError
from common.event import SCHEMA_VERSION, Action, OptEvent

EVENT = OptEvent(Action.OPT_OUT, "+15555550100", "STOP", "SM0123", 1764279000.25)


def test_event_survives_an_encode_decode_round_trip():
    assert OptEvent.decode(EVENT.encode()) == EVENT


def test_wire_format_is_the_documented_json():
    assert json.loads(EVENT.encode()) == {
        "version": SCHEMA_VERSION, "action": "opt_out", "phone": "+15555550100",
        "keyword": "STOP", "message_sid": "SM0123", "received_at": 1764279000.25,
    }


def test_ordering_key_is_the_phone_number_and_timestamp_whole_seconds():
    assert EVENT.ordering_key == "+15555550100"
    assert EVENT.timestamp == 1764279000


def test_attributes_name_version_and_action():
    assert EVENT.attributes() == {"schema_version": "1", "action": "opt_out"}


def test_opt_out_sets_unsubscribed_and_opt_in_clears_it():
    assert Action.OPT_OUT.unsubscribed is True
    assert Action.OPT_IN.unsubscribed is False


def _body(**changes) -> bytes:
    body = json.loads(EVENT.encode())
    body.update(changes)
    return json.dumps({k: v for k, v in body.items() if v is not ...}).encode()


@pytest.mark.parametrize("data", [
    b"", b"not json", b"\xff\xfe", b"[1, 2]", b"null",
    _body(action="unsubscribe"), _body(phone="5555550100"), _body(phone=15555550100),
    _body(received_at="yesterday"), _body(received_at=-1), _body(received_at=True),
    _body(keyword=...), _body(message_sid=None),
])
def test_malformed_event_is_a_permanent_malformed_error(data):
    with pytest.raises(PermanentError) as caught:
        OptEvent.decode(data)
    assert caught.value.reason is DeadLetterReason.MALFORMED_EVENT


@pytest.mark.parametrize("version", [2, 0, "1", None])
def test_unknown_schema_version_is_a_permanent_unsupported_version_error(version):
    with pytest.raises(PermanentError) as caught:
        OptEvent.decode(_body(version=version))
    assert caught.value.reason is DeadLetterReason.UNSUPPORTED_VERSION


def _raw(received_at_text: str) -> bytes:
    # Values json.dumps cannot write as such: spliced into the text.
    return _body(received_at=0).replace(b'"received_at":0', b'"received_at":' + received_at_text.encode())


@pytest.mark.parametrize("data", [
    _raw("NaN"), _raw("Infinity"), _raw("-Infinity"), _raw("1e999"), _raw("9" * 400), _raw("1" * 5000),
    _body(received_at=10**20), _body(received_at=0),
    _body(phone="+15555550100\n"), _body(phone="+1555555\u0660\u0661\u0662\u0663"), _body(phone="+１５５５５５５０１００"),
    _body(phone=" +15555550100"), _body(phone=["+15555550100"]), _body(action=["opt_out"]), _body(action={"a": 1}),
    _body(keyword=""), _body(keyword="S" * 65), _body(keyword="STOP\n"), _body(keyword=7),
    _body(message_sid="SM\n0123"), _body(message_sid="SM" + "0" * 70), _body(received_at=[1764279000]),
    b"[" * 100_000 + b"]" * 100_000, b'{"version": 1, "action": "opt_out"' + b', "x": [' * 50_000,
])
def test_poison_values_are_a_permanent_malformed_error_and_nothing_else(data):
    with pytest.raises(PermanentError) as caught:
        OptEvent.decode(data)
    assert caught.value.reason is DeadLetterReason.MALFORMED_EVENT


@pytest.mark.parametrize("version", [True, 1.0])
def test_version_that_only_equals_one_loosely_is_unsupported(version):
    with pytest.raises(PermanentError) as caught:
        OptEvent.decode(_body(version=version))
    assert caught.value.reason is DeadLetterReason.UNSUPPORTED_VERSION


def test_integer_received_at_is_accepted_as_seconds():
    assert OptEvent.decode(_body(received_at=1764279000)).received_at == 1764279000.0
