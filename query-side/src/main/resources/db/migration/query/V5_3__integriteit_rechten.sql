-- The Merkle tree's leaves and checkpoints are append-only for the services, like the events they prove (see
-- V5_2__rollen.sql); the tree's state row is updated by the writer.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'regioregister_dienst') THEN
        GRANT SELECT, INSERT ON integriteit_blad, integriteit_controlepunt TO regioregister_dienst;
        REVOKE UPDATE, DELETE, TRUNCATE ON integriteit_blad, integriteit_controlepunt FROM regioregister_dienst;
        GRANT SELECT, UPDATE ON integriteit_boom TO regioregister_dienst;
        REVOKE INSERT, DELETE, TRUNCATE ON integriteit_boom FROM regioregister_dienst;
    END IF;
END $$;
