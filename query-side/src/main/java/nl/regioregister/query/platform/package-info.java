/**
 * Plumbing of the query side: security, problem responses, API version header, projection positions,
 * read-your-writes ({@link nl.regioregister.query.platform.LeesNaSchrijven}), a savepoint around every projection
 * event handler ({@link nl.regioregister.query.platform.Savepoints}), each event's own position in the event store
 * ({@link nl.regioregister.query.platform.EigenPositie}, carried by
 * {@link nl.regioregister.query.platform.EigenPositieEventStorageEngine}) and the rebuild of table projections
 * without downtime ({@link nl.regioregister.query.platform.Schaduwherbouw}).
 */
package nl.regioregister.query.platform;
