package org.kuzet.program.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.workspace.SearchHit;
import org.kuzet.workspace.SearchNamesChanged;
import org.kuzet.workspace.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The program module with the modules it depends on: a project renamed in place is found under
 * its new title, and no longer under the old one, once {@link SearchNamesChanged} has been
 * delivered to the workspace's search, which has the program's provider index the titles again.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles({"test", "h2"})
class SearchNamesFromEventsH2IT {

  private static final KuzetUser MANAGER = new KuzetUser() {
    @Override public long accountId() { return -1; }
    @Override public String username() { return "pm.search-test"; }
    @Override public String displayName() { return "pm.search-test"; }
    @Override public AgencyCode agency() { return AgencyCode.INL; }
    @Override public Set<Role> roles() { return Set.of(Role.PROGRAM_MANAGER); }
  };

  @Autowired Projects projects;
  @Autowired ProgramSearch search;
  @Autowired JdbcClient jdbc;

  @Test
  void aRenamedProjectIsFoundUnderItsNewTitleOnceTheChangeIsPublished(Scenario scenario) {
    String old = "Кинолог" + word();
    String renamed = "Досмотр" + word();
    long program = jdbc.sql("SELECT MIN(id) FROM prog_program").query(Long.class).single();
    long id = projects.insert(new Project(0, program, "T-" + word().toUpperCase(), old + " Merke", null, null, null,
        Kinds.Status.ACTIVE, true, List.of("UNODC"), List.of()));
    assertThat(titles(old)).as("a new project is indexed before the search").containsExactly(id);

    jdbc.sql("UPDATE prog_project SET title = ? WHERE id = ?").params(renamed + " Merke", id).update();
    scenario.publish(new SearchNamesChanged("program"))
        .andWaitForStateChange(() -> titles(renamed), found -> found.contains(id))
        .andVerify(found -> assertThat(titles(old)).as("no longer under the old title").doesNotContain(id));
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
