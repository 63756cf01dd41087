/**
 * The programmes and grants already running between the Rijk and a region, and what an area programme could do to
 * bridge gaps or secure their continuity ("Lopende trajecten Achterhoek", bijlage 3, AB 5 maart 2025).
 */
package nl.regioregister.command.traject;
