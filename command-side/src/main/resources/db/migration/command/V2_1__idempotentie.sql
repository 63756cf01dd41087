-- A retried decision with the same Idempotency-Key has no second effect and gets the first answer.
-- The row is written in the transaction that appends the decision's events.
CREATE TABLE besluit_idempotentie (
    actor        VARCHAR(255) NOT NULL,
    sleutel      VARCHAR(255) NOT NULL,
    verzoek_hash VARCHAR(64)  NOT NULL,
    aggregaat_id VARCHAR(255) NOT NULL,
    versie       BIGINT,
    positie      BIGINT,
    vastgelegd_op TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT besluit_idempotentie_pk PRIMARY KEY (actor, sleutel)
);
