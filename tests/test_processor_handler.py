import base64

import pytest

from common.errors import DeadLetterReason, PermanentError, TransientError
from common.event import Action, OptEvent
from processor.config import load_config
from processor.customerio import Person
from processor.handler import ProcessHandler

CONFIG = load_config({
    "CUSTOMERIO_SITE_ID": "s", "CUSTOMERIO_TRACK_API_KEY": "t", "CUSTOMERIO_APP_API_KEY": "a",
    "DEAD_LETTER_TOPIC": "projects/p/topics/dead",
})
EVENT = OptEvent(Action.OPT_IN, "+15555550100", "START", "SM1", 1764279000.9)


class FakeCustomerIO:
    def __init__(self, people=(), fail: Exception | None = None):
        self.people = list(people)
        self.fail = fail
        self.updates = []

    def find_people(self, phone, counts):
        if self.fail:
            raise self.fail
        counts.search += 1
        return self.people

    def set_attribute(self, person, name, value, timestamp, counts):
        counts.update += 1
        self.updates.append((person.identifier, name, value, timestamp))


class FakeDeadLetters:
    def __init__(self, fail: bool = False):
        self.published = []
        self.fail = fail

    def publish(self, data, attributes, error):
        if self.fail:
            raise TransientError("dead-letter topic unreachable")
        self.published.append((data, attributes, error.reason))
        return "1"


def push(data: bytes, **attributes) -> dict:
    return {"message": {"data": base64.b64encode(data).decode(), "attributes": attributes, "messageId": "7"},
            "subscription": "projects/p/subscriptions/s"}


def test_event_is_applied_to_every_profile_with_its_own_time():
    customerio = FakeCustomerIO([Person("1"), Person("2", email="x@example.com")])
    ProcessHandler(CONFIG, customerio, FakeDeadLetters()).handle(push(EVENT.encode()))
    assert customerio.updates == [("cio_1", "sms_unsubscribe", False, 1764279000),
                                  ("cio_2", "sms_unsubscribe", False, 1764279000)]


def test_number_without_profile_is_dead_lettered_with_the_original_data_and_attributes():
    dead = FakeDeadLetters()
    ProcessHandler(CONFIG, FakeCustomerIO([]), dead).handle(push(EVENT.encode(), action="opt_in"))
    assert dead.published == [(EVENT.encode(), {"action": "opt_in"}, DeadLetterReason.NO_MATCHING_PROFILE)]


def test_dead_letter_records_the_delivery_attempt_when_pubsub_gives_it():
    dead = FakeDeadLetters()
    ProcessHandler(CONFIG, FakeCustomerIO([]), dead).handle({**push(EVENT.encode()), "deliveryAttempt": 3})
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
    ProcessHandler(CONFIG, FakeCustomerIO(), dead).handle(event_data)
    assert [r for _, _, r in dead.published] == [reason]


def test_transient_failure_raises_so_pubsub_delivers_again():
    handler = ProcessHandler(CONFIG, FakeCustomerIO(fail=TransientError("503")), FakeDeadLetters())
    with pytest.raises(TransientError):
        handler.handle(push(EVENT.encode()))


def test_rejected_credentials_are_dead_lettered():
    dead = FakeDeadLetters()
    error = PermanentError(DeadLetterReason.REJECTED_CREDENTIALS, "401")
    ProcessHandler(CONFIG, FakeCustomerIO(fail=error), dead).handle(push(EVENT.encode()))
    assert [r for _, _, r in dead.published] == [DeadLetterReason.REJECTED_CREDENTIALS]


def test_event_is_not_acknowledged_when_the_dead_letter_publish_fails():
    handler = ProcessHandler(CONFIG, FakeCustomerIO([]), FakeDeadLetters(fail=True))
    with pytest.raises(TransientError):
        handler.handle(push(EVENT.encode()))
