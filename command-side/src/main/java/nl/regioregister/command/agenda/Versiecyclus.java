package nl.regioregister.command.agenda;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The cycle each part of the long-term agenda goes through (Kamerbrief Elke Regio Telt, December 2024, bijlage 1):
 * the region submits a version; the Rijk returns it with remarks, or both sides agree to that very version; then it
 * is adopted. Every submission is a new version; an adopted version stays in force until a later one is adopted.
 * <p>
 * Part of the {@link LangjarigeAgenda}'s state: changed only from its event sourcing handlers, read by its checks.
 */
final class Versiecyclus {

    private enum Stand { INGEDIEND, TERUGGESTUURD, INGETROKKEN, VASTGESTELD }

    /** How the part is named in a refusal: "het plan", "de uitvoeringsagenda 2026-2029". */
    private final String onderdeel;
    private int laatsteVersie;
    private Stand stand;
    private boolean akkoordRegio;
    private boolean akkoordRijk;
    /** Who recorded the submission of the latest version (the {@code actor} of its event); null if unknown. */
    private String indiener;
    private Integer geldendeVersie;
    private final Set<Integer> vastgesteldeVersies = new HashSet<>();

    Versiecyclus(String onderdeel) {
        this.onderdeel = onderdeel;
    }

    int volgendeVersie() {
        return laatsteVersie + 1;
    }

    /** Whether a version was ever adopted; the latest adopted one is in force. */
    boolean isVastgesteld() {
        return geldendeVersie != null;
    }

    Integer geldendeVersie() {
        return geldendeVersie;
    }

    /** Whether a version lies submitted or returned, neither adopted nor withdrawn. */
    boolean heeftLopendeVersie() {
        return stand == Stand.INGEDIEND || stand == Stand.TERUGGESTUURD;
    }

    // --- checks -----------------------------------------------------------------------------------------------

    /** Returning, agreeing and adopting concern the version that lies submitted, not returned. */
    void eisIngediend(int versie) {
        weigerAlsVastgesteld(versie, "is al vastgesteld");
        if (!heeftLopendeVersie()) {
            throw new NietDeIngediendeVersie("er ligt geen ingediende versie van " + onderdeel + " voor");
        }
        weigerAndereVersie(versie);
        if (stand == Stand.TERUGGESTUURD) {
            throw new NietDeIngediendeVersie(versieVan(versie)
                    + " is teruggestuurd; de regio dient een nieuwe versie in");
        }
    }

    /** Withdrawal is possible before adoption only (DOMAIN: "Withdrawal is possible before adoption"). */
    void eisIntrekbaar(int versie) {
        weigerAlsVastgesteld(versie, "is vastgesteld en kan niet meer worden ingetrokken");
        if (!heeftLopendeVersie()) {
            throw new NietDeIngediendeVersie("er ligt geen ingediende versie van " + onderdeel + " voor");
        }
        weigerAndereVersie(versie);
    }

    void eisNogGeenAkkoordRegio(int versie) {
        if (akkoordRegio) {
            throw new AkkoordAlGegeven("de regio gaf al akkoord op " + versieVan(versie));
        }
    }

    void eisNogGeenAkkoordRijk(int versie) {
        if (akkoordRijk) {
            throw new AkkoordAlGegeven("het Rijk gaf al akkoord op " + versieVan(versie));
        }
    }

    void eisAkkoordVanBeide(int versie) {
        if (!akkoordRegio || !akkoordRijk) {
            throw new AkkoordOntbreekt(versieVan(versie), !akkoordRegio, !akkoordRijk);
        }
    }

    /**
     * Separation of duties: who submitted a version does not also give the Rijk's akkoord on it or adopt it, so that
     * every adopted version was seen by two people (the "vier-ogenprincipe" of the Rijk's financial and
     * administrative control; the Kamerbrief has region and Rijk each agree separately).
     */
    void weigerIndiener(int versie, String actor, String besluit) {
        if (indiener != null && indiener.equals(actor)) {
            throw new Functiescheiding(actor + " diende " + versieVan(versie) + " in en kan er daarom niet zelf "
                    + besluit);
        }
    }

    private void weigerAlsVastgesteld(int versie, String waarom) {
        if (vastgesteldeVersies.contains(versie)) {
            throw new AlVastgesteld(versieVan(versie) + " " + waarom);
        }
    }

    private void weigerAndereVersie(int versie) {
        if (versie != laatsteVersie) {
            throw new NietDeIngediendeVersie(versieVan(versie) + " is niet de ingediende versie; dat is versie "
                    + laatsteVersie);
        }
    }

    private String versieVan(int versie) {
        return "versie " + versie + " van " + onderdeel;
    }

    // --- state changes, from event sourcing handlers only -----------------------------------------------------

    void ingediend(int versie, String indiener) {
        laatsteVersie = versie;
        this.indiener = indiener;
        stand = Stand.INGEDIEND;
        akkoordRegio = false;
        akkoordRijk = false;
    }

    void teruggestuurd() {
        stand = Stand.TERUGGESTUURD;
        akkoordRegio = false;
        akkoordRijk = false;
    }

    void akkoordRegio() {
        akkoordRegio = true;
    }

    void akkoordRijk() {
        akkoordRijk = true;
    }

    void vastgesteld(int versie) {
        stand = Stand.VASTGESTELD;
        geldendeVersie = versie;
        vastgesteldeVersies.add(versie);
    }

    void ingetrokken() {
        stand = Stand.INGETROKKEN;
    }

    /** By state, so that the state rebuilt from the events can be compared to the state that produced them. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Versiecyclus andere
                && onderdeel.equals(andere.onderdeel)
                && laatsteVersie == andere.laatsteVersie
                && stand == andere.stand
                && akkoordRegio == andere.akkoordRegio
                && akkoordRijk == andere.akkoordRijk
                && Objects.equals(indiener, andere.indiener)
                && Objects.equals(geldendeVersie, andere.geldendeVersie)
                && vastgesteldeVersies.equals(andere.vastgesteldeVersies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(onderdeel, laatsteVersie, stand, geldendeVersie);
    }
}
