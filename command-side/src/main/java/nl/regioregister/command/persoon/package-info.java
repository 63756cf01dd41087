/**
 * The people named in decisions (rijksvertegenwoordiger, regioadviseur, ambtelijk and bestuurlijk trekker,
 * programmamanager and -medewerker): their name and function live in the erasable register of personal data
 * ({@code persoonsgegevens}), the events carry a reference. Erasing them is itself a decision.
 */
package nl.regioregister.command.persoon;
