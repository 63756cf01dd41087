-- Toezeggingen are due by a date, in a period in words, or both; they name who carries them and what they concern;
-- they are fulfilled by a Kamerbrief, a letter's reference or otherwise.
ALTER TABLE toezegging ALTER COLUMN uiterlijk DROP NOT NULL;
ALTER TABLE toezegging ADD COLUMN termijn        TEXT;
ALTER TABLE toezegging ADD COLUMN bewindspersoon TEXT;
ALTER TABLE toezegging ADD COLUMN departement    VARCHAR(20);
ALTER TABLE toezegging ADD COLUMN programma      VARCHAR(40);
ALTER TABLE toezegging ADD COLUMN regios         TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE toezegging ADD COLUMN vervuld_wijze  TEXT;
