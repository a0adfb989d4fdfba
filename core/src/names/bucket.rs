//! Object-store bucket and container names (S3, Azure Blob, GCS).
