package nl.regioregister.query.integriteit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regioregister.query.integriteit.Boomopslag.Toestand;
import nl.regioregister.query.integriteit.verificatie.Controlepunt;
import nl.regioregister.query.integriteit.verificatie.Gebeurtenisblad;
import nl.regioregister.query.integriteit.verificatie.Merkleboom;
import nl.regioregister.query.integriteit.verificatie.Sleutels;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs checkpoints, but only over a tree that still matches the stored events: before signing, the leaves are
 * hashed again from the event table (all of them, or those since the previous checkpoint), the event table must
 * hold exactly one event per leaf, and the stored leaves must still give the root of the tree and of earlier
 * checkpoints. A register whose history was changed behind its back refuses to sign it.
 */
@Component
class Controlepunten {

    /** How much of the history is hashed again before signing. */
    enum Controle { VOLLEDIG, SINDS_VORIGE }

    private final Boomopslag opslag;
    private final Ondertekenaar ondertekenaar;
    private final Clock klok;

    Controlepunten(Boomopslag opslag, Ondertekenaar ondertekenaar, Clock klok) {
        this.opslag = opslag;
        this.ondertekenaar = ondertekenaar;
        this.klok = klok;
    }

    @Transactional
    public Controlepunt teken(Controle controle) {
        Ondertekenaar.Sleutelpaar sleutel = ondertekenaar.sleutel();
        Toestand toestand = opslag.toestand(false);
        Optional<Controlepunt> vorige = opslag.laatsteControlepunt();
        controleer(toestand, vorige, controle);
        String tijdstip = klok.instant().truncatedTo(ChronoUnit.MILLIS).toString();
        byte[] tekst = Controlepunt.tekst(toestand.grootte(), toestand.wortel(), tijdstip)
                .getBytes(StandardCharsets.UTF_8);
        Controlepunt controlepunt = new Controlepunt(toestand.grootte(), toestand.wortel(), tijdstip,
                Sleutels.sleutelId(sleutel.publiek()), Sleutels.onderteken(sleutel.prive(), tekst));
        opslag.bewaar(controlepunt);
        return controlepunt;
    }

    /** Signs only when the tree has grown since the last checkpoint (or none exists yet). */
    @Transactional
    public Optional<Controlepunt> tekenAlsGegroeid() {
        long grootte = opslag.toestand(false).grootte();
        Optional<Controlepunt> vorige = opslag.laatsteControlepunt();
        if (vorige.isPresent() && vorige.get().grootte() == grootte) {
            return Optional.empty();
        }
        return Optional.of(teken(Controle.SINDS_VORIGE));
    }

    void controleer(Toestand toestand, Optional<Controlepunt> vorige, Controle controle) {
        long van = controle == Controle.VOLLEDIG ? 0 : vorige.map(Controlepunt::grootte).orElse(0L);
        opslag.bladenMetGebeurtenissen(van, toestand.grootte(), null, b -> controleerBlad(b));
        if (controle == Controle.VOLLEDIG) {
            long aantal = opslag.aantalGebeurtenissenTot(toestand.laatsteGlobaleIndex());
            if (aantal != toestand.grootte()) {
                throw new Integriteitsschending(-1, "de event store houdt " + aantal + " gebeurtenissen tot globale "
                        + "index " + toestand.laatsteGlobaleIndex() + ", de boom " + toestand.grootte()
                        + " bladen: er zijn gebeurtenissen verdwenen of bijgekomen");
            }
        }
        List<Controlepunt> eerdere = controle == Controle.VOLLEDIG ? opslag.controlepunten()
                : vorige.map(List::of).orElse(List.of());
        controleerWortels(toestand, eerdere);
    }

    private static void controleerBlad(Boomopslag.BladMetGebeurtenis blad) {
        Gebeurtenisblad gebeurtenis = blad.gebeurtenis();
        if (gebeurtenis == null) {
            throw new Integriteitsschending(blad.blad(), "blad " + blad.blad() + ": gebeurtenis "
                    + blad.bladGebeurtenisId() + " (globale index " + blad.globaleIndex()
                    + ") ontbreekt in de event store");
        }
        if (!Arrays.equals(gebeurtenis.bladHash(), blad.bladHash())) {
            throw new Integriteitsschending(blad.blad(), !gebeurtenis.gebeurtenisId().equals(blad.bladGebeurtenisId())
                    ? "blad " + blad.blad() + ": op globale index " + blad.globaleIndex() + " staat gebeurtenis "
                            + gebeurtenis.gebeurtenisId() + " in plaats van " + blad.bladGebeurtenisId()
                            + ": de volgorde of de inhoud is gewijzigd"
                    : "blad " + blad.blad() + ": gebeurtenis " + gebeurtenis.gebeurtenisId() + " van "
                            + gebeurtenis.aggregaatId() + " (volgnummer " + gebeurtenis.volgnummer()
                            + ", globale index " + blad.globaleIndex() + ") is gewijzigd");
        }
    }

    /** The stored leaves must give the tree's root and the root of every earlier checkpoint given. */
    private void controleerWortels(Toestand toestand, List<Controlepunt> eerdere) {
        List<byte[]> hashes = opslag.bladHashes(toestand.grootte());
        Map<Long, byte[]> wortels = new HashMap<>();
        eerdere.forEach(c -> wortels.put(c.grootte(), null));
        List<byte[]> rand = List.of();
        if (wortels.containsKey(0L)) {
            wortels.put(0L, Merkleboom.legeWortel());
        }
        for (int i = 0; i < hashes.size(); i++) {
            rand = Merkleboom.voegToeAanRand(rand, i, hashes.get(i));
            if (wortels.containsKey((long) i + 1)) {
                wortels.put((long) i + 1, Merkleboom.wortelVanRand(rand));
            }
        }
        if (hashes.size() != toestand.grootte() || !Arrays.equals(Merkleboom.wortelVanRand(rand), toestand.wortel())) {
            throw new Integriteitsschending(-1, "de opgeslagen bladen geven niet de wortel van de boom");
        }
        for (Controlepunt eerder : eerdere) {
            if (!Arrays.equals(wortels.get(eerder.grootte()), eerder.wortel())) {
                throw new Integriteitsschending(-1, "de opgeslagen bladen geven niet de wortel van het controlepunt "
                        + "van " + eerder.tijdstip() + " (" + eerder.grootte() + " bladen): de historie is herschreven");
            }
        }
    }
}
