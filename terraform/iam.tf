# One service account per job, each granted only what that job needs, on the
# resource it needs it for.

resource "google_service_account" "ingest" {
  project      = var.project_id
  account_id   = "${var.name_prefix}-ingest"
  display_name = "${var.name_prefix} ingest function"
  description  = "Runs ingest: publishes to the events topic, reads the Twilio auth token."

  depends_on = [google_project_service.enabled]
}

resource "google_service_account" "process" {
  project      = var.project_id
  account_id   = "${var.name_prefix}-process"
  display_name = "${var.name_prefix} process function"
  description  = "Runs process: reads the Customer.io keys, publishes to the dead-letter topic."

  depends_on = [google_project_service.enabled]
}

resource "google_service_account" "invoker" {
  project      = var.project_id
  account_id   = "${var.name_prefix}-invoker"
  display_name = "${var.name_prefix} push invoker"
  description  = "Identity of the push subscription's OIDC token; the only caller allowed to invoke process."

  depends_on = [google_project_service.enabled]
}

resource "google_service_account" "build" {
  project      = var.project_id
  account_id   = "${var.name_prefix}-build"
  display_name = "${var.name_prefix} function builds"
  description  = "Cloud Build identity that turns the source archive into the functions' images."

  depends_on = [google_project_service.enabled]
}

locals {
  # IAM member of each function's runtime service account, by function name.
  function_service_accounts = {
    ingest  = google_service_account.ingest.member
    process = google_service_account.process.member
  }

  pubsub_service_agent = "serviceAccount:service-${data.google_project.this.number}@gcp-sa-pubsub.iam.gserviceaccount.com"
}

# --- ingest ----------------------------------------------------------------

resource "google_pubsub_topic_iam_member" "ingest_publisher" {
  project = var.project_id
  topic   = google_pubsub_topic.events.name
  role    = "roles/pubsub.publisher"
  member  = google_service_account.ingest.member
}

# Twilio cannot authenticate with Google IAM: anyone may call ingest, and the
# X-Twilio-Signature check in the code is the guard.
resource "google_cloud_run_v2_service_iam_member" "ingest_public" {
  project  = var.project_id
  location = var.region
  name     = google_cloudfunctions2_function.ingest.service_config[0].service
  role     = "roles/run.invoker"
  member   = "allUsers"
}

# --- process ---------------------------------------------------------------

resource "google_pubsub_topic_iam_member" "process_dead_letter_publisher" {
  project = var.project_id
  topic   = google_pubsub_topic.dead_letter.name
  role    = "roles/pubsub.publisher"
  member  = google_service_account.process.member
}

resource "google_cloud_run_v2_service_iam_member" "process_invoker" {
  project  = var.project_id
  location = var.region
  name     = google_cloudfunctions2_function.process.service_config[0].service
  role     = "roles/run.invoker"
  member   = google_service_account.invoker.member
}

# --- Pub/Sub service agent: dead-lettering and OIDC push -------------------

resource "google_pubsub_topic_iam_member" "pubsub_agent_dead_letter_publisher" {
  project = var.project_id
  topic   = google_pubsub_topic.dead_letter.name
  role    = "roles/pubsub.publisher"
  member  = local.pubsub_service_agent
}

resource "google_pubsub_subscription_iam_member" "pubsub_agent_subscriber" {
  project      = var.project_id
  subscription = google_pubsub_subscription.process_push.name
  role         = "roles/pubsub.subscriber"
  member       = local.pubsub_service_agent
}

resource "google_service_account_iam_member" "pubsub_agent_token_creator" {
  service_account_id = google_service_account.invoker.name
  role               = "roles/iam.serviceAccountTokenCreator"
  member             = local.pubsub_service_agent
}

# --- builds ----------------------------------------------------------------

# Build logs are written project-wide; there is no narrower resource for them.
resource "google_project_iam_member" "build_log_writer" {
  project = var.project_id
  role    = "roles/logging.logWriter"
  member  = google_service_account.build.member
}

resource "google_artifact_registry_repository_iam_member" "build_writer" {
  project    = var.project_id
  location   = var.region
  repository = google_artifact_registry_repository.functions.name
  role       = "roles/artifactregistry.writer"
  member     = google_service_account.build.member
}

resource "google_storage_bucket_iam_member" "build_source_reader" {
  bucket = google_storage_bucket.source.name
  role   = "roles/storage.objectViewer"
  member = google_service_account.build.member
}
