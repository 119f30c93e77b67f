# One archive of the repository root, built into terraform/build/ (gitignored)
# and shared by both functions. The object is named by the archive's hash, so
# any code change gives a new object and `terraform apply` redeploys both.
locals {
  # Paths relative to the repository root (doublestar globs). Everything else
  # in the root - main.py, requirements.txt and the Python packages - ships.
  source_excludes = [
    ".*",    # .git, .venv*, .ci, .github, .gitignore, other dotfiles
    "**/.*", # nested dotfiles
    "**/__pycache__",
    "**/*.pyc",
    "benchmarks",
    "local_stack",
    "optout", # operator CLI
    "terraform",
    "tests",
    "*.md",
    "Makefile",
    "pytest.ini",
    "requirements-*.txt", # dev, CLI and checkov requirements; requirements.txt ships
  ]
}

data "archive_file" "source" {
  type        = "zip"
  source_dir  = "${path.module}/.."
  excludes    = local.source_excludes
  output_path = "${path.module}/build/source.zip"
}

resource "google_storage_bucket" "source" {
  # checkov:skip=CKV_GCP_62: the bucket holds only build input written by Terraform; its audit trail is Terraform's own plan/apply and the Cloud Audit Logs admin activity log, so a separate access-log bucket is not kept
  project  = var.project_id
  name     = "${var.project_id}-${var.name_prefix}-source"
  location = var.region

  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  # Only build input lives here; let `terraform destroy` remove old versions too.
  force_destroy = true

  versioning {
    enabled = true
  }

  lifecycle_rule {
    condition {
      with_state                 = "ARCHIVED"
      days_since_noncurrent_time = 30
    }
    action {
      type = "Delete"
    }
  }

  depends_on = [google_project_service.enabled]
}

resource "google_storage_bucket_object" "source" {
  bucket = google_storage_bucket.source.name
  name   = "source/${data.archive_file.source.output_sha256}.zip"
  source = data.archive_file.source.output_path
}

# Images built from the archive. Kept in a repository this module owns, so the
# build service account can be given write access to it alone, and old images
# are cleaned up.
resource "google_artifact_registry_repository" "functions" {
  # checkov:skip=CKV_GCP_84: the repository holds only images built from this project's own source, no customer data; Google-managed encryption at rest is used
  project       = var.project_id
  location      = var.region
  repository_id = "${var.name_prefix}-functions"
  description   = "Images of the ${var.name_prefix} Cloud Functions."
  format        = "DOCKER"

  cleanup_policies {
    id     = "keep-recent"
    action = "KEEP"
    most_recent_versions {
      keep_count = 5
    }
  }

  cleanup_policies {
    id     = "delete-old"
    action = "DELETE"
    condition {
      older_than = "2592000s" # 30 days
    }
  }

  depends_on = [google_project_service.enabled]
}
