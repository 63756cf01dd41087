package nl.regioregister.command.besluit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Checks before any rule of the decision itself that the one recording it is the party that takes it: the Rijk
 * (BZK) for a {@link Rijksbesluit}, the region itself for a {@link Regiobesluit} (a {@link WisselendeBesluitnemer}
 * is either, following its content), BZK or BEHEER for a {@link Verwerkingsbesluit}, and for any other decision
 * about a region either BZK or that region. Auditors and integrators decide nothing. A department records only its
 * own commitments: decisions marked {@link OokDoorHetDepartement}, for itself where the decision names the department
 * ({@link VanEenDepartement}); where only the aggregate knows whose commitment it is, the aggregate checks it.
 */
public class Bevoegdheidscontrole implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        controleer(command.getPayload(), Besluitvormer.uit(command.getMetaData()));
        return chain.proceed();
    }

    static void controleer(Object besluit, Besluitvormer wie) {
        Class<?> soort = besluit.getClass();
        String naam = soort.getSimpleName();
        boolean rijksbesluit = soort.isAnnotationPresent(Rijksbesluit.class)
                || besluit instanceof WisselendeBesluitnemer w && w.doorHetRijk();
        boolean regiobesluit = soort.isAnnotationPresent(Regiobesluit.class)
                || besluit instanceof WisselendeBesluitnemer w && !w.doorHetRijk();
        if (soort.isAnnotationPresent(Verwerkingsbesluit.class)) {
            verwerking(naam, wie);
            return;
        }
        if (wie.rol() == Rol.DEPARTEMENT) {
            controleerDepartement(besluit, naam, wie);
            return;
        }
        if (rijksbesluit) {
            if (wie.rol() != Rol.BZK) {
                throw new GeenBevoegdheid(naam + " is een besluit van het Rijk en vraagt de rol BZK");
            }
            return;
        }
        if (wie.rol() != Rol.BZK && wie.rol() != Rol.REGIO) {
            throw new GeenBevoegdheid("de rol " + wie.rol() + " neemt geen besluiten");
        }
        String regioId = besluit instanceof RegioGebonden gebonden ? gebonden.regioId() : null;
        if (regiobesluit
                && (regioId == null || !wie.isRegio(regioId))) {
            throw new GeenBevoegdheid(naam + " is een besluit van de regio zelf");
        }
        if (wie.rol() == Rol.REGIO && (regioId == null || !wie.isRegio(regioId))) {
            throw new GeenBevoegdheid("een regio besluit alleen voor de eigen regio");
        }
    }

    /**
     * What can be decided from the kind of decision alone, before its content is read: the same outcome as
     * {@link #controleer} wherever that does not depend on the content (a {@link WisselendeBesluitnemer} and a
     * department's own commitment are checked on the decision itself).
     *
     * @param regioIdUitHetPad the region the path names, or null
     */
    public static void controleerVooraf(Class<?> soort, Besluitvormer wie, String regioIdUitHetPad) {
        String naam = soort.getSimpleName();
        if (soort.isAnnotationPresent(Verwerkingsbesluit.class)) {
            verwerking(naam, wie);
            return;
        }
        if (wie.rol() == Rol.DEPARTEMENT) {
            if (!soort.isAnnotationPresent(OokDoorHetDepartement.class)) {
                throw new GeenBevoegdheid("de rol DEPARTEMENT legt alleen de eigen inspanningsverplichtingen vast, "
                        + "niet " + naam);
            }
            return;
        }
        if (soort.isAnnotationPresent(Rijksbesluit.class)) {
            if (wie.rol() != Rol.BZK) {
                throw new GeenBevoegdheid(naam + " is een besluit van het Rijk en vraagt de rol BZK");
            }
            return;
        }
        if (wie.rol() != Rol.BZK && wie.rol() != Rol.REGIO) {
            throw new GeenBevoegdheid("de rol " + wie.rol() + " neemt geen besluiten");
        }
        boolean regiobesluit = soort.isAnnotationPresent(Regiobesluit.class);
        boolean andereRegio = regioIdUitHetPad != null && !wie.isRegio(regioIdUitHetPad);
        if (regiobesluit && (wie.rol() != Rol.REGIO || andereRegio)) {
            throw new GeenBevoegdheid(naam + " is een besluit van de regio zelf");
        }
        if (wie.rol() == Rol.REGIO && andereRegio) {
            throw new GeenBevoegdheid("een regio besluit alleen voor de eigen regio");
        }
    }

    private static void verwerking(String naam, Besluitvormer wie) {
        if (wie.rol() != Rol.BZK && wie.rol() != Rol.BEHEER) {
            throw new GeenBevoegdheid(naam + " is een besluit over de verwerking van persoonsgegevens en vraagt "
                    + "de rol BZK of BEHEER");
        }
    }

    private static void controleerDepartement(Object besluit, String naam, Besluitvormer wie) {
        if (!besluit.getClass().isAnnotationPresent(OokDoorHetDepartement.class)) {
            throw new GeenBevoegdheid("de rol DEPARTEMENT legt alleen de eigen inspanningsverplichtingen vast, niet "
                    + naam);
        }
        if (besluit instanceof VanEenDepartement van && !wie.isDepartement(van.departement())) {
            throw new GeenBevoegdheid("een departement legt alleen de eigen inspanningsverplichtingen vast");
        }
    }
}
