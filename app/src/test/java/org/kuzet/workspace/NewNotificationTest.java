package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;

/** A notification links only inside the application, and its audience is role and agency. */
class NewNotificationTest {

  static final Audience POST =
      Audience.agency(AgencyCode.DRUG_CONTROL_COMMITTEE, Role.CHECKPOINT_OFFICER, Role.ANALYST);

  @Test
  void linksOnlyToPathsOfTheApplication() {
    assertThat(
            new NewNotification(
                    NotificationKind.WATCHLIST_HIT, " hit ", "/interdiction/inspections/1", POST)
                .title())
        .isEqualTo("hit");
    for (String link :
        new String[] {
          "https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", ""
        }) {
      assertThatThrownBy(
              () -> new NewNotification(NotificationKind.WATCHLIST_HIT, "hit", link, POST))
          .as(link)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("path of the application");
    }
    assertThatThrownBy(() -> new NewNotification(NotificationKind.WATCHLIST_HIT, " ", "/x", POST))
        .hasMessageContaining("title");
    assertThat(
            new NewNotification(NotificationKind.WATCHLIST_HIT, "x".repeat(900), "/x", POST)
                .title())
        .hasSize(500);
  }

  @Test
  void anAudienceIsRolesWithinAnAgencyAndOptionallyOnePerson() {
    var officer = user("officer.cdc", AgencyCode.DRUG_CONTROL_COMMITTEE, Role.CHECKPOINT_OFFICER);
    var guard = user("guard.bg", AgencyCode.BORDER_GUARDS, Role.BORDER_OFFICER);
    var investigator =
        user("investigator.cdc", AgencyCode.DRUG_CONTROL_COMMITTEE, Role.FINANCIAL_INVESTIGATOR);
    assertThat(POST.includes(officer)).isTrue();
    assertThat(POST.includes(guard)).as("another agency").isFalse();
    assertThat(POST.includes(investigator)).as("another role").isFalse();
    var issuer = Audience.user("guard.bg", AgencyCode.BORDER_GUARDS, Role.BORDER_OFFICER);
    assertThat(issuer.includes(guard)).isTrue();
    assertThat(issuer.includes(user("guard2.bg", AgencyCode.BORDER_GUARDS, Role.BORDER_OFFICER)))
        .isFalse();
    assertThat(
            issuer.includes(
                user("guard.bg", AgencyCode.DRUG_CONTROL_COMMITTEE, Role.BORDER_OFFICER)))
        .as("moved to another agency")
        .isFalse();
    assertThat(
            Audience.anyAgency(Role.ADMINISTRATOR)
                .includes(user("admin", AgencyCode.INL, Role.ADMINISTRATOR)))
        .isTrue();
    assertThatThrownBy(() -> Audience.anyAgency()).hasMessageContaining("at least one role");
  }

  private static KuzetUser user(String username, AgencyCode agency, Role... roles) {
    return new KuzetUser() {
      @Override
      public long accountId() {
        return username.hashCode();
      }

      @Override
      public String username() {
        return username;
      }

      @Override
      public String displayName() {
        return username;
      }

      @Override
      public AgencyCode agency() {
        return agency;
      }

      @Override
      public Set<Role> roles() {
        return Set.of(roles);
      }
    };
  }
}
