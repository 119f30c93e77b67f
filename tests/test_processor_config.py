"""processor.config: the batching, rate and stale-check settings."""

from __future__ import annotations

import pytest

from common.errors import ConfigError
from processor.config import OPTIONAL_ENV, load_config

BASE = {"CUSTOMERIO_SITE_ID": "s", "CUSTOMERIO_TRACK_API_KEY": "t", "CUSTOMERIO_APP_API_KEY": "a",
        "DEAD_LETTER_TOPIC": "projects/p/topics/dead"}


def test_batching_rate_and_stamp_defaults():
    config = load_config(BASE)
    assert (config.batch_size, config.batch_window_s, config.app_rps, config.track_rps) == (50, 0.05, 10, 100)
    assert config.stamp_attribute == "twilio_optout_at"


def test_settings_are_read_from_the_environment():
    config = load_config({**BASE, "CUSTOMERIO_BATCH_SIZE": "20", "CUSTOMERIO_BATCH_WINDOW_MS": "0",
                          "CUSTOMERIO_APP_RPS": "2.5", "CUSTOMERIO_TRACK_RPS": "0",
                          "UNSUBSCRIBE_STAMP_ATTRIBUTE": " sms_changed_at "})
    assert (config.batch_size, config.batch_window_s, config.app_rps, config.track_rps) == (20, 0.0, 2.5, 0.0)
    assert config.stamp_attribute == "sms_changed_at"


def test_an_empty_stamp_attribute_turns_the_stale_check_off():
    assert load_config({**BASE, "UNSUBSCRIBE_STAMP_ATTRIBUTE": ""}).stamp_attribute == ""


def test_every_new_setting_is_listed_for_the_deployment_check():
    assert {"CUSTOMERIO_BATCH_SIZE", "CUSTOMERIO_BATCH_WINDOW_MS", "CUSTOMERIO_APP_RPS", "CUSTOMERIO_TRACK_RPS",
            "UNSUBSCRIBE_STAMP_ATTRIBUTE"} <= set(OPTIONAL_ENV)


@pytest.mark.parametrize("env", [
    {"CUSTOMERIO_BATCH_SIZE": "0"}, {"CUSTOMERIO_BATCH_SIZE": "2.5"}, {"CUSTOMERIO_BATCH_SIZE": "501"},
    {"CUSTOMERIO_BATCH_WINDOW_MS": "-1"}, {"CUSTOMERIO_BATCH_WINDOW_MS": "5000"},
    {"CUSTOMERIO_APP_RPS": "fast"}, {"CUSTOMERIO_APP_RPS": "nan"}, {"CUSTOMERIO_TRACK_RPS": "-3"},
    {"CUSTOMERIO_RETRY_BUDGET_S": "inf"},
])
def test_unusable_values_are_refused_with_the_variable_named(env):
    with pytest.raises(ConfigError, match=next(iter(env))):
        load_config({**BASE, **env})
