"""The process handler's ack, dead-letter and redeliver decisions, with a fake Customer.io."""

from __future__ import annotations

import base64
import json
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from common.errors import DeadLetterReason, OptOutError, PermanentError, TransientError
from common.event import Action, OptEvent
from processor.config import load_config
from processor.customerio import Person, Profile, UnreadableAnswer
from processor.handler import ProcessHandler

ENV = {
    "CUSTOMERIO_SITE_ID": "s", "CUSTOMERIO_TRACK_API_KEY": "t", "CUSTOMERIO_APP_API_KEY": "a",
    "DEAD_LETTER_TOPIC": "projects/p/topics/dead", "CUSTOMERIO_BATCH_WINDOW_MS": "0",
}
CONFIG = load_config(ENV)
EVENT = OptEvent(Action.OPT_IN, "+15555550100", "START", "SM1", 1764279000.9)


class FakeCustomerIO:
    """People by number; can fail the search, or refuse the update of chosen cio_ids."""

    def __init__(self, people: dict[str, list[str]] | None = None, fail: Exception | None = None,
                 refuse: frozenset[str] = frozenset(), stamps: dict[str, str] | None = None) -> None:
        self.people = people or {}
        self.fail = fail
        self.refuse = refuse
        self.stamps = stamps or {}
        self.updates: list[tuple[str, dict, int]] = []
        self.lock = threading.Lock()

    def lookup_free_in(self) -> float:
        return 0.0

    def find_people_with_any(self, phones, counts):
        if self.fail:
            raise self.fail
        counts.search += 1
        return [Person(cio_id) for phone in phones for cio_id in self.people.get(phone, [])]

    def profiles(self, cio_ids, counts):
        counts.attributes += 1
        phone_of = {cio_id: phone for phone, ids in self.people.items() for cio_id in ids}
        return [Profile(cio_id, {"phone": phone_of[cio_id],
                                 **({"twilio_optout_at": self.stamps[cio_id]} if cio_id in self.stamps else {})})
                for cio_id in cio_ids]

    def identify_batch(self, items, counts):
        counts.batch += 1
        refused = {}
        with self.lock:
            for index, item in enumerate(items):
                cio_id = item["identifiers"]["cio_id"]
                if cio_id in self.refuse:
                    refused[index] = "invalid: refused"
                else:
                    self.updates.append((cio_id, item["attributes"], item["timestamp"]))
        return refused


class FakeDeadLetters:
    def __init__(self, fail: bool = False):
        self.published = []
        self.fail = fail

    def publish(self, data, attributes, error):
        if self.fail:
            raise TransientError("dead-letter topic unreachable")
        self.published.append((data, attributes, error.reason, error.detail))
        return "1"


def push(data: bytes, **attributes) -> dict:
    return {"message": {"data": base64.b64encode(data).decode(), "attributes": attributes, "messageId": "7"},
            "subscription": "projects/p/subscriptions/s"}


def handler(customerio, dead=None, **env) -> ProcessHandler:
    return ProcessHandler(load_config({**ENV, **env}), customerio, dead or FakeDeadLetters())


def test_event_is_applied_to_every_profile_with_its_own_time_update_only_and_a_stamp():
    customerio = FakeCustomerIO({EVENT.phone: ["1", "2"]})
    handler(customerio).handle(push(EVENT.encode()))
    expected = {"sms_unsubscribe": False, "_update": True, "twilio_optout_at": 1764279000}
    assert customerio.updates == [("1", expected, 1764279000), ("2", expected, 1764279000)]


def test_an_empty_stamp_attribute_writes_no_stamp():
    customerio = FakeCustomerIO({EVENT.phone: ["1"]})
    handler(customerio, UNSUBSCRIBE_STAMP_ATTRIBUTE="").handle(push(EVENT.encode()))
    assert customerio.updates == [("1", {"sms_unsubscribe": False, "_update": True}, 1764279000)]


def test_number_without_profile_is_dead_lettered_with_the_original_data_and_attributes():
    dead = FakeDeadLetters()
    handler(FakeCustomerIO(), dead).handle(push(EVENT.encode(), action="opt_in"))
    assert [(d, a, r) for d, a, r, _ in dead.published] == [
        (EVENT.encode(), {"action": "opt_in"}, DeadLetterReason.NO_MATCHING_PROFILE)]


def test_dead_letter_records_the_delivery_attempt_when_pubsub_gives_it():
    dead = FakeDeadLetters()
    handler(FakeCustomerIO(), dead).handle({**push(EVENT.encode()), "deliveryAttempt": 3})
    assert dead.published[0][1] == {"delivery_attempt": "3"}


@pytest.mark.parametrize(("event_data", "reason"), [
    (None, DeadLetterReason.MALFORMED_EVENT),
    ({"no": "message"}, DeadLetterReason.MALFORMED_EVENT),
    ({"message": {"data": "%%% not base64"}}, DeadLetterReason.MALFORMED_EVENT),
    (push(b"{}"), DeadLetterReason.UNSUPPORTED_VERSION),
    (push(b"garbage"), DeadLetterReason.MALFORMED_EVENT),
])
def test_unreadable_events_are_dead_lettered_and_acknowledged(event_data, reason):
    dead = FakeDeadLetters()
    handler(FakeCustomerIO(), dead).handle(event_data)
    assert [r for _, _, r, _ in dead.published] == [reason]


