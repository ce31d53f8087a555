"""The documented team-file format: the example reads back, the schema names every field."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from ipsdesk.core.team import dataset as ds
from ipsdesk.core.team import envelope

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_example_is_a_valid_body_with_its_checksum() -> None:
    inner = json.loads((DOCS / "team-file.example.json").read_text(encoding="utf-8"))
    body, checksum = envelope.open_body(envelope.canonical(inner))
    assert checksum == inner["checksum"]
    data = ds.from_body(body)
    assert data.specialist.caseload == 18
    assert [c.code for c in data.clients] == ["P-K7QM2XWD9R", "P-4HTN8ZC3VE"]
    assert ds.to_body(data) == body


def test_schema_lists_exactly_the_dataclass_fields() -> None:
    schema = json.loads((DOCS / "team-file.schema.json").read_text(encoding="utf-8"))
    props = schema["properties"]["body"]["properties"]
    classes = {
        "specialist": ds.Specialist,
        "clients": ds.Client,
        "events": ds.Event,
        "jobs": ds.Job,
        "steps": ds.Step,
        "employer_contacts": ds.EmployerContact,
        "employers": ds.Employer,
    }
    assert set(props) == {f.name for f in dataclasses.fields(ds.Dataset)}
    for key, cls in classes.items():
        node = props[key] if key == "specialist" else props[key]["items"]
        assert set(node["properties"]) == {f.name for f in dataclasses.fields(cls)}, key


def test_hours_bands() -> None:
    assert [ds.hours_band(h) for h in (None, 0, 9.5, 10, 19.9, 20, 29, 30, 80)] == [
        "", "lt10", "lt10", "10_19", "10_19", "20_29", "20_29", "30plus", "30plus",
    ]  # fmt: skip
