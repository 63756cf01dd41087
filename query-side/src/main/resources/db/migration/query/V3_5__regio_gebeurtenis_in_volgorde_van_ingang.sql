-- The region status is folded in order of taking effect: reading what took effect between two dates, and checking
-- whether a decision already folded takes effect after a new one, are range scans on this index, not scans of all of
-- a region's decisions.
CREATE INDEX regio_gebeurtenis_ingang ON regio_gebeurtenis (regio_id, ingangsdatum, positie);
