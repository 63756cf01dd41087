-- Webhook subscriptions of integrators. The outbox of a subscription is the feed itself: every event after its
-- cursor that passes its filter is still to be delivered, in feed order. Nothing of the delivery state lives only in
-- memory: cursor, attempts, back-off and claims are rows, so deliveries survive restarts.
CREATE TABLE abonnement (
    id                      UUID         NOT NULL,
    eigenaar                VARCHAR(255) NOT NULL,
    callback_url            TEXT         NOT NULL,
    geheim                  TEXT         NOT NULL,
    typen                   TEXT[]       NOT NULL,
    regios                  TEXT[]       NOT NULL,
    ingangsdatum_vanaf      DATE,
    ingangsdatum_tot_en_met DATE,
    status                  VARCHAR(20)  NOT NULL,
    -- the feed position up to which every passing event was delivered
    cursor                  BIGINT       NOT NULL,
    -- failed attempts at the event after the cursor, and since when deliveries fail
    pogingen                INTEGER      NOT NULL DEFAULT 0,
    falend_sinds            TIMESTAMPTZ,
    volgende_poging         TIMESTAMPTZ  NOT NULL,
    -- a deliverer's claim, so that one subscription is delivered by one deliverer at a time, in order
    geclaimd_tot            TIMESTAMPTZ,
    aangemaakt_op           TIMESTAMPTZ  NOT NULL,
    CONSTRAINT abonnement_pk PRIMARY KEY (id),
    CONSTRAINT abonnement_status_ck CHECK (status IN ('ACTIEF', 'GEPAUZEERD', 'FALEND')),
    CONSTRAINT abonnement_cursor_ck CHECK (cursor >= 0)
);
CREATE INDEX abonnement_eigenaar_idx ON abonnement (eigenaar, aangemaakt_op);
CREATE INDEX abonnement_te_bezorgen_idx ON abonnement (volgende_poging) WHERE status = 'ACTIEF';

-- Every delivery attempt, visible to the subscriber.
CREATE TABLE afleverpoging (
    volgnummer      BIGSERIAL    NOT NULL,
    abonnement_id   UUID         NOT NULL,
    webhook_id      VARCHAR(100) NOT NULL,
    positie         BIGINT       NOT NULL,
    type            VARCHAR(255) NOT NULL,
    tijdstip        TIMESTAMPTZ  NOT NULL,
    duur_ms         BIGINT       NOT NULL,
    http_status     INTEGER,
    fout            TEXT,
    geslaagd        BOOLEAN      NOT NULL,
    volgende_poging TIMESTAMPTZ,
    CONSTRAINT afleverpoging_pk PRIMARY KEY (volgnummer),
    CONSTRAINT afleverpoging_abonnement_fk FOREIGN KEY (abonnement_id) REFERENCES abonnement (id) ON DELETE CASCADE
);
CREATE INDEX afleverpoging_abonnement_idx ON afleverpoging (abonnement_id, volgnummer);
