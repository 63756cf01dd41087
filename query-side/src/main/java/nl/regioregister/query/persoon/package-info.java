/**
 * Reading the register of personal data ({@code persoonsgegevens}): views keep only the person reference the events
 * carry and join name and function in when they answer, so an erasure shows at once in every view, live and after a
 * rebuild, without any projection or proof changing.
 */
package nl.regioregister.query.persoon;
