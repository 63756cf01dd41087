package nl.regioregister.events.agenda;

/**
 * The document a decision is about, with the SHA-256 checksum (64 lowercase hexadecimal characters) of the exact
 * file, so that an auditor can prove which text was submitted or adopted.
 */
public record Documentverwijzing(String verwijzing, String sha256) {
}
