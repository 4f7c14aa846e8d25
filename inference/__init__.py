"""PromoWeb copy pipeline: profile -> anonymise -> prompt -> engine -> guardrails -> score.

Importing this package must stay cheap: the web process imports the app registry and must never
pull in torch. Only ``inference.engine`` touches torch/transformers, and only inside functions.
"""
