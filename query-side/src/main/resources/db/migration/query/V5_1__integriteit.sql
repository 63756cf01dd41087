-- The register's Merkle tree (RFC 9162) over every stored event in global order: one leaf per event, appended by a
-- single writer once no transaction can still commit an event at a lower global index. Leaves are never updated.
CREATE TABLE integriteit_blad (
    blad           BIGINT       NOT NULL,
    globalindex    BIGINT       NOT NULL,
    gebeurtenis_id VARCHAR(255) NOT NULL,
    aggregaat_id   VARCHAR(255) NOT NULL,
    regio_id       VARCHAR(100),
    blad_hash      BYTEA        NOT NULL,
    CONSTRAINT integriteit_blad_pk PRIMARY KEY (blad),
    CONSTRAINT integriteit_blad_globalindex_uk UNIQUE (globalindex),
    CONSTRAINT integriteit_blad_gebeurtenis_uk UNIQUE (gebeurtenis_id),
    CONSTRAINT integriteit_blad_niet_negatief CHECK (blad >= 0),
    CONSTRAINT integriteit_blad_hash_lengte CHECK (octet_length(blad_hash) = 32)
);
CREATE INDEX integriteit_blad_regio_idx ON integriteit_blad (regio_id, blad);

-- The tree's state: its size, the global index of its last leaf, its right edge (the roots of its perfect subtrees,
-- largest first, 32 bytes each) and its root; and the gap the writer waits on: every global index below
-- wacht_tot_globalindex that is still empty is final once the transactions in wacht_op_transacties (virtual
-- transaction ids that were writing events) have ended.
CREATE TABLE integriteit_boom (
    id                     SMALLINT NOT NULL,
    grootte                BIGINT   NOT NULL,
    laatste_globalindex    BIGINT   NOT NULL,
    rand                   BYTEA    NOT NULL,
    wortel                 BYTEA    NOT NULL,
    wacht_tot_globalindex  BIGINT,
    wacht_op_transacties   TEXT[],
    gat_definitief         BOOLEAN  NOT NULL DEFAULT FALSE,
    CONSTRAINT integriteit_boom_pk PRIMARY KEY (id),
    CONSTRAINT integriteit_boom_een_rij CHECK (id = 1)
);
INSERT INTO integriteit_boom (id, grootte, laatste_globalindex, rand, wortel)
VALUES (1, 0, 0, ''::bytea, sha256(''::bytea));

-- Signed checkpoints, never updated.
CREATE TABLE integriteit_controlepunt (
    nummer       BIGINT GENERATED ALWAYS AS IDENTITY,
    grootte      BIGINT       NOT NULL,
    wortel       BYTEA        NOT NULL,
    tijdstip     VARCHAR(40)  NOT NULL,
    sleutel_id   VARCHAR(64)  NOT NULL,
    handtekening BYTEA        NOT NULL,
    CONSTRAINT integriteit_controlepunt_pk PRIMARY KEY (nummer)
);
CREATE INDEX integriteit_controlepunt_grootte_idx ON integriteit_controlepunt (grootte);
