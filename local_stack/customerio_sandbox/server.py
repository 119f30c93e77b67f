"""Serve a sandbox on a real port from a background thread."""

from __future__ import annotations

import threading
from types import TracebackType

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from .http_app import create_app
from .state import Limits, SandboxConfig, SandboxState


class _RequestHandler(WSGIRequestHandler):
    # Keep-alive, so a client with a session does not reconnect for every call.
    protocol_version = "HTTP/1.1"
    access_log = False

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        if self.access_log:
            super().log_request(code, size)


class CustomerIOSandbox:
    """A local Customer.io (Track and App API on one port). Port 0 picks a free port.

    ``with CustomerIOSandbox(app_rps=0, track_rps=0) as sandbox: ... sandbox.url ...``
    """

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0,
                 site_id: str = "sandbox-site", track_api_key: str = "sandbox-track-key",
                 app_api_key: str = "sandbox-app-key", region: str = "us", environment_id: int = 1,
                 app_rps: float = 10, track_rps: float = 100, seed: str = "none",
                 phone_attribute: str = "phone", access_log: bool = False,
                 attributes_shape: str = "wrapped") -> None:
        self.config = SandboxConfig(site_id=site_id, track_api_key=track_api_key,
                                    app_api_key=app_api_key, region=region,
                                    environment_id=environment_id, phone_attribute=phone_attribute,
                                    attributes_shape=attributes_shape)
        self.state = SandboxState(self.config, Limits(app_rps=app_rps, track_rps=track_rps), seed)
        self._host, self._port, self._access_log = host, port, access_log
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the sandbox is not running; call start() first")
        host = "127.0.0.1" if self._host in ("0.0.0.0", "") else self._host
        return f"http://{host}:{self._server.server_port}"

    def start(self) -> CustomerIOSandbox:
        if self._server is not None:
            return self
        handler = type("RequestHandler", (_RequestHandler,), {"access_log": self._access_log})
        self._server = make_server(self._host, self._port, create_app(self.state),
                                   threaded=True, request_handler=handler)
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        name="customerio-sandbox", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server, self._thread = None, None

    def __enter__(self) -> CustomerIOSandbox:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.stop()
