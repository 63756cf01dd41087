-- The kamer view keeps every fact of a motie or toezegging at its own position (registration, due date, fulfilment,
-- execution, completion, and the Kamerbrieven that fulfil and carry them out), and the positions of revoked decisions;
-- each row shows what the facts that still count say. A revoked decision then stops counting in the live view and in
-- a rebuild alike, in whatever order the two meet the events. The view is refolded from the event store: its rows and
-- its token are cleared, and the kamer processor reads the store from the start.
DELETE FROM motie_uitvoering;
DELETE FROM motie;
DELETE FROM toezegging;
DELETE FROM tokenentry WHERE processorname = 'kamer';
DELETE FROM projectie_stand WHERE projectie = 'kamer';

ALTER TABLE motie ADD COLUMN geregistreerd_positie BIGINT NOT NULL;
ALTER TABLE motie ADD COLUMN herroepen BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE motie_uitvoering ADD COLUMN kamerbrief_id VARCHAR(64);

CREATE TABLE motie_afdoening (
    kamerstuknummer VARCHAR(60) NOT NULL,
    positie         BIGINT      NOT NULL,
    datum           DATE,
    referentie      TEXT        NOT NULL,
    CONSTRAINT motie_afdoening_pk PRIMARY KEY (kamerstuknummer, positie)
);

ALTER TABLE toezegging ADD COLUMN geregistreerd_positie BIGINT NOT NULL;
ALTER TABLE toezegging ADD COLUMN herroepen BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE toezegging ADD COLUMN vervuld_kamerbrief VARCHAR(64);

CREATE TABLE toezegging_termijn (
    toezegging_id VARCHAR(64) NOT NULL,
    positie       BIGINT      NOT NULL,
    uiterlijk     DATE,
    CONSTRAINT toezegging_termijn_pk PRIMARY KEY (toezegging_id, positie)
);

CREATE TABLE toezegging_vervulling (
    toezegging_id VARCHAR(64) NOT NULL,
    positie       BIGINT      NOT NULL,
    vervuld_met   TEXT        NOT NULL,
    datum         DATE        NOT NULL,
    wijze         TEXT,
    kamerbrief_id VARCHAR(64),
    CONSTRAINT toezegging_vervulling_pk PRIMARY KEY (toezegging_id, positie)
);

CREATE TABLE kamerbrief (
    kamerbrief_id   VARCHAR(64) NOT NULL,
    positie         BIGINT      NOT NULL,
    datum           DATE        NOT NULL,
    kamerstuknummer VARCHAR(60),
    onderwerp       TEXT        NOT NULL,
    bewindspersoon  TEXT        NOT NULL,
    document        TEXT        NOT NULL,
    sha256          CHAR(64),
    toezeggingen    TEXT[]      NOT NULL,
    moties          TEXT[]      NOT NULL,
    CONSTRAINT kamerbrief_pk PRIMARY KEY (kamerbrief_id)
);

-- The position of each revoked decision about a motie, a toezegging or a Kamerbrief, with the revocation's own.
CREATE TABLE kamer_herroeping (
    herroept BIGINT NOT NULL,
    positie  BIGINT NOT NULL,
    CONSTRAINT kamer_herroeping_pk PRIMARY KEY (herroept)
);
