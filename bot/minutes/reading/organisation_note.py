"""What is left after a person's name, made into an organisation a secretary can keep.

The reader keeps what followed a name as the person's organisation. In a nämnd's or a
kommunstyrelse's list that is often not an organisation at all but the party in lower case, a post
and the §§ the person attended ("(s) Ordförande", "(fp) Kl", "IT-strateg 287, 288"). Those would
be shown on the review page as the organisation, and after publishing group the Närvaro page under
"(s) Ordförande". Here the party letters become the party's upper-case letters, a post the person's
role, and § numbers and a time column's left-over "Kl" are dropped.
"""

from __future__ import annotations

import re

# Parties as secretaries write them after a name, in either case: (S), (m), (fp), (Kd), (MP).
_PARTY = re.compile(r"\(\s*(s|m|c|v|l|fp|kd|mp|sd|pp|fi|spi)\s*\)", re.I)
# Posts said after a name; a post is a role, never an organisation.
_POSTS = {
    "ordförande": "chair",
    "ordf": "chair",
    "sekreterare": "secretary",
    "sekr": "secretary",
    "justerare": "adjuster",
    "ledamot": "member",
}
_VICE = re.compile(r"\b(?:1:e|2:e|förste|andre)?\s*vice\s+ordf(?:örande|\.)?(?!\w)", re.I)
_POST = re.compile(r"(?<![\w-])(ordförande|ordf\.?|sekreterare|sekr\.?|justerare|ledamot)(?!\w)",
                   re.I)
# "287, 288", "§ 289, 290", "§§ 12-14" at the end: the §§ she took part in ("Område 3", one
# digit without a §, may be the organisation's own name and stays)
_PARAGRAPHS = re.compile(
    r"(?:\s*§§?\s*\d{1,4}|\s+\d{2,4}|\s+\d{1,4}(?=\s*[-–,]))(?:\s*[-–,]\s*\d{1,4})*\s*$")
# "fastighetschef 59 (Projektuppföljning …": the § she attended with its item's title in
# brackets after it, the brackets maybe cut off with the page: both go with the §
_PARAGRAPH_AND_ITEM = re.compile(
    r"(?:\s*§§?\s*\d{1,4}|\s+\d{2,4})(?:\s*[-–,]\s*\d{1,4})*\s*\([^()]*\)?\s*$")
_CLOCK_LEFTOVER = re.compile(r"(?:^|\s)kl\.?\s*[\d.:,\s–-]*$", re.I)
# What is left of a stand-in's note once the reader took whom she stood in for out of it:
# "ersättare för", "tjg för", "ersätter", "Ersättare för fr.o.m.", "i stället för"
_STAND_IN = re.compile(
    r"(?:^|[\s,])(?:ej\s+)?(?:(?:tjg\.?|tjänstgörande|tjänstgör)\s+)?"
    r"(?:ersättare|ers\.?|tjg\.?|tjänstgörande|tjänstgör|ersätter|i\s+stället|istf\.?)"
    r"(?:\s+(?P<org>(?-i:[A-ZÅÄÖ]{2,6})))?(?:\s+för)?(?:\s+fr\.?\s*o\.?\s*m\.?)?\s*$"
    r"|^(?:för|fr\.?\s*o\.?\s*m\.?)$", re.I)
# A flattened page runs the next part of the document into the last organisation of a list
# ("Sydnärkes utbildningsförbund Minnesanteckningar regionalt kompetenskansli 27 maj 2015 …",
# "Region Skåne Besöksadress: …"): the organisation ends where the document's own words begin.
_DOCUMENT_WORDS = re.compile(
    r"\s(?:Minnesanteckningar|Protokoll|PROTOKOLL|Anteckningar|ANSLAG|Anslag\b|Justering"
    r"|Justeringens|Justerat|Mötets\s+öppnande|Val\s+av|Besöksadress|Postadress|Dagordning"
    r"|TEMA:|Tid\s+för|Organisationsnummer|Telefon|E-post)"
    r"|\s\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zé]*\s+\d{4}"
    r"|\s\d{4}-\d{2}-\d{2}"
    r"|\.\s+(?=[A-ZÅÄÖ\d])")  # a sentence ends: what follows is the page's text
_LONGEST = 100  # no organisation's name is longer; past this it is text of the page


def _stronger(role: str, post: str) -> str:
    """A post said after the name ('ordförande', 'sekreterare') says more than the list she was
    under ('Ledamöter', 'Tjänstepersoner'); a stand-in stays a stand-in."""
    if post in ("chair", "secretary") and role in ("", "member", "official"):
        return post
    return role or post


def tidy(organisation: str, role: str) -> tuple[str, str]:
    """(organisation, role) with the party, post and §§ sorted out of the organisation."""
    text = organisation
    cut = _DOCUMENT_WORDS.search(text)
    if cut is not None:
        text = text[:cut.start()]
    if len(text) > _LONGEST:
        text = text[:_LONGEST].rsplit(" ", 1)[0]
    party = _PARTY.search(text)
    text = _PARTY.sub(" ", text)
    text = _CLOCK_LEFTOVER.sub("", text)
    text = _PARAGRAPH_AND_ITEM.sub("", text)
    text = _PARAGRAPHS.sub("", text)
    text = _CLOCK_LEFTOVER.sub("", text)
    if _VICE.search(text):  # vice ordförande: a member's post, not the chair's
        text = _VICE.sub(" ", text)
        role = role or "member"
    # A post that is a part of its own between commas ("Örebro kommun, ordförande") is her
    # post; "Ordf styrelsens för Kungälvs Energi AB" is a post in another body, kept as written.
    kept = []
    for part in text.split(","):
        post = _POST.fullmatch(part.strip())
        if post is None:
            kept.append(part)
        else:
            role = _stronger(role, _POSTS[post[1].lower().rstrip(".")])
    text = " ".join(",".join(kept).split()).strip(" ,;:-–")
    text = _STAND_IN.sub(lambda m: " " + (m["org"] or ""), text)  # "ers PRO för": PRO
    text = " ".join(text.replace(" ,", ",").split()).strip(" ,;:-–")
    if not text and party is not None:
        text = party[1].upper()
    return text, role
