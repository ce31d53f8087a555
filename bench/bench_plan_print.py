"""Time to print an action plan through the GUI's print path (ipsdesk/ui/kit/printing.py):
rasterise each PDF page with pypdfium2 and paint it on a QPrinter. The printer here is
Qt's PDF-format printer (what "print to file" does), at 150 and 300 dpi; a real printer
at 600 dpi or more is rendered at printing.MAX_DPI (300).

The plan is the sample plan of the tests, made long enough for two pages. Several runs in
one process, median and spread printed as a table; not asserted anywhere.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_plan_print.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def sample_pdf() -> bytes:
    from ipsdesk.core.domain.plan_document import PlanDocument, PlanVersion
    from ipsdesk.core.export.plan_pdf import render_plan_pdf
    from tests.plan_helpers import sample_draft

    draft = sample_draft()
    steps = tuple(replace(s, what=f"{s.what} ({i})") for i in range(8) for s in draft.steps)
    plan = PlanVersion(
        client_id=1,
        version=2,
        made_on=date(2026, 11, 18),
        goal=draft.goal,
        strengths=draft.strengths,
        preferences=draft.preferences,
        support_agreed=draft.support_agreed,
        meeting_frequency=draft.meeting_frequency,
        sharing=draft.sharing,
        benefits=draft.benefits,
        next_review_on=draft.next_review_on,
        steps=steps,
    )
    doc = PlanDocument("Áilu Ŋuolja", "A-0001", "Testi Valmentaja", "Keksitty Oy", plan)
    return render_plan_pdf(doc, "fi")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from ipsdesk.ui.kit.printing import print_pdf

    app = QApplication([])  # noqa: F841 - QPrinter needs an application
    data = sample_pdf()
    print(f"{'dpi':>5} {'pages':>6} {'median ms':>10} {'min ms':>8} {'max ms':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for dpi in (150, 300):
            times, pages = [], 0
            for i in range(args.runs):
                printer = QPrinter(QPrinter.PrinterMode.HighResolution)
                printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                printer.setOutputFileName(str(Path(tmp) / f"p{dpi}_{i}.pdf"))
                printer.setResolution(dpi)
                t0 = time.perf_counter()
                pages = print_pdf(data, printer)
                times.append((time.perf_counter() - t0) * 1000)
            print(
                f"{dpi:>5} {pages:>6} {statistics.median(times):>10.0f} "
                f"{min(times):>8.0f} {max(times):>8.0f}"
            )


if __name__ == "__main__":
    main()
