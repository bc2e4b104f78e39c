package org.kuzet.program.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.FormInput;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The program's register of partner and counterpart organisations, keyed by agency code so that a
 * partner's account finds the projects its organisation implements.
 */
@Controller
@RequestMapping("/program/organisations")
class OrganisationPages extends RecordPages<Organisation> {

  private final Organisations organisations;

  OrganisationPages(Support support, Organisations organisations) {
    super(support);
    this.organisations = organisations;
  }

  @Override
  String base() {
    return "/program/organisations";
  }

  @Override
  String type() {
    return "organisation";
  }

  @Override
  List<FormField> filters(Scope scope, String lang) {
    return List.of(
        FormField.select(
            "kind",
            "program.field.orgKind",
            false,
            FormField.options("orgKind", Kinds.OrgKind.class)),
        FormField.text("q", "program.field.search", false));
  }

  @Override
  Grid grid(FormInput f, Scope scope, String lang) {
    var where =
        new Where()
            .eq("kind", "kind", f.value("kind"))
            .contains("q", f.value("q"), "code", "abbreviation", "name_en", "name_ru", "name_kk");
    var rows =
        organisations.filtered(where).stream()
            .map(
                o ->
                    new Grid.Row(
                        recordPath(o.code()),
                        Arrays.<@Nullable Object>asList(
                            o.code(),
                            o.abbreviation(),
                            o.nameEn(),
                            o.nameRu(),
                            o.nameKk(),
                            Grid.msg("orgKind", o.kind()))))
            .toList();
    return new Grid(
        List.of(
            "program.field.code",
            "program.field.abbreviation",
            "program.field.nameEn",
            "program.field.nameRu",
            "program.field.nameKk",
            "program.field.orgKind"),
        rows);
  }

  @Override
  List<FormField> fields(String lang) {
    return List.of(
        FormField.text("code", "program.field.agencyCode", true).help("program.help.agencyCode"),
        FormField.text("abbreviation", "program.field.abbreviation", false),
        FormField.text("nameEn", "program.field.nameEn", true),
        FormField.text("nameRu", "program.field.nameRu", false),
        FormField.text("nameKk", "program.field.nameKk", false),
        FormField.select(
            "kind",
            "program.field.orgKind",
            true,
            FormField.options("orgKind", Kinds.OrgKind.class)));
  }

  @Override
  Optional<Organisation> find(String id) {
    return organisations.find(id);
  }

  @Override
  void requireReadable(KuzetUser user, Organisation record) {
    // Names of partner and counterpart organisations are not confidential.
  }

  @Override
  Map<String, Object> values(Organisation o) {
    return map(
        "code", o.code(),
        "abbreviation", o.abbreviation(),
        "nameEn", o.nameEn(),
        "nameRu", o.nameRu(),
        "nameKk", o.nameKk(),
        "kind", o.kind().name());
  }

  @Override
  @Nullable String save(FormInput in, @Nullable Organisation existing) {
    String code = existing != null ? existing.code() : in.text("code", true, 40);
    if (existing == null && code != null) {
      if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
        in.reject("code", "program.v.agencyCode");
      } else if (organisations.exists(code)) {
        in.reject("code", "program.v.codeTaken");
      }
    }
    String abbreviation = in.text("abbreviation", false, 40);
    String nameEn = in.text("nameEn", true, 300);
    String nameRu = in.text("nameRu", false, 300);
    String nameKk = in.text("nameKk", false, 300);
    var kind = in.choice("kind", true, Kinds.OrgKind.class);
    if (!in.ok()) {
      return null;
    }
    var o =
        new Organisation(
            FormInput.checked(code),
            abbreviation,
            FormInput.checked(nameEn),
            nameRu,
            nameKk,
            FormInput.checked(kind));
    if (existing == null) {
      organisations.insert(o);
    } else {
      organisations.update(o);
    }
    return code;
  }

  @Override
  boolean deletable() {
    // Projects and records name organisations: they are kept.
    return false;
  }

  @Override
  void delete(Organisation record) {
    throw new IllegalStateException("organisations are not deleted");
  }

  @Override
  String describe(Organisation o) {
    return o.code() + " " + o.nameEn();
  }
}
