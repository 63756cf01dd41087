-- Up to which event position each projection has processed; updated in the transaction of its token.
CREATE TABLE projectie_stand (
    projectie VARCHAR(100) NOT NULL,
    positie   BIGINT       NOT NULL,
    CONSTRAINT projectie_stand_pk PRIMARY KEY (projectie)
);

CREATE TABLE regio (
    regio_id    VARCHAR(100) NOT NULL,
    naam        VARCHAR(255) NOT NULL,
    soort       VARCHAR(60)  NOT NULL,
    provincies  TEXT[]       NOT NULL,
    gemeenten   TEXT[]       NOT NULL,
    positie     BIGINT       NOT NULL,
    CONSTRAINT regio_pk PRIMARY KEY (regio_id)
);

-- Every holder of every governance role, with dates; the current holder has no end date.
CREATE TABLE regio_benoeming (
    regio_id    VARCHAR(100) NOT NULL,
    rol         VARCHAR(60)  NOT NULL,
    volgnummer  BIGINT       NOT NULL,
    naam        VARCHAR(255) NOT NULL,
    functie     VARCHAR(255),
    organisatie VARCHAR(255),
    sinds       DATE         NOT NULL,
    tot         DATE,
    positie     BIGINT       NOT NULL,
    CONSTRAINT regio_benoeming_pk PRIMARY KEY (regio_id, rol, volgnummer)
);
CREATE INDEX regio_benoeming_huidig_idx ON regio_benoeming (regio_id, rol) WHERE tot IS NULL;
