package nl.regioregister.command.verzoek;

import static nl.regioregister.command.besluit.Tekst.isLeeg;
import static nl.regioregister.command.besluit.Tekst.schoon;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;
import nl.regioregister.command.besluit.BekendeRegios;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.verzoek.VerzoekBeantwoord;
import nl.regioregister.events.verzoek.VerzoekIngediend;
import nl.regioregister.events.verzoek.Verzoekuitkomst;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A region's request to the Rijk and the Rijk's answer: maatwerk and uitzonderingsposities (Kamerbrief Elke Regio
 * Telt, December 2024: "afwijkmogelijkheden en een uitzonderingspositie"), what the plan says the region needs from
 * the Rijk (bijlage 1), knelpunten, and requests such as the Achterhoek's to receive 300K of its 350K procesmiddelen
 * without BTW deduction (memo Achterhoek, AB 5 maart 2025, onderdeel E). It must not matter at which department a
 * region knocks (letter of 19 December 2025): the request names where it went and the answer may pass it on.
 */
@Aggregate
public class Verzoek {

    private static final String PREFIX = "verzoek:";
    private static final String ID_VORM = "[a-z0-9]+(-[a-z0-9]+)*";

    @AggregateIdentifier
    private String aggregaatId;

    protected Verzoek() {
    }

    static String id(String regioId, String verzoekId) {
        return PREFIX + regioId + ":" + verzoekId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DienVerzoekIn besluit, BekendeRegios regios) {
        List<String> overtredingen = new ArrayList<>();
        if (besluit.verzoekId() == null || !besluit.verzoekId().matches(ID_VORM) || besluit.verzoekId().length() > 60) {
            overtredingen.add("verzoekId: kleine letters, cijfers en koppeltekens, bijvoorbeeld btw-procesmiddelen");
        }
        if (besluit.soort() == null) {
            overtredingen.add("soort: MAATWERK, AFWIJKING, KNELPUNT, FINANCIERING of OVERIG");
        }
        if (isLeeg(besluit.onderwerp())) {
            overtredingen.add("onderwerp: waar het verzoek over gaat");
        }
        OngeldigBesluit.alsEr(overtredingen);
        regios.eisBekend(besluit.regioId());
        if (aggregaatId != null) {
            throw new VerzoekBestaatAl(besluit.regioId(), besluit.verzoekId());
        }
        apply(new VerzoekIngediend(besluit.regioId(), besluit.verzoekId(), besluit.soort(),
                besluit.onderwerp().strip(), schoon(besluit.toelichting()), besluit.gerichtAan()));
    }

    @CommandHandler
    void handle(BeantwoordVerzoek besluit) {
        List<String> overtredingen = new ArrayList<>();
        if (besluit.uitkomst() == null) {
            overtredingen.add("uitkomst: TOEGEKEND, DEELS_TOEGEKEND, AFGEWEZEN of DOORVERWEZEN");
        }
        if (isLeeg(besluit.antwoord())) {
            overtredingen.add("antwoord: wat het Rijk antwoordt, en waarom");
        }
        if (besluit.uitkomst() == Verzoekuitkomst.DOORVERWEZEN && besluit.doorverwezenNaar() == null) {
            overtredingen.add("doorverwezenNaar: het departement dat het verzoek oppakt");
        }
        OngeldigBesluit.alsEr(overtredingen);
        apply(new VerzoekBeantwoord(besluit.regioId(), besluit.verzoekId(), besluit.uitkomst(),
                besluit.antwoord().strip(), besluit.doorverwezenNaar()));
    }

    @EventSourcingHandler
    void on(VerzoekIngediend gebeurtenis) {
        aggregaatId = id(gebeurtenis.regioId(), gebeurtenis.verzoekId());
    }
}
