package nl.regioregister.query.integriteit;

import java.util.ArrayList;
import java.util.List;
import nl.regioregister.query.integriteit.Boomopslag.NieuwBlad;
import nl.regioregister.query.integriteit.Boomopslag.Toestand;
import nl.regioregister.query.integriteit.verificatie.Gebeurtenisblad;
import nl.regioregister.query.integriteit.verificatie.Merkleboom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends every stored event to the tree, strictly in global-index order, so that anyone holding the event table can
 * rebuild the same tree. One writer at a time: each batch locks the state row.
 * <p>
 * The global index comes from a sequence, so a transaction that took a lower index may commit after one that took a
 * higher index, and a rolled-back transaction leaves a hole for ever. The writer therefore never passes an empty
 * index until it is certain nothing can fill it: when it meets a gap it notes the transactions that then hold the
 * event table's insert lock (every transaction that took an index holds that lock from before taking it until it
 * ends), and only once all of them have ended, and the events are read again, does it treat what is still empty as a
 * hole. An event committed late behind a gap thus lands at its own global index, never after a later one. This is
 * also why it reads the event table itself rather than follow a tracking token: the leaves are the stored bytes, in
 * the stored order, whatever order the events were delivered in.
 */
@Component
class Boomschrijver {

    private static final Logger LOG = LoggerFactory.getLogger(Boomschrijver.class);
    static final int PARTIJ = 500;

    private final Boomopslag opslag;
    private final TransactionTemplate transactie;

    Boomschrijver(Boomopslag opslag, TransactionTemplate transactie) {
        this.opslag = opslag;
        this.transactie = transactie;
    }

    /** Appends what can be appended now; returns the tree's size. */
    long werkBij() {
        Partij partij;
        do {
            partij = transactie.execute(t -> partij());
        } while (partij.meer());
        return partij.grootte();
    }

    /** The tree's size after a batch, and whether more may be appended at once. */
    private record Partij(long grootte, boolean meer) {
    }

    /** One batch in one transaction. */
    private Partij partij() {
        Toestand toestand = opslag.toestand(true);
        List<Gebeurtenisblad> gebeurtenissen = opslag.gebeurtenissenNa(toestand.laatsteGlobaleIndex(), PARTIJ);
        List<NieuwBlad> nieuw = new ArrayList<>();
        long grootte = toestand.grootte();
        long laatste = toestand.laatsteGlobaleIndex();
        List<byte[]> rand = toestand.rand();
        Long wachtTot = toestand.wachtTot();
        List<String> wachtOp = toestand.wachtOp();
        boolean gatDefinitief = toestand.gatDefinitief();
        boolean opnieuwLezen = false;
        for (Gebeurtenisblad gebeurtenis : gebeurtenissen) {
            if (gebeurtenis.globaleIndex() != laatste + 1) {
                boolean gedekt = wachtTot != null && gebeurtenis.globaleIndex() <= wachtTot;
                if (gedekt && !gatDefinitief) {
                    if (opslag.eenVanDezeSchrijftNog(wachtOp)) {
                        break;
                    }
                    // Every writer that could fill the gap has ended: read again, then what is empty stays empty.
                    gatDefinitief = true;
                    opnieuwLezen = true;
                    break;
                }
                if (!gedekt) {
                    wachtTot = gebeurtenissen.get(gebeurtenissen.size() - 1).globaleIndex();
                    wachtOp = opslag.schrijvendeTransacties();
                    gatDefinitief = false;
                    if (wachtOp.isEmpty()) {
                        gatDefinitief = true;
                        opnieuwLezen = true;
                    }
                    break;
                }
                LOG.debug("Globale index {} tot {} blijft leeg", laatste + 1, gebeurtenis.globaleIndex() - 1);
            }
            byte[] hash = gebeurtenis.bladHash();
            nieuw.add(new NieuwBlad(grootte, gebeurtenis, opslag.regioVan(gebeurtenis.payload()), hash));
            rand = Merkleboom.voegToeAanRand(rand, grootte, hash);
            grootte++;
            laatste = gebeurtenis.globaleIndex();
        }
        if (wachtTot != null && laatste >= wachtTot) {
            wachtTot = null;
            wachtOp = null;
            gatDefinitief = false;
        }
        if (!nieuw.isEmpty()) {
            opslag.voegToe(nieuw);
        }
        opslag.bewaar(new Toestand(grootte, laatste, rand, Merkleboom.wortelVanRand(rand), wachtTot, wachtOp,
                gatDefinitief));
        return new Partij(grootte, opnieuwLezen || (gebeurtenissen.size() == PARTIJ && nieuw.size() == PARTIJ));
    }
}
