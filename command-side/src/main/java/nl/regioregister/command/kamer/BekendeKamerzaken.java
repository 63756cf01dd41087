package nl.regioregister.command.kamer;

/**
 * Whether a motie or toezegging is registered. A Kamerbrief names the ones it fulfils or carries out; it cannot name
 * what the register does not know. Command handlers receive it as a parameter.
 */
public interface BekendeKamerzaken {

    boolean toezeggingBestaat(String toezeggingId);

    /** @param kamerstuknummer normalised */
    boolean motieBestaat(String kamerstuknummer);
}
