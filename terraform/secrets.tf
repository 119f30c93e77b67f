# Secret Manager secrets for the three credentials. Terraform creates the
# secrets only: their values are added with `gcloud secrets versions add` (see
# README.md) so that no credential is ever written into the Terraform state.
locals {
  # Keyed by the environment variable the code reads the secret from; `function`
  # is the only function that may read it.
  secrets = {
    TWILIO_AUTH_TOKEN = {
      secret_id = "${var.name_prefix}-twilio-auth-token"
      function  = "ingest"
    }
    CUSTOMERIO_TRACK_API_KEY = {
      secret_id = "${var.name_prefix}-customerio-track-api-key"
      function  = "process"
    }
    CUSTOMERIO_APP_API_KEY = {
      secret_id = "${var.name_prefix}-customerio-app-api-key"
      function  = "process"
    }
  }
}

resource "google_secret_manager_secret" "credentials" {
  for_each = local.secrets

  project   = var.project_id
  secret_id = each.value.secret_id

  replication {
    auto {}
  }

  # Depending on every API (not only Secret Manager) means the first, targeted
  # apply of these secrets also enables all the APIs, which gives the Google
  # service agents time to appear before the rest is deployed.
  depends_on = [google_project_service.enabled]
}

resource "google_secret_manager_secret_iam_member" "accessor" {
  for_each = local.secrets

  project   = var.project_id
  secret_id = google_secret_manager_secret.credentials[each.key].secret_id
  role      = "roles/secretmanager.secretAccessor"
  member    = local.function_service_accounts[each.value.function]
}

# Only when a Twilio Webhooks Rule signs ingest's URL with a SharedKey: ingest
# reads that key's secret from the version named by the variable (created and
# filled outside Terraform, like the three above).
resource "google_secret_manager_secret_iam_member" "shared_key_accessor" {
  count = var.twilio_webhook_shared_key_secret == null ? 0 : 1

  project   = split("/", var.twilio_webhook_shared_key_secret)[1]
  secret_id = split("/", var.twilio_webhook_shared_key_secret)[3]
  role      = "roles/secretmanager.secretAccessor"
  member    = local.function_service_accounts["ingest"]
}
