package org.kuzet.identity.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kuzet.KuzetApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The real start-up under the {@code prod} profile applies {@link ProductionCheck}. */
class ProductionStartIT {

  @Test
  void theProductionProfileRefusesToStartBeforeTouchingTheDatabase() {
    var app =
        new SpringApplicationBuilder(KuzetApplication.class)
            .web(WebApplicationType.NONE)
            .profiles("prod")
            .properties(
                "spring.main.banner-mode=off",
                "logging.level.root=OFF",
                "kuzet.admin.username=",
                "kuzet.admin.password=");
    assertThatThrownBy(() -> app.run())
        .isInstanceOf(ProductionCheck.ProductionRefused.class)
        .hasMessageContaining("KUZET_DB_URL")
        .hasMessageContaining("KUZET_ADMIN_USERNAME");
  }
}
