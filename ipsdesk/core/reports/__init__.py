"""Team-level reports over the team tables (issue 13): the weekly team summary and the
period outcome report, their figure definitions, and the PDF and CSV exports.

SQLAlchemy Core only, over the team tables of :mod:`ipsdesk.core.team.tables`, so the
same code runs on the team leader's SQLite store and on the PostgreSQL hub (issue 15).
"""
