package org.kuzet.program.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.testing.OnH2;
import org.kuzet.workspace.SearchHit;
import org.kuzet.workspace.SearchNamesChanged;
import org.kuzet.workspace.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The whole application (the workspace's search listens, the program's provider indexes; a module
 * test of either would leave the other out): a project renamed in place is found under its new
 * title, and no longer under the old one, once {@link SearchNamesChanged} has been delivered to the
 * workspace's search, which has the program's provider index the titles again.
 */
@OnH2
@EnableScenarios
class SearchNamesFromEventsH2IT {

  private static final KuzetUser MANAGER =
      new KuzetUser() {
        @Override
        public long accountId() {
          return -1;
        }

        @Override
        public String username() {
          return "pm.search-test";
        }

        @Override
        public String displayName() {
          return "pm.search-test";
        }

        @Override
        public AgencyCode agency() {
          return AgencyCode.INL;
        }

        @Override
        public Set<Role> roles() {
          return Set.of(Role.PROGRAM_MANAGER);
        }
      };

  @Autowired Projects projects;
  @Autowired ProgramSearch search;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  @Test
  void aRenamedProjectIsFoundUnderItsNewTitleOnceTheChangeIsPublished(Scenario scenario) {
    String old = "Кинолог" + word();
    String renamed = "Досмотр" + word();
    long program = jdbc.sql("SELECT MIN(id) FROM prog_program").query(Long.class).single();
    long id =
        projects
            .insert(
                new Project(
                    new ProjectId(0),
                    new ProgramId(program),
                    "T-" + word().toUpperCase(),
                    old + " Merke",
                    null,
                    null,
                    null,
                    Kinds.Status.ACTIVE,
                    true,
                    List.of("UNODC"),
                    List.of(),
                    null,
                    null,
                    null,
                    null))
            .value();
    assertThat(titles(old)).as("a new project is indexed before the search").containsExactly(id);

    jdbc.sql("UPDATE prog_project SET title = ? WHERE id = ?")
        .params(renamed + " Merke", id)
        .update();
    // Catching up adds the new title's words, but only a rebuild forgets the old ones.
    assertThat(titles(old)).as("the old title until the change is published").containsExactly(id);
    assertThat(context.containsBean("searchIndexing"))
        .as("the workspace's search listens")
        .isTrue();
    scenario
        .publish(new SearchNamesChanged("program"))
        .andWaitForStateChange(
            () -> {
              assertThat(
                      jdbc.sql(
                              "SELECT COUNT(*) FROM event_publication WHERE event_type = ? AND completion_date IS NULL"
                                  + " AND publication_date < ?")
                          .params(
                              SearchNamesChanged.class.getName(),
                              OffsetDateTime.now().minusSeconds(5))
                          .query(Long.class)
                          .single())
                  .as("publications left incomplete")
                  .isZero();
              return titles(old);
            },
            found -> !found.contains(id))
        .andVerify(
            found -> assertThat(titles(renamed)).as("under the new title").containsExactly(id));
  }

  private List<Long> titles(String word) {
    return search.search(SearchQuery.of(word, 20), MANAGER).stream()
        .map(SearchHit::link)
        .filter(link -> link != null && link.startsWith("/program/projects/"))
        .map(link -> Long.parseLong(link.substring("/program/projects/".length())))
        .toList();
  }

  /** A made-up run of Cyrillic letters, so no other record holds it. */
  private static String word() {
    StringBuilder out = new StringBuilder();
    for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
      out.append((char) ('а' + (Character.digit(c, 16))));
    }
    return out.toString();
  }
}
