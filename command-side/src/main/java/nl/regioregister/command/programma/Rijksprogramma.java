package nl.regioregister.command.programma;

import static nl.regioregister.command.besluit.Tekst.isLeeg;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.Departement;
import nl.regioregister.events.programma.ProgrammaGestart;
import nl.regioregister.events.programma.ProgrammaOpgegaan;
import nl.regioregister.events.programma.ProgrammaparametersGewijzigd;
import nl.regioregister.events.regio.Programma;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A programme of the Rijk as the decisions of the cabinet that started it and changed it: the NPVR's start after RFL
 * 17 December and MR 20 December 2024 with its horizon "voor de komende 20 jaar", its target dates ("tot rond de
 * zomer van 2025 … eind 2025 gereed") and its departments (Kamerbrief nadere uitwerking Elke Regio Telt, 20 december
 * 2024); the procesmiddelen named later (Toelichting procesmiddelen NPVR, 22 januari 2025); "Regio's aan de Grens"
 * going up into it. A later cabinet's change is a decision with its own ingangsdatum, never a new release.
 * <p>
 * Refused only what cannot be: a second start, a change of or going up into a programme never started, parameters
 * that do not add up (a horizon ending before it begins, procesmiddelen outside it, an amount that is not euros and
 * cents above zero).
 */
@Aggregate
public class Rijksprogramma {

    private static final String PREFIX = "programma:";

    @AggregateIdentifier
    private String aggregaatId;
    private Programma programma;
    private int eersteJaar;
    private int laatsteJaar;
    private Integer procesmiddelenTotEnMetJaar;
    private final List<String> opgegaan = new ArrayList<>();

    protected Rijksprogramma() {
    }

