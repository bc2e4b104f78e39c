package org.kuzet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one check every API call passes: module and method against the token's scope. */
class TokenScopeTest {

  @Test
  void pathsBelongToTheirModule() {
    assertThat(TokenScope.moduleOf("/api/finintel/alerts/12")).isEqualTo("finintel");
    assertThat(TokenScope.moduleOf("/api/trafficking/cases")).isEqualTo("trafficking");
    assertThat(TokenScope.moduleOf("/api/me")).isEqualTo("identity");
    assertThat(TokenScope.moduleOf("/api/admin/accounts")).isEqualTo("identity");
    assertThat(TokenScope.moduleOf("/api/screening/check")).isEqualTo("watchlist");
    assertThat(TokenScope.moduleOf("/api/watchlists/UN/versions")).isEqualTo("watchlist");
    assertThat(TokenScope.moduleOf("/actuator/prometheus")).isEqualTo("metrics");
  }

  @Test
  void readOnlyTokensOnlyRead() {
    var read = new TokenScope(false, Set.of());
    assertThat(read.permits("finintel", "GET")).isTrue();
    assertThat(read.permits("finintel", "head")).isTrue();
    assertThat(read.permits("finintel", "POST")).isFalse();
    assertThat(read.permits("identity", "DELETE")).isFalse();
    assertThat(TokenScope.FULL.permits("identity", "POST")).isTrue();
  }

  @Test
  void moduleTokensStayInTheirModules() {
    var scope = new TokenScope(true, Set.of("finintel", "trafficking"));
    assertThat(scope.permits("finintel", "POST")).isTrue();
    assertThat(scope.permits("identity", "GET")).isFalse();
    // A module added later is outside an existing limited token.
    assertThat(scope.permits("customs", "GET")).isFalse();
  }

  @Test
  void storedFormRoundTripsAndRefusesAnythingElse() {
    var scope = new TokenScope(true, Set.of("trafficking", "finintel"));
    assertThat(scope.stored()).isEqualTo("write:finintel,trafficking");
    assertThat(TokenScope.parse(scope.stored())).isEqualTo(scope);
    assertThat(TokenScope.parse("read:*")).isEqualTo(new TokenScope(false, Set.of()));
    assertThatThrownBy(() -> TokenScope.parse("admin:*"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TokenScope.parse("read:nuclear"))
        .hasMessageContaining("unknown module");
  }
}
