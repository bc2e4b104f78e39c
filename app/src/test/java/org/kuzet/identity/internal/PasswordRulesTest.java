package org.kuzet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

  private static List<String> codes(String username, String password) {
    return PasswordRules.check(username, password).stream()
        .map(PasswordRules.Violation::code)
        .toList();
  }

  @Test
  void acceptsALongUncommonPassword() {
    assertThat(codes("aigerim", "steppe-wind-over-Balkhash")).isEmpty();
  }

  @Test
  void refusesShortPasswords() {
    assertThat(codes("aigerim", "Xk3#pq9Lm")).containsExactly("password.tooShort");
  }

  @Test
  void refusesTheUsernameAndPasswordsContainingIt() {
    assertThat(codes("serik.nurlanov", "serik.nurlanov")).contains("password.containsUsername");
    assertThat(codes("serik.nurlanov", "my-SERIK.NURLANOV-1"))
        .contains("password.containsUsername");
  }

  @Test
  void refusesCommonPasswordsEvenWithDigitsAppended() {
    assertThat(codes("aigerim", "password1234")).containsExactly("password.common");
    assertThat(codes("aigerim", "Qwertyuiop2024!")).containsExactly("password.common");
    assertThat(codes("aigerim", "aaaaaaaaaaaaaaaa")).containsExactly("password.common");
  }

  @Test
  void refusesPasswordsBcryptWouldCut() {
    assertThat(codes("aigerim", "ж".repeat(40))).contains("password.tooLong");
  }
}
