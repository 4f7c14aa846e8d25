"""Guardrails for a reviewer's edit: the same rules the model's candidates faced."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from campaigns.marketing.models import Message
from campaigns.marketing.selectors import shopper_inputs


def guardrail_checker(message: Message, title: str, body: str) -> list[dict[str, Any]]:
    # inference.guardrails is pure Python: checking an edit never loads a model.
    from inference.pipeline import check_text

    shopper = shopper_inputs(campaign=message.campaign, messages=[message], now=timezone.now())[0]
    return check_text(shopper, title, body)
