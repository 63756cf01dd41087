-- The list of regions is read from the region status documents; its own projection is gone.
DROP TABLE regio_benoeming;
DROP TABLE regio;
DELETE FROM tokenentry WHERE processorname = 'regio-overzicht';
DELETE FROM projectie_stand WHERE projectie = 'regio-overzicht';
