package nl.regioregister.events;

/**
 * The kind of body that took a decision, apart from the person who records it. The sources name them: "AB 5 maart
 * 2025, agendapunt 3", "DB … niet akkoord gegaan", "Board … akkoord" (AB bundle Achterhoek, 5 maart 2025); "besproken in
 * RFL 17 december … na bespreking in de MR van 20-12" (beslisnota Kamerbrief NPVR); a DG as rijksvertegenwoordiger
 * (Kamerbrief Elke Regio Telt, December 2024). {@code ANDER} with the body's name for whatever else decides.
 */
public enum Besluitorgaan {
    ALGEMEEN_BESTUUR,
    DAGELIJKS_BESTUUR,
    BOARD,
    STUURGROEP,
    KERNTEAM,
    REGIORAAD,
    GEMEENTERAAD,
    COLLEGE_VAN_BURGEMEESTER_EN_WETHOUDERS,
    PROVINCIALE_STATEN,
    GEDEPUTEERDE_STATEN,
    MINISTER,
    STAATSSECRETARIS,
    MINISTERRAAD,
    RAAD_VOOR_DE_FYSIEKE_LEEFOMGEVING,
    DIRECTEUR_GENERAAL,
    BESTUURLIJK_OVERLEG,
    ANDER
}
