package nl.regioregister.query.abonnement;

import java.time.Clock;
import java.util.random.RandomGenerator;
import nl.regioregister.query.feed.CloudEvents;
import nl.regioregister.query.feed.FeedRepository;
import nl.regioregister.query.feed.FeedSignaal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AbonnementInstellingen.class)
class AbonnementConfiguratie {

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
