package nl.regioregister.command.persoon;

/**
 * The erasable register of personal data, written in the transaction of the decision that names the person: a
 * refused or rolled-back decision leaves nothing behind, a recorded one always finds its person.
 */
public interface Persoonsregister {

    /** What the register knows of a reference. */
    enum Stand {
        ONBEKEND,
        AANWEZIG,
        GEWIST
    }

    /** Keeps the details of a person a decision names; returns the new reference the event carries. */
    String legVast(Persoonsgegevens gegevens);

    Stand stand(String persoonId);

    /** Blanks the person's details and notes when; the reference stays, so decisions name an erased person. */
    void wis(String persoonId);
}
