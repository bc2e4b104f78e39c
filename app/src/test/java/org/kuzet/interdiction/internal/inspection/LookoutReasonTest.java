package org.kuzet.interdiction.internal.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.interdiction.V587_2__lookout_hit_facts;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LookoutReasonTest {

  static final Locale RU = Locale.forLanguageTag("ru");
  static final Locale KK = Locale.forLanguageTag("kk");

  static List<LookoutReason> everyShape() {
    return List.of(
        LookoutReason.plate(
            12, "123ABC02", "123 ABC 02", "analyst.cdc", "courier: heroin, route Osh"),
        LookoutReason.document(13, "N1234567", "analyst.cdc", "known courier"),
        LookoutReason.name(14, "Ким Виктор", "КИМ ВИКТОР", "analyst.bg", "wanted"),
        LookoutReason.nameAndBirthDate(
            15, "Серик Нурланов", LocalDate.of(1985, 3, 14), "analyst.bg", "seen; twice"));
  }

  @Test
  void eachShapeIsWordedInRussianAndKazakhWithItsArguments() {
    var words = AlertSummaryTest.interdictionWords();
    var document = LookoutReason.document(13, "N1234567", "analyst.cdc", "known courier");
    assertThat(words.getMessage(document.key(), document.args().toArray(), RU))
        .isEqualTo(
            "Номер документа N1234567 совпадает с ориентировкой №13 (выдал(а) analyst.cdc): known courier");
    assertThat(words.getMessage(document.key(), document.args().toArray(), KK))
        .isEqualTo(
            "N1234567 құжат нөмірі №13 бағдармен сәйкес келеді (analyst.cdc шығарған): known courier");
    var plate = LookoutReason.plate(12, "123ABC02", "123 ABC 02", "analyst.cdc", "courier");
    assertThat(words.getMessage(plate.key(), plate.args().toArray(), RU))
        .isEqualTo(
            "Госномер 123ABC02 совпадает с ориентировкой №12 на 123 ABC 02 (выдал(а) analyst.cdc): courier");
    for (LookoutReason r : everyShape()) {
      for (Locale lang : List.of(RU, KK)) {
        String text = words.getMessage(r.key(), r.args().toArray(), lang);
        assertThat(text)
            .as(r.shape() + " " + lang)
            .doesNotContain("{", "matches", "issued", "lookout", "plate");
        for (String a : r.args()) {
          assertThat(text).contains(a);
        }
      }
    }
  }

  @Test
  void aBirthDateIsADateArgumentSoPagesWriteItTheReadersWay() {
    var r =
        LookoutReason.nameAndBirthDate(
            15, "Серик Нурланов", LocalDate.of(1985, 3, 14), "analyst.bg", "x");
    assertThat(r.arguments()[2]).isEqualTo(LocalDate.of(1985, 3, 14));
    assertThat(r.arguments()[1]).isEqualTo("Серик Нурланов");
  }

  @Test
  void theEnglishSentenceReadsBackToTheSameFactsAsTheMigrationDoes() {
    for (LookoutReason r : everyShape()) {
      String facts = V587_2__lookout_hit_facts.facts(r.english());
      assertThat(facts).as(r.english()).isEqualTo(r.stored());
      assertThat(LookoutReason.stored(facts)).isEqualTo(r);
    }
    assertThat(everyShape().get(1).english())
        .isEqualTo(
            "document number N1234567 matches; lookout #13 issued by analyst.cdc: known courier");
    assertThat(everyShape().get(0).english())
        .isEqualTo(
            "plate 123ABC02 matches lookout #12 for 123 ABC 02 issued by analyst.cdc: courier: heroin, route Osh");
    assertThat(V587_2__lookout_hit_facts.facts("something else")).isNull();
  }

  @Test
  void storedFactsReadBackAndBadOnesAreNone() {
    var r = LookoutReason.document(5, "a\u001Fb", "u", "why");
    assertThat(r.args().get(1)).isEqualTo("a b");
    assertThat(LookoutReason.stored(r.stored())).isEqualTo(r);
    assertThat(LookoutReason.stored(null)).isNull();
    assertThat(LookoutReason.stored("NOPE\u001Fx")).isNull();
    assertThat(LookoutReason.stored("DOCUMENT\u001Fonly")).isNull();
    assertThat(LookoutReason.stored("{\"parts\":[]}")).isNull();
  }
}
