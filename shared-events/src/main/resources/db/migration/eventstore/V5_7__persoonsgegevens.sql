-- The erasable register of personal data (AVG). Names and functions of the people decisions name (rijksvertegenwoordiger,
-- regioadviseur, ambtelijk and bestuurlijk trekker, programmamanager and -medewerker) live here, not in the event
-- payload: the payload is under the Merkle tree's proofs and can never change, a row here can be erased. The events
-- carry persoon_id. Written by the command side in the transaction of the decision that names the person; an erasure
-- (itself a decision, PersoonsgegevensGewist) blanks naam and functie and notes gewist_op, keeping the reference so
-- views can say the person was erased.
CREATE TABLE persoonsgegevens (
    persoon_id    VARCHAR(255) NOT NULL,
    naam          VARCHAR(200),
    functie       VARCHAR(200),
    vastgelegd_op TIMESTAMPTZ  NOT NULL,
    gewist_op     TIMESTAMPTZ,
    CONSTRAINT persoonsgegevens_pk PRIMARY KEY (persoon_id),
    CONSTRAINT persoonsgegevens_naam_tot_gewist CHECK ((gewist_op IS NULL AND naam IS NOT NULL)
        OR (gewist_op IS NOT NULL AND naam IS NULL AND functie IS NULL))
);

-- Events of revision 1 carried the name in their payload. Their upcaster gives them their own event identifier as
-- person reference; the names are copied here under that reference, so views keep showing them and an erasure can
-- blank them in every view. The stored payload itself keeps the name (see docs/integriteit.md).
INSERT INTO persoonsgegevens (persoon_id, naam, functie, vastgelegd_op)
SELECT eventidentifier, left(inhoud ->> naamveld, 200), left(inhoud ->> functieveld, 200), timestamp::timestamptz
FROM (SELECT eventidentifier, timestamp, convert_from(payload, 'UTF8')::jsonb AS inhoud,
             CASE WHEN payloadtype LIKE '%.VoorkeursdepartementAangewezen' THEN 'ambtelijkTrekker'
                  ELSE 'naam' END AS naamveld,
             CASE WHEN payloadtype LIKE '%.VoorkeursdepartementAangewezen' THEN 'ambtelijkTrekkerFunctie'
                  ELSE 'functie' END AS functieveld
      FROM domainevententry
      WHERE payloadrevision = '1'
        AND payloadtype IN ('nl.regioregister.events.regio.RijksvertegenwoordigerBenoemd',
                            'nl.regioregister.events.regio.RegioadviseurBenoemd',
                            'nl.regioregister.events.regio.BestuurlijkTrekkerAangewezen',
                            'nl.regioregister.events.regio.ProgrammamanagerAangesteld',
                            'nl.regioregister.events.regio.ProgrammamedewerkerAangesteld',
                            'nl.regioregister.events.regio.VoorkeursdepartementAangewezen',
                            'nl.regioregister.events.regio.BenoemingBeeindigd')) oud
WHERE jsonb_typeof(inhoud -> naamveld) = 'string';

-- The services write and erase rows here, unlike the event store (V5_2__rollen.sql): SELECT, INSERT, UPDATE and
-- DELETE on this table, but not TRUNCATE.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'regioregister_dienst') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON persoonsgegevens TO regioregister_dienst;
        REVOKE TRUNCATE ON persoonsgegevens FROM regioregister_dienst;
    END IF;
END $$;
