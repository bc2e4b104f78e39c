package org.kuzet.evaluation.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListedNameIndexTest {

  private final ListedNameIndex index = new ListedNameIndex(ListedNameFixtures.listed());

  @Test
  void theListedNameInAnyWritingCollides() {
    assertThat(index.collides(new CyrillicName("Кузнецов", List.of("Артём"), ""))).isTrue();
    assertThat(index.collides(new CyrillicName("Умаров", List.of("Доку"), "Хаматович"))).isTrue();
  }

  @Test
  void feminineFormsAndAliasesCollide() {
    assertThat(index.collides(new CyrillicName("Петров", List.of("Елена"), ""))).isTrue();
    assertThat(index.collides(new CyrillicName("Петрова", List.of("Алёна"), ""))).isTrue();
  }

  @Test
  void aDifferentGivenNameDoesNotCollide() {
    assertThat(index.collides(new CyrillicName("Кузнецов", List.of("Павел"), "Игоревич")))
        .isFalse();
  }

  @Test
  void initialsCollideOnSurnameAndFirstLetter() {
    assertThat(index.initialsCollide(new CyrillicName("Кузнецов", List.of("Антон"), ""))).isTrue();
    assertThat(index.initialsCollide(new CyrillicName("Кузнецов", List.of("Павел"), ""))).isFalse();
  }

  @Test
  void nearnessCountsEditsOverSurnameAndGivenName() {
    assertThat(index.within(new CyrillicName("Кузнецов", List.of("Артур"), ""), 3)).isTrue();
    assertThat(index.within(new CyrillicName("Смирнов", List.of("Павел"), ""), 3)).isFalse();
  }
}