    public static String id(Programma programma) {
        return PREFIX + (programma == null ? "onbekend" : programma.name());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(StartProgramma besluit) {
        List<String> overtredingen = new ArrayList<>();
        if (besluit.programma() == null) {
            overtredingen.add("programma: welk programma het kabinet start, bijvoorbeeld NPVR");
        }
        if (besluit.eersteJaar() == null) {
            overtredingen.add("eersteJaar: het eerste jaar van het programma");
        }
        if (besluit.laatsteJaar() == null) {
            overtredingen.add("laatsteJaar: het laatste jaar van de programmahorizon");
        }
        if (besluit.eersteJaar() != null && besluit.laatsteJaar() != null) {
            eisHorizon(besluit.eersteJaar(), besluit.laatsteJaar(), overtredingen);
            eisProcesmiddelenjaar(besluit.procesmiddelenTotEnMetJaar(), besluit.eersteJaar(), besluit.laatsteJaar(),
                    overtredingen);
        }
        eisBedrag(besluit.procesmiddelenPerJaar(), overtredingen);
        eisDepartementen(besluit.departementen(), overtredingen);
        OngeldigBesluit.alsEr(overtredingen);
        weigerAlsAlGestart(besluit.programma());
        apply(new ProgrammaGestart(besluit.programma(), besluit.eersteJaar(), besluit.laatsteJaar(),
                centen(besluit.procesmiddelenPerJaar()), besluit.procesmiddelenTotEnMetJaar(),
                besluit.kassierUiterlijk(), besluit.planStreefdatum(), besluit.uitvoeringsagendaStreefdatum(),
                zonderDubbele(besluit.departementen())));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(WijzigProgrammaparameters besluit) {
        eisProgramma(besluit.programma());
        eisGestart(besluit.programma());
        List<String> overtredingen = new ArrayList<>();
        if (besluit.laatsteJaar() == null && besluit.procesmiddelenPerJaar() == null
                && besluit.procesmiddelenTotEnMetJaar() == null && besluit.kassierUiterlijk() == null
                && besluit.planStreefdatum() == null && besluit.uitvoeringsagendaStreefdatum() == null
                && besluit.departementen() == null) {
            overtredingen.add("parameters: het besluit wijzigt ten minste één parameter van het programma");
        }
        int nieuwLaatsteJaar = besluit.laatsteJaar() != null ? besluit.laatsteJaar() : laatsteJaar;
        if (besluit.laatsteJaar() != null) {
            eisHorizon(eersteJaar, nieuwLaatsteJaar, overtredingen);
        }
        eisProcesmiddelenjaar(besluit.procesmiddelenTotEnMetJaar() != null
                ? besluit.procesmiddelenTotEnMetJaar() : procesmiddelenTotEnMetJaar, eersteJaar, nieuwLaatsteJaar,
                overtredingen);
        eisBedrag(besluit.procesmiddelenPerJaar(), overtredingen);
        if (besluit.departementen() != null) {
            eisDepartementen(besluit.departementen(), overtredingen);
        }
        OngeldigBesluit.alsEr(overtredingen);
        apply(new ProgrammaparametersGewijzigd(besluit.programma(), besluit.laatsteJaar(),
                centen(besluit.procesmiddelenPerJaar()), besluit.procesmiddelenTotEnMetJaar(),
                besluit.kassierUiterlijk(), besluit.planStreefdatum(), besluit.uitvoeringsagendaStreefdatum(),
                besluit.departementen() == null ? null : zonderDubbele(besluit.departementen())));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(LaatProgrammaOpgaan besluit) {
        eisProgramma(besluit.programma());
        eisGestart(besluit.programma());
        OngeldigBesluit.eis(!isLeeg(besluit.opgegaanProgramma()),
                "opgegaanProgramma: de naam van het programma dat opgaat, bijvoorbeeld Regio's aan de Grens");
        String naam = besluit.opgegaanProgramma().strip();
        OngeldigBesluit.eis(!naam.equalsIgnoreCase(programma.name()) && !naam.equalsIgnoreCase(programma.naam()),
                "opgegaanProgramma: een programma gaat niet in zichzelf op");
        if (opgegaan.stream().anyMatch(naam::equalsIgnoreCase)) {
            throw new ProgrammaAlOpgegaan(naam, programma.naam());
        }
        apply(new ProgrammaOpgegaan(besluit.programma(), naam));
    }

    private static void eisProgramma(Programma programma) {
        OngeldigBesluit.eis(programma != null, "programma: welk programma, bijvoorbeeld NPVR");
    }

    private void eisGestart(Programma gevraagd) {
        if (aggregaatId == null) {
            throw new ProgrammaNietGestart(gevraagd.naam());
        }
    }

    private void weigerAlsAlGestart(Programma gevraagd) {
        if (aggregaatId != null) {
            throw new ProgrammaAlGestart(gevraagd);
        }
    }

    private static void eisHorizon(int eerste, int laatste, List<String> overtredingen) {
        if (eerste < 2000 || eerste > 2200) {
            overtredingen.add("eersteJaar: een jaar als 2025");
        }
        if (laatste < eerste) {
            overtredingen.add("laatsteJaar: de horizon eindigt niet voor het eerste jaar " + eerste);
        }
    }

    /** Procesmiddelen are granted within the programme's horizon: a last year outside it does not add up. */
    private static void eisProcesmiddelenjaar(Integer totEnMet, int eerste, int laatste, List<String> overtredingen) {
        if (totEnMet != null && (totEnMet < eerste || totEnMet > laatste)) {
            overtredingen.add("procesmiddelenTotEnMetJaar: " + totEnMet + " ligt niet binnen de programmahorizon "
                    + eerste + " tot en met " + laatste);
        }
    }

    private static void eisBedrag(BigDecimal bedrag, List<String> overtredingen) {
        if (bedrag == null) {
            return;
        }
        if (bedrag.stripTrailingZeros().scale() > 2) {
            overtredingen.add("procesmiddelenPerJaar: een bedrag in euro's en centen, met hoogstens twee decimalen");
        } else if (bedrag.signum() <= 0) {
            overtredingen.add("procesmiddelenPerJaar: een bedrag is groter dan nul");
        }
    }

    private static void eisDepartementen(List<Departement> departementen, List<String> overtredingen) {
        if (departementen.stream().anyMatch(java.util.Objects::isNull)) {
            overtredingen.add("departementen: elk departement is een van de ministeries, zoals BZK");
        }
    }

    private static BigDecimal centen(BigDecimal bedrag) {
        return bedrag == null ? null : bedrag.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static List<Departement> zonderDubbele(List<Departement> departementen) {
        return List.copyOf(new LinkedHashSet<>(departementen));
    }

    @EventSourcingHandler
    void on(ProgrammaGestart gebeurtenis) {
        aggregaatId = id(gebeurtenis.programma());
        programma = gebeurtenis.programma();
        eersteJaar = gebeurtenis.eersteJaar();
        laatsteJaar = gebeurtenis.laatsteJaar();
        procesmiddelenTotEnMetJaar = gebeurtenis.procesmiddelenTotEnMetJaar();
    }

    @EventSourcingHandler
    void on(ProgrammaparametersGewijzigd gebeurtenis) {
        if (gebeurtenis.laatsteJaar() != null) {
            laatsteJaar = gebeurtenis.laatsteJaar();
        }
        if (gebeurtenis.procesmiddelenTotEnMetJaar() != null) {
            procesmiddelenTotEnMetJaar = gebeurtenis.procesmiddelenTotEnMetJaar();
        }
    }

    @EventSourcingHandler
    void on(ProgrammaOpgegaan gebeurtenis) {
        opgegaan.add(gebeurtenis.opgegaanProgramma());
    }
}
