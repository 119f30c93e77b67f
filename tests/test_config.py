import pytest

from common.errors import ConfigError
from ingest.config import load_config as load_ingest
from processor.config import load_config as load_processor

INGEST = {"TWILIO_AUTH_TOKEN": "t", "PUBSUB_TOPIC": "projects/p/topics/events"}
PROCESS = {
    "CUSTOMERIO_SITE_ID": "site", "CUSTOMERIO_TRACK_API_KEY": "track", "CUSTOMERIO_APP_API_KEY": "app",
    "DEAD_LETTER_TOPIC": "projects/p/topics/dead",
}


def test_ingest_defaults():
    config = load_ingest(INGEST)
    assert config.webhook_url is None
    assert config.topic == "projects/p/topics/events"


def test_processor_defaults_follow_the_spec():
    config = load_processor(PROCESS)
    assert (config.phone_attribute, config.unsubscribe_attribute) == ("phone", "sms_unsubscribe")
    assert config.region is None and config.track_url is None and config.app_url is None


def test_url_overrides_lose_their_trailing_slash_and_region_is_case_insensitive():
    config = load_processor({**PROCESS, "CUSTOMERIO_TRACK_URL": "http://127.0.0.1:1/", "CUSTOMERIO_REGION": "EU"})
    assert config.track_url == "http://127.0.0.1:1"
    assert config.region == "eu"


@pytest.mark.parametrize("missing", list(INGEST))
def test_ingest_requires_its_settings(missing):
    with pytest.raises(ConfigError, match=missing):
        load_ingest({k: v for k, v in INGEST.items() if k != missing})


@pytest.mark.parametrize("missing", list(PROCESS))
def test_processor_requires_its_settings(missing):
    with pytest.raises(ConfigError, match=missing):
        load_processor({k: v for k, v in PROCESS.items() if k != missing})


@pytest.mark.parametrize("env", [
    {"CUSTOMERIO_REGION": "asia"}, {"DEAD_LETTER_TOPIC": "dead"}, {"CUSTOMERIO_RETRY_BUDGET_S": "soon"},
])
def test_processor_rejects_invalid_settings(env):
    with pytest.raises(ConfigError):
        load_processor({**PROCESS, **env})


def test_secret_is_read_from_secret_manager_when_given_as_a_version_name(monkeypatch):
    from common import secrets
    seen = []
    monkeypatch.setattr(secrets, "_access", lambda version: seen.append(version) or "from-secret-manager")
    env = {k: v for k, v in INGEST.items() if k != "TWILIO_AUTH_TOKEN"}
    env["TWILIO_AUTH_TOKEN_SECRET"] = "projects/p/secrets/twilio/versions/latest"
    assert load_ingest(env).auth_token == "from-secret-manager"
    assert seen == ["projects/p/secrets/twilio/versions/latest"]


@pytest.mark.parametrize("stored, expected", [
    ("token\n", "token"), ("token\r\n", "token"), ("token\n\n", "token\n"), ("token ", "token "),
])
def test_one_trailing_newline_is_stripped_from_secrets_from_env_and_secret_manager(monkeypatch, stored, expected):
    from common import secrets
    monkeypatch.setattr(secrets, "_access", lambda version: stored)
    from_env = load_ingest({**INGEST, "TWILIO_AUTH_TOKEN": stored})
    from_manager = load_ingest({**{k: v for k, v in INGEST.items() if k != "TWILIO_AUTH_TOKEN"},
                                "TWILIO_AUTH_TOKEN_SECRET": "projects/p/secrets/twilio/versions/2"})
    assert from_env.auth_token == expected
    assert from_manager.auth_token == expected


def test_opt_out_reply_is_off_by_default_and_read_when_set():
    from ingest.config import load_config as load_ingest
    base = {"TWILIO_AUTH_TOKEN": "t", "PUBSUB_TOPIC": "projects/p/topics/t"}
    assert load_ingest(base).opt_out_reply is None
    assert load_ingest({**base, "OPT_OUT_REPLY": "  "}).opt_out_reply is None
    assert load_ingest({**base, "OPT_OUT_REPLY": " Done, no more texts. "}).opt_out_reply == "Done, no more texts."


def test_an_opt_out_reply_longer_than_twilio_accepts_is_refused():
    from common.errors import ConfigError
    from ingest.config import load_config as load_ingest
    with pytest.raises(ConfigError):
        load_ingest({"TWILIO_AUTH_TOKEN": "t", "PUBSUB_TOPIC": "projects/p/topics/t", "OPT_OUT_REPLY": "x" * 1601})
