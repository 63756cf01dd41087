/**
 * The audit history ("besluitenhistorie"): every recorded event as one decision with who, in which role, for which
 * organisation, when recorded, when in effect, why and on what source, for auditors to read, filter and export.
 */
package nl.regioregister.query.historie;
