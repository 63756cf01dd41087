-- Who took each decision and on whose behalf, next to who recorded it: the decision metadata's besluitorgaan,
-- besluitorgaanNaam and namens. Empty for decisions recorded before they were asked for.
ALTER TABLE besluit_historie ADD COLUMN besluitorgaan      VARCHAR(60);
ALTER TABLE besluit_historie ADD COLUMN besluitorgaan_naam VARCHAR(255);
ALTER TABLE besluit_historie ADD COLUMN namens             VARCHAR(255);
