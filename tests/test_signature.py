from ingest.signature import SignatureChecker, signed_urls
from tests.signed_requests import PUBLIC_URL, TOKEN, webhook_request

checker = SignatureChecker(TOKEN, webhook_url=None)


def test_correctly_signed_request_is_valid():
    assert checker.is_valid(webhook_request())


def test_signature_made_with_another_token_is_rejected():
    assert not checker.is_valid(webhook_request(token="someone-elses-token"))


def test_forged_signature_is_rejected():
    assert not checker.is_valid(webhook_request(signature="bm90IGEgc2lnbmF0dXJl"))


def test_missing_signature_is_rejected():
    assert not checker.is_valid(webhook_request(signature=""))


def test_changed_parameter_breaks_the_signature():
    request = webhook_request()
    forged = webhook_request(body="START", signature=request.headers["X-Twilio-Signature"])
    assert not checker.is_valid(forged)


def test_https_url_behind_a_tls_terminating_proxy_is_rebuilt_from_forwarded_proto():
    # Twilio signed https://...; the function sees http:// plus X-Forwarded-Proto.
    request = webhook_request(url="http://optout.example.test/ingest", signed_url=PUBLIC_URL,
                              headers={"X-Forwarded-Proto": "https"})
    assert signed_urls(request, None) == (PUBLIC_URL,)
    assert checker.is_valid(request)


def test_without_forwarded_proto_the_proxied_request_does_not_verify():
    request = webhook_request(url="http://optout.example.test/ingest", signed_url=PUBLIC_URL)
    assert not checker.is_valid(request)


def test_configured_webhook_url_wins_over_the_request_url():
    request = webhook_request(url="http://10.0.0.7:8080/", signed_url=PUBLIC_URL)
    assert SignatureChecker(TOKEN, webhook_url=PUBLIC_URL).is_valid(request)


def test_query_string_is_part_of_the_signed_url():
    url = PUBLIC_URL + "?tenant=a"
    assert checker.is_valid(webhook_request(url=url))
    assert not checker.is_valid(webhook_request(url=url, signed_url=PUBLIC_URL))


def test_root_url_configured_without_trailing_slash_verifies():
    # Terraform prints the function URL as https://host; the request path is "/".
    request = webhook_request(url="https://ingest-abc.a.run.app/", signed_url="https://ingest-abc.a.run.app")
    assert checker.is_valid(request)
    assert checker.is_valid(webhook_request(url="https://ingest-abc.a.run.app/"))


def test_slash_variant_is_only_tried_at_the_root():
    request = webhook_request(url="https://optout.example.test/ingest/", signed_url=PUBLIC_URL)
    assert not checker.is_valid(request)
