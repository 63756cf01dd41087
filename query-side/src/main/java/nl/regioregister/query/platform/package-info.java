/**
 * Plumbing of the query side: security, problem responses, API version header, projection positions,
 * read-your-writes ({@link nl.regioregister.query.platform.LeesNaSchrijven}) and a savepoint around every projection
 * event handler ({@link nl.regioregister.query.platform.Savepoints}).
 */
package nl.regioregister.query.platform;
