package org.kuzet.web;

import java.time.ZoneId;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The one rule for the zone a time is shown in: the zone of the reader's agency, {@code
 * kuzet.agency-zone.<AGENCY>}, else the installation's {@code kuzet.default-zone}. Pages get it
 * through {@code #when} (see {@link Formats}); an import's local times default to the importing
 * agency's zone by the same rule. Without a signed-in reader (a scheduled job, a public page) the
 * installation's zone applies.
 */
@Component
public class AgencyZones {

  private final Environment env;
  private final ZoneId installation;

  AgencyZones(Environment env, @Value("${kuzet.default-zone:Asia/Almaty}") String installation) {
    this.env = env;
    this.installation = ZoneId.of(installation);
  }

  /** The installation's zone, {@code kuzet.default-zone}. */
  public ZoneId installation() {
    return installation;
  }

  /**
   * The agency's zone, or the installation's when the agency has none. {@code
   * kuzet.finintel.import-zone.<AGENCY>}, the older name of the setting, is still read.
   */
  public ZoneId of(AgencyCode agency) {
    String configured = env.getProperty("kuzet.agency-zone." + agency.value());
    if (configured == null || configured.isBlank()) {
      configured = env.getProperty("kuzet.finintel.import-zone." + agency.value());
    }
    return configured == null || configured.isBlank()
        ? installation
        : ZoneId.of(configured.strip());
  }

  /** The signed-in reader's agency's zone; the installation's when no one is signed in. */
  public ZoneId reader() {
    return CurrentUser.get().map(u -> of(u.agency())).orElse(installation);
  }
}
