package org.kuzet.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a personal API token may do, on top of what its owner's roles and agency allow: read only or
 * read and write, in all modules or in some.
 *
 * <p>This is the one place the question is answered for every API call: the token filter asks
 * {@link #permits(String, String)} with the module a path belongs to ({@link #moduleOf(String)})
 * and the HTTP method. A module's REST API under {@code /api/<module>/**} is covered as soon as its
 * path segment is listed in {@link #MODULES} (or mapped in {@link #moduleOf(String)}).
 *
 * @param write whether the token may change things (any method); otherwise GET, HEAD and OPTIONS
 * @param modules the modules it may reach; empty means every module
 */
public record TokenScope(boolean write, Set<String> modules) {

  /** The modules a token can be limited to, as shown on the account page. */
  public static final List<String> MODULES =
      List.of(
          "identity",
          "program",
          "watchlist",
          "interdiction",
          "finintel",
          "training",
          "trafficking",
          "workspace",
          "results",
          "metrics");

  /** Every module, read and write: what tokens created before scopes existed carry. */
  public static final TokenScope FULL = new TokenScope(true, Set.of());

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  public TokenScope {
    for (String m : modules) {
      if (!MODULES.contains(m)) {
        throw new IllegalArgumentException("unknown module '" + m + "' (known: " + MODULES + ")");
      }
    }
    modules = Set.copyOf(modules);
  }

  /** Whether a call in {@code module} with this HTTP method is within the scope. */
  public boolean permits(String module, String method) {
    boolean moduleAllowed = modules.isEmpty() || modules.contains(module);
    return moduleAllowed && (write || SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT)));
  }

  /**
   * The module an API path belongs to: {@code /api/finintel/alerts} → {@code finintel}. The account
   * endpoints ({@code /api/me}, {@code /api/admin/...}) are identity's, screening and the list
   * versions ({@code /api/watchlists}) the watchlist module's, the actuator's {@code metrics}.
   */
  public static String moduleOf(String path) {
    if (path.startsWith("/actuator/") || path.equals("/actuator")) {
      return "metrics";
    }
    String rest = path.startsWith("/api/") ? path.substring(5) : "";
    int slash = rest.indexOf('/');
    String segment = slash < 0 ? rest : rest.substring(0, slash);
    return switch (segment) {
      case "me", "admin" -> "identity";
      case "screening", "watchlists" -> "watchlist";
      default -> segment;
    };
  }

  /** As stored with the token: {@code read:*}, {@code write:finintel,trafficking}. */
  public String stored() {
    return (write ? "write:" : "read:")
        + (modules.isEmpty() ? "*" : String.join(",", new TreeSet<>(modules)));
  }

  /** Reads {@link #stored()}; anything else is refused. */
  public static TokenScope parse(String stored) {
    int colon = stored.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("not a token scope: " + stored);
    }
    String access = stored.substring(0, colon);
    if (!access.equals("read") && !access.equals("write")) {
      throw new IllegalArgumentException("not a token scope: " + stored);
    }
    String list = stored.substring(colon + 1);
    Set<String> modules =
        list.equals("*")
            ? Set.of()
            : Arrays.stream(list.split(",")).map(String::strip).collect(Collectors.toSet());
    return new TokenScope(access.equals("write"), modules);
  }
}
