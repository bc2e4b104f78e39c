package org.kuzet.interdiction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Records planted straight into the tables, for analysis checks that need known history. */
final class AnalysisFixtures {

  private AnalysisFixtures() {}

  static long plantInspection(
      JdbcClient jdbc,
      long postId,
      String plate,
      Instant at,
      String result,
      String origin,
      String destination,
      String cargo,
      String agency) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
        INSERT INTO intd_inspection (post_id, inspected_at, plate, plate_key, plate_country, vehicle_type, cargo,
          origin, destination, direction, result, person_count, hit_count, screened, officer, agency_code, created_at)
        VALUES (?, ?, ?, ?, 'KAZ', 'TRUCK', ?, ?, ?, 'NORTH', ?, 1, 0, TRUE, 'planted', ?, ?)""")
        .params(
            postId,
            at.atOffset(ZoneOffset.UTC),
            plate,
            plate,
            cargo,
            origin,
            destination,
            result,
            agency,
            at.atOffset(ZoneOffset.UTC))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  static void plantPerson(
      JdbcClient jdbc,
      long inspectionId,
      long postId,
      Instant at,
      String name,
      String nameKey,
      String document) {
    jdbc.sql(
            """
        INSERT INTO intd_person (inspection_id, post_id, inspected_at, role, name, name_key, document_type,
          document_number, nationality, from_mrz)
        VALUES (?, ?, ?, 'DRIVER', ?, ?, 'PASSPORT', ?, 'KAZ', FALSE)""")
        .params(inspectionId, postId, at.atOffset(ZoneOffset.UTC), name, nameKey, document)
        .update();
  }

  static long plantSeizure(
      JdbcClient jdbc,
      long postId,
      Long inspectionId,
      Instant at,
      String drug,
      String quantity,
      String unit,
      String concealment,
      String agency,
      String... arrestedNationalities) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
        INSERT INTO intd_seizure (post_id, inspection_id, seized_at, drug_type, quantity, unit, concealment,
          transport_mode, place, origin_country, origin_basis, transit_countries, destination_country,
          destination_basis, recorded_by, agency_code, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, 'ROAD', 'planted', 'AFG', 'ESTABLISHED', 'TJK', 'RUS', 'DECLARED', 'planted', ?, ?)""")
        .params(
            postId,
            inspectionId,
            at.atOffset(ZoneOffset.UTC),
            drug,
            new BigDecimal(quantity),
            unit,
            concealment,
            agency,
            at.atOffset(ZoneOffset.UTC))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    int n = 0;
    for (String nat : arrestedNationalities) {
      jdbc.sql(
              "INSERT INTO intd_seizure_arrest (seizure_id, name, nationality, gender) VALUES (?, ?, ?, 'M')")
          .params(id, "Арестованный Тестовый " + (++n), nat)
          .update();
    }
    return id;
  }
}
