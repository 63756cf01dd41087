-- Rows the feed and the decision history wrote for events of revision 1 before revision 2 took names out of the
-- payload (V5_7__persoonsgegevens.sql) still hold the name. They now get the shape a replay through the upcaster gives:
-- the person reference (the event's own identifier, under which V5_7 copied the name to persoonsgegevens) instead of
-- name and function, and revision 2. The stored events themselves are not changed.
CREATE FUNCTION persoon_uit_inhoud(inhoud JSONB, gebeurtenis_id TEXT, naamveld TEXT, verwijzing TEXT,
                                   functieveld TEXT) RETURNS JSONB LANGUAGE sql IMMUTABLE AS $$
    SELECT (inhoud - naamveld - functieveld)
           || jsonb_build_object(verwijzing, CASE WHEN jsonb_typeof(inhoud -> naamveld) = 'string'
                                                  THEN to_jsonb(gebeurtenis_id) ELSE 'null'::jsonb END)
$$;

UPDATE feed_gebeurtenis
SET data = persoon_uit_inhoud(data::jsonb, gebeurtenis_id, 'ambtelijkTrekker', 'ambtelijkTrekkerPersoonId',
                              'ambtelijkTrekkerFunctie')::text,
    type = 'nl.regioregister.regio.VoorkeursdepartementAangewezen.v2'
WHERE type = 'nl.regioregister.regio.VoorkeursdepartementAangewezen.v1';

UPDATE feed_gebeurtenis
SET data = persoon_uit_inhoud(data::jsonb, gebeurtenis_id, 'naam', 'persoonId', 'functie')::text,
    type = basistype || '.v2'
WHERE type IN ('nl.regioregister.regio.RijksvertegenwoordigerBenoemd.v1',
               'nl.regioregister.regio.RegioadviseurBenoemd.v1',
               'nl.regioregister.regio.BestuurlijkTrekkerAangewezen.v1',
               'nl.regioregister.regio.ProgrammamanagerAangesteld.v1',
               'nl.regioregister.regio.ProgrammamedewerkerAangesteld.v1',
               'nl.regioregister.regio.BenoemingBeeindigd.v1');

UPDATE besluit_historie
SET inhoud = persoon_uit_inhoud(inhoud, gebeurtenis_id, 'ambtelijkTrekker', 'ambtelijkTrekkerPersoonId',
                                'ambtelijkTrekkerFunctie'),
    revisie = '2'
WHERE type = 'VoorkeursdepartementAangewezen' AND revisie = '1';

UPDATE besluit_historie
SET inhoud = persoon_uit_inhoud(inhoud, gebeurtenis_id, 'naam', 'persoonId', 'functie'),
    revisie = '2'
WHERE type IN ('RijksvertegenwoordigerBenoemd', 'RegioadviseurBenoemd', 'BestuurlijkTrekkerAangewezen',
               'ProgrammamanagerAangesteld', 'ProgrammamedewerkerAangesteld', 'BenoemingBeeindigd')
  AND revisie = '1';

DROP FUNCTION persoon_uit_inhoud(JSONB, TEXT, TEXT, TEXT, TEXT);
