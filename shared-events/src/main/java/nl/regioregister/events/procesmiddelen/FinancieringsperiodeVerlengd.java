package nl.regioregister.events.procesmiddelen;

import org.axonframework.serialization.Revision;

/**
 * The Rijk extended the years for which the region can be granted procesmiddelen, first 2025 to 2027
 * ("de intentie vanuit het Rijk is om na drie jaar de termijn voor deze middelen weer te verlengen",
 * memo Achterhoek, section E).
 */
@Revision("1")
public record FinancieringsperiodeVerlengd(
        String regioId,
        int vorigLaatsteJaar,
        int laatsteJaar) {
}
