"""Read a secret from the environment, or from Secret Manager via ``<NAME>_SECRET``."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from common.errors import ConfigError


def read_secret(env: Mapping[str, str], name: str) -> str:
    """``env[name]`` if set, else the Secret Manager version named by ``env[name + '_SECRET']``."""
    value = env.get(name, "")
    if value:
        return value
    version = env.get(f"{name}_SECRET", "")
    if version:
        return _access(version)
    raise ConfigError(f"{name} (or {name}_SECRET) is required")


@functools.lru_cache(maxsize=None)
def _access(version: str) -> str:
    # Imported here: only deployments that use *_SECRET pay for the client.
    from google.api_core import exceptions
    from google.cloud import secretmanager

    try:
        response = secretmanager.SecretManagerServiceClient().access_secret_version(name=version)
    except exceptions.GoogleAPICallError as exc:
        raise ConfigError(f"cannot read secret version {version}: {exc.message}") from exc
    return response.payload.data.decode()
