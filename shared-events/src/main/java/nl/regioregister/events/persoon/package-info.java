/**
 * Decisions about the personal data the register keeps of people named in its decisions: their erasure.
 */
package nl.regioregister.events.persoon;
