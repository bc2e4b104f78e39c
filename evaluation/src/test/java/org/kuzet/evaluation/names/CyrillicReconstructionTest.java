package org.kuzet.evaluation.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CyrillicReconstructionTest {

  @ParameterizedTest
  @CsvSource({
    "Kuznetsov, Кузнецов",
    "Leontyev, Леонтьев",
    "Vyacheslav, Вячеслав",
    "Aleksandrovich, Александрович",
    "Yevgeniy, Евгений",
    "Nikolay, Николай",
    "Belyy, Белый",
    "Jalolov, Джалолов",
    "Shchukin, Щукин",
    "Zhakypovich, Жакыпович",
    "Kolbayev, Колбаев",
    "Ilya, Илья",
    "Pyotr, Пётр",
    "Dmitriyevich, Дмитриевич",
    "Anatolijevitch, Анатолиевич",
    "Yuryevich, Юрьевич",
    "Eduard, Эдуард",
    "Elena, Елена",
    "Bout, Бут",
    "Seit-Umarovich, Сеит-Умарович"
  })
  void reversesTheListsRomanisation(String latin, String cyrillic) {
    assertThat(CyrillicReconstruction.fromLatin(latin)).isEqualTo(cyrillic);
  }
}
