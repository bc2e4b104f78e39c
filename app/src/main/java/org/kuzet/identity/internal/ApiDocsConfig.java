package org.kuzet.identity.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs: every operation takes a personal API token. */
@Configuration
class ApiDocsConfig {

  static final String BEARER = "api-token";

  @Bean
  OpenAPI kuzetOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Kuzet API")
                .version("1")
                .description(
                    "Send a personal API token (create one on your account page) as "
                        + "'Authorization: Bearer <token>'. Errors are RFC 9457 problem documents."))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("personal API token")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }
}
