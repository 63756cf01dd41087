package nl.regioregister.command.besluit;

/** A command about one region; a region's user may only decide for their own region. */
public interface RegioGebonden {

    String regioId();
}
