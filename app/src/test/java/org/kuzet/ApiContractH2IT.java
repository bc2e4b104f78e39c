package org.kuzet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AccessRules;
import org.kuzet.testing.OnH2;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.AntPathMatcher;

/**
 * The OpenAPI document the app serves, checked as a contract: it validates, every documented
 * operation refuses anonymous callers with 401 as a problem document, every list shares the paging
 * parameters, every creating POST takes an Idempotency-Key, and the inspection has its example.
 */
@OnH2
class ApiContractH2IT {

  private static final List<String> PUBLIC = AccessRules.PUBLIC_PATHS;
  private final AntPathMatcher paths = new AntPathMatcher();

  @Autowired MockMvc mvc;

  OpenAPI document() throws Exception {
    String json = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
    var options = new ParseOptions();
    options.setResolve(true);
    var result = new OpenAPIV3Parser().readContents(json, null, options);
    assertThat(result.getMessages()).as("the OpenAPI document validates").isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    return result.getOpenAPI();
  }

  @Test
  void theDocumentValidatesAndCoversEveryModule() throws Exception {
    OpenAPI api = document();
    var modules = new TreeSet<String>();
    api.getPaths().keySet().forEach(p -> modules.add(p.split("/")[2]));
    assertThat(modules)
        .contains(
            "interdiction",
            "watchlists",
            "program",
            "results",
            "training",
            "workspace",
            "trafficking",
            "finintel",
            "screening");
    var post = api.getPaths().get("/api/interdiction/inspections").getPost();
    var examples = post.getRequestBody().getContent().get("application/json").getExamples();
    assertThat(examples).as("the inspection has an example body").isNotEmpty();
  }

  @Test
  void everyDocumentedOperationAnswersAnonymousCallersWith401() throws Exception {
    var failures = new ArrayList<String>();
    int checked = 0;
    for (Map.Entry<String, PathItem> e : document().getPaths().entrySet()) {
      if (PUBLIC.stream().anyMatch(p -> paths.match(p, e.getKey()))) {
        // Public by design (certificate verification): documented without a security requirement.
        e.getValue()
            .readOperationsMap()
            .values()
            .forEach(op -> assertThat(op.getSecurity()).as(e.getKey()).isEmpty());
        continue;
      }
      String path = e.getKey().replaceAll("\\{[^}]+}", "1");
      for (PathItem.HttpMethod method : e.getValue().readOperationsMap().keySet()) {
        var answer =
            mvc.perform(
                    request(HttpMethod.valueOf(method.name()), path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andReturn()
                .getResponse();
        checked++;
        if (answer.getStatus() != 401
            || !String.valueOf(answer.getContentType()).startsWith("application/problem+json")) {
          failures.add(
              method
                  + " "
                  + e.getKey()
                  + " answered "
                  + answer.getStatus()
                  + " "
                  + answer.getContentType());
        }
      }
    }
    assertThat(checked).isGreaterThan(30);
    assertThat(failures).isEmpty();
  }

  @Test
  void everyListPagesTheSameWayAndEveryCreatingPostTakesAnIdempotencyKey() throws Exception {
    var problems = new ArrayList<String>();
    for (Map.Entry<String, PathItem> e : document().getPaths().entrySet()) {
      var getOp = e.getValue().getGet();
      if (getOp != null && getOp.getResponses().get("200") != null) {
        var content = getOp.getResponses().get("200").getContent();
        var schema = content == null ? null : content.values().iterator().next().getSchema();
        String ref = schema == null ? null : schema.get$ref();
        if (ref != null && ref.contains("ListPage")) {
          List<String> names = getOp.getParameters().stream().map(p -> p.getName()).toList();
          if (!names.containsAll(List.of("page", "size", "sort"))) {
            problems.add("GET " + e.getKey() + " lists without page, size and sort: " + names);
          }
        }
      }
      var postOp = e.getValue().getPost();
      if (postOp != null
          && (postOp.getResponses().containsKey("201")
              || postOp.getResponses().containsKey("202"))) {
        boolean keyed =
            postOp.getParameters() != null
                && postOp.getParameters().stream()
                    .anyMatch(
                        p -> "Idempotency-Key".equals(p.getName()) && "header".equals(p.getIn()));
        if (!keyed) {
          problems.add("POST " + e.getKey() + " creates without an Idempotency-Key");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theCreatingPostsThatCameBeforeTheConventionsTakeTheKeyToo() throws Exception {
    var paths = document().getPaths();
    for (String path :
        List.of(
            "/api/admin/accounts",
            "/api/finintel/imports",
            "/api/program/projects",
            "/api/program/funding-lines",
            "/api/program/cost-shares",
            "/api/program/events")) {
      var post = paths.get(path).getPost();
      assertThat(post.getParameters())
          .as(path)
          .anyMatch(p -> "Idempotency-Key".equals(p.getName()) && "header".equals(p.getIn()));
    }
    for (String path :
        List.of(
            "/api/finintel/imports",
            "/api/finintel/alerts",
            "/api/interdiction/lookouts",
            "/api/workspace/notifications")) {
      var names = paths.get(path).getGet().getParameters().stream().map(p -> p.getName()).toList();
      assertThat(names).as(path).contains("page", "size", "sort");
    }
  }
}
