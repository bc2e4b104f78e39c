package org.kuzet.training.internal;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Training dates (today, fiscal years) are those of the program's zone, not the server's: the
 * application's clock seen from that zone.
 */
@Configuration(proxyBeanMethods = false)
class TrainingTime {

  @Bean
  Clock trainingClock(Clock clock, @Value("${kuzet.default-zone:Asia/Almaty}") String zone) {
    return clock.withZone(ZoneId.of(zone));
  }
}
