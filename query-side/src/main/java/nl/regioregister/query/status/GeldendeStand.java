package nl.regioregister.query.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import nl.regioregister.query.platform.Besluit;
import nl.regioregister.query.platform.Nederland;
import nl.regioregister.query.status.RegioStatusBerekening.Besluitgebeurtenis;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a stored region status equal to {@link RegioStatusBerekening#opDatum} over the decisions folded into its
 * generation, and brings it to today (Europe/Amsterdam) when it is read. A stored status holds every decision that took
 * effect on or before its {@code peildatum}, in order of taking effect; a decision that takes effect later is only
 * indexed, and is announced until its date comes, then folded when the status is read or next written: no new event
 * and no scheduled job is needed for a decision to become current. A decision that takes effect before one already
 * folded (recorded late, backdated, or committed late behind a gap) folds the region again from its index.
 */
@Component
class GeldendeStand {

    private final JdbcClient jdbc;
    private final Gebeurtenissen gebeurtenissen;
    private final RegioStatusBerekening berekening;
    private final Clock clock;

    GeldendeStand(JdbcClient jdbc, Gebeurtenissen gebeurtenissen, RegioStatusBerekening berekening, Clock clock) {
        this.jdbc = jdbc;
        this.gebeurtenissen = gebeurtenissen;
        this.berekening = berekening;
        this.clock = clock;
    }

    LocalDate vandaag() {
        return Nederland.vandaag(clock);
    }

    /**
     * The decisions of one region folded into one generation, as far as keeping its status needs them. Kept apart from
     * the database so the rule below can be tested on plain objects.
     */
    interface Index {
        /**
         * Those that take effect after {@code na} (from the start when null) and on or before {@code totEnMet} (without
         * end when null), in order of taking effect.
         */
        List<Besluitgebeurtenis> tussen(LocalDate na, LocalDate totEnMet);

        /**
         * Whether a decision other than the new ones, in effect by the {@code peildatum}, takes effect after the
         * first of them ({@code eerste}, the earliest to take effect).
         */
        boolean eerderGevouwenNa(Besluitgebeurtenis eerste, Collection<Long> nieuw, LocalDate peildatum);

        /** Whether a revocation folded into the generation revokes one of the decisions at the positions. */
        boolean herroepen(Collection<Long> posities);
    }

    /**
     * Folds new decisions of the region, from one batch, into its stored status of the generation. They must already
     * be indexed and marked as applied in that generation, in the caller's transaction.
     */
    RegioStatus verwerk(int generatie, String regioId, RegioStatus status, List<Besluitgebeurtenis> nieuw) {
        return verwerk(berekening, index(generatie, regioId), status, nieuw, vandaag());
    }

    /** The stored status as it is in effect today, with the decisions that take effect later announced. */
    RegioStatus vandaag(int generatie, String regioId, RegioStatus opgeslagen) {
        return op(generatie, regioId, opgeslagen, vandaag());
    }

    /** The stored status as it is in effect on a day not before its {@code peildatum} (or folded again if it is). */
    RegioStatus op(int generatie, String regioId, RegioStatus opgeslagen, LocalDate dag) {
        return vandaag(berekening, index(generatie, regioId), opgeslagen, dag);
    }

    static RegioStatus verwerk(RegioStatusBerekening berekening, Index index, RegioStatus status,
                               Besluitgebeurtenis nieuw, LocalDate vandaag) {
        return verwerk(berekening, index, status, List.of(nieuw), vandaag);
    }

    /**
     * Folds the new decisions of a batch, all indexed and marked as applied, into the stored status. When the status
     * is of today and every new decision in effect takes effect after all that is folded, they are folded onto it in
     * order of taking effect; otherwise (a revocation, a decision recorded late or backdated, a new day, a first
     * decision) the region is folded again from its index, once for the whole batch. Either way the result is the fold
     * of every applied decision in effect today.
     */
    static RegioStatus verwerk(RegioStatusBerekening berekening, Index index, RegioStatus status,
                               List<Besluitgebeurtenis> nieuw, LocalDate vandaag) {
        LocalDate peildatum = status.peildatum;
        List<Long> posities = nieuw.stream().map(Besluitgebeurtenis::positie).toList();
        if (peildatum == null || !peildatum.equals(vandaag)
                || nieuw.stream().anyMatch(g -> RegioStatusBerekening.herroept(g.inhoud()).isPresent())
                || index.herroepen(posities)) {
            // a revocation takes out a decision that may be folded already: the revoked decision's region (the
            // revocation's own) is folded again from its index, which leaves out every revoked decision
            return opnieuw(berekening, index, vandaag);
        }
        List<Besluitgebeurtenis> geldend = nieuw.stream().filter(g -> !g.ingangsdatum().isAfter(peildatum))
                .sorted(RegioStatusBerekening.IN_WERKING).toList();
        if (geldend.isEmpty()) {
            return status;
        }
        if (index.eerderGevouwenNa(geldend.get(0), posities, peildatum)) {
            return opnieuw(berekening, index, vandaag);
        }
        geldend.forEach(g -> berekening.pas(status, g.inhoud(), g.besluit(), g.positie()));
        return status;
    }

    private static RegioStatus opnieuw(RegioStatusBerekening berekening, Index index, LocalDate vandaag) {
        return berekening.tot(new RegioStatus(), index.tussen(null, vandaag), vandaag);
    }

    static RegioStatus vandaag(RegioStatusBerekening berekening, Index index, RegioStatus opgeslagen,
                               LocalDate vandaag) {
        LocalDate peildatum = opgeslagen.peildatum;
        RegioStatus status;
        if (peildatum == null || peildatum.isAfter(vandaag)) {
            status = berekening.tot(new RegioStatus(), index.tussen(null, vandaag), vandaag);
        } else if (peildatum.isBefore(vandaag)) {
            status = berekening.tot(opgeslagen, index.tussen(peildatum, vandaag), vandaag);
        } else {
            status = opgeslagen;
        }
        berekening.kondigAan(status, index.tussen(vandaag, null));
        return status;
    }

    private Index index(int generatie, String regioId) {
        return new Index() {
            @Override
            public List<Besluitgebeurtenis> tussen(LocalDate na, LocalDate totEnMet) {
                return laad(toegepast(generatie, regioId, na, totEnMet));
            }

            @Override
            public boolean eerderGevouwenNa(Besluitgebeurtenis eerste, Collection<Long> nieuw,
                                            LocalDate peildatum) {
                return GeldendeStand.this.eerderGevouwenNa(generatie, regioId, eerste, nieuw, peildatum);
            }

            @Override
            public boolean herroepen(Collection<Long> posities) {
                return GeldendeStand.this.herroepen(generatie, regioId, posities);
            }
        };
    }

    /** Whether a decision already folded takes effect after the new ones: then the fold must start again. */
    private boolean eerderGevouwenNa(int generatie, String regioId, Besluitgebeurtenis eerste, Collection<Long> nieuw,
                                     LocalDate peildatum) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM regio_gebeurtenis i
                                       JOIN regio_status_toegepast t ON t.generatie = :g AND t.positie = i.positie
                                       WHERE i.regio_id = :r AND i.ingangsdatum <= :peildatum
                                         AND (i.ingangsdatum, i.positie) > (:d, :p)
                                         AND NOT (i.positie = ANY(:nieuw)))""")
                .param("g", generatie).param("r", regioId).param("p", eerste.positie())
                .param("peildatum", peildatum).param("d", eerste.ingangsdatum())
                .param("nieuw", nieuw.toArray(Long[]::new))
                .query(Boolean.class).single();
    }

    /** Whether a revocation of a decision at one of the positions has been folded into the generation. */
    private boolean herroepen(int generatie, String regioId, Collection<Long> posities) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM regio_gebeurtenis h
                                       JOIN regio_status_toegepast t ON t.generatie = :g AND t.positie = h.positie
                                       WHERE h.regio_id = :r AND h.herroept = ANY(:p))""")
                .param("g", generatie).param("r", regioId).param("p", posities.toArray(Long[]::new))
                .query(Boolean.class).single();
    }

    /**
     * Positions of the region's decisions applied in the generation, leaving out those a revocation applied in the
     * generation revokes, that take effect after {@code na} and on or before
     * {@code totEnMet} (either bound left out when null), in order of taking effect.
     */
    private List<Long> toegepast(int generatie, String regioId, LocalDate na, LocalDate totEnMet) {
        String sql = """
                SELECT i.positie FROM regio_gebeurtenis i
                JOIN regio_status_toegepast t ON t.generatie = :g AND t.positie = i.positie
                WHERE i.regio_id = :r
                  AND NOT EXISTS (SELECT 1 FROM regio_gebeurtenis h
                                  JOIN regio_status_toegepast th ON th.generatie = :g AND th.positie = h.positie
                                  WHERE h.regio_id = :r AND h.herroept = i.positie)"""
                + (na == null ? "" : " AND i.ingangsdatum > :na")
                + (totEnMet == null ? "" : " AND i.ingangsdatum <= :tot")
                + " ORDER BY i.ingangsdatum, i.positie";
        JdbcClient.StatementSpec vraag = jdbc.sql(sql).param("g", generatie).param("r", regioId);
        if (na != null) {
            vraag = vraag.param("na", na);
        }
        if (totEnMet != null) {
            vraag = vraag.param("tot", totEnMet);
        }
        return vraag.query(Long.class).list();
    }

    /**
     * The decisions at the positions, in the order given. An event never changes once stored, so what was read and
     * deserialized once is kept (the most recently used {@value #GELEZEN} of them): folding a region again, which a
     * backdated decision or a new day asks for, reads from the event store only what it has not read before.
     */
    List<Besluitgebeurtenis> laad(List<Long> posities) {
        Map<Long, Besluitgebeurtenis> bekend = new HashMap<>();
        List<Long> ontbrekend = new ArrayList<>();
        synchronized (gelezen) {
            for (Long positie : posities) {
                Besluitgebeurtenis besluit = gelezen.get(positie);
                if (besluit == null) {
                    ontbrekend.add(positie);
                } else {
                    bekend.put(positie, besluit);
                }
            }
        }
        if (!ontbrekend.isEmpty()) {
            List<Besluitgebeurtenis> nieuw = gebeurtenissen.op(ontbrekend).stream().map(GeldendeStand::alsBesluit)
                    .toList();
            synchronized (gelezen) {
                nieuw.forEach(b -> gelezen.put(b.positie(), b));
            }
            nieuw.forEach(b -> bekend.put(b.positie(), b));
        }
        return posities.stream().map(bekend::get).filter(java.util.Objects::nonNull).toList();
    }

    private static final int GELEZEN = 100_000;

    private final Map<Long, Besluitgebeurtenis> gelezen = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Besluitgebeurtenis> oudste) {
            return size() > GELEZEN;
        }
    };

    static Besluitgebeurtenis alsBesluit(TrackedEventMessage<?> bericht) {
        return new Besluitgebeurtenis(bericht.getPayload(), Besluit.uit(bericht.getMetaData()),
                bericht.trackingToken().position().orElseThrow());
    }
}
