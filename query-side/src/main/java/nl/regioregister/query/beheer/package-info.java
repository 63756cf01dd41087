/** Operating the query side: the dead-letter queues of the projections. */
package nl.regioregister.query.beheer;
