-- The feed publishes a decision's grounds and the body that took it (Woo): the decision metadata's motivering,
-- besluitorgaan, besluitorgaanNaam and namens. Never who recorded it (actor).
ALTER TABLE feed_gebeurtenis ADD COLUMN besluit_motivering TEXT;
ALTER TABLE feed_gebeurtenis ADD COLUMN besluitorgaan      VARCHAR(60);
ALTER TABLE feed_gebeurtenis ADD COLUMN besluitorgaan_naam VARCHAR(255);
ALTER TABLE feed_gebeurtenis ADD COLUMN besluit_namens     VARCHAR(255);

-- Events already in the feed get them from the metadata the event store holds for them (the feed is never replayed:
-- its positions are fixed). Metadata that is not readable JSON leaves the row as it was; the event is unchanged.
DO $$
DECLARE
    rij RECORD;
    metadata JSONB;
BEGIN
    FOR rij IN SELECT f.positie, e.metadata
               FROM feed_gebeurtenis f JOIN domainevententry e ON e.eventidentifier = f.gebeurtenis_id
               WHERE e.metadata IS NOT NULL LOOP
        BEGIN
            metadata := convert_from(rij.metadata, 'UTF8')::jsonb;
        EXCEPTION WHEN others THEN
            CONTINUE;
        END;
        UPDATE feed_gebeurtenis
        SET besluit_motivering = metadata ->> 'motivering',
            besluitorgaan      = metadata ->> 'besluitorgaan',
            besluitorgaan_naam = metadata ->> 'besluitorgaanNaam',
            besluit_namens     = metadata ->> 'namens'
        WHERE positie = rij.positie;
    END LOOP;
END $$;
