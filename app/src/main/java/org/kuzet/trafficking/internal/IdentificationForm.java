package org.kuzet.trafficking.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kuzet.web.Refusal.Problem;
import org.springframework.util.MultiValueMap;

/** The identification page's form, read into a {@link NewCase}. */
final class IdentificationForm {

  private IdentificationForm() {}

  /** The parsed case and the values that did not parse. */
  record Parsed(NewCase value, List<Problem> problems) {}

  static Parsed parse(MultiValueMap<String, String> params) {
    var f = new FormValues(params);
    Map<Indicator, Answer> answers = answers(f);
    var events = new ArrayList<NewEvent>();
    for (EventKind kind : EventKind.values()) {
      String p = kind.name().toLowerCase(java.util.Locale.ROOT);
      var date = f.date(p + "Date");
      String country = f.text(p + "Country");
      String place = f.text(p + "Place");
      if (date != null || country != null || place != null) {
        events.add(new NewEvent(kind, date, country, place, null));
      }
    }
    Gender gender = f.code("gender", Gender.class);
    var value =
        new NewCase(
            f.checked("consent"),
            f.date("consentDate"),
            f.date("identifiedOn"),
            f.text("givenName"),
            f.text("familyName"),
            f.date("birthDate"),
            f.integer("age"),
            f.text("documentNumber"),
            f.text("contact"),
            f.text("interviewPlace"),
            f.text("notes"),
            gender == null ? Gender.UNKNOWN : gender,
            f.text("citizenship"),
            f.code("recruiterRelationship", RecruiterRelationship.class),
            f.codes("recruitment", RecruitmentMethod.class),
            f.codes("control", MeansOfControl.class),
            f.codes("exploitation", ExploitationType.class),
            answers,
            events);
    return new Parsed(value, f.problems);
  }

  static Map<Indicator, Answer> answers(FormValues f) {
    var answers = new EnumMap<Indicator, Answer>(Indicator.class);
    for (Indicator i : Indicator.values()) {
      Answer a = f.code("answer." + i.name(), Answer.class);
      if (a != null) {
        answers.put(i, a);
      }
    }
    return answers;
  }
}
