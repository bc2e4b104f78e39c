package org.kuzet.engine.screening.translit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One table per romanisation system: Cyrillic names and the Latin form the standard itself gives as
 * an example, or the well-known published rendering named beside each table.
 */
class RomanisationTablesTest {

  private static void renders(Transliteration system, String cyrillic, String latin) {
    assertThat(system.apply(cyrillic)).as(system + ": " + cyrillic).isEqualTo(latin);
  }

  /**
   * ICAO Doc 9303 Part 3 table as Russian passports print it since 2013 (widely reported: IULIIA).
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ЮЛИЯ         | IULIIA",
        "Дмитрий      | Dmitrii",
        "Андрей       | Andrei",
        "Объедков     | Obieedkov",
        "Хрущёв       | Khrushchev",
        "Цой          | Tsoi",
      })
  void icao9303(String cyrillic, String latin) {
    renders(Transliteration.ICAO_9303, cyrillic, latin);
  }

  /** MVD order 310 of 1997, annex 7: passports 1997-2010 (YULIYA, YEVGENIY, TATYANA). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ЮЛИЯ         | YULIYA",
        "Евгений      | Yevgeniy",
        "Татьяна      | Tatyana",
        "Сергеевич    | Sergeyevich",
        "Хрущёв       | Khrushchev",
      })
  void passport1997(String cyrillic, String latin) {
    renders(Transliteration.PASSPORT_RU_1997, cyrillic, latin);
  }

  /** GOST R 52535.1-2006, FMS order 26 of 2010: passports 2010-2013 (TCAREV, NATALIA). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ЦАРЕВ        | TCAREV",
        "Наталья      | Natalia",
        "Юлия         | Iuliia",
        "Объедков     | Obedkov",
      })
  void passport2010(String cyrillic, String latin) {
    renders(Transliteration.PASSPORT_RU_2010, cyrillic, latin);
  }

  /** BGN/PCGN 1947 (ICU4J); its own examples give ë and the primes. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Евгений Пригожин | Yevgeniy Prigozhin",
        "Хрущёв           | Khrushchëv",
        "Юрьевич          | Yurʹyevich",
        "Нұрсұлтан        | Nursultan",
      })
  void bgnPcgn(String cyrillic, String latin) {
    renders(Transliteration.BGN_PCGN, cyrillic, latin);
  }

  /** ALA-LC Russian: catalogue headings (Dostoevskiĭ, Fëdor Mikhaĭlovich; T͡svetaeva, Marina). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Фёдор Михайлович Достоевский | Fëdor Mikhaĭlovich Dostoevskiĭ",
        "Марина Цветаева              | Marina T͡svetaeva",
        "Юрий                         | I͡uriĭ",
        "Вячеслав                     | Vi͡acheslav",
        "Объедков                     | Obʺedkov",
        "Эйзенштейн                   | Ėĭzenshteĭn",
      })
  void libraryOfCongress(String cyrillic, String latin) {
    renders(Transliteration.LIBRARY_OF_CONGRESS, cyrillic, latin);
  }

  /** Scientific transliteration as in Slavic linguistics (Xruščëv, Čajkovskij, Ščedrin, Žukov). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Хрущёв      | Xruščëv",
        "Чайковский  | Čajkovskij",
        "Щедрин      | Ščedrin",
        "Жуков       | Žukov",
        "Юрьевич     | Jurʹevič",
        "Эренбург    | Èrenburg",
      })
  void scholarly(String cyrillic, String latin) {
    renders(Transliteration.SCHOLARLY, cyrillic, latin);
  }

  /**
   * ISO 9:1995 / GOST 7.79-2000 System A: one Latin letter per Cyrillic letter (Hruŝëv, Ûrij,
   * Âroslav, Kiïv, Ķazaķstan).
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Хрущёв      | Hruŝëv",
        "Юрий        | Ûrij",
        "Ярослав     | Âroslav",
        "Эдуард      | Èduard",
        "Объедков    | Obʺedkov",
        "Київ        | Kiïv",
        "Қазақстан   | Ķazaķstan",
      })
  void iso9(String cyrillic, String latin) {
    renders(Transliteration.ISO_9, cyrillic, latin);
  }

  /** GOST 7.79-2000 System B, table 4 (Xrushhyov; c before i, e, y, j: Ciolkovskij, Czaplin). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Хрущёв       | Xrushhyov",
        "Циолковский  | Ciolkovskij",
        "Цаплин       | Czaplin",
        "Объедков     | Ob``edkov",
        "Эдуард       | E`duard",
      })
  void gost779B(String cyrillic, String latin) {
    renders(Transliteration.GOST_7_79_B, cyrillic, latin);
  }

  /** GOST 16876-71 table 2 (jj, jo, ju, ja, kh, c, shh, eh). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Щербаков        | Shherbakov",
        "Йошкар-Ола      | Jjoshkar-Ola",
        "Эдуард          | Ehduard",
        "Хрущёв          | Khrushhjov",
        "Цой             | Cojj",
        "Юрьевич         | Jur'evich",
      })
  void gost16876(String cyrillic, String latin) {
    renders(Transliteration.GOST_16876_71, cyrillic, latin);
  }

  /** Duden transcription; the forms German dictionaries and press print. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Никита Хрущёв           | Nikita Chruschtschow",
        "Михаил Горбачёв         | Michail Gorbatschow",
        "Борис Ельцин            | Boris Jelzin",
        "Пётр Ильич Чайковский   | Pjotr Iljitsch Tschaikowski",
        "Фёдор Достоевский       | Fjodor Dostojewski",
        "Георгий Жуков           | Georgi Schukow",
        "Вячеслав Молотов        | Wjatscheslaw Molotow",
        "Горький                 | Gorki",
        "Новороссийск            | Noworossijsk",
        "Чуйков                  | Tschuikow",
        "Алексей                 | Alexei",
        "Василий                 | Wassili",
      })
  void german(String cyrillic, String latin) {
    renders(Transliteration.GERMAN, cyrillic, latin);
  }

  /** French press forms (Iouri Gagarine, Mikhaïl Gorbatchev, Tchaïkovski, Dostoïevski, Eltsine). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Юрий Гагарин            | Iouri Gagarine",
        "Михаил Горбачев         | Mikhaïl Gorbatchev",
        "Никита Хрущев           | Nikita Khrouchtchev",
        "Пётр Ильич Чайковский   | Piotr Ilitch Tchaïkovski",
        "Фёдор Достоевский       | Fiodor Dostoïevski",
        "Борис Ельцин            | Boris Eltsine",
        "Владимир Путин          | Vladimir Poutine",
        "Сергей                  | Sergueï",
        "Лев Толстой             | Lev Tolstoï",
        "Вячеслав Молотов        | Viatcheslav Molotov",
        "Нурсултан Назарбаев     | Noursoultan Nazarbaïev",
      })
  void french(String cyrillic, String latin) {
    renders(Transliteration.FRENCH, cyrillic, latin);
  }

  /**
   * Polish press and encyclopaedia forms (Michaił Gorbaczow, Piotr Czajkowski, Wiaczesław Mołotow).
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Михаил Горбачёв         | Michaił Gorbaczow",
        "Никита Хрущёв           | Nikita Chruszczow",
        "Пётр Ильич Чайковский   | Piotr Iljicz Czajkowski",
        "Фёдор Достоевский       | Fiodor Dostojewski",
        "Вячеслав Молотов        | Wiaczesław Mołotow",
        "Владимир Путин          | Władimir Putin",
        "Сергей Лавров           | Siergiej Ławrow",
        "Евгений                 | Jewgienij",
        "Лермонтов               | Lermontow",
        "Казань                  | Kazań",
      })
  void polish(String cyrillic, String latin) {
    renders(Transliteration.POLISH, cyrillic, latin);
  }

  /** Czech forms (Chruščov, Gorbačov, Čajkovskij, Dostojevskij, Jelcin, Ťutčev). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Никита Хрущёв           | Nikita Chruščov",
        "Михаил Горбачёв         | Michail Gorbačov",
        "Пётр Ильич Чайковский   | Pjotr Iljič Čajkovskij",
        "Фёдор Достоевский       | Fjodor Dostojevskij",
        "Борис Ельцин            | Boris Jelcin",
        "Фёдор Тютчев            | Fjodor Ťutčev",
        "Вячеслав Молотов        | Vjačeslav Molotov",
        "Днепр                   | Dněpr",
      })
  void czech(String cyrillic, String latin) {
    renders(Transliteration.CZECH, cyrillic, latin);
  }

  /** Spanish (Fundéu) forms, stress accents left out (Jruschov, Yeltsin, Mijaíl → Mijail). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Никита Хрущёв           | Nikita Jruschov",
        "Михаил Горбачёв         | Mijail Gorbachov",
        "Борис Ельцин            | Boris Yeltsin",
        "Юрий Гагарин            | Yuri Gagarin",
        "Фёдор Достоевский       | Fiodor Dostoyevski",
        "Пётр Ильич Чайковский   | Piotr Ilich Chaikovski",
        "Евгений                 | Yevgueni",
        "Георгий Жуков           | Gueorgui Zhukov",
      })
  void spanish(String cyrillic, String latin) {
    renders(Transliteration.SPANISH, cyrillic, latin);
  }

  /** Turkish forms (Mihail Gorbaçov, Pyotr İlyiç Çaykovski, Fyodor Dostoyevski, Boris Yeltsin). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Михаил Горбачёв         | Mihail Gorbaçov",
        "Пётр Ильич Чайковский   | Pyotr İlyiç Çaykovski",
        "Фёдор Достоевский       | Fyodor Dostoyevski",
        "Борис Ельцин            | Boris Yeltsin",
        "Александр Пушкин        | Aleksandr Puşkin",
        "Лев Толстой             | Lev Tolstoy",
        "ИВАНОВ                  | İVANOV",
      })
  void turkish(String cyrillic, String latin) {
    renders(Transliteration.TURKISH, cyrillic, latin);
  }

  /** Cabinet of Ministers of Ukraine resolution 55 of 2010: the resolution's own examples. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Згорани       | Zghorany",
        "Розгон        | Rozghon",
        "Борщагівка    | Borshchahivka",
        "Єнакієве      | Yenakiieve",
        "Їжакевич      | Yizhakevych",
        "Кадиївка      | Kadyivka",
        "Йосипівка     | Yosypivka",
        "Стрий         | Stryi",
        "Олексій       | Oleksii",
        "Юрій          | Yurii",
        "Корюківка     | Koriukivka",
        "Яготин        | Yahotyn",
        "Костянтин     | Kostiantyn",
        "Знам'янка     | Znamianka",
        "Феодосія      | Feodosiia",
        "Ґалаґан       | Galagan",
        "Львів         | Lviv",
        "Біла Церква   | Bila Tserkva",
      })
  void ukrainian2010(String cyrillic, String latin) {
    renders(Transliteration.UKRAINIAN_2010, cyrillic, latin);
  }

  /**
   * Belarusian national system (2000/2007): place names as the instruction and UN gazetteer give
   * them.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Гомель        | Homieĺ",
        "Магілёў       | Mahilioŭ",
        "Віцебск       | Viciebsk",
        "Шчучын        | Ščučyn",
        "Хоцімск       | Chocimsk",
        "Ельск         | Jeĺsk",
        "Лёзна         | Liozna",
        "Брэст         | Brest",
        "Аляксандр Лукашэнка | Aliaksandr Lukašenka",
      })
  void belarusianNational(String cyrillic, String latin) {
    renders(Transliteration.BELARUSIAN_NATIONAL, cyrillic, latin);
  }

  /** Kazakh Latin, decree 569 of 2017 (the often-quoted "Qazaqstan Respy'bli'kasy"). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Қазақстан Республикасы   | Qazaqstan Respy'bli'kasy",
        "Нұрсұлтан Назарбаев      | Nursultan Nazarbaev",
        "Әбішұлы                  | A'bis'uly",
        "Шымкент                  | S'ymkent",
        "Өскемен                  | O'skemen",
        "Түркістан                | Tu'rkistan",
      })
  void kazakh2017(String cyrillic, String latin) {
    renders(Transliteration.KAZAKH_LATIN_2017, cyrillic, latin);
  }

  /** Kazakh Latin, decree 637 of 2018 (the often-quoted "Qazaqstan Respýblıkasy"). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Қазақстан Республикасы   | Qazaqstan Respýblıkasy",
        "Нұрсұлтан Әбішұлы        | Nursultan Ábishuly",
        "Шымкент                  | Shymkent",
        "Өскемен                  | Óskemen",
        "Түркістан                | Túrkistan",
        "Ақтөбе                   | Aqtóbe",
      })
  void kazakh2018(String cyrillic, String latin) {
    renders(Transliteration.KAZAKH_LATIN_2018, cyrillic, latin);
  }

  /** Kazakh Latin, January 2021 alphabet (Qazaqstan, Şymkent, Öskemen, Türkıstan; И is İ). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Қазақстан                | Qazaqstan",
        "Шымкент                  | Şymkent",
        "Өскемен                  | Öskemen",
        "Түркістан                | Türkıstan",
        "Нұрлан Әбішұлы Серікбаев | Nūrlan Äbışūly Serıkbaev",
        "Ильяс                    | İlias",
      })
  void kazakh2021(String cyrillic, String latin) {
    renders(Transliteration.KAZAKH_LATIN_2021, cyrillic, latin);
  }

  /**
   * Uzbek Latin (ICU4J): official spellings (Oʻzbekiston, Toshkent, Shavkat Mirziyoyev, Gʻayrat).
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ўзбекистон        | Oʻzbekiston",
        "Тошкент           | Toshkent",
        "Шавкат Мирзиёев   | Shavkat Mirziyoyev",
        "Ислом Каримов     | Islom Karimov",
        "Ғайрат Ҳамидов    | Gʻayrat Hamidov",
        "Қодиров           | Qodirov",
        "Щербаков          | Shcherbakov",
      })
  void uzbekLatin(String cyrillic, String latin) {
    renders(Transliteration.UZBEK_LATIN, cyrillic, latin);
  }

  /**
   * BGN/PCGN 1994 for Tajik: gazetteer forms (Dushanbe, Khujand, Gharm, Qŭrghonteppa, Emomalí
   * Rahmon).
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Душанбе         | Dushanbe",
        "Хуҷанд          | Khujand",
        "Ғарм            | Gharm",
        "Қӯрғонтеппа     | Qŭrghonteppa",
        "Эмомалӣ Раҳмон  | Ėmomalí Rahmon",
      })
  void tajik(String cyrillic, String latin) {
    renders(Transliteration.TAJIK_BGN_PCGN, cyrillic, latin);
  }

  @Test
  void latinAndOtherScriptsPassThroughEverySystem() {
    for (Transliteration t : Transliteration.romanisations()) {
      assertThat(t.apply("Ivanov 1970 — محمد")).as(t.name()).isEqualTo("Ivanov 1970 — محمد");
    }
  }

  @Test
  void everySystemWritesEveryRussianAndKazakhLetterInLatin() {
    String letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі";
    for (Transliteration t : Transliteration.romanisations()) {
      String out = t.apply(letters + " " + letters.toUpperCase(Locale.ROOT));
      assertThat(
              out.codePoints()
                  .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC))
          .as(t + " leaves Cyrillic in " + out)
          .isEmpty();
    }
  }

  @Test
  void theMainSystemsAreTheFourTheSearchKeysWereBuiltAround() {
    Set<Transliteration> main =
        EnumSet.of(
            Transliteration.ICAO_9303,
            Transliteration.BGN_PCGN,
            Transliteration.GOST_7_79_B,
            Transliteration.KAZAKH_LATIN_2021);
    assertThat(Transliteration.MAIN).isEqualTo(main);
    assertThat(Transliteration.romanisations())
        .doesNotContain(Transliteration.LATIN_TO_CYRILLIC)
        .hasSize(Transliteration.values().length - 1);
    assertThat(Transliteration.LATIN_TO_CYRILLIC.toLatin()).isFalse();
    assertThat(Transliteration.GERMAN.toLatin()).isTrue();
  }
}
