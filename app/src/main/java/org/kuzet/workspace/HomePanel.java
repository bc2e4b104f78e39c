package org.kuzet.workspace;

import java.util.Map;
import org.kuzet.identity.KuzetUser;

/**
 * A panel of the personal home page. A module declares one as a bean; users choose which panels
 * they see and in what order.
 *
 * <p>The panel renders the Thymeleaf fragment named by {@link #fragment()} (for example {@code
 * "program/panels :: funding"}) with the variables {@link #model} returns, under the variable name
 * {@code panel}.
 */
public interface HomePanel {

  /** Stable id, stored in users' arrangements: lower case, digits and '-'. */
  String id();

  /** Message key of the panel's title. */
  String titleKey();

  /** The template fragment that draws the panel. */
  String fragment();

  /** Whether this user may see the panel at all (role and agency). */
  boolean visibleTo(KuzetUser user);

  /** Data for the fragment, computed for this user only. */
  Map<String, Object> model(KuzetUser user);

  /** Where the panel goes for a user who has not arranged their page yet; lower comes first. */
  default int defaultOrder() {
    return 100;
  }
}
