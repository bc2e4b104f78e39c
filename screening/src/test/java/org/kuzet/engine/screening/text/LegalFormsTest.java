package org.kuzet.engine.screening.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalFormsTest {

  private static List<String> phrases(String text) {
    List<RawPart> raws = new ArrayList<>(PartSplitter.split(text));
    List<String> ascii = new ArrayList<>(raws.stream().map(RawPart::text).toList());
    LegalForms.phrases(raws, ascii);
    assertThat(raws).extracting(RawPart::text).containsExactlyElementsOf(ascii);
    return ascii;
  }

  @Test
  void aLegalFormPhraseBecomesItsShortForm() {
    assertThat(phrases("kaspi joint stock company")).containsExactly("kaspi", "jsc");
    assertThat(phrases("public joint stock company gazprom")).containsExactly("pjsc", "gazprom");
    assertThat(phrases("alfa limited liability company")).containsExactly("alfa", "llc");
  }

  @Test
  void wordsOfAPhraseOutOfOrderStay() {
    assertThat(phrases("stock joint company")).containsExactly("stock", "joint", "company");
  }

  @Test
  void shortFormsAndLegalWords() {
    assertThat(LegalForms.of("llc", "llc")).isEqualTo("llc");
    assertThat(LegalForms.of("limited", "limited")).isEqualTo("ltd");
    assertThat(LegalForms.of("corporation", "corporation")).isEqualTo("corp");
    assertThat(LegalForms.of("ivanov", "ivanov")).isNull();
  }

  @Test
  void cyrillicInitialsCountInCyrillicOrWhenUnmistakable() {
    assertThat(LegalForms.of("зао", "zao")).isEqualTo("cjsc");
    assertThat(LegalForms.of("ао", "ao")).isEqualTo("jsc");
    assertThat(LegalForms.of("тоо", "too")).isEqualTo("llp");
    assertThat(LegalForms.of("zao", "zao")).isEqualTo("cjsc");
    assertThat(LegalForms.of("ao", "ao")).isNull();
  }

  @Test
  void aMisspeltLegalWordReadsAsTheClosestThenTheFirst() {
    assertThat(LegalForms.of("corporatoin", "corporatoin")).isEqualTo("corp");
    assertThat(LegalForms.of("incorprated", "incorprated")).isEqualTo("inc");
    // as close to corporation as to cooperative: the first in the fixed order
    assertThat(LegalForms.of("cooperation", "cooperation")).isEqualTo("corp");
    assertThat(LegalForms.of("limted", "limted")).isNull();
  }
}
