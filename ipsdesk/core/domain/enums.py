"""Closed vocabularies of the IPS process, stored as short codes.

Each enum value is the code kept in the database; :data:`LABELS` gives the
translatable English label (Finnish term in the comment, as in the seeds).
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from ipsdesk.core.i18n import QT_TRANSLATE_NOOP


class Phase(IntEnum):
    """The five phases of the IPS client process (asiakasprosessin vaiheet)."""

    AGREEMENT = 1  # palveluun hakeutuminen; sopiminen työnhakija-asiakkaan kanssa
    PROFILE = 2  # osaamisen kartoittaminen; ammatillinen profilointi
    JOB_SEARCH = 3  # nopea työn etsintä
    EMPLOYER_WORK = 4  # työskentely työnantaja-asiakkaan kanssa; tuesta sopiminen
    IN_WORK = 5  # työsuhteen ylläpitämisen tuki


PHASE_LABELS = {
    Phase.AGREEMENT: QT_TRANSLATE_NOOP("Phase", "Agreement"),
    Phase.PROFILE: QT_TRANSLATE_NOOP("Phase", "Vocational profile"),
    Phase.JOB_SEARCH: QT_TRANSLATE_NOOP("Phase", "Job search"),
    Phase.EMPLOYER_WORK: QT_TRANSLATE_NOOP("Phase", "Employer work"),
    Phase.IN_WORK: QT_TRANSLATE_NOOP("Phase", "In-work support"),
}


class ClientStatus(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"


CLIENT_STATUS_LABELS = {
    ClientStatus.ACTIVE: QT_TRANSLATE_NOOP("ClientStatus", "Active"),
    ClientStatus.ENDED: QT_TRANSLATE_NOOP("ClientStatus", "Ended"),
}


class EndReason(StrEnum):
    """Why the service ended (asiakkuuden päättyminen)."""

    CLIENT_CHOICE = "client_choice"
    MOVED_AWAY = "moved_away"
    EDUCATION = "education"
    OTHER_SERVICE = "other_service"
    NO_LONGER_NEEDED = "no_longer_needed"
    OTHER = "other"


END_REASON_LABELS = {
    EndReason.CLIENT_CHOICE: QT_TRANSLATE_NOOP("EndReason", "Client's own choice"),
    EndReason.MOVED_AWAY: QT_TRANSLATE_NOOP("EndReason", "Moved away"),
    EndReason.EDUCATION: QT_TRANSLATE_NOOP("EndReason", "Moved on to education"),
    EndReason.OTHER_SERVICE: QT_TRANSLATE_NOOP("EndReason", "Moved to another service"),
    EndReason.NO_LONGER_NEEDED: QT_TRANSLATE_NOOP("EndReason", "Support no longer needed"),
    EndReason.OTHER: QT_TRANSLATE_NOOP("EndReason", "Other"),
}


class ConsentParty(StrEnum):
    """Parties in the consent to information exchange (suostumus tietojen vaihtoon)."""

    CARE_TEAM = "care_team"
    EMPLOYMENT_SERVICES = "employment_services"
    KELA = "kela"
    EMPLOYER = "employer"
    FAMILY = "family"
    OTHER = "other"


CONSENT_PARTY_LABELS = {
    ConsentParty.CARE_TEAM: QT_TRANSLATE_NOOP("ConsentParty", "Care team"),
    ConsentParty.EMPLOYMENT_SERVICES: QT_TRANSLATE_NOOP("ConsentParty", "Employment services"),
    ConsentParty.KELA: QT_TRANSLATE_NOOP("ConsentParty", "Kela"),
    ConsentParty.EMPLOYER: QT_TRANSLATE_NOOP("ConsentParty", "Employer"),
    ConsentParty.FAMILY: QT_TRANSLATE_NOOP("ConsentParty", "Family"),
    ConsentParty.OTHER: QT_TRANSLATE_NOOP("ConsentParty", "Other"),
}


class ContactWith(StrEnum):
    """With whom a client-log contact was made."""

    CLIENT = "client"
    CARE_TEAM = "care_team"
    FAMILY = "family"
    OTHER = "other"


CONTACT_WITH_LABELS = {
    ContactWith.CLIENT: QT_TRANSLATE_NOOP("ContactWith", "Client"),
    ContactWith.CARE_TEAM: QT_TRANSLATE_NOOP("ContactWith", "Care team"),
    ContactWith.FAMILY: QT_TRANSLATE_NOOP("ContactWith", "Family"),
    ContactWith.OTHER: QT_TRANSLATE_NOOP("ContactWith", "Other"),
}


class Place(StrEnum):
    """Where a contact took place (fidelity item 24: community-based services)."""

    CLINIC = "clinic"
    HOME = "home"
    WORKPLACE = "workplace"
    COMMUNITY = "community"
    REMOTE = "remote"


PLACE_LABELS = {
    Place.CLINIC: QT_TRANSLATE_NOOP("Place", "Clinic"),
    Place.HOME: QT_TRANSLATE_NOOP("Place", "Home"),
    Place.WORKPLACE: QT_TRANSLATE_NOOP("Place", "Workplace"),
    Place.COMMUNITY: QT_TRANSLATE_NOOP("Place", "Elsewhere in the community"),
    Place.REMOTE: QT_TRANSLATE_NOOP("Place", "Phone / remote"),
}


class ContactMode(StrEnum):
    """How an employer contact was made."""

    FACE_TO_FACE = "face_to_face"
    PHONE = "phone"
    EMAIL_OTHER = "email_other"


CONTACT_MODE_LABELS = {
    ContactMode.FACE_TO_FACE: QT_TRANSLATE_NOOP("ContactMode", "Face-to-face"),
    ContactMode.PHONE: QT_TRANSLATE_NOOP("ContactMode", "Phone"),
    ContactMode.EMAIL_OTHER: QT_TRANSLATE_NOOP("ContactMode", "E-mail / other"),
}


class ContactPurpose(StrEnum):
    """Purpose of an employer contact."""

    NEEDS = "needs"
    PRESENT_JOBSEEKER = "present_jobseeker"
    JOB_DEVELOPMENT = "job_development"
    FOLLOW_UP = "follow_up"


CONTACT_PURPOSE_LABELS = {
    ContactPurpose.NEEDS: QT_TRANSLATE_NOOP(
        "ContactPurpose", "Getting to know the employer's needs"
    ),
    ContactPurpose.PRESENT_JOBSEEKER: QT_TRANSLATE_NOOP(
        "ContactPurpose", "Presenting a job seeker"
    ),
    ContactPurpose.JOB_DEVELOPMENT: QT_TRANSLATE_NOOP(
        "ContactPurpose", "Job development / carving"
    ),
    ContactPurpose.FOLLOW_UP: QT_TRANSLATE_NOOP("ContactPurpose", "Follow-up"),
}


class StepOwner(StrEnum):
    """Who carries out an action-plan step."""

    CLIENT = "client"
    SPECIALIST = "specialist"
    TOGETHER = "together"  # the client and the specialist together
    CARE_TEAM = "care_team"
    EMPLOYER = "employer"
    OTHER = "other"


STEP_OWNER_LABELS = {
    StepOwner.CLIENT: QT_TRANSLATE_NOOP("StepOwner", "Client"),
    StepOwner.SPECIALIST: QT_TRANSLATE_NOOP("StepOwner", "Employment specialist"),
    StepOwner.TOGETHER: QT_TRANSLATE_NOOP("StepOwner", "Together (client and specialist)"),
    StepOwner.CARE_TEAM: QT_TRANSLATE_NOOP("StepOwner", "Care team"),
    StepOwner.EMPLOYER: QT_TRANSLATE_NOOP("StepOwner", "Employer"),
    StepOwner.OTHER: QT_TRANSLATE_NOOP("StepOwner", "Other"),
}


class StepStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


STEP_STATUS_LABELS = {
    StepStatus.PLANNED: QT_TRANSLATE_NOOP("StepStatus", "Planned"),
    StepStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("StepStatus", "In progress"),
    StepStatus.DONE: QT_TRANSLATE_NOOP("StepStatus", "Done"),
    StepStatus.DROPPED: QT_TRANSLATE_NOOP("StepStatus", "Dropped"),
}


class Role(StrEnum):
    SPECIALIST = "specialist"
    TEAM_LEADER = "team_leader"
