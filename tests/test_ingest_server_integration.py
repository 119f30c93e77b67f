"""ingest under a real functions-framework server: oversize and hostile bodies get their answer and
the server keeps serving.

No emulator is needed: every request here is refused before anything is published.
"""

from __future__ import annotations

import os

import pytest
import requests

from ingest.body import MAX_BODY_BYTES
from local_stack.functions import FunctionProcess
from local_stack.stack import free_port
from optout.twilio_webhook import inbound_sms

pytestmark = [pytest.mark.integration, pytest.mark.timeout(60)]


@pytest.fixture(scope="module")
def ingest_url(tmp_path_factory):
    env = {**os.environ, "TWILIO_AUTH_TOKEN": "server-test-token", "PUBSUB_TOPIC": "projects/p/topics/events",
           "PUBSUB_EMULATOR_HOST": f"127.0.0.1:{free_port()}"}
    function = FunctionProcess("ingest", free_port(), env, tmp_path_factory.mktemp("ingest") / "ingest.log")
    function.start()
    try:
        yield function.url
    finally:
        function.stop()


def still_serving(url: str) -> None:
    answer = requests.post(url, data=inbound_sms("+15555550100", "STOP"), timeout=5)
    assert answer.status_code == 403


def test_body_over_the_bound_with_content_length_answers_413_and_the_server_keeps_serving(ingest_url):
    with requests.Session() as session:  # the same keep-alive connection
        answer = session.post(ingest_url, data=b"a" * (4 * MAX_BODY_BYTES),
                              headers={"Content-Type": "application/x-www-form-urlencoded"}, timeout=10)
        assert answer.status_code == 413
        assert session.post(ingest_url, data=inbound_sms("+15555550100", "STOP"), timeout=5).status_code == 403
    still_serving(ingest_url)


def test_chunked_body_over_the_bound_answers_413_and_the_server_keeps_serving(ingest_url):
    def chunks():
        for _ in range(40):
            yield b"b" * 8192

    answer = requests.post(ingest_url, data=chunks(), headers={
        "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "Zm9yZ2Vk"}, timeout=10)

    assert answer.status_code == 413
    still_serving(ingest_url)


@pytest.mark.parametrize("content_type, data", [
    ("application/json", b'{"From": "+15555550100", "Body": "STOP"}'),
    ("multipart/form-data; boundary=b", b'--b\r\nContent-Disposition: form-data; name="From"\r\n\r\nx\r\n--b--\r\n'),
])
def test_forged_non_form_post_answers_403_from_the_real_server(ingest_url, content_type, data):
    answer = requests.post(ingest_url, data=data, timeout=5,
                           headers={"Content-Type": content_type, "X-Twilio-Signature": "Zm9yZ2Vk"})
    assert answer.status_code == 403
