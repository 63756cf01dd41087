package nl.regioregister.command.persoon;

/**
 * What the register keeps of a person named in a decision: personal data under the AVG, so kept outside the event
 * payload, where it can be erased.
 *
 * @param functie e.g. "DG Mobiliteit"; {@code null} when not given
 */
public record Persoonsgegevens(String naam, String functie) {
}
