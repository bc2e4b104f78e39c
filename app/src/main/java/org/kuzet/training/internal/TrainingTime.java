package org.kuzet.training.internal;

import java.time.Clock;
import org.kuzet.web.AgencyZones;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Training dates (today, fiscal years) are those of the program's zone, the installation's ({@link
 * AgencyZones#installation()}), not the server's: the application's clock seen from that zone.
 */
@Configuration(proxyBeanMethods = false)
class TrainingTime {

  @Bean
  Clock trainingClock(Clock clock, AgencyZones zones) {
    return clock.withZone(zones.installation());
  }
}
