package nl.regioregister.events.agenda;

/**
 * The three overarching goals of the NPVR, to which every plan voor de regio and every activity of an
 * uitvoeringsagenda relates (Kamerbrief nadere uitwerking Elke Regio Telt, 20 december 2024).
 */
public enum Doelstelling {
    /** Quality and safety of the living environment, with attention to a fitting housing stock. */
    VEILIGE_EN_LEEFBARE_REGIO("Veilige en leefbare regio's"),
    /** Facilities that support the region's vitality and stay within reach of its inhabitants. */
    DUURZAAM_EN_BEREIKBAAR_VOORZIENINGENNIVEAU("Duurzaam en bereikbaar voorzieningenniveau"),
    /** Healthy growing up and growing old, education, work and the regional economy. */
    GEZONDE_EN_KANSRIJKE_TOEKOMST("Gezonde en kansrijke toekomst voor inwoners");

    private final String naam;

    Doelstelling(String naam) {
        this.naam = naam;
    }

    public String naam() {
        return naam;
    }
}
