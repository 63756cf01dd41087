/** Operating the query side: the dead-letter queues of the projections and their rebuilds. */
package nl.regioregister.query.beheer;
