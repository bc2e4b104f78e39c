package org.kuzet.web.internal;

import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kuzet.web.Paging;
import org.kuzet.web.Sortable;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API conventions in the OpenAPI document, written once: every list that takes {@link Paging}
 * shows {@code page}, {@code size} and {@code sort} with the fields it allows.
 */
@Configuration
class ApiDocsConventions implements WebMvcConfigurer {

  static {
    // Paging is read by PagingResolver, not bound from a request body or model attribute.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Paging.class);
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new PagingResolver());
  }

  @Bean
  OperationCustomizer pagingParameters() {
    return (operation, handler) -> {
      for (var p : handler.getMethodParameters()) {
        Sortable sortable = p.getParameterAnnotation(Sortable.class);
        if (p.getParameterType() != Paging.class || sortable == null) {
          continue;
        }
        var sorts = new ArrayList<String>();
        for (String field : sortable.value()) {
          sorts.add(field + ",asc");
          sorts.add(field + ",desc");
        }
        String byDefault = sortable.value()[0] + (sortable.descending() ? ",desc" : ",asc");
        var parameters =
            operation.getParameters() == null
                ? new ArrayList<Parameter>()
                : new ArrayList<>(operation.getParameters());
        parameters.addAll(
            Arrays.asList(
                new Parameter()
                    .in("query")
                    .name("page")
                    .description("page number, from 0")
                    .schema(new IntegerSchema()._default(0).minimum(BigDecimal.ZERO)),
                new Parameter()
                    .in("query")
                    .name("size")
                    .description("items per page")
                    .schema(
                        new IntegerSchema()
                            ._default(Paging.DEFAULT_SIZE)
                            .minimum(BigDecimal.ONE)
                            .maximum(BigDecimal.valueOf(Paging.MAX_SIZE))),
                new Parameter()
                    .in("query")
                    .name("sort")
                    .description("field and direction; default " + byDefault)
                    .schema(new StringSchema()._enum(List.copyOf(sorts))._default(byDefault))));
        operation.setParameters(parameters);
      }
      return operation;
    };
  }
}
