package org.kuzet.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: at least 12 characters, not the username, not one of the passwords that
 * attackers try first. Each violation carries a message key (for pages) and an English message (for
 * the API and the log).
 */
final class PasswordRules {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 64;

  /** A broken rule: the message key and the English text. */
  record Violation(String code, String message) {}

  /**
   * Passwords from published breach top lists, lower case. A password whose letters, with trailing
   * digits and punctuation removed, are one of these is refused too ("Password2024!" is as weak as
   * "password").
   */
  private static final Set<String> COMMON =
      Set.of(
          "password",
          "passw0rd",
          "p@ssw0rd",
          "p@ssword",
          "qwerty",
          "qwertyuiop",
          "qwertyuiop[]",
          "qwerty123456",
          "asdfghjkl",
          "asdfghjkl;",
          "zxcvbnm",
          "1q2w3e4r5t6y",
          "1qaz2wsx3edc",
          "123456789012",
          "1234567890",
          "12345678910",
          "0123456789",
          "111111111111",
          "000000000000",
          "123123123123",
          "abc123",
          "abcdefghijkl",
          "iloveyou",
          "letmein",
          "welcome",
          "admin",
          "administrator",
          "changeme",
          "secret",
          "monkey",
          "dragon",
          "football",
          "baseball",
          "superman",
          "batman",
          "sunshine",
          "princess",
          "starwars",
          "whatever",
          "trustno1",
          "master",
          "shadow",
          "michael",
          "jennifer",
          "computer",
          "internet",
          "kazakhstan",
          "astana",
          "almaty",
          "qazaqstan",
          "kuzet",
          "parol",
          "parol123",
          "пароль",
          "йцукенгшщзх",
          "qwertyqwerty",
          "passwordpassword",
          "adminadmin",
          "useruser",
          "testtest",
          "test",
          "default",
          "login",
          "root",
          "guest",
          "summer",
          "winter",
          "spring",
          "autumn");

  private PasswordRules() {}

  static List<Violation> check(String username, String password) {
    var problems = new ArrayList<Violation>();
    if (password.length() < MIN_LENGTH) {
      problems.add(
          new Violation(
              "password.tooShort", "must be at least " + MIN_LENGTH + " characters long"));
    }
    // bcrypt reads at most 72 bytes; a longer password would be silently cut.
    if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > 72) {
      problems.add(
          new Violation("password.tooLong", "must be at most " + MAX_LENGTH + " characters long"));
    }
    String lower = password.toLowerCase(Locale.ROOT);
    String user = username.strip().toLowerCase(Locale.ROOT);
    if (!user.isEmpty() && (lower.equals(user) || lower.contains(user) && user.length() >= 4)) {
      problems.add(new Violation("password.containsUsername", "must not contain the username"));
    }
    String stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
    if (COMMON.contains(lower) || COMMON.contains(stem) || lower.chars().distinct().count() < 5) {
      problems.add(new Violation("password.common", "is too common or too simple; choose another"));
    }
    return problems;
  }
}
