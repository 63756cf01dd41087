package nl.regioregister.events;

import org.axonframework.serialization.Revision;

/**
 * The published name of an event type: reverse-DNS, named after the domain feature, with its revision, e.g.
 * {@code nl.regioregister.regio.RijksvertegenwoordigerBenoemd.v1} for the class
 * {@code nl.regioregister.events.regio.RijksvertegenwoordigerBenoemd} at {@code @Revision("1")}.
 * <p>
 * It is the CloudEvents {@code type} of the feed, the name of the pinned schema under {@code contract/schemas/} and
 * of the pinned example under {@code contract/voorbeelden/}. Because the name follows from package, class and
 * revision, moving or renaming an event class changes it: that is a breaking change for integrators.
 */
public final class EventType {

    /** The package of every published event class. */
    public static final String PAKKET = "nl.regioregister.events";
    /** The prefix of every published type name. */
    public static final String PREFIX = "nl.regioregister";

    private EventType() {
    }

    /** The published type of an event class, with its current revision. */
    public static String van(Class<?> gebeurtenis) {
        return zonderRevisie(gebeurtenis) + ".v" + revisie(gebeurtenis);
    }

    /** The published type without its revision, e.g. {@code nl.regioregister.regio.RegioGeregistreerd}. */
    public static String zonderRevisie(Class<?> gebeurtenis) {
        String naam = gebeurtenis.getName();
        if (!naam.startsWith(PAKKET + ".")) {
            throw new IllegalArgumentException(naam + " is geen gepubliceerde gebeurtenis uit " + PAKKET);
        }
        return PREFIX + naam.substring(PAKKET.length());
    }

    /** The revision from the class's {@code @Revision}; every published event has one. */
    public static String revisie(Class<?> gebeurtenis) {
        Revision revisie = gebeurtenis.getAnnotation(Revision.class);
        if (revisie == null) {
            throw new IllegalArgumentException(gebeurtenis.getName() + " heeft geen @Revision");
        }
        return revisie.value();
    }

    /** The class name a published type is stored under in the event store. */
    public static String klassenaam(String type) {
        return PAKKET + basis(type).substring(PREFIX.length());
    }

    /** The revision in a published type name: {@code 1} for {@code ...RegioGeregistreerd.v1}. */
    public static String revisieVan(String type) {
        int punt = type.lastIndexOf(".v");
        if (punt < 0) {
            throw new IllegalArgumentException(type + " noemt geen revisie");
        }
        return type.substring(punt + 2);
    }

    /** The type name without its {@code .v<revision>} suffix. */
    public static String basis(String type) {
        int punt = type.lastIndexOf(".v");
        return punt < 0 ? type : type.substring(0, punt);
    }
}
