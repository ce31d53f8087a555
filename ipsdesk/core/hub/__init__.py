"""The team hub (issue 15): an optional PostgreSQL database run by the county's IT.

Specialists send their pseudonymous team data to it (what their team file carries);
team leaders and the county coordinator report from it. Who may see what is enforced
by PostgreSQL (row-level security, ``roles.sql``), not by the app.
"""
