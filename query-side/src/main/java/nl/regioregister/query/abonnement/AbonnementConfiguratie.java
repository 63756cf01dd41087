package nl.regioregister.query.abonnement;

import java.time.Clock;
import java.util.random.RandomGenerator;
import nl.regioregister.query.feed.CloudEvents;
import nl.regioregister.query.feed.FeedRepository;
import nl.regioregister.query.feed.FeedSignaal;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AbonnementInstellingen.class)
class AbonnementConfiguratie {

    /** After a key rotation, re-encrypts the stored secrets with the current key at start-up. */
    @Bean
    ApplicationRunner geheimenHerversleutelen(AbonnementRepository abonnementen) {
        return argumenten -> {
            int aantal = abonnementen.herversleutel();
            if (aantal > 0) {
                LoggerFactory.getLogger(Geheimenkluis.class)
                        .info("{} abonnementsgeheimen opnieuw versleuteld met de huidige sleutel", aantal);
            }
        };
    }

    @Bean
    Callbackcontrole callbackcontrole(AbonnementInstellingen instellingen) {
        return new Callbackcontrole(instellingen.toegestaneAdressen());
    }

    @Bean
    Bezorger webhookBezorger(AbonnementRepository abonnementen, FeedRepository feed, CloudEvents cloudEvents,
                             Callbackcontrole controle, AbonnementInstellingen instellingen, FeedSignaal signaal,
                             ObjectProvider<Clock> klok) {
        return new Bezorger(abonnementen, feed, cloudEvents, controle, instellingen, signaal,
                klok.getIfAvailable(Clock::systemUTC), RandomGenerator.getDefault());
    }
}
