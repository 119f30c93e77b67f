"""What ``process`` really receives: both arrival forms through functions-framework's own conversion.

A throwaway function module records the CloudEvent data functions-framework
hands over, so the tests see exactly what ``main.process`` would.
"""

from __future__ import annotations

import base64
import json
import sys

import pytest
from functions_framework import create_app

from common.errors import DeadLetterReason, PermanentError
from common.event import Action, OptEvent
from processor.envelope import unwrap

EVENT = OptEvent(Action.OPT_OUT, "+15555550142", "STOP", "SM7d1f", 1764279000.25)
SUBSCRIPTION = "projects/optout-local/subscriptions/events-push"

RECORDER = '''
import functions_framework
SEEN = []

@functions_framework.cloud_event
def process(cloud_event):
    SEEN.append(cloud_event.data)
'''


@pytest.fixture
def delivered(tmp_path):
    """POST a body to a functions-framework app and return the data its function received."""
    source = tmp_path / "recorder.py"
    source.write_text(RECORDER)
    app = create_app(target="process", source=str(source), signature_type="cloudevent")
    module = next(m for m in list(sys.modules.values()) if getattr(m, "__file__", None) == str(source))

    def post(body: dict, headers: dict | None = None) -> object:
        response = app.test_client().post("/", data=json.dumps(body), headers=headers or
                                          {"Content-Type": "application/json"})
        assert response.status_code == 200, response.get_data(as_text=True)
        return module.SEEN.pop()

    return post


def pubsub_message() -> dict:
    return {"data": base64.b64encode(EVENT.encode()).decode(), "messageId": "9102",
            "publishTime": "2026-11-27T21:30:00.25Z", "attributes": {"schema_version": "1", "action": "opt_out"}}


def test_raw_push_request_reaches_process_without_its_delivery_attempt(delivered):
    # The push body Pub/Sub (and the emulator) send: functions-framework keeps only the message.
    data = delivered({"message": pubsub_message(), "subscription": SUBSCRIPTION, "deliveryAttempt": 4})

    message = unwrap(data)

    assert "deliveryAttempt" not in data
    assert message.delivery_attempt is None
    assert message.message_id == "9102"
    assert message.attributes == {"schema_version": "1", "action": "opt_out"}
    assert OptEvent.decode(message.data) == EVENT


def eventarc(delivery_attempt) -> dict:
    data = {"message": pubsub_message(), "subscription": SUBSCRIPTION}
    if delivery_attempt is not ...:
        data["deliveryAttempt"] = delivery_attempt
    return {"specversion": "1.0", "id": "9102", "source": "//pubsub.googleapis.com/projects/p/topics/events",
            "type": "google.cloud.pubsub.topic.v1.messagePublished", "datacontenttype": "application/json",
            "data": data}


@pytest.mark.parametrize("attempt, expected", [(4, 4), (1, 1), (0, None), (..., None), (True, None), ("4", None)])
def test_eventarc_cloud_event_carries_the_delivery_attempt_only_as_a_positive_integer(delivered, attempt, expected):
    # MessagePublishedData.deliveryAttempt: 0 when the subscription has no dead-letter policy.
    data = delivered(eventarc(attempt), {"Content-Type": "application/cloudevents+json"})

    assert unwrap(data).delivery_attempt == expected


@pytest.mark.parametrize("data", [
    None, [], "x", {"message": None}, {"message": {"data": 5}}, {"message": {"data": "!!!"}},
    {"message": {"data": "e30=", "attributes": ["a"]}}, {"message": {"data": ["e30="]}},
])
def test_envelope_that_is_no_pubsub_message_is_a_permanent_malformed_error(data):
    with pytest.raises(PermanentError) as caught:
        unwrap(data)
    assert caught.value.reason is DeadLetterReason.MALFORMED_EVENT
