"""Why a team file, invitation or team action was refused: one message per problem.

Each refusal carries a translatable :class:`Msg` (shown with ``tr_msg`` in the UI and
``Catalog(lang).tr`` on the command line) and its arguments, never client data.
"""

from __future__ import annotations

from ipsdesk.core.errors import ExitCode, UserError
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg


class TeamError(UserError):
    """A refusal with a message for the user (``msg`` with ``%1``… filled from ``args``);
    one of the app's user-facing errors, so the GUI and the command line show it alike."""

    exit_code = ExitCode.REFUSED

    def __init__(self, msg: Msg, *args: object):
        super().__init__(msg.text, msg=msg, values=args)

    @property
    def msg(self) -> Msg:
        return self.message

    @property
    def args_(self) -> tuple[object, ...]:
        return self.values


# Reading the file
TOO_BIG = QT_TRANSLATE_NOOP(
    "TeamFile",
    "The file is too big to be a team file (%1 MB; at most %2 MB). Nothing was imported.",
)
UNREADABLE = QT_TRANSLATE_NOOP("TeamFile", "The file cannot be read: %1")
NUL_BYTES = QT_TRANSLATE_NOOP(
    "TeamFile", "The file contains binary junk (NUL bytes): it is not an ipsdesk team file."
)
NOT_TEAM_FILE = QT_TRANSLATE_NOOP("TeamFile", "This is not an ipsdesk team file.")
TRUNCATED = QT_TRANSLATE_NOOP(
    "TeamFile", "The team file is damaged or cut short (truncated). Ask for a new export."
)
WRONG_KIND = QT_TRANSLATE_NOOP(
    "TeamFile", "This is an ipsdesk file of another kind (%1), not what was expected here."
)
NEWER_VERSION = QT_TRANSLATE_NOOP(
    "TeamFile", "The file was made by a newer ipsdesk (format version %1). Update ipsdesk."
)
OLD_VERSION = QT_TRANSLATE_NOOP("TeamFile", "The file's format version %1 is not supported.")
OTHER_TEAM = QT_TRANSLATE_NOOP(
    "TeamFile", "The file belongs to another team (%1), not to this team."
)
NOT_IN_TEAM = QT_TRANSLATE_NOOP(
    "TeamFile", "This store is not in a team yet. Create a team or join one first."
)
NOT_LEADER = QT_TRANSLATE_NOOP("TeamFile", "Only the team leader's store can do this.")
NOT_MEMBER = QT_TRANSLATE_NOOP(
    "TeamFile", "The team leader's store does not export team files; it includes its own figures."
)
UNKNOWN_MEMBER = QT_TRANSLATE_NOOP(
    "TeamFile", "The file comes from someone who is not a member of this team."
)
REMOVED_MEMBER = QT_TRANSLATE_NOOP(
    "TeamFile", "The file comes from a member who has been removed from the team."
)
OLD_GENERATION = QT_TRANSLATE_NOOP(
    "TeamFile",
    "The file was made with the team's old keys (generation %1; now %2). The member must join again with a new invitation and export again.",
)
NEWER_GENERATION = QT_TRANSLATE_NOOP(
    "TeamFile",
    "The file was made with newer team keys (generation %1; this store has %2). Join again with the newest invitation.",
)
ALTERED = QT_TRANSLATE_NOOP(
    "TeamFile",
    "The team file has been altered or damaged after it was made (it fails the encryption check). Nothing was imported; ask for a new export.",
)
CHECKSUM = QT_TRANSLATE_NOOP(
    "TeamFile", "The team file's checksum does not match its contents. Nothing was imported."
)
HEADER_MISMATCH = QT_TRANSLATE_NOOP(
    "TeamFile", "The team file's cover does not match its contents. Nothing was imported."
)
OLDER_FILE = QT_TRANSLATE_NOOP(
    "TeamFile", "A newer team file of %1 (exported %2) is already imported; this older one was not."
)
# The contents
BAD_FIELD = QT_TRANSLATE_NOOP("TeamFile", "The team file has a wrong or missing value: %1.")
BAD_DATE = QT_TRANSLATE_NOOP("TeamFile", "The team file has an impossible date: %1 = %2.")
FUTURE_DATE = QT_TRANSLATE_NOOP("TeamFile", "The team file has a date in the future: %1 = %2.")
DUPLICATE_CODE = QT_TRANSLATE_NOOP("TeamFile", "The team file lists the client code %1 twice.")
UNKNOWN_CLIENT = QT_TRANSLATE_NOOP(
    "TeamFile", "The team file refers to a client code it does not list: %1."
)
JOB_ENDS_BEFORE_START = QT_TRANSLATE_NOOP(
    "TeamFile", "In the team file a job ends before it starts (%1)."
)
STEP_ENDS_BEFORE_START = QT_TRANSLATE_NOOP(
    "TeamFile", "In the team file a step toward work ends before it starts (%1)."
)
# Invitations and keys
WRONG_CODE = QT_TRANSLATE_NOOP(
    "TeamFile", "The invitation code is wrong, or the invitation file is damaged."
)
ALREADY_IN_TEAM = QT_TRANSLATE_NOOP(
    "TeamFile", "This store is already in the team %1. It cannot join another team."
)
LEADER_CANNOT_JOIN = QT_TRANSLATE_NOOP(
    "TeamFile", "This store leads the team %1; a team leader does not join with an invitation."
)
TEAM_EXISTS = QT_TRANSLATE_NOOP("TeamFile", "This store is already in the team %1.")
NO_SUCH_MEMBER = QT_TRANSLATE_NOOP("TeamFile", "There is no member %1 in this team.")
EMPTY_NAME = QT_TRANSLATE_NOOP("TeamFile", "Give a name.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("TeamFile", "The name is too long: at most %1 characters.")
