package nl.regioregister.events.verzoek;

/**
 * What a region asks of the Rijk: maatwerk ("afwijkmogelijkheden en een uitzonderingspositie", Kamerbrief Elke Regio
 * Telt, December 2024, principle 5), a deviation from a rule or arrangement (the Achterhoek's request to receive
 * 300K of its 350K without BTW deduction), a knelpunt to be solved, or money or effort for its agenda.
 */
public enum Verzoeksoort {
    MAATWERK,
    AFWIJKING,
    KNELPUNT,
    FINANCIERING,
    OVERIG
}
