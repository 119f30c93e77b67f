"""process's settings, read once per instance from the environment (docs/contract.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from common.errors import ConfigError
from common.pubsub import TOPIC_PATH
from common.secrets import read_secret

REGIONS = ("us", "eu")

# Every variable load_config reads; the Terraform test checks the deployment against it.
REQUIRED_ENV = ("CUSTOMERIO_SITE_ID", "DEAD_LETTER_TOPIC")
REQUIRED_SECRETS = ("CUSTOMERIO_TRACK_API_KEY", "CUSTOMERIO_APP_API_KEY")
OPTIONAL_ENV = (
    "CUSTOMERIO_REGION",
    "CUSTOMERIO_TRACK_URL",
    "CUSTOMERIO_APP_URL",
    "PHONE_ATTRIBUTE",
    "UNSUBSCRIBE_ATTRIBUTE",
    "CUSTOMERIO_RETRY_BUDGET_S",
)


@dataclass(frozen=True)
class ProcessorConfig:
    site_id: str
    track_api_key: str
    app_api_key: str
    region: str | None
    track_url: str | None
    app_url: str | None
    phone_attribute: str
    unsubscribe_attribute: str
    dead_letter_topic: str
    # Upper bound on the time one delivery spends retrying Customer.io; keep it
    # well inside the function timeout so a failure is a clean 5xx, not a kill.
    retry_budget_s: float


def load_config(env: Mapping[str, str]) -> ProcessorConfig:
    site_id = env.get("CUSTOMERIO_SITE_ID", "")
    if not site_id:
        raise ConfigError("CUSTOMERIO_SITE_ID is required")
    dead_letter_topic = env.get("DEAD_LETTER_TOPIC", "")
    if not TOPIC_PATH.match(dead_letter_topic):
        raise ConfigError("DEAD_LETTER_TOPIC must be projects/PROJECT/topics/TOPIC")
    region = (env.get("CUSTOMERIO_REGION") or "").lower() or None
    if region is not None and region not in REGIONS:
        raise ConfigError(f"CUSTOMERIO_REGION must be one of {', '.join(REGIONS)}")
    try:
        retry_budget_s = float(env.get("CUSTOMERIO_RETRY_BUDGET_S") or 60)
    except ValueError as exc:
        raise ConfigError("CUSTOMERIO_RETRY_BUDGET_S must be a number of seconds") from exc
    return ProcessorConfig(
        site_id=site_id,
        track_api_key=read_secret(env, "CUSTOMERIO_TRACK_API_KEY"),
        app_api_key=read_secret(env, "CUSTOMERIO_APP_API_KEY"),
        region=region,
        track_url=(env.get("CUSTOMERIO_TRACK_URL") or "").rstrip("/") or None,
        app_url=(env.get("CUSTOMERIO_APP_URL") or "").rstrip("/") or None,
        phone_attribute=env.get("PHONE_ATTRIBUTE") or "phone",
        unsubscribe_attribute=env.get("UNSUBSCRIBE_ATTRIBUTE") or "sms_unsubscribe",
        dead_letter_topic=dead_letter_topic,
        retry_budget_s=retry_budget_s,
    )
