package org.kuzet.watchlist;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;
import org.springframework.mock.web.MockMultipartFile;

/** Small list and batch files made for the tests, each list under a name no other test uses. */
final class WatchlistFixtures {

  private WatchlistFixtures() {}

  static final String HEADER = "id,name,aliases,birth_date,nationality,document\n";

  /** A list name no other test (or earlier run on the same database) has used. */
  static String uniqueListName() {
    return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  /** A made-up surname unlike any real list's names, so only the test's own list can hit it. */
  static String uniqueSurname() {
    String letters = "bdfgklmnprstvz";
    String vowels = "aeiou";
    var r = new Random(UUID.randomUUID().getMostSignificantBits());
    StringBuilder s = new StringBuilder("Q");
    for (int i = 0; i < 4; i++) {
      s.append(letters.charAt(r.nextInt(letters.length())))
          .append(vowels.charAt(r.nextInt(vowels.length())));
    }
    return s.append("xov").toString();
  }

  /** Version 1: three persons. */
  static String nationalV1(String surnameA, String surnameB, String surnameC) {
    return HEADER
        + "A1,"
        + surnameA
        + " Zhanibek,,1971-03-04,Kazakhstan,N1111111\n"
        + "B2,"
        + surnameB
        + " Oralbek,,1980,Kazakhstan,\n"
        + "C3,"
        + surnameC
        + " Temirlan,,,,\n";
  }

  /** Version 2: A1 unchanged, B2 changed (birth date), C3 removed, D4 added. */
  static String nationalV2(String surnameA, String surnameB, String surnameD) {
    return HEADER
        + "A1,"
        + surnameA
        + " Zhanibek,,1971-03-04,Kazakhstan,N1111111\n"
        + "B2,"
        + surnameB
        + " Oralbek,,1981-06-07,Kazakhstan,\n"
        + "D4,"
        + surnameD
        + " Bauyrzhan,,,,\n";
  }

  static MockMultipartFile csv(String name, String content) {
    return new MockMultipartFile(
        "file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
  }

  /** An EU consolidated list (XML 1.1) with one person. */
  static String euXml(String surname) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\" generationDate=\"2026-12-01T17:41:08.236+01:00\">\n"
        + "  <sanctionEntity designationDetails=\"\" unitedNationId=\"\" euReferenceNumber=\"EU.9001.1\" logicalId=\"9001\">\n"
        + "    <subjectType code=\"person\" classificationCode=\"P\"/>\n"
        + "    <nameAlias firstName=\"Zhanibek\" middleName=\"\" lastName=\""
        + surname
        + "\" wholeName=\"Zhanibek "
        + surname
        + "\" gender=\"M\" strong=\"true\" regulationLanguage=\"en\" logicalId=\"9002\"/>\n"
        + "    <birthdate circa=\"false\" calendarType=\"GREGORIAN\" birthdate=\"1971-03-04\" year=\"1971\" logicalId=\"9003\"/>\n"
        + "  </sanctionEntity>\n"
        + "</export>\n";
  }

  /** A UK ConList.csv with one person under two name rows. */
  static String ukCsv(String surname) {
    return "Last Updated,28/11/2026\n"
        + "Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,Name Non-Latin Script,Non-Latin Script Type,"
        + "Non-Latin Script Language,DOB,Town of Birth,Country of Birth,Nationality,Passport Number,"
        + "Passport Details,National Identification Number,National Identification Details,Position,"
        + "Address 1,Address 2,Address 3,Address 4,Address 5,Address 6,Post/Zip Code,Country,"
        + "Other Information,Group Type,Alias Type,Alias Quality,Regime,Listed On,"
        + "UK Sanctions List Date Designated,Last Updated,Group ID\n"
        + surname.toUpperCase()
        + ",Zhanibek,,,,,,,,,04/03/1971,,,Kazakhstan,,,,,,,,,,,,,,,Individual,"
        + "Primary name,,Russia,01/02/2024,01/02/2024,01/02/2024,17001\n"
        + surname.toUpperCase()
        + ",Janibek,,,,,,,,,04/03/1971,,,Kazakhstan,,,,,,,,,,,,,,,Individual,"
        + "AKA,Good quality,Russia,01/02/2024,01/02/2024,01/02/2024,17001\n";
  }

  /** OpenSanctions FollowTheMoney JSON lines: one person, one sanction (skipped). */
  static String ftmJson(String surname) {
    return "{\"id\": \"NK-test-1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Zhanibek "
        + surname
        + "\"], \"birthDate\": [\"1971-03-04\"], \"nationality\": [\"kz\"]}, \"target\": true}\n"
        + "{\"id\": \"NK-sanction-1\", \"schema\": \"Sanction\", \"properties\": {\"entity\": [\"NK-test-1\"]}}\n";
  }

  static MockMultipartFile file(String name, String content) {
    return new MockMultipartFile(
        "file", name, "application/octet-stream", content.getBytes(StandardCharsets.UTF_8));
  }
}
