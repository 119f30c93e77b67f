"""Fuzz process's decoding boundary: random envelopes and bytes into unwrap + OptEvent.decode.

The property: a value, or one of the project's error types (``PermanentError``
malformed/unsupported), never any other exception; and every event ingest
can write decodes back to itself.
"""

from __future__ import annotations

import base64
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from common.errors import DeadLetterReason, PermanentError
from common.event import Action, OptEvent
from processor.envelope import unwrap

FUZZ = settings(max_examples=300, deadline=None)
DECODE_REASONS = {DeadLetterReason.MALFORMED_EVENT, DeadLetterReason.UNSUPPORTED_VERSION}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(min_value=-(10**500), max_value=10**500)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
VALID = {"version": 1, "action": "opt_out", "phone": "+15555550100", "keyword": "STOP",
         "message_sid": "SM" + "0" * 32, "received_at": 1764279000.25}
field_values = {
    "version": st.sampled_from([1, 2, True, 1.0, "1"]) | json_values,
    "action": st.sampled_from(["opt_out", "opt_in", "OPT_OUT"]) | json_values,
    "phone": st.sampled_from(["+15555550100", "+15555550100\n", "+1555555\u0660\u0661\u0662\u0663",
                              "+1 555 555 0100"]) | st.text(max_size=20) | json_values,
    "keyword": st.sampled_from(["STOP", "START", ""]) | st.text(max_size=70) | json_values,
    "message_sid": st.sampled_from(["SM" + "0" * 32, ""]) | st.text(max_size=70) | json_values,
    "received_at": st.sampled_from([1764279000.25, 0, -1, 1e308, 10**400, float("nan"), float("inf")])
    | json_values,
}
# A valid event with one to three fields replaced or removed: close enough to reach every check.
near_events = st.lists(st.sampled_from(sorted(VALID)), min_size=1, max_size=3, unique=True).flatmap(
    lambda names: st.fixed_dictionaries({name: st.none() | field_values[name] for name in names}).map(
        lambda changes: {**{k: v for k, v in VALID.items() if k not in changes},
                         **{k: v for k, v in changes.items() if v is not None}}))


def decode_or_project_error(data: bytes) -> OptEvent | None:
    try:
        return OptEvent.decode(data)
    except PermanentError as error:
        assert error.reason in DECODE_REASONS
        return None


@FUZZ
@given(st.binary(max_size=2048))
def test_random_bytes_decode_or_raise_a_permanent_error(data):
    decode_or_project_error(data)


@FUZZ
@given(near_events)
def test_events_with_random_field_values_decode_or_raise_a_permanent_error(body):
    text = json.dumps(body, allow_nan=True)  # NaN/Infinity written as Python's json writes them
    decode_or_project_error(text.encode())


@FUZZ
@given(st.one_of(json_values, st.fixed_dictionaries({"message": json_values}),
                 st.fixed_dictionaries({"message": st.fixed_dictionaries(
                     {"data": st.binary(max_size=300).map(lambda b: base64.b64encode(b).decode()) | json_values},
                     optional={"attributes": json_values, "messageId": json_values})},
                     optional={"deliveryAttempt": json_values, "subscription": json_values})))
def test_random_envelopes_unwrap_and_decode_or_raise_a_permanent_error(envelope):
    try:
        message = unwrap(envelope)
    except PermanentError as error:
        assert error.reason is DeadLetterReason.MALFORMED_EVENT
        return
    assert isinstance(message.data, bytes)
    assert message.delivery_attempt is None or message.delivery_attempt > 0
    decode_or_project_error(message.data)


@FUZZ
@given(action=st.sampled_from(Action), number=st.integers(min_value=10**6, max_value=10**14 - 1),
       keyword=st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=64)
       .filter(str.isprintable),
       sid=st.text("0123456789abcdefABCDEF", max_size=34),
       received_at=st.floats(min_value=1.0, max_value=4e9))
def test_every_event_ingest_can_write_decodes_to_itself(action, number, keyword, sid, received_at):
    event = OptEvent(action, f"+1{number}", keyword, sid, received_at)
    assert OptEvent.decode(event.encode()) == event
