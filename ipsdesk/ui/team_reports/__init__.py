"""The team leader's Team page: the weekly meeting figures and the period outcome report."""
