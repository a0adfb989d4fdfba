from __future__ import annotations

import json
from typing import Any, Dict

import pytest


@pytest.fixture
def missing_version() -> Dict[str, Any]:
    """A document with one structural error: `kubernetes.version` is required."""
    return {"provider": "aws", "kubernetes": {}}


@pytest.fixture
def typo() -> Dict[str, Any]:
    """A valid document with one unknown-field warning (`vpcCdir`)."""
    return {"provider": "aws", "kubernetes": {"version": "1.30"}, "network": {"vpcCdir": "x"}}


@pytest.fixture
def minimal() -> Dict[str, Any]:
    return {"provider": "aws", "kubernetes": {"version": "1.30"}}


def dumps(doc: Any) -> str:
    return json.dumps(doc)
