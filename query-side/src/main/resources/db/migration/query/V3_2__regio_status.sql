-- Region status documents, folded from the events. Rebuilds write a new generation next to the active one and
-- switch over once caught up, so the old one stays readable meanwhile.
CREATE TABLE projectie_generatie (
    projectie VARCHAR(100) NOT NULL,
    actief    INTEGER      NOT NULL,
    in_opbouw INTEGER,
    CONSTRAINT projectie_generatie_pk PRIMARY KEY (projectie)
);
INSERT INTO projectie_generatie (projectie, actief) VALUES ('regio-status', 1);

CREATE TABLE regio_status (
    generatie INTEGER      NOT NULL,
    regio_id  VARCHAR(100) NOT NULL,
    document  JSONB        NOT NULL,
    positie   BIGINT       NOT NULL,
    CONSTRAINT regio_status_pk PRIMARY KEY (generatie, regio_id)
);

-- Which events a generation already folded: makes applying an event idempotent even when a late commit fills a gap
-- in the global index behind a later event.
CREATE TABLE regio_status_toegepast (
    generatie INTEGER NOT NULL,
    positie   BIGINT  NOT NULL,
    CONSTRAINT regio_status_toegepast_pk PRIMARY KEY (generatie, positie)
);

-- Which events concern which region, with both dates, for time travel over the event store.
CREATE TABLE regio_gebeurtenis (
    regio_id         VARCHAR(100)             NOT NULL,
    positie          BIGINT                   NOT NULL,
    geregistreerd_op TIMESTAMP WITH TIME ZONE NOT NULL,
    ingangsdatum     DATE                     NOT NULL,
    CONSTRAINT regio_gebeurtenis_pk PRIMARY KEY (regio_id, positie)
);

-- Progress of the latest rebuild per projection, readable from every instance.
CREATE TABLE projectie_herbouw (
    projectie     VARCHAR(100)             NOT NULL,
    generatie     INTEGER                  NOT NULL,
    status        VARCHAR(20)              NOT NULL,
    verwerkt      BIGINT                   NOT NULL,
    totaal        BIGINT                   NOT NULL,
    gestart_op    TIMESTAMP WITH TIME ZONE NOT NULL,
    bijgewerkt_op TIMESTAMP WITH TIME ZONE NOT NULL,
    fout          TEXT,
    CONSTRAINT projectie_herbouw_pk PRIMARY KEY (projectie)
);
