"""The team (tiimi): team keys and membership, team files from each specialist to the
team leader, their import into the team tables, and the team's shared employer register.

No Qt here. The file format is documented in ``docs/team-file.md``.
"""
