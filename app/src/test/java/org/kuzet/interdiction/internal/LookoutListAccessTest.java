package org.kuzet.interdiction.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.web.Paging;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The lookout list refuses a caller without an interdiction role itself (403), as every other
 * module's list does, rather than answering an empty page: the URL rules in front of it are not its
 * only guard. (Through HTTP, InterdictionApiChecks proves the program office gets 403.)
 */
class LookoutListAccessTest {

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aCallerWithoutAnInterdictionRoleIsRefusedNotGivenAnEmptyList() {
    for (Role role :
        Set.of(
            Role.PROGRAM_MANAGER, Role.FINANCIAL_INVESTIGATOR, Role.ADMINISTRATOR, Role.PARTNER)) {
      signIn(role);
      // No collaborator is reached before the refusal, so none is needed.
      var api =
          new InterdictionApi(
              null, null, null, null, null, null, null, null, null, null, null, null, null);
      assertThatThrownBy(
              () ->
                  api.lookouts(null, null, Paging.of(null, null, null, List.of("issuedAt"), true)))
          .as(role.name())
          .isInstanceOf(AccessDeniedException.class);
    }
  }

  private static void signIn(Role role) {
    KuzetUser user =
        new KuzetUser() {
          @Override
          public long accountId() {
            return 1;
          }

          @Override
          public String username() {
            return "someone";
          }

          @Override
          public String displayName() {
            return "Someone";
          }

          @Override
          public AgencyCode agency() {
            return AgencyCode.INL;
          }

          @Override
          public Set<Role> roles() {
            return Set.of(role);
          }
        };
    SecurityContextHolder.getContext()
        .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, List.of()));
  }
}
