/** Plumbing of the query side: security, problem responses, API version header. */
package nl.regioregister.query.platform;
