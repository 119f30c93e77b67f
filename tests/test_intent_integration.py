"""KEYWORD_MATCH=intent end to end: signed webhook -> ingest -> Pub/Sub emulator -> process -> Customer.io sandbox.

Its own small stack (intent mode and OPT_OUT_REPLY set on ingest), started once
for this module with the same LocalStack the other integration tests use.
"""

from __future__ import annotations

import os

import pytest

from local_stack.customerio_sandbox import SandboxAdmin
from local_stack.stack import LocalStack, StackSettings
from tests.conftest import TEST_DELIVERY, TEST_RETRY_BUDGET_S
from tests.pipeline import new_number, send_sms, wait_for

pytestmark = pytest.mark.integration

ATTRIBUTE = "sms_unsubscribe"
REPLY = "OK, you will get no more texts from us."


@pytest.fixture(scope="module")
def intent_stack(tmp_path_factory):
    saved = dict(os.environ)
    settings = StackSettings.on_free_ports(
        work_dir=tmp_path_factory.mktemp("intent-stack"), sandbox_seed="none", sandbox_app_rps=0,
        sandbox_track_rps=0, delivery=TEST_DELIVERY,
        ingest_env={"KEYWORD_MATCH": "intent", "OPT_OUT_REPLY": REPLY},
        process_env={"CUSTOMERIO_RETRY_BUDGET_S": TEST_RETRY_BUDGET_S},
    )
    with LocalStack(settings) as running:
        yield running, SandboxAdmin(running.sandbox_url)
    os.environ.clear()
    os.environ.update(saved)


def attribute(sandbox, cio_id):
    person = sandbox.person(cio_id)
    return person.attributes.get(ATTRIBUTE) if person else None


def test_a_natural_language_opt_out_is_applied_and_confirmed_with_the_reply(intent_stack):
    stack, sandbox = intent_stack
    phone = new_number()
    cio_id = sandbox.add_person(attributes={"phone": phone})
    response = send_sms(stack, phone, "pls take me off your list, thanks")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/xml")
    assert f"<Message>{REPLY}</Message>" in response.text
    wait_for(lambda: attribute(sandbox, cio_id) is True, what=f"{ATTRIBUTE} = true")


def test_a_keyword_stop_keeps_the_empty_answer_and_is_applied(intent_stack):
    stack, sandbox = intent_stack
    phone = new_number()
    cio_id = sandbox.add_person(attributes={"phone": phone})
    response = send_sms(stack, phone, "STOP\n\nSent from my Pixel")
    assert response.status_code == 200 and "<Message>" not in response.text
    wait_for(lambda: attribute(sandbox, cio_id) is True, what=f"{ATTRIBUTE} = true")


def test_a_negated_stop_changes_nothing(intent_stack):
    stack, sandbox = intent_stack
    phone, marker = new_number(), new_number()
    cio_id = sandbox.add_person(attributes={"phone": phone})
    marker_id = sandbox.add_person(attributes={"phone": marker})
    response = send_sms(stack, phone, "please don't stop sending me the deals!")
    assert response.status_code == 200 and "<Message>" not in response.text
    assert send_sms(stack, marker, "Stop texting me").status_code == 200  # published after it
    wait_for(lambda: attribute(sandbox, marker_id) is True, what="the marker opt-out applied")
    assert attribute(sandbox, cio_id) is None


def test_a_stop_sent_by_mistake_is_undone(intent_stack):
    stack, sandbox = intent_stack
    phone = new_number()
    cio_id = sandbox.add_person(attributes={"phone": phone, ATTRIBUTE: True})
    response = send_sms(stack, phone, "I replied stop by mistake, turn them back on")
    assert response.status_code == 200 and "<Message>" not in response.text
    wait_for(lambda: attribute(sandbox, cio_id) is False, what="the opt-in applied")
