package nl.regioregister.command.agenda;

/** The two parts of a long-term agenda (Kamerbrief Elke Regio Telt, December 2024, bijlage 1). */
public enum Onderdeel {
    /** The plan voor de regio: the long-term picture. */
    PLAN,
    /** The uitvoeringsagenda of one four-year period. */
    UITVOERINGSAGENDA
}
