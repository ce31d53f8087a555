"""The fidelity self-review page (Go → Fidelity) and its chart."""
