package org.kuzet.interdiction.internal.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kuzet.interdiction.internal.inspection.LoggingChecksTest.T;
import static org.kuzet.interdiction.internal.inspection.PersonMatchingTest.BORN;
import static org.kuzet.interdiction.internal.inspection.PersonMatchingTest.person;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.interdiction.internal.post.InspectionId;
import org.kuzet.interdiction.internal.post.PostId;

class LoggingAuditTest {

  static NewInspection inspection(int persons) {
    var all =
        List.of(person("Ivan Petrov", "N123", BORN), person("Aida Nurova", null, null))
            .subList(0, persons);
    return new NewInspection(
        new PostId(5),
        T,
        "777KZA02",
        "KAZ",
        null,
        VehicleType.CAR,
        null,
        null,
        null,
        Direction.NORTH,
        InspectionResult.CLEARED,
        all);
  }

  @Test
  void aLoggedInspectionNamesPostPlatePersonsAndHits() {
    var detail = LoggingAudit.detail("CP-M39-MERKE", inspection(2), 3, null);

    assertThat(detail.key()).isEqualTo("inspection.logged");
    assertThat(detail.args()).containsExactly("CP-M39-MERKE", "777KZA02", 2, 3);
  }

  @Test
  void aConfirmedDuplicateAlsoNamesTheEarlierInspectionByItsNumber() {
    var detail = LoggingAudit.detail("CP-M39-MERKE", inspection(1), 0, new InspectionId(812));

    assertThat(detail.key()).isEqualTo("inspection.loggedDuplicate");
    assertThat(detail.args()).containsExactly("CP-M39-MERKE", "777KZA02", 1, 0, 812L);
    assertThat(detail.stored()).contains("812");
  }
}
