package nl.regioregister.events.agenda;

import java.util.List;
import nl.regioregister.events.Optioneel;

/**
 * One activity or intervention of an uitvoeringsagenda: the goals it serves, who owns it, the result expected, the
 * contributions expected from each party and how inhabitants are involved (Kamerbrief Elke Regio Telt,
 * December 2024, bijlage 1). {@code code} identifies it within its agenda, e.g. {@code A1}.
 */
public record Activiteit(
        String code,
        String omschrijving,
        List<Doelstelling> doelstellingen,
        String eigenaar,
        String beoogdResultaat,
        List<Bijdrage> bijdragen,
        @Optioneel String inwonersbetrokkenheid) {
}
