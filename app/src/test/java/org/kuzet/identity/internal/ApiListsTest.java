package org.kuzet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.Role;
import org.kuzet.web.ListPage;

/**
 * The accounts list is answered through {@link org.kuzet.identity.ApiLists} as the web module's
 * {@link ListPage}; the OpenAPI document describes it with identity's own {@code AccountPage}. The
 * two must name the same fields, or the document would lie about the answer.
 */
class ApiListsTest {

  @Test
  void theDocumentedAccountPageHasTheFieldsOfEveryListPage() {
    assertThat(names(IdentityApi.AccountPage.class)).isEqualTo(names(ListPage.class));
  }

  @Test
  void theDefaultOrderPutsPendingAccountsFirstThenByUsername() {
    var order = IdentityApi.accountOrder();
    assertThat(order.keySet().iterator().next()).isEqualTo("status");
    var active = account(1, "alpha", "ACTIVE");
    var pending = account(2, "zulu", "PENDING");
    var disabled = account(3, "beta", "DISABLED");
    var active2 = account(4, "charlie", "ACTIVE");
    assertThat(
            List.of(active, pending, disabled, active2).stream()
                .sorted(order.get("status"))
                .toList())
        .containsExactly(pending, active, active2, disabled);
  }

  private static IdentityApi.AccountSummary account(long id, String username, String status) {
    return new IdentityApi.AccountSummary(
        id, username, username, null, "INL", status, Set.of(Role.ADMINISTRATOR));
  }

  private static List<String> names(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(c -> c.getName() + ":" + c.getType().getSimpleName())
        .toList();
  }
}
