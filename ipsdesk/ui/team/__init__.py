"""The team in the app: Tools → Team…, File → Export team file… / Import team files…,
drag and drop of team files, and the team's history line of an employer."""
