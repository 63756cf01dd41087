package nl.regioregister.events;

import java.util.List;

/**
 * How the stored JSON of one event type is brought from one revision to the next: fields renamed and fields added
 * with their value for history. Declarative, so that the contract stays free of any serializer; each side applies
 * these with its own upcaster, and the contract's tests apply them to the pinned JSON of the old revision.
 */
public final class Opwaardering {

    /** What one change does to a stored event's fields. */
    public enum Soort {
        /** A field that did not exist, added as {@code null}. */
        TOEGEVOEGD,
        /** A list that did not exist, added empty. */
        TOEGEVOEGDE_LIJST,
        /** A field renamed; its value is kept. */
        HERNOEMD,
        /**
         * A field no longer in the event: a reader of the new revision does not see it. The stored bytes keep it (they
         * are under the integrity proofs); personal data that left the payload this way live on in the register of
         * personal data, see {@link #PERSOONSVERWIJZING}.
         */
        VERWIJDERD,
        /**
         * A person reference added in place of a name: the event's own identifier when the field {@code naar} (the
         * name) holds a value, otherwise {@code null}. The name itself was copied, under that same reference, to the
         * register of personal data by the migration that introduced the new revision.
         */
        PERSOONSVERWIJZING
    }

    /**
     * One change to a stored event's fields; {@code naar} only for a rename (the new name) and a person reference (the
     * name field).
     */
    public static final class Veldwijziging {

        private final Soort soort;
        private final String veld;
        private final String naar;

        private Veldwijziging(Soort soort, String veld, String naar) {
            this.soort = soort;
            this.veld = veld;
            this.naar = naar;
        }

        public static Veldwijziging toegevoegd(String veld) {
            return new Veldwijziging(Soort.TOEGEVOEGD, veld, null);
        }

        public static Veldwijziging toegevoegdeLijst(String veld) {
            return new Veldwijziging(Soort.TOEGEVOEGDE_LIJST, veld, null);
        }

        public static Veldwijziging hernoemd(String van, String naar) {
            return new Veldwijziging(Soort.HERNOEMD, van, naar);
        }

        public static Veldwijziging verwijderd(String veld) {
            return new Veldwijziging(Soort.VERWIJDERD, veld, null);
        }

        /** {@code veld} becomes the event's identifier when the name in {@code naamveld} has a value. */
        public static Veldwijziging persoonsverwijzing(String veld, String naamveld) {
            return new Veldwijziging(Soort.PERSOONSVERWIJZING, veld, naamveld);
        }

        public Soort soort() {
            return soort;
        }

        public String veld() {
            return veld;
        }

        public String naar() {
            return naar;
        }
    }

    /** Every change of a published event's shape, oldest first. */
    public static final List<Opwaardering> ALLE = List.of(
            new Opwaardering("nl.regioregister.kamer.ToezeggingGeregistreerd", "1", "2", List.of(
                    Veldwijziging.toegevoegd("termijn"),
                    Veldwijziging.toegevoegd("bewindspersoon"),
                    Veldwijziging.toegevoegd("departement"),
                    Veldwijziging.toegevoegd("programma"),
                    Veldwijziging.toegevoegdeLijst("regios"))),
            new Opwaardering("nl.regioregister.kamer.ToezeggingVervuld", "1", "2", List.of(
                    Veldwijziging.hernoemd("kamerbriefDatum", "datum"),
                    Veldwijziging.toegevoegd("referentie"),
                    Veldwijziging.toegevoegd("wijze"))),
            new Opwaardering("nl.regioregister.regio.OpgenomenInProgramma", "1", "2", List.of(
                    Veldwijziging.toegevoegd("rijksbijdrage"))),
            // Revision 2 lets vanaf be null; every stored revision 1 has a start date, so its fields stay as they are.
            new Opwaardering("nl.regioregister.traject.LopendTrajectGeregistreerd", "1", "2", List.of()),
            new Opwaardering("nl.regioregister.traject.LopendTrajectBijgewerkt", "1", "2", List.of()),
            // Names and functions of appointed people leave the payload for the register of personal data.
            persoonUitDeInhoud("nl.regioregister.regio.RijksvertegenwoordigerBenoemd"),
            persoonUitDeInhoud("nl.regioregister.regio.RegioadviseurBenoemd"),
            persoonUitDeInhoud("nl.regioregister.regio.BestuurlijkTrekkerAangewezen"),
            persoonUitDeInhoud("nl.regioregister.regio.ProgrammamanagerAangesteld"),
            persoonUitDeInhoud("nl.regioregister.regio.ProgrammamedewerkerAangesteld"),
            new Opwaardering("nl.regioregister.regio.BenoemingBeeindigd", "1", "2", List.of(
                    Veldwijziging.persoonsverwijzing("persoonId", "naam"),
                    Veldwijziging.verwijderd("naam"))),
            new Opwaardering("nl.regioregister.regio.VoorkeursdepartementAangewezen", "1", "2", List.of(
                    Veldwijziging.persoonsverwijzing("ambtelijkTrekkerPersoonId", "ambtelijkTrekker"),
                    Veldwijziging.verwijderd("ambtelijkTrekker"),
                    Veldwijziging.verwijderd("ambtelijkTrekkerFunctie"))));

    /** The events whose revision 1 carried {@code naam} and {@code functie} of the appointed person. */
    private static Opwaardering persoonUitDeInhoud(String type) {
        return new Opwaardering(type, "1", "2", List.of(
                Veldwijziging.persoonsverwijzing("persoonId", "naam"),
                Veldwijziging.verwijderd("naam"),
                Veldwijziging.verwijderd("functie")));
    }

    private final String type;
    private final String vanRevisie;
    private final String naarRevisie;
    private final List<Veldwijziging> wijzigingen;

    /**
     * @param type        the event type without revision, e.g. {@code nl.regioregister.kamer.ToezeggingVervuld}
     * @param vanRevisie  the revision the stored JSON has
     * @param naarRevisie the revision it becomes
     * @param wijzigingen applied in order
     */
    public Opwaardering(String type, String vanRevisie, String naarRevisie, List<Veldwijziging> wijzigingen) {
        this.type = type;
        this.vanRevisie = vanRevisie;
        this.naarRevisie = naarRevisie;
        this.wijzigingen = List.copyOf(wijzigingen);
    }

    public String type() {
        return type;
    }

    public String vanRevisie() {
        return vanRevisie;
    }

    public String naarRevisie() {
        return naarRevisie;
    }

    public List<Veldwijziging> wijzigingen() {
        return wijzigingen;
    }

    /** The class name the event is stored under: {@code nl.regioregister.events.kamer.ToezeggingVervuld}. */
    public String klassenaam() {
        return EventType.klassenaam(type + ".v" + naarRevisie);
    }
}
