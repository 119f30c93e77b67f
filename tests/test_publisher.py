from concurrent.futures import Future

import pytest

from common.errors import TransientError
from common.event import Action, OptEvent
from common.pubsub import make_publisher
from ingest.publisher import EventPublisher

EVENT = OptEvent(Action.OPT_OUT, "+15555550100", "STOP", "SM1", 1764279000.0)


class FakeClient:
    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.published = []
        self.resumed = []

    def publish(self, topic, data, ordering_key="", retry=None, timeout=None, **attributes):
        self.published.append((topic, data, ordering_key, attributes, timeout))
        future = Future()
        future.set_exception(self.error) if self.error else future.set_result("msg-1")
        return future

    def resume_publish(self, topic, ordering_key):
        self.resumed.append((topic, ordering_key))


def publisher_with(client) -> EventPublisher:
    return EventPublisher("projects/p/topics/t", timeout_s=2, client=client)


def test_event_is_published_with_the_number_as_ordering_key_and_a_bounded_wait():
    client = FakeClient()
    assert publisher_with(client).publish(EVENT) == "msg-1"
    [(topic, data, key, attributes, timeout)] = client.published
    assert (topic, data, key, timeout) == ("projects/p/topics/t", EVENT.encode(), "+15555550100", 2)
    assert attributes == {"schema_version": "1", "action": "opt_out"}


def test_failed_publish_resumes_the_paused_ordering_key_and_is_transient():
    client = FakeClient(error=RuntimeError("unavailable"))
    with pytest.raises(TransientError):
        publisher_with(client).publish(EVENT)
    assert client.resumed == [("projects/p/topics/t", "+15555550100")]


def test_client_sends_at_once_instead_of_waiting_for_a_batch(monkeypatch):
    monkeypatch.setenv("PUBSUB_EMULATOR_HOST", "127.0.0.1:1")
    client = make_publisher(ordering=True)
    assert client.batch_settings.max_latency <= 0.001
    assert client._enable_message_ordering
