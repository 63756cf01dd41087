-- Moties and toezeggingen to Parliament, and how each is being carried out.
CREATE TABLE motie (
    kamerstuknummer     VARCHAR(60)  NOT NULL,
    titel               TEXT         NOT NULL,
    indieners           TEXT[]       NOT NULL,
    aangenomen_op       DATE,
    afgedaan_op         DATE,
    afgedaan_referentie TEXT,
    positie             BIGINT       NOT NULL,
    CONSTRAINT motie_pk PRIMARY KEY (kamerstuknummer)
);

CREATE TABLE motie_uitvoering (
    kamerstuknummer VARCHAR(60) NOT NULL,
    positie         BIGINT      NOT NULL,
    referentie      TEXT        NOT NULL,
    omschrijving    TEXT,
    ingangsdatum    DATE        NOT NULL,
    CONSTRAINT motie_uitvoering_pk PRIMARY KEY (kamerstuknummer, positie)
);

CREATE TABLE toezegging (
    toezegging_id     VARCHAR(64) NOT NULL,
    omschrijving      TEXT        NOT NULL,
    gedaan_aan        TEXT,
    gedaan_in         TEXT,
    uiterlijk         DATE        NOT NULL,
    motie             VARCHAR(60),
    vervuld_met       TEXT,
    vervuld_op        DATE,
    positie           BIGINT      NOT NULL,
    CONSTRAINT toezegging_pk PRIMARY KEY (toezegging_id)
);
CREATE INDEX toezegging_open_idx ON toezegging (uiterlijk) WHERE vervuld_op IS NULL;
