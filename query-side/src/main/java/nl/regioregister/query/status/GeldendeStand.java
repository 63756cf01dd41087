package nl.regioregister.query.status;

import java.time.Clock;
import java.time.LocalDate;
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

        /** Whether one other than the new one, in effect by the {@code peildatum}, takes effect after the new one. */
        boolean eerderGevouwenNa(Besluitgebeurtenis nieuw, LocalDate peildatum);

        /** Whether a revocation folded into the generation revokes the decision. */
        boolean herroepen(Besluitgebeurtenis besluit);
    }

    /**
     * Folds a new decision into the region's stored status of the generation. The decision must already be indexed
     * and marked as applied in that generation, in the caller's transaction.
     */
    RegioStatus verwerk(int generatie, String regioId, RegioStatus status, Besluitgebeurtenis nieuw) {
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
        LocalDate peildatum = status.peildatum;
        if (peildatum == null || peildatum.isAfter(vandaag)
                || RegioStatusBerekening.herroept(nieuw.inhoud()).isPresent() || index.herroepen(nieuw)) {
            // a revocation takes out a decision that may be folded already: the revoked decision's region (the
            // revocation's own) is folded again from its index, which leaves out every revoked decision
            return berekening.tot(new RegioStatus(), index.tussen(null, vandaag), vandaag);
        }
        if (!nieuw.ingangsdatum().isAfter(peildatum)) {
            if (index.eerderGevouwenNa(nieuw, peildatum)) {
                return berekening.tot(new RegioStatus(), index.tussen(null, vandaag), vandaag);
            }
            berekening.pas(status, nieuw.inhoud(), nieuw.besluit(), nieuw.positie());
        }
        return peildatum.isBefore(vandaag) ? berekening.tot(status, index.tussen(peildatum, vandaag), vandaag) : status;
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
            public boolean eerderGevouwenNa(Besluitgebeurtenis nieuw, LocalDate peildatum) {
                return GeldendeStand.this.eerderGevouwenNa(generatie, regioId, nieuw, peildatum);
            }

            @Override
            public boolean herroepen(Besluitgebeurtenis besluit) {
                return GeldendeStand.this.herroepen(generatie, regioId, besluit.positie());
            }
        };
    }

    /** Whether a decision already folded takes effect after the new one: then the fold must start again. */
    private boolean eerderGevouwenNa(int generatie, String regioId, Besluitgebeurtenis nieuw, LocalDate peildatum) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM regio_gebeurtenis i
                                       JOIN regio_status_toegepast t ON t.generatie = :g AND t.positie = i.positie
                                       WHERE i.regio_id = :r AND i.positie <> :p AND i.ingangsdatum <= :peildatum
                                         AND (i.ingangsdatum, i.positie) > (:d, :p))""")
                .param("g", generatie).param("r", regioId).param("p", nieuw.positie())
                .param("peildatum", peildatum).param("d", nieuw.ingangsdatum())
                .query(Boolean.class).single();
    }

    /** Whether a revocation of the decision at the position has been folded into the generation. */
    private boolean herroepen(int generatie, String regioId, long positie) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM regio_gebeurtenis h
                                       JOIN regio_status_toegepast t ON t.generatie = :g AND t.positie = h.positie
                                       WHERE h.regio_id = :r AND h.herroept = :p)""")
                .param("g", generatie).param("r", regioId).param("p", positie)
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

    List<Besluitgebeurtenis> laad(List<Long> posities) {
        return gebeurtenissen.op(posities).stream().map(GeldendeStand::alsBesluit).toList();
    }

    static Besluitgebeurtenis alsBesluit(TrackedEventMessage<?> bericht) {
        return new Besluitgebeurtenis(bericht.getPayload(), Besluit.uit(bericht.getMetaData()),
                bericht.trackingToken().position().orElseThrow());
    }
}
