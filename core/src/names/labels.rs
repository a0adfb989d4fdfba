//! Kubernetes label keys and values, validated exactly as Kubernetes validates them.
