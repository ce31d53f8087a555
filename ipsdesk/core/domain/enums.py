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


class StepKind(StrEnum):
    """A step toward work other than a job (askel kohti työtä)."""

    EDUCATION = "education"  # koulutuksen aloitus
    WORK_TRIAL = "work_trial"  # työkokeilu
    VOLUNTEERING = "volunteering"  # vapaaehtoistyö
    APPRENTICESHIP = "apprenticeship"  # oppisopimus
    OTHER = "other"


STEP_KIND_LABELS = {
    StepKind.EDUCATION: QT_TRANSLATE_NOOP("StepKind", "Education started"),
    StepKind.WORK_TRIAL: QT_TRANSLATE_NOOP("StepKind", "Work trial"),
    StepKind.VOLUNTEERING: QT_TRANSLATE_NOOP("StepKind", "Volunteering"),
    StepKind.APPRENTICESHIP: QT_TRANSLATE_NOOP("StepKind", "Apprenticeship"),
    StepKind.OTHER: QT_TRANSLATE_NOOP("StepKind", "Other"),
}


class JobType(StrEnum):
    """Occupation group of a job: the major groups (1-digit) of ISCO-08, which are those
    of Statistics Finland's Ammattiluokitus 2010 (fidelity item 19, diversity of jobs)."""

    ARMED_FORCES = "0"  # sotilaat
    MANAGERS = "1"  # johtajat
    PROFESSIONALS = "2"  # erityisasiantuntijat
    TECHNICIANS = "3"  # asiantuntijat
    CLERICAL = "4"  # toimisto- ja asiakaspalvelutyöntekijät
    SERVICE_SALES = "5"  # palvelu- ja myyntityöntekijät
    AGRICULTURE = "6"  # maanviljelijät, metsätyöntekijät ym.
    CRAFT = "7"  # rakennus-, korjaus- ja valmistustyöntekijät
    OPERATORS = "8"  # prosessi- ja kuljetustyöntekijät
    ELEMENTARY = "9"  # muut työntekijät


JOB_TYPE_LABELS = {
    JobType.ARMED_FORCES: QT_TRANSLATE_NOOP("JobType", "0 Armed forces occupations"),
    JobType.MANAGERS: QT_TRANSLATE_NOOP("JobType", "1 Managers"),
    JobType.PROFESSIONALS: QT_TRANSLATE_NOOP("JobType", "2 Professionals"),
    JobType.TECHNICIANS: QT_TRANSLATE_NOOP("JobType", "3 Technicians and associate professionals"),
    JobType.CLERICAL: QT_TRANSLATE_NOOP("JobType", "4 Clerical support workers"),
    JobType.SERVICE_SALES: QT_TRANSLATE_NOOP("JobType", "5 Service and sales workers"),
    JobType.AGRICULTURE: QT_TRANSLATE_NOOP(
        "JobType", "6 Skilled agricultural, forestry and fishery workers"
    ),
    JobType.CRAFT: QT_TRANSLATE_NOOP("JobType", "7 Craft and related trades workers"),
    JobType.OPERATORS: QT_TRANSLATE_NOOP("JobType", "8 Plant and machine operators and assemblers"),
    JobType.ELEMENTARY: QT_TRANSLATE_NOOP("JobType", "9 Elementary occupations"),
}
