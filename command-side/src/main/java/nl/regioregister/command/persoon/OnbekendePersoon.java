package nl.regioregister.command.persoon;

import nl.regioregister.command.besluit.OnbekendDoel;

/** Only a person some decision named has personal data to erase. */
public class OnbekendePersoon extends OnbekendDoel {

    public OnbekendePersoon(String persoonId) {
        super("geen besluit noemt een persoon " + persoonId);
    }

    @Override
    public String regel() {
        return "onbekende-persoon";
    }
}