@pytest.mark.parametrize("error", [TransientError("503"), UnreadableAnswer("search entry without cio_id")])
def test_transient_failure_raises_so_pubsub_delivers_again(error):
    with pytest.raises(TransientError):
        handler(FakeCustomerIO(fail=error)).handle(push(EVENT.encode()))


def test_rejected_credentials_are_dead_lettered():
    dead = FakeDeadLetters()
    error = PermanentError(DeadLetterReason.REJECTED_CREDENTIALS, "401")
    handler(FakeCustomerIO(fail=error), dead).handle(push(EVENT.encode()))
    assert [r for _, _, r, _ in dead.published] == [DeadLetterReason.REJECTED_CREDENTIALS]


def test_event_is_not_acknowledged_when_the_dead_letter_publish_fails():
    with pytest.raises(TransientError):
        handler(FakeCustomerIO(), FakeDeadLetters(fail=True)).handle(push(EVENT.encode()))


def test_one_refused_profile_among_five_is_named_and_the_other_four_are_updated():
    customerio = FakeCustomerIO({EVENT.phone: ["p1", "p2", "p3", "p4", "p5"]}, refuse=frozenset({"p2"}))
    dead = FakeDeadLetters()
    handler(customerio, dead).handle(push(EVENT.encode()))
    assert [cio_id for cio_id, _, _ in customerio.updates] == ["p1", "p3", "p4", "p5"]
    [(_, _, reason, detail)] = dead.published
    assert reason is DeadLetterReason.REJECTED_REQUEST
    assert "p2" in detail and "1 of 5" in detail and EVENT.phone not in detail


def test_a_profile_this_pipeline_stamped_later_is_left_alone_and_the_event_acknowledged():
    customerio = FakeCustomerIO({EVENT.phone: ["newer", "older"]},
                                stamps={"newer": str(EVENT.timestamp + 60), "older": str(EVENT.timestamp - 60)})
    dead = FakeDeadLetters()
    handler(customerio, dead).handle(push(EVENT.encode()))
    assert [cio_id for cio_id, _, _ in customerio.updates] == ["older"]
    assert dead.published == []


def test_an_event_of_the_same_second_as_the_stamp_is_applied_again():
    customerio = FakeCustomerIO({EVENT.phone: ["1"]}, stamps={"1": str(EVENT.timestamp)})
    handler(customerio).handle(push(EVENT.encode()))
    assert [cio_id for cio_id, _, _ in customerio.updates] == ["1"]


# -- fuzz: random envelopes and events -------------------------------------------------

PHONES = ["+15555550100", "+15555550101", "+15555550102"]
FAKE_PEOPLE = {"+15555550100": ["a1", "a2"], "+15555550101": ["b1"]}  # +15555550102 has nobody

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8)
events = st.fixed_dictionaries({
    # Mostly valid fields, so that the odd ones reach the decoder one or two at a time.
    "version": st.sampled_from([1] * 6 + [2, "1", None]),
    "action": st.sampled_from(["opt_out", "opt_in"] * 3 + ["OPT_OUT", "", None]),
    "phone": st.sampled_from(PHONES * 3 + ["+15555550100\n", "+1５５５５５５０１００", "15555550100"]) | st.text(max_size=20),
    "keyword": st.sampled_from(["STOP", "START"]) | st.text(max_size=10),
    "message_sid": st.text(max_size=34),
    "received_at": st.sampled_from([1764279000.25] * 4 + [0, -1, float("nan"), float("inf"), 10**400, "1", None])
    | st.floats(allow_nan=True) | st.integers(),
}).map(lambda body: {k: v for k, v in body.items() if v is not None})
data = (events.map(lambda body: json.dumps(body).encode())
        | json_values.map(lambda value: json.dumps(value).encode()) | st.binary(max_size=64))
envelopes = st.one_of(
    data.map(lambda raw: push(raw)),
    st.builds(lambda raw, attempt: {**push(raw), "deliveryAttempt": attempt}, data, json_values),
    st.fixed_dictionaries({"message": st.fixed_dictionaries({"data": st.text(max_size=30)}, optional={
        "attributes": json_values, "messageId": json_values})}),
    json_values,
)
failures = st.sampled_from([None, None, TransientError("503"), UnreadableAnswer("no cio_id"),
                            PermanentError(DeadLetterReason.REJECTED_REQUEST, "400"),
                            PermanentError(DeadLetterReason.REJECTED_CREDENTIALS, "401")])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(envelope=envelopes, failure=failures, refuse=st.sets(st.sampled_from(["a1", "a2", "b1"])))
def test_any_envelope_ends_acknowledged_only_when_applied_or_dead_lettered(envelope, failure, refuse):
    customerio = FakeCustomerIO(FAKE_PEOPLE, fail=failure, refuse=frozenset(refuse))
    dead = FakeDeadLetters()
    try:
        handler(customerio, dead).handle(envelope)
    except OptOutError as error:
        assert isinstance(error, TransientError)  # a permanent error is dead-lettered, never raised
        assert dead.published == []
        return
    # Returned: acknowledged. Then it was dead-lettered, or every profile it found was updated.
    if dead.published:
        assert len(dead.published) == 1
        return
    event = OptEvent.decode(envelope["message"] and base64.b64decode(envelope["message"]["data"]))
    updated = {cio_id for cio_id, _, _ in customerio.updates}
    assert FAKE_PEOPLE[event.phone] and set(FAKE_PEOPLE[event.phone]) <= updated
