package org.kuzet.finintel.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AgencyCode;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Which reporting entity an agency's goAML reports carry, and what is refused without one. */
class ReportingEntitiesTest {

  static ResourceBundleMessageSource messages() {
    var m = new ResourceBundleMessageSource();
    m.setBasename("i18n/finintel");
    m.setDefaultEncoding("UTF-8");
    m.setFallbackToSystemLocale(false);
    return m;
  }

  static GoAmlSettings settings(
      Map<String, Integer> ids, Map<String, GoAmlSettings.Location> locations) {
    return new GoAmlSettings(
        ids, Map.of("FINANCIAL_POLICE", "Financial monitoring"), locations, null, null);
  }

  @Test
  void aConfiguredAgencyReportsUnderItsRegisteredId() {
    var entities =
        new ReportingEntities(
            settings(
                Map.of("FINANCIAL_POLICE", 4711),
                Map.of(
                    "FINANCIAL_POLICE",
                    new GoAmlSettings.Location(null, "Abai 10", "Astana", "KZ"))),
            messages(),
            false);
    var e = entities.of(AgencyCode.FINANCIAL_POLICE, Locale.ENGLISH);
    assertThat(e.rentityId()).isEqualTo("4711");
    assertThat(e.branch()).isEqualTo("Financial monitoring");
    assertThat(e.location().city()).isEqualTo("Astana");
  }

  @Test
  void withoutAnIdNothingIsExportedAndTheSettingIsNamedInTheUsersLanguage() {
    var production = new ReportingEntities(settings(Map.of(), Map.of()), messages(), false);
    assertThatThrownBy(() -> production.of(AgencyCode.FINANCIAL_POLICE, Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kuzet.finintel.goaml.rentity-id.FINANCIAL_POLICE");
    assertThatThrownBy(
            () -> production.of(AgencyCode.FINANCIAL_POLICE, Locale.forLanguageTag("ru")))
        .hasMessageContaining("Ничего не выгружено");
    var noAddress =
        new ReportingEntities(
            settings(Map.of("FINANCIAL_POLICE", 4711), Map.of()), messages(), false);
    assertThatThrownBy(() -> noAddress.of(AgencyCode.FINANCIAL_POLICE, Locale.ENGLISH))
        .hasMessageContaining("kuzet.finintel.goaml.location.FINANCIAL_POLICE");
  }

  @Test
  void aDemoInstallationFallsBackOnIllustrativeEntitiesOnlyForTheDemoAgencies() {
    var demo = new ReportingEntities(settings(Map.of(), Map.of()), messages(), true);
    assertThat(demo.of(AgencyCode.FINANCIAL_POLICE, Locale.ENGLISH).rentityId()).isEqualTo("1001");
    assertThat(demo.of(AgencyCode.FINANCIAL_POLICE, Locale.ENGLISH).branch())
        .contains("illustrative");
    assertThatThrownBy(() -> demo.of(AgencyCode.BORDER_GUARDS, Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anIdThatIsNotPositiveIsRefusedAtStart() {
    assertThatThrownBy(() -> settings(Map.of("PGO", 0), Map.of()))
        .hasMessageContaining("kuzet.finintel.goaml.rentity-id.PGO");
  }
}
