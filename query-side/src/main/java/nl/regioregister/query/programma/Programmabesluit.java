package nl.regioregister.query.programma;

import nl.regioregister.query.platform.Besluit;

/** One recorded decision about a programme: the event, its accountability and its place in the programme's stream. */
public record Programmabesluit(Object gebeurtenis, Besluit besluit, long volgnummer) {
}
