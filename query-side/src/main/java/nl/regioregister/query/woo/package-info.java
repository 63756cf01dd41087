/**
 * Woo publication: the recorded decisions with the DiWoo metadata a Woo platform ingests (informatiecategorie,
 * publisher, verantwoordelijke, title, dates, handling), their openbaarheid and where the decision's document is
 * found, with the personal data the published schemas mark left out of the content.
 */
package nl.regioregister.query.woo;
