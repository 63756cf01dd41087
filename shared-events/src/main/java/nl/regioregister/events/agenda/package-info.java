/**
 * The long-term agenda of an NPVR region: its plan voor de regio and its four-yearly uitvoeringsagenda's, both made
 * jointly by region and Rijk with the region in the lead, and the departments' inspanningsverplichtingen to it
 * (Kamerbrief nadere uitwerking Elke Regio Telt, 20 december 2024, bijlage 1).
 * <p>
 * Each part goes through the same cycle: submitted by the region, returned by the Rijk or agreed by both sides on
 * the very same version, then adopted. Every submission is a new version, so the events keep every version.
 */
package nl.regioregister.events.agenda;
