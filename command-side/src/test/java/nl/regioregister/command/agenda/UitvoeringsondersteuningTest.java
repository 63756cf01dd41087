package nl.regioregister.command.agenda;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;
import static nl.regioregister.command.agenda.Voorbeelden.P2026;
import static nl.regioregister.command.agenda.Voorbeelden.REGIO;
import static nl.regioregister.command.agenda.Voorbeelden.samen;
import static nl.regioregister.command.agenda.Voorbeelden.vastgesteldeUitvoeringsagenda;

import java.math.BigDecimal;
import java.util.List;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.Departement;
import nl.regioregister.events.agenda.Financieringsinstrument;
import nl.regioregister.events.agenda.Periode;
import nl.regioregister.events.agenda.UitvoeringsondersteuningToegezegd;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UitvoeringsondersteuningTest {

    private static final Periode JAREN = new Periode(2027, 2029);
    private static final UitvoeringsondersteuningToegezegd REGIOEXPRES = new UitvoeringsondersteuningToegezegd(REGIO,
            P2026, "ienw-regioexpres-2027", Departement.IENW, Financieringsinstrument.SPECIFIEKE_UITKERING,
            new BigDecimal("5000000.00"), JAREN, "36 600 XII, artikel 14");

    private AggregateTestFixture<LangjarigeAgenda> fixture;

    @BeforeEach
    void setUp() {
        fixture = Voorbeelden.fixture();
    }

    @Test
    void het_rijk_zegt_geld_toe_voor_de_uitvoering_van_de_agenda() {
        fixture.given(vastgesteldeUitvoeringsagenda(P2026))
                .when(new ZegUitvoeringsondersteuningToe(REGIO, P2026, "ienw-regioexpres-2027", Departement.IENW,
                        Financieringsinstrument.SPECIFIEKE_UITKERING, new BigDecimal("5000000"), JAREN,
                        " 36 600 XII, artikel 14 "), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(REGIOEXPRES);
    }

    @Test
    void een_kenmerk_wordt_eenmaal_gebruikt() {
        fixture.given(samen(vastgesteldeUitvoeringsagenda(P2026), List.of(REGIOEXPRES)))
                .when(new ZegUitvoeringsondersteuningToe(REGIO, P2026, "ienw-regioexpres-2027", Departement.IENW,
                        Financieringsinstrument.BESTAAND_BUDGET, new BigDecimal("1.00"), JAREN, null), doorBzk())
                .expectNoEvents()
                .expectException(OndersteuningBestaatAl.class)
                .expectExceptionMessage("er is al ondersteuning met kenmerk ienw-regioexpres-2027");
    }

    @Test
    void ondersteuning_noemt_een_uitvoeringsagenda_die_het_register_kent() {
        fixture.given(vastgesteldeUitvoeringsagenda(P2026))
                .when(new ZegUitvoeringsondersteuningToe(REGIO, new Periode(2030, 2033), "x", Departement.IENW,
                        Financieringsinstrument.SUBSIDIE, new BigDecimal("1.00"), JAREN, null), doorBzk())
                .expectNoEvents()
                .expectException(OnbekendeUitvoeringsagenda.class);
    }

    @Test
    void onvolledige_ondersteuning_noemt_elke_fout_en_de_regio_zegt_niets_toe() {
        fixture.given(vastgesteldeUitvoeringsagenda(P2026))
                .when(new ZegUitvoeringsondersteuningToe(REGIO, P2026, "Geld!", null, null, new BigDecimal("0.001"),
                        null, null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("kenmerk: een kenmerk bestaat uit kleine letters, cijfers en koppeltekens, "
                        + "bijvoorbeeld ienw-regioexpres-2027; departement: noem het departement dat betaalt; "
                        + "instrument: noem hoe het geld de regio bereikt; bedrag: een bedrag in euro's heeft "
                        + "hoogstens twee decimalen; periode: noem de periode, bijvoorbeeld 2026-2029");
        fixture.given(vastgesteldeUitvoeringsagenda(P2026))
                .when(new ZegUitvoeringsondersteuningToe(REGIO, P2026, "x", Departement.IENW,
                        Financieringsinstrument.SUBSIDIE, new BigDecimal("1.00"), JAREN, null), doorRegio(REGIO))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class);
    }
}
