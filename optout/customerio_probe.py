"""Read a number's profiles from Customer.io's App API, to see when the pipeline changed them.

Search goes through ``processor``'s own client (same filter, same paging); the
attributes come from ``POST /v1/customers/attributes?id_type=cio_id``, whose
answer also carries, per attribute, the Unix time of the value held.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import requests

from common.errors import ConfigError, DeadLetterReason, PermanentError, TransientError
from common.secrets import read_secret
from optout.errors import AccessDenied, CliError, Unreachable, UsageError
from processor.answers import json_object, profile_in
from processor.config import REGIONS, ProcessorConfig
from processor.customerio import ATTRIBUTES_MAX_IDS, APP_URLS, TIMEOUT_S, CallCounts, CustomerIO, Person


@dataclass(frozen=True)
class ProfileState:
    cio_id: str
    value: str | None  # the App API gives every attribute as a string
    set_at: int | None  # Unix seconds, when the answer carries timestamps


class CustomerIOProbe:
    def __init__(self, env: Mapping[str, str]) -> None:
        try:
            app_key = read_secret(env, "CUSTOMERIO_APP_API_KEY")
        except ConfigError as exc:
            raise UsageError(f"--wait needs Customer.io's App API: {exc}") from exc
        region = (env.get("CUSTOMERIO_REGION") or "us").lower()
        if region not in REGIONS:
            raise UsageError(f"CUSTOMERIO_REGION must be one of {', '.join(REGIONS)}")
        app_url = (env.get("CUSTOMERIO_APP_URL") or APP_URLS[region]).rstrip("/")
        self.phone_attribute = env.get("PHONE_ATTRIBUTE") or "phone"
        self.attribute = env.get("UNSUBSCRIBE_ATTRIBUTE") or "sms_unsubscribe"
        # Only search is used: the Track fields are never read.
        config = ProcessorConfig(
            site_id="", track_api_key="", app_api_key=app_key, region=region, track_url=None,
            app_url=app_url, phone_attribute=self.phone_attribute, unsubscribe_attribute=self.attribute,
            dead_letter_topic="", retry_budget_s=30.0)
        self._customerio = CustomerIO(config)
        self._app_url = app_url
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {app_key}"

    def find(self, phone: str) -> list[Person]:
        try:
            return self._customerio.find_people(phone, CallCounts())
        except PermanentError as error:
            raise _cli_error("searching Customer.io", error) from error
        except TransientError as error:
            raise Unreachable(f"searching Customer.io: {error}") from error

    def states(self, people: list[Person]) -> list[ProfileState]:
        states: list[ProfileState] = []
        for start in range(0, len(people), ATTRIBUTES_MAX_IDS):
            ids = [person.cio_id for person in people[start:start + ATTRIBUTES_MAX_IDS]]
            try:
                response = self._session.post(f"{self._app_url}/v1/customers/attributes",
                                              params={"id_type": "cio_id"}, json={"ids": ids}, timeout=TIMEOUT_S)
            except (requests.ConnectionError, requests.Timeout) as exc:
                raise Unreachable(f"reading Customer.io attributes: {exc.__class__.__name__}") from exc
            if response.status_code in (401, 403):
                raise AccessDenied(f"Customer.io refused CUSTOMERIO_APP_API_KEY ({response.status_code})")
            if response.status_code == 429 or response.status_code >= 500:
                continue  # rate limited or busy: the next poll asks again
            if not response.ok:
                raise CliError(f"Customer.io attributes answered {response.status_code}: {response.text[:200]}")
            try:
                # Wrapped or plain items, read as process reads them.
                profiles = [profile_in(entry) for entry in json_object(response, "attributes").get("customers") or []]
            except TransientError:
                continue  # an answer that cannot be read: the next poll asks again
            for profile in profiles:
                states.append(ProfileState(profile.cio_id, profile.attributes.get(self.attribute),
                                           profile.timestamps.get(self.attribute)))
        return states


def _cli_error(what: str, error: PermanentError) -> CliError:
    if error.reason is DeadLetterReason.REJECTED_CREDENTIALS:
        return AccessDenied(f"{what}: Customer.io refused CUSTOMERIO_APP_API_KEY ({error.detail})")
    return CliError(f"{what}: {error.detail}")
