"""The fixed vocabularies of CoachDesk, with their Dutch and English labels.

Codes are stored in the database and never change; labels are what people read. The Dutch
labels are also the workbook's labels (CONTRACTS.md), so they live here, not in the UI.
"""

from __future__ import annotations

from enum import StrEnum

# What an erased person's name becomes in the stored records (free text, participants): data
# in the coach's records and the Dutch workbook, not a sentence of the interface.
ANONYMISED = "geanonimiseerd"


class Labelled(StrEnum):
    """A StrEnum whose members carry (Dutch, English) labels in `_labels`."""

    @classmethod
    def _label_table(cls) -> dict[str, tuple[str, str]]:
        return getattr(cls, "_LABELS", {})

    def label(self, lang: str = "nl") -> str:
        nl, en = type(self)._label_table()[self.value]
        return nl if lang == "nl" else en

    @classmethod
    def from_label(cls, text: str) -> "Labelled":
        """Find a member by code or by either label, ignoring case and spaces."""
        wanted = " ".join(str(text).split()).casefold()
        for member in cls:
            nl, en = cls._label_table()[member.value]
            if wanted in (member.value.casefold(), nl.casefold(), en.casefold()):
                return member
        raise ValueError(text)


class MembershipStatus(Labelled):
    UNKNOWN = "unknown"
    INFORMED = "informed"
    INTERESTED = "interested"
    JOINED = "joined"
    DECLINED = "declined"


MembershipStatus._LABELS = {  # type: ignore[attr-defined]
    "unknown": ("onbekend", "unknown"),
    "informed": ("geïnformeerd", "informed"),
    "interested": ("geïnteresseerd", "interested"),
    "joined": ("aangesloten", "joined"),
    "declined": ("afgehaakt", "declined"),
}


class OrganisationKind(Labelled):
    LOCAL_GOVERNMENT = "local_government"
    INTERMUNICIPAL = "intermunicipal"
    AGII = "agii"
    VVSG = "vvsg"
    CIVIL_SOCIETY = "civil_society"
    COMPANY = "company"
    OTHER = "other"


OrganisationKind._LABELS = {  # type: ignore[attr-defined]
    "local_government": ("lokaal bestuur", "local government"),
    "intermunicipal": ("intergemeentelijk samenwerkingsverband", "intermunicipal body"),
    "agii": ("AgII", "AgII"),
    "vvsg": ("VVSG", "VVSG"),
    "civil_society": ("middenveldorganisatie", "civil-society organisation"),
    "company": ("bedrijf", "company"),
    "other": ("andere", "other"),
}


class ContactKind(Labelled):
    INFO_SESSION = "info_session"
    CONNECT_SESSION = "connect_session"
    PHONE = "phone"
    EMAIL = "email"
    BILATERAL = "bilateral"
    REGIONAL_MEETING = "regional_meeting"
    WRITING_SESSION = "writing_session"
    DRAFT_FEEDBACK = "draft_feedback"
    KICK_OFF = "kick_off"
    OTHER = "other"


ContactKind._LABELS = {  # type: ignore[attr-defined]
    "info_session": ("infosessie", "info session"),
    "connect_session": ("connecteersessie", "connect session"),
    "phone": ("telefoon", "phone call"),
    "email": ("e-mail", "e-mail"),
    "bilateral": ("bilateraal overleg", "bilateral meeting"),
    "regional_meeting": ("regio-overleg", "regional meeting"),
    "writing_session": ("schrijfsessie", "writing session"),
    "draft_feedback": ("feedback op ontwerp", "feedback on a draft"),
    "kick_off": ("kick-off", "kick-off"),
    "other": ("andere", "other"),
}


class ActionStatus(Labelled):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


ActionStatus._LABELS = {  # type: ignore[attr-defined]
    "open": ("open", "open"),
    "done": ("afgerond", "done"),
    "cancelled": ("geannuleerd", "cancelled"),
}


class CandidacyStatus(Labelled):
    PROPOSED = "proposed"
    APPROACHED = "approached"
    CONSIDERING = "considering"
    ACCEPTED = "accepted"
    DECLINED = "declined"


CandidacyStatus._LABELS = {  # type: ignore[attr-defined]
    "proposed": ("voorgesteld", "proposed"),
    "approached": ("benaderd", "approached"),
    "considering": ("in beraad", "considering"),
    "accepted": ("aanvaard", "accepted"),
    "declined": ("afgewezen", "declined"),
}


class ProposalStatus(Labelled):
    DRAFTING = "drafting"
    IN_REVIEW = "in_review"
    FEEDBACK_SENT = "feedback_sent"
    READY = "ready"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"


ProposalStatus._LABELS = {  # type: ignore[attr-defined]
    "drafting": ("in opmaak", "being drafted"),
    "in_review": ("in review", "in review"),
    "feedback_sent": ("feedback verstuurd", "feedback sent"),
    "ready": ("klaar voor indiening", "ready to submit"),
    "submitted": ("ingediend", "submitted"),
    "approved": ("goedgekeurd", "approved"),
    "changes_requested": ("bijsturing gevraagd", "changes requested"),
}


class VersionStatus(Labelled):
    RECEIVED = "received"
    REVIEWED = "reviewed"
    FEEDBACK_SENT = "feedback_sent"


VersionStatus._LABELS = {  # type: ignore[attr-defined]
    "received": ("te beoordelen", "to review"),
    "reviewed": ("beoordeeld", "reviewed"),
    "feedback_sent": ("feedback verstuurd", "feedback sent"),
}


class Rating(Labelled):
    MISSING = "missing"
    WEAK = "weak"
    SUFFICIENT = "sufficient"
    STRONG = "strong"

    @property
    def score(self) -> int:
        """1 (ontbreekt) to 4 (sterk), for averages."""
        return list(Rating).index(self) + 1


Rating._LABELS = {  # type: ignore[attr-defined]
    "missing": ("ontbreekt", "missing"),
    "weak": ("zwak", "weak"),
    "sufficient": ("voldoende", "sufficient"),
    "strong": ("sterk", "strong"),
}


class CommentStatus(Labelled):
    OPEN = "open"
    ADDRESSED = "addressed"
    DROPPED = "dropped"


CommentStatus._LABELS = {  # type: ignore[attr-defined]
    "open": ("open", "open"),
    "addressed": ("verwerkt", "addressed"),
    "dropped": ("vervallen", "dropped"),
}


class LegalBasis(Labelled):
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTEREST = "legitimate_interest"
    CONSENT = "consent"
    CONTRACT = "contract"


LegalBasis._LABELS = {  # type: ignore[attr-defined]
    "public_task": ("taak van algemeen belang", "public task"),
    "legitimate_interest": ("gerechtvaardigd belang", "legitimate interest"),
    "consent": ("toestemming", "consent"),
    "contract": ("overeenkomst", "contract"),
}


class TextStatus(Labelled):
    OK = "ok"
    UNAVAILABLE = "unavailable"


TextStatus._LABELS = {  # type: ignore[attr-defined]
    "ok": ("beschikbaar", "available"),
    "unavailable": ("tekst niet beschikbaar", "text not available"),
}


class RegionKind(Labelled):
    CITY = "city"
    REFERENCE_REGION = "reference_region"
    BRUSSELS = "brussels"


RegionKind._LABELS = {  # type: ignore[attr-defined]
    "city": ("stad", "city"),
    "reference_region": ("referentieregio", "reference region"),
    "brussels": ("Brussel", "Brussels"),
}
