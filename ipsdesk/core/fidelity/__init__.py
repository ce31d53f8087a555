"""The fidelity self-review (IPS-laatukriteeristö): the 25 items of the IPS fidelity
scale, the items the records can answer computed with their evidence, and saved reviews.

``items`` names the scale, ``thresholds`` holds the score bands of the computed items
(one data table), ``inputs`` is the plain-data input with its adapter from a store,
``compute`` the pure computations, ``reviews`` the services and ``export`` the PDF/CSV.
"""
