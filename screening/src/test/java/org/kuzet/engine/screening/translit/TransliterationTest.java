package org.kuzet.engine.screening.translit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TransliterationTest {

  private static final String RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

  /** ICAO 9303 Part 3 table, letter by letter, in the order of {@link #RUSSIAN}. */
  private static final String[] ICAO = {
    "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
    "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia"
  };

  /** GOST 7.79-2000 System B, letter by letter (ц before a consonant or a, o, u: "cz"). */
  private static final String[] GOST = {
    "a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s",
    "t", "u", "f", "x", "cz", "ch", "sh", "shh", "``", "y`", "`", "e`", "yu", "ya"
  };

  private static final String KAZAKH = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";

  /** Kazakh Latin 2021, letter by letter, in the order of {@link #KAZAKH}. */
  private static final String[] KAZAKH_2021 = {
    "a", "ä", "b", "v", "g", "ğ", "d", "e", "io", "j", "z", "i", "i", "k", "q", "l", "m", "n", "ñ",
    "o", "ö", "p", "r", "s", "t", "u", "ū", "ü", "f", "h", "h", "ts", "ch", "ş", "ş", "", "y", "ı",
    "", "e", "iu", "ia"
  };

  @TestFactory
  Stream<DynamicTest> icaoLetterByLetter() {
    return letters(Transliteration.ICAO_9303, RUSSIAN, ICAO);
  }

  @TestFactory
  Stream<DynamicTest> gostLetterByLetter() {
    return letters(Transliteration.GOST_7_79_B, RUSSIAN, GOST);
  }

  @TestFactory
  Stream<DynamicTest> kazakh2021LetterByLetter() {
    return letters(Transliteration.KAZAKH_LATIN_2021, KAZAKH, KAZAKH_2021);
  }

  private static Stream<DynamicTest> letters(Transliteration t, String cyrillic, String[] latin) {
    assertThat(latin).hasSize(cyrillic.length());
    return IntStream.range(0, latin.length)
        .mapToObj(
            i ->
                DynamicTest.dynamicTest(
                    cyrillic.charAt(i) + " -> " + latin[i],
                    () ->
                        assertThat(t.apply(String.valueOf(cyrillic.charAt(i))))
                            .isEqualTo(latin[i])));
  }

  @Test
  void icaoKazakhLettersFollowNationalPassportPractice() {
    assertThat(Transliteration.ICAO_9303.apply("Әбішұлы Серікбаев"))
        .isEqualTo("Abishuly Serikbaev");
    assertThat(Transliteration.ICAO_9303.apply("ЖАҚСЫЛЫҚОВ")).isEqualTo("ZHAKSYLYKOV");
  }

  @Test
  void gostWritesCBeforeFrontVowels() {
    assertThat(Transliteration.GOST_7_79_B.apply("Циолковский")).isEqualTo("Ciolkovskij");
    assertThat(Transliteration.GOST_7_79_B.apply("Цаплин")).isEqualTo("Czaplin");
  }

  @Test
  void bgnComesFromIcuAndPicksTheKazakhTableForKazakhLetters() {
    assertThat(Transliteration.BGN_PCGN.apply("Евгений Пригожин")).isEqualTo("Yevgeniy Prigozhin");
    assertThat(Transliteration.BGN_PCGN.apply("Нұрсұлтан Әбішұлы")).isEqualTo("Nursultan Äbishuly");
  }

  @Test
  void kazakh2021Words() {
    assertThat(Transliteration.KAZAKH_LATIN_2021.apply("Нұрлан Әбішұлы Серікбаев"))
        .isEqualTo("Nūrlan Äbışūly Serıkbaev");
    assertThat(Transliteration.KAZAKH_LATIN_2021.apply("ҚАЗАҚСТАН")).isEqualTo("QAZAQSTAN");
  }

  @Test
  void latinBackToCyrillic() {
    assertThat(Transliteration.LATIN_TO_CYRILLIC.apply("Zhaksylykov")).isEqualTo("Жаксылыков");
  }
}
