"""ingest's settings, read once per instance from the environment (docs/contract.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from common.errors import ConfigError
from common.pubsub import TOPIC_PATH
from common.secrets import read_optional_secret, read_secret
from ingest import keywords

# Every variable load_config reads; the Terraform test checks the deployment against it.
REQUIRED_ENV = ("PUBSUB_TOPIC",)
REQUIRED_SECRETS = ("TWILIO_AUTH_TOKEN",)
# Only for webhooks Twilio signs with a SharedKey (X-Twilio-Webhooks-Signature-Settings).
OPTIONAL_SECRETS = ("TWILIO_WEBHOOK_SHARED_KEY",)
OPTIONAL_ENV = ("WEBHOOK_URL", "OPT_OUT_KEYWORDS", "OPT_IN_KEYWORDS", "KEYWORD_MATCH", "OPT_OUT_REPLY")
# A TwiML <Message> body longer than this is refused by Twilio (1600 characters).
MAX_REPLY_LENGTH = 1600


@dataclass(frozen=True)
class IngestConfig:
    auth_token: str
    topic: str
    webhook_url: str | None
    rules: keywords.KeywordRules
    shared_key: str | None = None
    # Sent as TwiML <Message> after an opt-out that only intent recognised (no keyword, no OptOutType).
    opt_out_reply: str | None = None


def load_config(env: Mapping[str, str]) -> IngestConfig:
    topic = env.get("PUBSUB_TOPIC", "")
    if not TOPIC_PATH.match(topic):
        raise ConfigError("PUBSUB_TOPIC must be projects/PROJECT/topics/TOPIC")
    return IngestConfig(
        auth_token=read_secret(env, "TWILIO_AUTH_TOKEN"),
        topic=topic,
        webhook_url=env.get("WEBHOOK_URL") or None,
        rules=keywords.rules_from_env(env),
        shared_key=read_optional_secret(env, "TWILIO_WEBHOOK_SHARED_KEY"),
        opt_out_reply=_opt_out_reply(env),
    )


def _opt_out_reply(env: Mapping[str, str]) -> str | None:
    reply = (env.get("OPT_OUT_REPLY") or "").strip()
    if not reply:
        return None
    if len(reply) > MAX_REPLY_LENGTH:
        raise ConfigError(f"OPT_OUT_REPLY must be at most {MAX_REPLY_LENGTH} characters")
    return reply
