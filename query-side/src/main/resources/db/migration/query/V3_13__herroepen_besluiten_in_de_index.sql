-- A revocation names the position of the decision it revokes. Kept in the region's index, so that every fold in order
-- of taking effect (from the start, or from a stored status onwards) leaves out the revoked decisions with a range
-- scan instead of reading every event of the region. Revocations indexed before this column are filled in by a rebuild.
ALTER TABLE regio_gebeurtenis ADD COLUMN herroept BIGINT;
CREATE INDEX regio_gebeurtenis_herroept ON regio_gebeurtenis (regio_id, herroept) WHERE herroept IS NOT NULL;
