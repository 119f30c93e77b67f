"""``smoke``: send a correctly signed test STOP (and START) to an ingest URL, optionally end to end.

The request is the form Twilio posts for an inbound SMS, signed with
``TWILIO_AUTH_TOKEN`` over the exact ``--url`` given; behind a proxy or load
balancer that must be the URL ingest checks against (its ``WEBHOOK_URL``).
With ``--wait`` it then polls Customer.io until every profile with that
number holds the new value, set no earlier than the second the request went
out, and reports the time that took.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import requests

from common.errors import ConfigError
from common.event import E164
from common.logs import mask_phone
from common.secrets import read_secret
from optout.customerio_probe import CustomerIOProbe
from optout.errors import CliError, NotFound, Unreachable, UsageError
from optout.twilio_webhook import TEST_ACCOUNT_SID, inbound_sms, post_signed

POLL_INTERVAL_S = 0.25
# Customer.io's per-attribute time comes from ingest's clock, ours from this
# machine's: allow them to disagree by this much.
CLOCK_SKEW_S = 2


@dataclass(frozen=True)
class Step:
    keyword: str
    unsubscribed: bool  # the attribute value this keyword should produce


STOP = Step("STOP", True)
START = Step("START", False)


@dataclass(frozen=True)
class StepResult:
    keyword: str
    status: int
    answer: str
    latency_s: float | None = None  # with --wait: request sent -> every profile changed
    profiles: int | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200


def send(url: str, form: dict[str, str], auth_token: str, timeout_s: float) -> requests.Response:
    try:
        return post_signed(url, form, auth_token, timeout_s)
    except (requests.ConnectionError, requests.Timeout) as exc:
        raise Unreachable(f"cannot reach {url} ({exc.__class__.__name__})") from exc


@dataclass(frozen=True)
class SmokeTest:
    url: str
    number: str
    to: str
    auth_token: str
    account_sid: str = TEST_ACCOUNT_SID
    timeout_s: float = 60.0

    def __post_init__(self) -> None:
        if not self.url.startswith(("http://", "https://")):
            raise UsageError(f"--url must be an absolute http(s) URL, not {self.url!r}")
        for flag, value in (("--number", self.number), ("--to", self.to)):
            if not E164.match(value):
                raise UsageError(f"{flag} must be an E.164 number such as +15555550100, not {value!r}")

    def run(self, steps: list[Step], probe: CustomerIOProbe | None,
            report: Callable[[StepResult], None] = lambda result: None) -> list[StepResult]:
        people = None
        if probe is not None:
            people = probe.find(self.number)
            if not people:
                raise NotFound(f"no Customer.io profile has {probe.phone_attribute} = {mask_phone(self.number)}: "
                               "the event would be dead-lettered; give --number of a test profile")
        results = []
        for index, step in enumerate(steps):
            if index:
                _next_second()
            result = self._step(step, probe, people)
            report(result)
            results.append(result)
            if not result.ok:
                raise CliError(f"ingest answered {result.status} to {step.keyword}")
        return results

    def _step(self, step: Step, probe: CustomerIOProbe | None, people) -> StepResult:
        form = inbound_sms(self.number, step.keyword, to=self.to, account_sid=self.account_sid)
        sent_second = int(time.time()) - CLOCK_SKEW_S
        started = time.monotonic()
        response = send(self.url, form, self.auth_token, min(self.timeout_s, 30.0))
        result = StepResult(step.keyword, response.status_code, response.text.strip()[:200])
        if probe is None or not result.ok:
            return result
        wanted = "true" if step.unsubscribed else "false"
        deadline = started + self.timeout_s
        while True:
            states = probe.states(people)
            done = len(states) == len(people) and all(
                (state.value or "").lower() == wanted and (state.set_at is None or state.set_at >= sent_second)
                for state in states)
            if done:
                return StepResult(step.keyword, result.status, result.answer,
                                  round(time.monotonic() - started, 3), len(people))
            if time.monotonic() > deadline:
                raise CliError(f"{probe.attribute} did not become {wanted} on the {len(people)} profile(s) "
                               f"within {self.timeout_s:.0f} s; look for the event in the dead-letter queue "
                               "(python -m optout dlq list)")
            time.sleep(POLL_INTERVAL_S)


def _next_second() -> None:
    """Start the next step in a later whole second than the last, so its ``_timestamp`` is newer."""
    time.sleep(1 - time.time() % 1 + 0.01)


def auth_token_from(env: Mapping[str, str]) -> str:
    try:
        return read_secret(env, "TWILIO_AUTH_TOKEN")
    except ConfigError as exc:
        raise UsageError(f"smoke signs its request: {exc}") from exc
