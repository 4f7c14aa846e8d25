"""Loopback fakes of the push providers, speaking their real protocols (see each module)."""
