-- The audit history: one row per recorded event, every decision with its accountability and its payload.
-- Written by the besluitenhistorie processor in the transaction of its token.
CREATE TABLE besluit_historie (
    positie          BIGINT       NOT NULL, -- the event's global index in the event store
    gebeurtenis_id   VARCHAR(255) NOT NULL,
    type             VARCHAR(255) NOT NULL, -- simple class name of the payload
    revisie          VARCHAR(60),
    regio_id         VARCHAR(100),          -- the payload's regioId, when it has one
    object_id        VARCHAR(255),          -- the aggregate identifier
    volgnummer       BIGINT,                -- the aggregate's sequence number
    actor            VARCHAR(255),
    rol              VARCHAR(60),
    organisatie      VARCHAR(255),
    geregistreerd_op TIMESTAMPTZ  NOT NULL,
    ingangsdatum     DATE,
    motivering       TEXT,
    bron             TEXT,
    inhoud           JSONB        NOT NULL,
    CONSTRAINT besluit_historie_pk PRIMARY KEY (positie),
    CONSTRAINT besluit_historie_gebeurtenis_uk UNIQUE (gebeurtenis_id)
);

-- Newest first, filtered: each filter column leads an index that ends in the keyset column.
CREATE INDEX besluit_historie_regio_idx ON besluit_historie (regio_id, positie);
CREATE INDEX besluit_historie_type_idx ON besluit_historie (type, positie);
CREATE INDEX besluit_historie_actor_idx ON besluit_historie (actor, positie);
CREATE INDEX besluit_historie_organisatie_idx ON besluit_historie (organisatie, positie);
CREATE INDEX besluit_historie_geregistreerd_idx ON besluit_historie (geregistreerd_op, positie);
CREATE INDEX besluit_historie_ingang_idx ON besluit_historie (ingangsdatum, positie);
