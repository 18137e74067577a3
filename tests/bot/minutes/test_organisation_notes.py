"""What follows a name in a nämnd's list is often a party, a post and §§, not an organisation.

Before, the review page offered "Anna Ek, (s) Ordförande" and "Lars Nyqvist, IT-strateg § 14, 15"
for the secretary to keep, a person listed under Beslutande and again as justerare stood twice in
Närvarande, and after publishing the Närvaro page grouped people under "(s) Ordförande".
"""

from __future__ import annotations

from bot.minutes import review
from bot.minutes.reading import parse_text

KOMMUNSTYRELSEN = """\
KOMMUNSTYRELSEN
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum 2026-03-12
Plats och tid Sessionssalen, Stadshuset, kl. 09.00–12.00
Beslutande
Anna Ek (s) Ordförande
Per Holm (m) Vice ordförande
Eva Lind (fp)
Övriga deltagande
Karin Berg, sekreterare
Lars Nyqvist, IT-strateg § 14, 15
Justerare
Per Holm

§ 14 Bredband på landsbygden
Kommunstyrelsen beslutar att godkänna utbyggnadsplanen för bredband.

§ 15 Val av ombud
Kommunstyrelsen beslutar att utse Eva Lind till ombud.
"""

SAMVERKANSGRUPP = """\
Minnesanteckningar Samverkansgrupp Barn och unga
Datum: 2026-04-20 kl. 13.00–15.00
Plats: Länsgården, Örebro
Närvarande
Maria Holm, Örebro kommun, ordförande
Johan Ek, Region Örebro län, Område 3
Sara Lund, Lekebergs kommun, sekreterare

1. Föregående anteckningar
Gruppen beslutar att lägga anteckningarna till handlingarna.
"""


def test_the_review_page_offers_each_person_once_with_the_party_not_the_post_and_paragraphs():
    parsed = parse_text(KOMMUNSTYRELSEN, "kommunstyrelsen-2026-03-12.txt")
    assert review.field_values(parsed)["present"].splitlines() == [
        "Anna Ek, S",
        "Per Holm, M",
        "Eva Lind, FP",
        "Karin Berg",
        "Lars Nyqvist, IT-strateg",
    ]


def test_a_post_after_the_name_is_the_persons_role_in_what_publishing_stores():
    # ingest stores parsed.people(): the organisation and role shown on the Närvaro page
    people = {p.name: p for p in parse_text(KOMMUNSTYRELSEN, "ks.txt").people()}
    assert (people["Anna Ek"].organisation, people["Anna Ek"].role) == ("S", "chair")
    assert people["Karin Berg"].role == "secretary"
    assert people["Per Holm"].role != "chair"  # vice ordförande is not the chair


def test_an_organisation_keeps_its_own_name_and_loses_only_the_post_between_commas():
    people = {p.name: p for p in parse_text(SAMVERKANSGRUPP, "sbu.txt").people()}
    assert (people["Maria Holm"].organisation, people["Maria Holm"].role) == (
        "Örebro kommun", "chair")
    assert people["Johan Ek"].organisation == "Region Örebro län, Område 3"
    assert (people["Sara Lund"].organisation, people["Sara Lund"].role) == (
        "Lekebergs kommun", "secretary")


SOCIALNAMNDEN = """\
Socialnämnden
Protokoll
Sammanträdesdatum 2026-02-10
Plats och tid Kommunhuset, kl. 13.00–16.00
Beslutande
Anna Berg (S), ordförande
Lena Holm (S), tjg ersättare för Karl Dahl (S)
Per Ek (M)
Ersättare
Olof Ström (C), ej tjänstgörande ersättare

§ 1 Budget 2027
Nämnden beslutar att godkänna förslaget till budget.
"""

# A transcript's page on one line: the list of absent runs into the minnesanteckningar's text.
FLATTENED = (
    "Minnesanteckningar regionalt kompetenskansli 2026-05-27 Närvarande: Anna Holm, Region "
    "Örebro län Per Lund, Örebro kommun Frånvarande: Kerstin Lilja, Länsstyrelsen Marie Kalk, "
    "Sydnärkes utbildningsförbund Minnesanteckningar regionalt kompetenskansli 27 maj 2026 TEMA: "
    "Hur utvecklar vi studie- och yrkesvägledningen? 1. Inledning Gruppen beslutar att ge "
    "kansliet i uppdrag att samla in underlag.\n"
)


def test_what_is_left_of_a_stand_ins_note_is_no_organisation():
    form = review.field_values(parse_text(SOCIALNAMNDEN, "socialnamnden.txt"))
    assert form["present"].splitlines() == ["Anna Berg", "Lena Holm", "Per Ek", "Olof Ström"]
    assert form["substitutes"] == "Lena Holm ersätter Karl Dahl"


def test_an_organisation_ends_where_the_flattened_pages_own_text_begins():
    form = review.field_values(parse_text(FLATTENED, "kompetenskansli.txt"))
    assert form["absent"].splitlines() == [
        "Kerstin Lilja, Länsstyrelsen", "Marie Kalk, Sydnärkes utbildningsförbund"]
