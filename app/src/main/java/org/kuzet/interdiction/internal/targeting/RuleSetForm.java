package org.kuzet.interdiction.internal.targeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.kuzet.web.Refusal;
import org.kuzet.web.Refusal.Problem;

/**
 * The rules as the analyst edits them. Numbers stay text until {@link #toRules} reads them, so a
 * mistyped weight comes back with its field named.
 */
public class RuleSetForm {

  static final int MAX_RULES = 50;
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  private String note = "";
  private List<RuleForm> rules = new ArrayList<>();

  /** One rule row of the form. */
  public static class RuleForm {
    private String code = "";
    private String kind = "";
    private String parameter = "";
    private String weight = "";
    private boolean enabled;
    private String description = "";
    private String terms = "";

    public String getTerms() {
      return terms;
    }

    public void setTerms(String terms) {
      this.terms = terms == null ? "" : terms;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public String getParameter() {
      return parameter;
    }

    public void setParameter(String parameter) {
      this.parameter = parameter;
    }

    public String getWeight() {
      return weight;
    }

    public void setWeight(String weight) {
      this.weight = weight;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    boolean blank() {
      return code.isBlank()
          && kind.isBlank()
          && parameter.isBlank()
          && weight.isBlank()
          && description.isBlank();
    }
  }

  static RuleSetForm of(RuleSet set) {
    var f = new RuleSetForm();
    for (Rule r : set.rules()) {
      var rf = new RuleForm();
      rf.code = r.code();
      rf.kind = r.kind().name();
      rf.parameter = r.parameter();
      rf.weight = Integer.toString(r.weight());
      rf.enabled = r.enabled();
      rf.description = r.description();
      rf.terms = r.terms();
      f.rules.add(rf);
    }
    f.rules.add(new RuleForm()); // a blank row to add a rule
    return f;
  }

  /**
   * The rules, checked: a known kind, a code of capitals, a weight of 0 to 100, a parameter the
   * kind can read, a description; blank rows are skipped.
   *
   * @throws Refusal naming each field at fault, as {@code rules[i].field}
   */
  List<Rule> toRules() {
    var problems = new ArrayList<Refusal.Problem>();
    var out = new ArrayList<Rule>();
    var codes = new HashSet<String>();
    if (note.isBlank() || note.length() > 500) {
      problems.add(Problem.of("note", "interdiction.refusal.rules.note"));
    }
    if (rules.size() > MAX_RULES + 1) {
      problems.add(
          Problem.of("rules", "interdiction.refusal.rules.tooMany", String.valueOf(MAX_RULES)));
    }
    for (int i = 0; i < rules.size() && i <= MAX_RULES; i++) {
      RuleForm r = rules.get(i);
      if (r.blank()) {
        continue;
      }
      String at = "rules[" + i + "].";
      String code = r.code.strip().toUpperCase(Locale.ROOT);
      if (!CODE.matcher(code).matches()) {
        problems.add(Problem.of(at + "code", "interdiction.refusal.rule.code"));
      } else if (!codes.add(code)) {
        problems.add(
            Problem.of(at + "code", "interdiction.refusal.rule.code.twice", String.valueOf(code)));
      }
      RuleKind kind = null;
      try {
        kind = RuleKind.valueOf(r.kind.strip());
      } catch (IllegalArgumentException e) {
        problems.add(
            Problem.of(at + "kind", "interdiction.refusal.rule.kind", String.valueOf(r.kind)));
      }
      int weight = -1;
      try {
        weight = Integer.parseInt(r.weight.strip());
      } catch (NumberFormatException e) {
        // reported below
      }
      if (weight < 0 || weight > 100) {
        problems.add(
            Problem.of(
                at + "weight", "interdiction.refusal.rule.weight", String.valueOf(r.weight)));
      }
      String parameter = r.parameter.strip();
      if (parameter.length() > 500) {
        problems.add(Problem.of(at + "parameter", "interdiction.refusal.tooLong500"));
      } else if (kind != null && kind.parameter() == RuleKind.Parameter.THRESHOLD) {
        int n = -1;
        try {
          n = Integer.parseInt(parameter);
        } catch (NumberFormatException e) {
          // reported below
        }
        if (n < 1 || n > 10_000) {
          problems.add(
              Problem.of(
                  at + "parameter",
                  "interdiction.refusal.rule.parameter.number",
                  String.valueOf(kind)));
        }
      } else if (kind != null
          && kind.parameter() == RuleKind.Parameter.WORDS
          && new Rule(code, kind, parameter, 0, true, "", "").words().isEmpty()) {
        problems.add(
            Problem.of(
                at + "parameter",
                "interdiction.refusal.rule.parameter.words",
                String.valueOf(kind)));
      }
      String terms =
          kind != null && kind.parameter() == RuleKind.Parameter.WORDS ? r.terms.strip() : "";
      if (terms.length() > 1000) {
        problems.add(Problem.of(at + "terms", "interdiction.refusal.tooLong", "1000"));
      }
      String description = r.description.strip();
      if (description.isEmpty() || description.length() > 300) {
        problems.add(Problem.of(at + "description", "interdiction.refusal.length300"));
      }
      if (kind != null) {
        out.add(
            new Rule(
                code,
                kind,
                kind.parameter() == RuleKind.Parameter.NONE ? "" : parameter,
                weight,
                r.enabled,
                description,
                terms));
      }
    }
    if (out.isEmpty() && problems.isEmpty()) {
      problems.add(Problem.of("rules", "interdiction.refusal.rules.none"));
    }
    if (!problems.isEmpty()) {
      throw new Refusal(problems);
    }
    return out;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public List<RuleForm> getRules() {
    return rules;
  }

  public void setRules(List<RuleForm> rules) {
    this.rules = rules;
  }
}
