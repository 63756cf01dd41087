package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/**
 * Returning, agreeing to or adopting a part of the agenda concerns the version that lies submitted, named
 * explicitly.
 */
public class NietDeIngediendeVersie extends BesluitGeweigerd {

    NietDeIngediendeVersie(String reden) {
        super(reden);
    }

    @Override
    public String regel() {
        return "niet-de-ingediende-versie";
    }
}
