package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One rule for the zone a time is shown in: the reader's agency's zone, else the installation's;
 * {@code #when} applies it so templates never name a zone.
 */
class ReaderZoneTest {

  private static final Locale EN = Locale.ENGLISH;

  private final AgencyZones zones =
      new AgencyZones(
          new MockEnvironment()
              .withProperty("kuzet.agency-zone.UNODC", "Europe/Vienna")
              .withProperty("kuzet.finintel.import-zone.FINANCIAL_POLICE", "Asia/Tashkent"),
          "Asia/Tokyo");
  private final Formats formats = new Formats(new StaticMessageSource(), zones);

  // 20:00 UTC on 1 March 2008: 21:00 that day in Vienna, already 2 March in Tokyo.
  private final Instant at = Instant.parse("2008-03-01T20:00:00Z");

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void anAgencyHasItsConfiguredZoneElseTheInstallations() {
    assertThat(zones.of(AgencyCode.of("UNODC"))).isEqualTo(ZoneId.of("Europe/Vienna"));
    assertThat(zones.of(AgencyCode.of("FINANCIAL_POLICE")))
        .as("the older import-zone setting still counts")
        .isEqualTo(ZoneId.of("Asia/Tashkent"));
    assertThat(zones.of(AgencyCode.of("INL"))).isEqualTo(ZoneId.of("Asia/Tokyo"));
    assertThat(zones.installation()).isEqualTo(ZoneId.of("Asia/Tokyo"));
  }

  @Test
  void withoutAReaderTimesAreInTheInstallationsZone() {
    assertThat(zones.reader()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    var when = formats.when(EN);
    assertThat(when.dateTime(at)).isEqualTo("02.03.2008 05:00");
    assertThat(when.date(at)).isEqualTo("02.03.2008");
    assertThat(when.dateTimeZoned(at)).isEqualTo("02.03.2008 05:00 (UTC+09:00)");
  }

  @Test
  void aReaderSeesTimesInTheirAgencysZoneWithoutTheTemplateNamingOne() {
    signIn("UNODC");
    var when = formats.when(EN);
    assertThat(when.zone()).isEqualTo(ZoneId.of("Europe/Vienna"));
    assertThat(when.dateTime(at)).isEqualTo("01.03.2008 21:00");
    assertThat(when.date(at)).isEqualTo("01.03.2008");
    assertThat(when.dateTimeZoned(at)).isEqualTo("01.03.2008 21:00 (UTC+01:00)");
    assertThat(when.dateTimeZoned(Instant.parse("2008-07-01T20:00:00Z")))
        .as("the offset of that moment: summer time")
        .isEqualTo("01.07.2008 22:00 (UTC+02:00)");
    assertThat(formats.dateTime(at, EN)).as("Java code too").isEqualTo("01.03.2008 21:00");

    signIn("INL");
    assertThat(formats.when(EN).dateTime(at)).isEqualTo("02.03.2008 05:00");
  }

  @Test
  void aZonedTimeKeepsItsZoneAndDatesAndTheEpochAreNotShifted() {
    signIn("UNODC");
    var when = formats.when(EN);
    assertThat(when.dateTime(at.atZone(ZoneId.of("UTC")))).isEqualTo("01.03.2008 20:00");
    assertThat(when.dateTimeZoned(at.atZone(ZoneId.of("UTC")))).isEqualTo("01.03.2008 20:00 (UTC)");
    assertThat(when.date(LocalDate.of(1970, 1, 1))).isEqualTo("01.01.1970");
    assertThat(when.dateTime(Instant.EPOCH)).isEmpty();
    assertThat(when.dateTimeZoned(null)).isEmpty();
  }

  private static void signIn(String agency) {
    KuzetUser user = new Reader(AgencyCode.of(agency));
    SecurityContextHolder.getContext()
        .setAuthentication(new TestingAuthenticationToken(user, "n/a"));
  }

  private record Reader(AgencyCode agency) implements KuzetUser {
    @Override
    public long accountId() {
      return 1;
    }

    @Override
    public String username() {
      return "reader";
    }

    @Override
    public String displayName() {
      return "Reader";
    }

    @Override
    public Set<Role> roles() {
      return Set.of();
    }
  }
}
