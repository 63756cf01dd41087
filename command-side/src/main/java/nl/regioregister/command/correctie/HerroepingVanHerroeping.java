package nl.regioregister.command.correctie;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/**
 * A revocation is not revoked: a decision wrongly revoked is recorded again, so that history reads forward without
 * chains of undoing.
 */
public class HerroepingVanHerroeping extends BesluitGeweigerd {

    HerroepingVanHerroeping(long positie) {
        super("het besluit op positie " + positie + " is zelf een herroeping; leg het herroepen besluit opnieuw vast");
    }

    @Override
    public String regel() {
        return "herroeping-van-herroeping";
    }
}
