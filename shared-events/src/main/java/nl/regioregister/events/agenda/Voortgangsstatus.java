package nl.regioregister.events.agenda;

/** Where an activity of an adopted uitvoeringsagenda stands. */
public enum Voortgangsstatus {
    NIET_GESTART,
    OP_SCHEMA,
    VERTRAAGD,
    AFGEROND,
    GESTOPT
}
