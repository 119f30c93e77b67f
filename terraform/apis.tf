# Google APIs the deployment uses. Left enabled on destroy: other workloads in
# the project may rely on them, and disabling an API can take dependent
# resources down with it.
locals {
  services = [
    "artifactregistry.googleapis.com",     # function images
    "cloudbuild.googleapis.com",           # builds the functions from source
    "cloudfunctions.googleapis.com",       # the two 2nd-gen functions
    "cloudresourcemanager.googleapis.com", # data.google_project (project number)
    "iam.googleapis.com",                  # service accounts
    "logging.googleapis.com",              # build and function logs
    "monitoring.googleapis.com",           # alert policies
    "pubsub.googleapis.com",               # topics and subscriptions
    "run.googleapis.com",                  # 2nd-gen functions run on Cloud Run
    "secretmanager.googleapis.com",        # Twilio and Customer.io credentials
    "storage.googleapis.com",              # source archive bucket
  ]
}

resource "google_project_service" "enabled" {
  for_each = toset(local.services)

  project            = var.project_id
  service            = each.value
  disable_on_destroy = false
}

# Project number, for the Pub/Sub service agent's address.
data "google_project" "this" {
  project_id = var.project_id

  depends_on = [google_project_service.enabled]
}
