-- Who may do what. The migrations run as the owner of the tables (the role Flyway logs in as, SPRING_FLYWAY_USER);
-- the services log in as a member of regioregister_dienst (SPRING_DATASOURCE_USERNAME). That role may read and append
-- events but not update, delete or truncate them, nor alter or drop the table or its trigger: only the owner may.
-- The role is created here when the owner may create roles; otherwise a DBA creates it (NOLOGIN) before migrating,
-- and the grants follow on the next migration that runs. Without the role nothing is granted or revoked (a single
-- owner-and-service role, as in the embedded development run).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'regioregister_dienst') THEN
        BEGIN
            CREATE ROLE regioregister_dienst NOLOGIN;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'rol regioregister_dienst niet aangemaakt: de eigenaar mag geen rollen maken';
            RETURN;
        END;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO regioregister_dienst', current_schema());
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO regioregister_dienst',
                   current_schema());
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO regioregister_dienst', current_schema());
    -- Tables and sequences the owner creates in later migrations, of either side, in whatever order they run.
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES '
                   'TO regioregister_dienst', current_schema());
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO regioregister_dienst',
                   current_schema());
    -- The history: append only.
    REVOKE UPDATE, DELETE, TRUNCATE ON domainevententry FROM regioregister_dienst;
END $$;
