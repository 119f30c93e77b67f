"""The request Twilio sends to the webhook for an inbound SMS, signed for real.

Used by ``smoke``, and by the local demo, the tests and the benchmarks, so all
of them send exactly what ingest will see from Twilio.
"""

from __future__ import annotations

import uuid

import requests
from twilio.request_validator import RequestValidator

TEST_ACCOUNT_SID = "AC" + "0" * 32
TEST_RECIPIENT = "+15005550006"  # Twilio's magic test number


def inbound_sms(sender: str, body: str, to: str = TEST_RECIPIENT,
                account_sid: str = TEST_ACCOUNT_SID) -> dict[str, str]:
    """The form fields Twilio posts for an inbound SMS (those ingest reads, and a few more)."""
    sid = "SM" + uuid.uuid4().hex
    return {"MessageSid": sid, "SmsSid": sid, "AccountSid": account_sid, "From": sender, "To": to,
            "Body": body, "NumMedia": "0"}


def post_signed(url: str, form: dict[str, str], auth_token: str, timeout_s: float = 15) -> requests.Response:
    """POST ``form`` to ``url`` with the ``X-Twilio-Signature`` Twilio would compute over exactly that URL."""
    signature = RequestValidator(auth_token).compute_signature(url, form)
    return requests.post(url, data=form, headers={"X-Twilio-Signature": signature}, timeout=timeout_s)
