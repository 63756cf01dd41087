/**
 * The long-term agenda of an NPVR region: one {@link nl.regioregister.command.agenda.LangjarigeAgenda} per region,
 * identifier {@code agenda:<regioId>}, holding the plan voor de regio, the uitvoeringsagenda's and the
 * departments' inspanningsverplichtingen (Kamerbrief nadere uitwerking Elke Regio Telt, 20 december 2024, bijlage 1;
 * Achterhoek memo in the AB bundle of 5 maart 2025).
 *
 * <h2>Rules</h2>
 * <ol>
 * <li>The region submits its plan ({@code DienPlanIn}); only a known region. A plan has a vision year after 2025 and
 * its document with a SHA-256 checksum; the chapters of bijlage 1 and the translation of the doelstellingen are given
 * as far as the region and the Rijk chose ("Geen vast format", klankbordgroep NPVR, 28 januari 2025).</li>
 * <li>Every submission is a new version (1, 2, ...), also after a return, a withdrawal or an adoption. An adopted
 * version stays in force until a later version is adopted.</li>
 * <li>Returning (Rijk, remarks required), akkoord regio, akkoord Rijk, adopting and withdrawing name the version they
 * concern; it must be the version that lies submitted. A side agrees to a version once.</li>
 * <li>{@code StelVast} (Rijk) adopts only a version both sides agreed to; otherwise it is refused naming the side
 * (regio, Rijk, or both) whose akkoord is missing. A new version needs new akkoorden.</li>
 * <li>The region withdraws a submitted or returned version before adoption; an adopted version cannot be
 * withdrawn.</li>
 * <li>An uitvoeringsagenda is submitted also before the plan is adopted, or before any plan (one adaptive agenda),
 * for any span of whole years from 2025 onward (four is the norm, signalled on the status); periods never overlap (a
 * withdrawn agenda that was never adopted frees its period). It is adopted only on an adopted plan.</li>
 * <li>An uitvoeringsagenda goes through the same cycle as the plan, per period, with its own version numbers. An
 * adopted agenda may be revised within its period as a new version.</li>
 * <li>Progress is reported by region or Rijk, per activity of the adopted version, until the evaluation.</li>
 * <li>The evaluation (region or Rijk) concerns an adopted agenda and is made once; it closes the period.</li>
 * <li>Recalibration (region) follows the evaluation: it submits version 1 of the agenda of the directly following
 * four years, linked to the evaluated period ({@code herijkingVan}).</li>
 * <li>Any department carries an inspanningsverplichting: ten committed in the Kamerbrief, "Overige departementen
 * sluiten nadien aan"; the Rijk records, changes and withdraws it, under a kenmerk unique within the region, also
 * before the region submitted a plan.</li>
 * <li>Target dates (plan around summer 2025, uitvoeringsagenda end 2025) are never a reason for refusal.</li>
 * </ol>
 *
 * <h2>Endpoints</h2>
 * All {@code POST}, each body with its {@code besluit} (ingangsdatum, motivering, bron):
 * <ul>
 * <li>{@code /v1/regios/{regioId}/plan/} {@code dien-in}, {@code stuur-terug}, {@code geef-akkoord-regio},
 * {@code geef-akkoord-rijk}, {@code stel-vast}, {@code trek-in}</li>
 * <li>{@code /v1/regios/{regioId}/uitvoeringsagendas/dien-in}</li>
 * <li>{@code /v1/regios/{regioId}/uitvoeringsagendas/{periode}/} {@code stuur-terug}, {@code geef-akkoord-regio},
 * {@code geef-akkoord-rijk}, {@code stel-vast}, {@code trek-in}, {@code evalueer}, {@code herijk}, and
 * {@code activiteiten/{activiteit}/meld-voortgang}; {@code periode} as {@code 2026-2029}</li>
 * <li>{@code /v1/regios/{regioId}/inspanningsverplichtingen/ga-aan}, {@code .../{kenmerk}/wijzig},
 * {@code .../{kenmerk}/trek-in}</li>
 * </ul>
 */
package nl.regioregister.command.agenda;
