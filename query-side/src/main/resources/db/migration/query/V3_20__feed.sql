-- The integrators' feed: every event, of every type, at a dense position assigned in commit order by the feed's
-- single processor (one segment), in the transaction of its token. Never updated; a replay keeps the positions.
CREATE TABLE feed_gebeurtenis (
    positie             BIGINT       NOT NULL,
    gebeurtenis_id      VARCHAR(255) NOT NULL,
    type                VARCHAR(255) NOT NULL,
    basistype           VARCHAR(255) NOT NULL,
    onderwerp           VARCHAR(255) NOT NULL,
    regio_id            VARCHAR(100),
    geregistreerd_op    TIMESTAMPTZ  NOT NULL,
    ingangsdatum        DATE,
    besluit_rol         VARCHAR(60),
    besluit_organisatie VARCHAR(255),
    besluit_bron        TEXT,
    data                TEXT         NOT NULL,
    CONSTRAINT feed_gebeurtenis_pk PRIMARY KEY (positie),
    CONSTRAINT feed_gebeurtenis_id_uk UNIQUE (gebeurtenis_id),
    CONSTRAINT feed_gebeurtenis_positie_positief CHECK (positie > 0)
);

-- Keyset access per filter: the filtered column first, then the position.
CREATE INDEX feed_gebeurtenis_type_idx ON feed_gebeurtenis (type, positie);
CREATE INDEX feed_gebeurtenis_basistype_idx ON feed_gebeurtenis (basistype, positie);
CREATE INDEX feed_gebeurtenis_regio_idx ON feed_gebeurtenis (regio_id, positie);
