package org.kuzet.trafficking.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.web.FormInput;
import org.kuzet.web.Refusal.Problem;
import org.springframework.util.MultiValueMap;

/** The identification page's form, read into a {@link NewCase}. */
final class IdentificationForm {

  private IdentificationForm() {}

  /** The trafficking pages name the value that did not read: "15.03.2024" is not a date, ... */
  static final FormInput.Wording WORDING =
      new FormInput.Wording(
          "tip.error.date.invalid", "tip.error.number.invalid", "tip.error.code.invalid");

  /** A submitted form of the trafficking pages. */
  static FormInput read(MultiValueMap<String, String> params) {
    return new FormInput(params, WORDING);
  }

  /** The parsed case and the values that did not parse. */
  record Parsed(NewCase value, List<Problem> problems) {}

  static Parsed parse(MultiValueMap<String, String> params) {
    var f = IdentificationForm.read(params);
    Map<Indicator, Answer> answers = answers(f);
    var events = new ArrayList<NewEvent>();
    for (EventKind kind : EventKind.values()) {
      String p = kind.name().toLowerCase(Locale.ROOT);
      var date = f.date(p + "Date", false);
      String country = f.optional(p + "Country");
      String place = f.optional(p + "Place");
      if (date != null || country != null || place != null) {
        events.add(new NewEvent(kind, date, country, place, null));
      }
    }
    Gender gender = f.code("gender", false, Gender.class);
    var value =
        new NewCase(
            f.bool("consent"),
            f.date("consentDate", false),
            f.date("identifiedOn", false),
            f.optional("givenName"),
            f.optional("familyName"),
            f.date("birthDate", false),
            f.integer("age", false, Integer.MIN_VALUE, Integer.MAX_VALUE),
            f.optional("documentNumber"),
            f.optional("contact"),
            f.optional("interviewPlace"),
            f.optional("notes"),
            gender == null ? Gender.UNKNOWN : gender,
            f.optional("citizenship"),
            f.code("recruiterRelationship", false, RecruiterRelationship.class),
            f.codes("recruitment", RecruitmentMethod.class),
            f.codes("control", MeansOfControl.class),
            f.codes("exploitation", ExploitationType.class),
            answers,
            events);
    return new Parsed(value, f.problems());
  }

  static Map<Indicator, Answer> answers(FormInput f) {
    var answers = new EnumMap<Indicator, Answer>(Indicator.class);
    for (Indicator i : Indicator.values()) {
      Answer a = f.code("answer." + i.name(), false, Answer.class);
      if (a != null) {
        answers.put(i, a);
      }
    }
    return answers;
  }
}
