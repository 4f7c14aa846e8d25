"""Delivery: the outbox between an approved campaign and the shoppers' devices.

Approval writes outbox rows; a beat-driven dispatcher claims due rows and hands them to
provider-specific batch tasks. Every decision that can change after approval (consent, caps,
quiet hours, offer expiry, subscription state) is taken again at send time.
"""
